package org.safeshare.consent.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.ConsentRecord;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.CapacityRoute;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentMethod;
import org.safeshare.consent.domain.ConsentScope;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.domain.Ground;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.consent.domain.InformedElements;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent versions, withdrawals, capacity assessments and grounds read as they were written, whatever becomes of the
 * domain types and the API bodies: the JSON below is exactly what the version of 2 December 2026 wrote, and rows holding
 * it can never be changed (the tables refuse updates), so it must read for as long as records are kept.
 */
@SafeshareTest
class StoredConsentJsonTest {

    static final UUID KATE = UUID.fromString("6a1d3c52-57a4-4bfe-9a43-0d2f1b7f0c11");
    static final UUID EARLY_HELP = UUID.fromString("0b8e9d3c-2f4a-4e51-8d7e-3a9c6b5d4e21");
    static final UUID ASSESSMENT = UUID.fromString("9c2b7e14-3d5a-4f68-b1c9-7e0a2d4f6b31");
    static final UUID GROUND = UUID.fromString("d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f41");

    static final String TERMS_WRITTEN_2026_12 = """
            {"answer":"GIVEN","giver":{"kind":"PERSON_WITH_PARENTAL_RESPONSIBILITY","personId":"6a1d3c52-57a4-4bfe-9a43-0d2f1b7f0c11",
              "name":"Kate Brown","basis":"BIRTH_MOTHER"},
             "told":{"whatWillHappen":"Kept on Isla's early help record","whoWillBeTold":"The early help family worker",
              "whoTheyMayTell":"No one else without asking Kate first","why":"So the family can get early help"},
             "scope":{"purposes":["EARLY_HELP"],"recipientOrganisations":["0b8e9d3c-2f4a-4e51-8d7e-3a9c6b5d4e21"],
              "recipientTypes":["EARLY_HELP"],"informationCategories":["Health visiting notes"]},
             "method":"WRITTEN","evidence":"Signed form","givenOn":"2026-11-02","expiresOn":"2027-05-02",
             "childViews":"Too young to give a view"}""";

    /** A refusal: no expiry, no child's views, a giver with no record of their own, nothing in scope. */
    static final String REFUSAL_WRITTEN_2026_12 = """
            {"answer":"REFUSED","giver":{"kind":"SUBJECT","name":"Isla Brown"},
             "told":{"whatWillHappen":"Kept on the record","whoWillBeTold":"Early help","whoTheyMayTell":"No one","why":"Support"},
             "scope":{"purposes":[],"recipientOrganisations":[],"recipientTypes":[],"informationCategories":[]},
             "method":"VERBAL","evidence":"Note of the call","givenOn":"2026-11-02"}""";

    static final String WITHDRAWAL_WRITTEN_2026_12 = """
            {"withdrawnOn":"2026-11-20","withdrawnBy":"Kate Brown","purposes":["EARLY_HELP"],
             "recipientOrganisations":["0b8e9d3c-2f4a-4e51-8d7e-3a9c6b5d4e21"],"note":"Kate phoned"}""";

    static final String ASSESSMENT_WRITTEN_2026_12 = """
            {"id":"9c2b7e14-3d5a-4f68-b1c9-7e0a2d4f6b31","route":"GILLICK","purpose":"SAFEGUARDING",
             "decision":"Sharing with the school nurse","assessedOn":"2026-11-02","criteriaMet":["UNDERSTANDS_DECISION"],
             "bestInterests":"Not needed","assessedBy":"Nadia Patel"}""";

    static final String GROUND_WRITTEN_2026_12 = """
            {"id":"d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f41","ground":"SIGNIFICANT_HARM","harmForm":"PHYSICAL","purpose":"SAFEGUARDING",
             "recipientOrganisation":"0b8e9d3c-2f4a-4e51-8d7e-3a9c6b5d4e21","reasons":"Bruising seen at the visit",
             "decidedBy":"Nadia Patel","decidedOn":"2026-11-02","approvalRole":"DESIGNATED_SAFEGUARDING_LEAD"}""";

    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ConsentRepository consents;

