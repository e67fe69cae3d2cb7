package org.safeshare.decisions.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.DecisionTaken.AdviceTaken;
import org.safeshare.decisions.DecisionTaken.AdviserRole;
import org.safeshare.decisions.DecisionTaken.Choice;
import org.safeshare.decisions.DecisionTaken.FactOrOpinion;
import org.safeshare.decisions.DecisionTaken.InformationItem;
import org.safeshare.decisions.DecisionTaken.LegitimateInterestsTests;
import org.safeshare.decisions.DecisionTaken.SharingMethod;
import org.safeshare.decisions.DecisionTaken.SubjectInformed;
import org.safeshare.decisions.DecisionVersion;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.DutyToShare;
import org.safeshare.decisions.Recommendation.Escalation;
import org.safeshare.decisions.Recommendation.InformSubject;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Precondition;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.domain.RecordedSources;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decision versions read as they were written, whatever becomes of the domain types and the API bodies: the JSON below is
 * exactly what the version of 2 December 2026 wrote in {@code decision_version.recommendation} and {@code .decision} (and
 * what earlier versions wrote, without the fields added since). Those rows can never be changed (the table refuses
 * updates), so they must read for as long as records are kept.
 */
@SafeshareTest
class StoredDecisionJsonTest {

    static final UUID RECIPIENT = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a81");
    static final UUID ADVICE = UUID.fromString("7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d61");
    static final UUID CONSENT = UUID.fromString("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a51");

    /** Every field; sets written as lists sorted by name. */
    static final String RECOMMENDATION_WRITTEN_2026_12 = """
            {"outcome":"SHARE_WITHOUT_CONSENT","urgent":true,"escalations":["CALL_POLICE_NOW","REFER_TO_CHILDRENS_SOCIAL_CARE"],
             "lawfulBasis":{"article6":"PUBLIC_TASK","article9":"SUBSTANTIAL_PUBLIC_INTEREST","dpaSchedule1Paragraph":18,
              "confidentialityGround":"PUBLIC_INTEREST","dpaPart3":false,"dpaSchedule8Paragraph":4,"annex1Condition":6},
             "informSubject":"DO_NOT_INFORM",
             "preconditions":["INCLUDE_CONSISTENT_IDENTIFIER","USE_SECURE_CHANNEL","VERIFY_RECIPIENT_IDENTITY"],
             "reasons":[{"ruleId":"golden-rule.5","source":"HM Government information sharing advice (2024), golden rule 5",
              "text":"Sharing is necessary to protect the child from significant harm"}],
             "howToShare":["Use secure email","Record what you shared and why"],"guidanceVersion":"2024","sharingDate":"2026-11-30",
             "ruleSet":"duaa2025+s16LA:2026-10-01","dutyToShare":"APPLIES"}""";

    /** Written before 1 December 2026: no sharing date, rule set, duty to share or Annex 1 condition; a set in any order. */
    static final String RECOMMENDATION_WRITTEN_BEFORE_THE_LAW_ON_THE_DAY = """
            {"outcome":"SEEK_CONSENT","urgent":false,"escalations":[],"lawfulBasis":{"article6":"CONSENT","dpaPart3":false},
             "informSubject":"INFORM","preconditions":["VERIFY_RECIPIENT_IDENTITY","USE_SECURE_CHANNEL"],
             "reasons":[{"ruleId":"consent.seek","source":"Seed 002, section 5 'What constitutes consent?'",
              "text":"Seek consent where it is safe to do so (seed 002)"}],
             "howToShare":[],"guidanceVersion":"2018"}""";

    static final String DECISION_WRITTEN_2026_12 = """
            {"choice":"SHARE","reasons":"Bruising seen on both arms","departureReason":"The risk will not wait for the meeting",
             "purpose":"Referral: suspected physical abuse","recipientOrganisationId":"%s","recipientPersonOrRole":"Duty social worker",
             "information":[{"category":"Injury seen","summary":"Bruises on both upper arms","kind":"FACT"},
              {"category":"Concern","summary":"Seemed afraid to go home","kind":"OPINION","historicalNote":"Also noted in March"}],
             "method":"SECURE_EMAIL","sharedAt":"2026-11-30T10:15:00Z","subjectInformed":"NOT_INFORMED",
             "notInformedReason":"Telling the parents could increase the risk","consentNotSoughtReason":"Seeking it could increase the risk",
             "discussedWithRequester":true,
             "advice":{"fromRole":"DESIGNATED_SAFEGUARDING_LEAD","outcome":"Share today","adviceRequestId":"7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d61"},
             "consentRecordId":"3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a51",
             "legitimateInterests":{"purpose":"Protecting the child","necessity":"No other way","balancing":"The risk outweighs it"},
             "moreDetrimentalReason":"Not sharing would leave the child at risk"}""";

