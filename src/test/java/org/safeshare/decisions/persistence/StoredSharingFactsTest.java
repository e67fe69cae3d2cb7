package org.safeshare.decisions.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Stored facts read as they were written, whatever becomes of the domain type and the API body. */
@SafeshareTest
class StoredSharingFactsTest {

    /** Written by the version of 1 December 2026 (issue 8's fields included): it must read for as long as records are kept. */
    static final String WRITTEN_2026_12 = """
            {"guidanceVersion":"2024","subject":{"kind":"CHILD","ageYears":9,"adultAtRisk":false,"nhsNumberKnown":true},
             "purpose":{"category":"SAFEGUARDING","legitimate":"YES"},
             "information":{"identifiesIndividual":true,"confidential":true,"specialCategory":false,"criminalOffence":false,
                            "identitiesAtRisk":true},
             "consent":{"status":"NOT_SOUGHT","givenBy":"PARENT_WITH_PR","subjectCompetent":false,"seekingWouldIncreaseRisk":true,
                        "seekingWouldCauseHarmfulDelay":false,"seekingWouldPrejudiceInvestigation":false},
             "risk":{"level":"SIGNIFICANT_HARM_SUSPECTED","seriousCrime":false,"buildingPicture":true,"sharingMoreDetrimental":false},
             "legalRequirement":"STATUTORY_DUTY",
             "recipient":{"hasRoleInSafeguarding":true,"identityVerified":true,"secureChannelAvailable":true,"coveredPerson":true},
             "sharer":{"lawEnforcement":false,"publicAuthority":true,"coveredPerson":true},
             "sharingDate":"2026-11-30","request":{"fromPublicAuthority":true,"statesPublicTask":false}}""";

    /** Written before issue 8: no sharer, sharing date or request, and none of the optional answers. */
    static final String WRITTEN_BEFORE_THE_LAW_ON_THE_DAY = """
            {"guidanceVersion":"2018","subject":{"kind":"ADULT","ageYears":40,"adultAtRisk":true},
             "purpose":{"category":"INDIVIDUAL_CARE","legitimate":"UNSURE"},
             "information":{"identifiesIndividual":true,"confidential":false,"specialCategory":true,"criminalOffence":false,
                            "identitiesAtRisk":false},
             "consent":{"status":"GIVEN","givenBy":"SUBJECT","subjectCompetent":true,"seekingWouldIncreaseRisk":false,
                        "seekingWouldCauseHarmfulDelay":false,"seekingWouldPrejudiceInvestigation":false},
             "risk":{"level":"NONE","seriousCrime":false,"buildingPicture":false},
             "legalRequirement":"NONE",
             "recipient":{"hasRoleInSafeguarding":true,"identityVerified":false,"secureChannelAvailable":true}}""";

    @Autowired JsonMapper json;

    static SharingFacts everyAnswer() {
        return new SharingFacts(GuidanceVersion.V2024, new SharingFacts.Subject(SubjectKind.CHILD, 9, false, true),
                new SharingFacts.Purpose(PurposeCategory.SAFEGUARDING, Legitimacy.YES),
                new SharingFacts.Information(true, true, false, false, true),
                new SharingFacts.Consent(ConsentStatus.NOT_SOUGHT, ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, false, true, false, false),
                new SharingFacts.Risk(RiskLevel.SIGNIFICANT_HARM_SUSPECTED, false, true, false), LegalRequirement.STATUTORY_DUTY,
                new SharingFacts.Recipient(true, true, true, true), new SharingFacts.Sharer(false, true, true),
                LocalDate.of(2026, 11, 30), new SharingFacts.Request(true, false));
    }

    @Test
    void aRecordWrittenByThisVersionReadsAsTheFactsItRecorded() {
        assertThat(json.readValue(WRITTEN_2026_12, StoredSharingFacts.class).facts()).isEqualTo(everyAnswer());
    }

    @Test
    void aRecordWrittenBeforeTheLawOnTheDayStillReads() {
        SharingFacts facts = json.readValue(WRITTEN_BEFORE_THE_LAW_ON_THE_DAY, StoredSharingFacts.class).facts();
        assertThat(facts.guidanceVersion()).isEqualTo(GuidanceVersion.V2018);
        assertThat(facts.sharer()).isNull();
        assertThat(facts.sharingDate()).isNull();
        assertThat(facts.consent().givenBy()).isEqualTo(ConsentGiver.SUBJECT);
        assertThat(facts.risk().sharingMoreDetrimental()).isNull();
    }

    @Test
    void theStoredFormWritesWhatThisVersionWrote() {
        assertThat(json.readTree(json.writeValueAsString(StoredSharingFacts.of(everyAnswer()))))
                .isEqualTo(json.readTree(WRITTEN_2026_12));
        SharingFacts old = json.readValue(WRITTEN_BEFORE_THE_LAW_ON_THE_DAY, StoredSharingFacts.class).facts();
        assertThat(json.readTree(json.writeValueAsString(StoredSharingFacts.of(old))))
                .isEqualTo(json.readTree(WRITTEN_BEFORE_THE_LAW_ON_THE_DAY));
    }
}