    static ConsentTerms terms() {
        return new ConsentTerms(ConsentAnswer.GIVEN,
                new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, KATE, "Kate Brown", ParentalResponsibilityBasis.BIRTH_MOTHER),
                new InformedElements("Kept on Isla's early help record", "The early help family worker", "No one else without asking Kate first",
                        "So the family can get early help"),
                new ConsentScope(Set.of(PurposeCategory.EARLY_HELP), Set.of(EARLY_HELP), Set.of(OrganisationType.EARLY_HELP),
                        Set.of("Health visiting notes")),
                ConsentMethod.WRITTEN, "Signed form", LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 2), "Too young to give a view");
    }

    static Withdrawal withdrawal() {
        return new Withdrawal(LocalDate.of(2026, 11, 20), "Kate Brown", Set.of(PurposeCategory.EARLY_HELP), Set.of(EARLY_HELP), "Kate phoned");
    }

    static CapacityAssessment assessment() {
        return new CapacityAssessment(ASSESSMENT, CapacityRoute.GILLICK, PurposeCategory.SAFEGUARDING, "Sharing with the school nurse",
                LocalDate.of(2026, 11, 2), Set.of(CapacityRoute.Criterion.UNDERSTANDS_DECISION), "Not needed", "Nadia Patel");
    }

    static GroundToProceed ground() {
        return new GroundToProceed(GROUND, Ground.SIGNIFICANT_HARM, Ground.HarmForm.PHYSICAL, PurposeCategory.SAFEGUARDING, EARLY_HELP,
                "Bruising seen at the visit", "Nadia Patel", LocalDate.of(2026, 11, 2), Role.DESIGNATED_SAFEGUARDING_LEAD, null, null);
    }

    @Test
    void storedJsonWrittenByThisVersionReadsAsWhatWasRecorded() {
        assertThat(json.readValue(TERMS_WRITTEN_2026_12, StoredConsentTerms.class).terms()).isEqualTo(terms());
        assertThat(json.readValue(WITHDRAWAL_WRITTEN_2026_12, StoredWithdrawal.class).withdrawal()).isEqualTo(withdrawal());
        assertThat(json.readValue(ASSESSMENT_WRITTEN_2026_12, StoredCapacity.StoredAssessment.class).assessment()).isEqualTo(assessment());
        assertThat(json.readValue(GROUND_WRITTEN_2026_12, StoredCapacity.StoredGround.class).groundToProceed()).isEqualTo(ground());
        ConsentTerms refusal = json.readValue(REFUSAL_WRITTEN_2026_12, StoredConsentTerms.class).terms();
        assertThat(refusal.answer()).isEqualTo(ConsentAnswer.REFUSED);
        assertThat(refusal.giver().personId()).isNull();
        assertThat(refusal.expiresOn()).isNull();
        assertThat(refusal.scope().purposes()).isEmpty();
    }

    @Test
    void theStoredFormsWriteWhatThisVersionWrote() {
        assertThat(json.readTree(json.writeValueAsString(StoredConsentTerms.of(terms())))).isEqualTo(json.readTree(TERMS_WRITTEN_2026_12));
        ConsentTerms refusal = json.readValue(REFUSAL_WRITTEN_2026_12, StoredConsentTerms.class).terms();
        assertThat(json.readTree(json.writeValueAsString(StoredConsentTerms.of(refusal)))).isEqualTo(json.readTree(REFUSAL_WRITTEN_2026_12));
        assertThat(json.readTree(json.writeValueAsString(StoredWithdrawal.of(withdrawal()))))
                .isEqualTo(json.readTree(WITHDRAWAL_WRITTEN_2026_12));
        assertThat(json.readTree(json.writeValueAsString(StoredCapacity.StoredAssessment.of(assessment()))))
                .isEqualTo(json.readTree(ASSESSMENT_WRITTEN_2026_12));
        assertThat(json.readTree(json.writeValueAsString(StoredCapacity.StoredGround.of(ground()))))
                .isEqualTo(json.readTree(GROUND_WRITTEN_2026_12));
    }

    @Test
    void aConsentRowWrittenByThisVersionReadsBackThroughTheRepository() {
        UUID organisation = jdbc.sql("select id from organisation where name = 'Riverside Health Visiting Service'").query(UUID.class).single();
        UUID isla = jdbc.sql("select id from person where organisation_id = ? and given_name = 'Isla' and family_name = 'Brown'")
                .param(organisation).query(UUID.class).single();
        UUID nadia = jdbc.sql("select id from user_account where email = 'health.visitor@riverside-health.example'").query(UUID.class).single();
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-11-02T10:00:00Z"));
        jdbc.sql("insert into consent_record (id, organisation_id, person_id, created_at) values (?, ?, ?, ?)")
                .params(id, organisation, isla, at).update();
        jdbc.sql("""
                insert into consent_version (consent_id, version, recorded_at, recorded_by, recorded_by_name, answer, expires_on, terms)
                values (?, 1, ?, ?, 'Nadia Patel', 'GIVEN', date '2027-05-02', ?::jsonb)""").params(id, at, nadia, TERMS_WRITTEN_2026_12).update();
        jdbc.sql("""
                insert into consent_withdrawal (consent_id, withdrawn_on, withdrawal, recorded_at, recorded_by, recorded_by_name)
                values (?, date '2026-11-20', ?::jsonb, ?, ?, 'Nadia Patel')""").params(id, WITHDRAWAL_WRITTEN_2026_12, at, nadia).update();

        ConsentRecord read = consents.find(new ConsentId(id)).orElseThrow();

        assertThat(read.personId()).isEqualTo(new PersonId(isla));
        assertThat(read.current().terms()).isEqualTo(terms());
        assertThat(read.withdrawal().orElseThrow().withdrawal()).isEqualTo(withdrawal());
    }
}