    /** Written before 22 November 2026: no consent record, legitimate interests tests or "more detrimental" reason. */
    static final String DECISION_WRITTEN_BEFORE_THE_CONSENT_REGISTER = """
            {"choice":"DO_NOT_SHARE","reasons":"Early help can wait for the family meeting","information":[],
             "discussedWithRequester":false}""";

    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired DecisionRepository decisions;

    static Recommendation recommendation() {
        return new Recommendation(Outcome.SHARE_WITHOUT_CONSENT, true, Set.of(Escalation.REFER_TO_CHILDRENS_SOCIAL_CARE, Escalation.CALL_POLICE_NOW),
                new LawfulBasis(Article6.PUBLIC_TASK, Article9.SUBSTANTIAL_PUBLIC_INTEREST, 18, ConfidentialityGround.PUBLIC_INTEREST, false, 4, 6),
                InformSubject.DO_NOT_INFORM,
                Set.of(Precondition.VERIFY_RECIPIENT_IDENTITY, Precondition.USE_SECURE_CHANNEL, Precondition.INCLUDE_CONSISTENT_IDENTIFIER),
                List.of(new Reason("golden-rule.5", "HM Government information sharing advice (2024), golden rule 5",
                        "Sharing is necessary to protect the child from significant harm")),
                List.of("Use secure email", "Record what you shared and why"), GuidanceVersion.V2024, LocalDate.of(2026, 11, 30),
                "duaa2025+s16LA:2026-10-01", DutyToShare.APPLIES);
    }

    static DecisionTaken decision(UUID recipient) {
        return new DecisionTaken(Choice.SHARE, "Bruising seen on both arms", "The risk will not wait for the meeting",
                "Referral: suspected physical abuse", recipient, "Duty social worker",
                List.of(new InformationItem("Injury seen", "Bruises on both upper arms", FactOrOpinion.FACT, null),
                        new InformationItem("Concern", "Seemed afraid to go home", FactOrOpinion.OPINION, "Also noted in March")),
                SharingMethod.SECURE_EMAIL, Instant.parse("2026-11-30T10:15:00Z"), SubjectInformed.NOT_INFORMED,
                "Telling the parents could increase the risk", "Seeking it could increase the risk", true,
                new AdviceTaken(AdviserRole.DESIGNATED_SAFEGUARDING_LEAD, "Share today", ADVICE), CONSENT,
                new LegitimateInterestsTests("Protecting the child", "No other way", "The risk outweighs it"),
                "Not sharing would leave the child at risk");
    }

    @Test
    void storedJsonWrittenByThisVersionReadsAsWhatWasRecorded() {
        assertThat(json.readValue(RECOMMENDATION_WRITTEN_2026_12, StoredRecommendation.class).recommendation()).isEqualTo(recommendation());
        assertThat(json.readValue(DECISION_WRITTEN_2026_12.formatted(RECIPIENT), StoredDecision.class).decision())
                .isEqualTo(decision(RECIPIENT));
    }

    @Test
    void storedJsonWrittenByEarlierVersionsStillReads() {
        Recommendation old = json.readValue(RECOMMENDATION_WRITTEN_BEFORE_THE_LAW_ON_THE_DAY, StoredRecommendation.class).recommendation();
        assertThat(old.outcome()).isEqualTo(Outcome.SEEK_CONSENT);
        assertThat(old.lawfulBasis()).isEqualTo(new LawfulBasis(Article6.CONSENT, null, null, null, false, null, null));
        assertThat(old.preconditions()).containsExactlyInAnyOrder(Precondition.VERIFY_RECIPIENT_IDENTITY, Precondition.USE_SECURE_CHANNEL);
        assertThat(old.escalations()).isEmpty();
        assertThat(old.guidanceVersion()).isEqualTo(GuidanceVersion.V2018);
        assertThat(old.sharingDate()).isNull();
        assertThat(old.ruleSet()).isNull();
        assertThat(old.dutyToShare()).isNull();

        DecisionTaken decision = json.readValue(DECISION_WRITTEN_BEFORE_THE_CONSENT_REGISTER, StoredDecision.class).decision();
        assertThat(decision).isEqualTo(new DecisionTaken(Choice.DO_NOT_SHARE, "Early help can wait for the family meeting", null, null, null,
                null, List.of(), null, null, null, null, null, false, null));
    }

    @Test
    void theStoredFormsWriteWhatThisVersionWrote() {
        assertThat(json.readTree(json.writeValueAsString(StoredRecommendation.of(recommendation()))))
                .isEqualTo(json.readTree(RECOMMENDATION_WRITTEN_2026_12));
        assertThat(json.readTree(json.writeValueAsString(StoredDecision.of(decision(RECIPIENT)))))
                .isEqualTo(json.readTree(DECISION_WRITTEN_2026_12.formatted(RECIPIENT)));
        DecisionTaken old = json.readValue(DECISION_WRITTEN_BEFORE_THE_CONSENT_REGISTER, StoredDecision.class).decision();
        assertThat(json.readTree(json.writeValueAsString(StoredDecision.of(old)))).isEqualTo(json.readTree(DECISION_WRITTEN_BEFORE_THE_CONSENT_REGISTER));
    }

    @Test
    void versionRowsWrittenByThisAndEarlierVersionsReadBackThroughTheRepository() {
        UUID oakfield = organisation("Oakfield Primary School");
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-11-30T10:00:00Z"));
        jdbc.sql("insert into decision (id, organisation_id, created_at) values (?, ?, ?)").params(id, oakfield, at).update();
        insertVersion(id, 1, null, StoredSharingFactsTest.WRITTEN_BEFORE_THE_LAW_ON_THE_DAY, RECOMMENDATION_WRITTEN_BEFORE_THE_LAW_ON_THE_DAY,
                DECISION_WRITTEN_BEFORE_THE_CONSENT_REGISTER, "DO_NOT_SHARE", "2018");
        insertVersion(id, 2, "Shared after all", StoredSharingFactsTest.WRITTEN_2026_12, RECOMMENDATION_WRITTEN_2026_12,
                DECISION_WRITTEN_2026_12.formatted(RECIPIENT), "SHARE", "2024");

        DecisionRecord read = decisions.find(new DecisionId(id)).orElseThrow();

        assertThat(read.versions()).hasSize(2);
        Recommendation old = read.versions().getFirst().recommendation();
        assertThat(old.outcome()).isEqualTo(Outcome.SEEK_CONSENT);
        assertThat(old.reasons().getFirst().source()).as("a working note read as the public document it stood for")
                .isEqualTo(RecordedSources.publicName("Seed 002, section 5 'What constitutes consent?'")).doesNotContain("Seed");
        assertThat(old.reasons().getFirst().text()).isEqualTo("Seek consent where it is safe to do so");
        assertThat(read.versions().getFirst().decision().choice()).isEqualTo(Choice.DO_NOT_SHARE);
        assertThat(read.current().recommendation()).isEqualTo(recommendation());
        assertThat(read.current().decision()).isEqualTo(decision(RECIPIENT));
        assertThat(read.current().facts()).isEqualTo(StoredSharingFactsTest.everyAnswer());
    }

    @Test
    void theRepositoryWritesExactlyTheJsonThisVersionWrote() {
        UUID oakfield = organisation("Oakfield Primary School");
        UUID mash = organisation("Riverside MASH");
        UUID dsl = jdbc.sql("select id from user_account where email = 'dsl@oakfield-primary.example'").query(UUID.class).single();
        DecisionId id = new DecisionId(UUID.randomUUID());
        Instant at = Instant.parse("2026-11-30T10:20:00Z");
        decisions.insertVersion(new DecisionRecord(id, oakfield, "Oakfield Primary School", Optional.empty(), List.of()),
                new DecisionVersion(1, at, dsl, null, null, StoredSharingFactsTest.everyAnswer(), recommendation(), decision(mash), false),
                false);

        boolean same = jdbc.sql("""
                select recommendation = cast(:recommendation as jsonb) and decision = cast(:decision as jsonb)
                       and facts = cast(:facts as jsonb)
                from decision_version where decision_id = :id""")
                .param("recommendation", RECOMMENDATION_WRITTEN_2026_12).param("decision", DECISION_WRITTEN_2026_12.formatted(mash))
                .param("facts", StoredSharingFactsTest.WRITTEN_2026_12).param("id", id.value()).query(Boolean.class).single();
        assertThat(same).as("the columns hold exactly the JSON of 2 December 2026").isTrue();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private void insertVersion(UUID id, int version, String correction, String facts, String recommendation, String decision, String choice,
            String guidance) {
        UUID dsl = jdbc.sql("select id from user_account where email = 'dsl@oakfield-primary.example'").query(UUID.class).single();
        jdbc.sql("""
                insert into decision_version (decision_id, version, recorded_at, recorded_by, correction_reason, guidance_version, facts,
                    recommendation, decision, choice, departs_from_recommendation, outcome, purpose)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, false, ?::jsonb ->> 'outcome', ?::jsonb ->> 'purpose')""")
                .params(id, version, Timestamp.from(Instant.parse("2026-11-30T10:00:00Z").plusSeconds(version)), dsl, correction, guidance,
                        facts, recommendation, decision, choice, recommendation, decision).update();
    }
}
