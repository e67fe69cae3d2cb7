package org.safeshare.decisions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

/** Every value the API accepts has a word in the domain and comes back as it was sent (ADR 0013). */
class SharingFactsBodyTest {

    private static SharingFactsBody body(SharingFactsBody.ConsentStatus status, SharingFactsBody.ConsentGiver giver,
            SharingFactsBody.PurposeCategory purpose, SharingFactsBody.SubjectKind kind, SharingFactsBody.RiskLevel level,
            SharingFactsBody.LegalRequirement legal, SharingFactsBody.Legitimacy legitimate, SharingFactsBody.GuidanceVersion version) {
        return new SharingFactsBody(version, new SharingFactsBody.Subject(kind, 9, false, true),
                new SharingFactsBody.Purpose(purpose, legitimate), new SharingFactsBody.Information(true, true, false, false, true),
                new SharingFactsBody.Consent(status, giver, false, true, false, false),
                new SharingFactsBody.Risk(level, false, true, false), legal, new SharingFactsBody.Recipient(true, true, true, null),
                new SharingFactsBody.Sharer(false, true, null), LocalDate.of(2026, 11, 30), new SharingFactsBody.Request(true, false));
    }

    private static SharingFactsBody body(SharingFactsBody.ConsentStatus status, SharingFactsBody.ConsentGiver giver) {
        return body(status, giver, SharingFactsBody.PurposeCategory.SAFEGUARDING, SharingFactsBody.SubjectKind.CHILD,
                SharingFactsBody.RiskLevel.NONE, SharingFactsBody.LegalRequirement.NONE, SharingFactsBody.Legitimacy.YES,
                SharingFactsBody.GuidanceVersion.V2024);
    }

    @ParameterizedTest
    @EnumSource(SharingFactsBody.ConsentStatus.class)
    void everyConsentStatusTheApiAcceptsComesBackAsSent(SharingFactsBody.ConsentStatus status) {
        assertThat(SharingFactsBody.of(body(status, null).facts())).isEqualTo(body(status, null));
    }

    @ParameterizedTest
    @EnumSource(SharingFactsBody.ConsentGiver.class)
    void everyConsentGiverTheApiAcceptsComesBackAsSent(SharingFactsBody.ConsentGiver giver) {
        assertThat(SharingFactsBody.of(body(SharingFactsBody.ConsentStatus.GIVEN, giver).facts()))
                .isEqualTo(body(SharingFactsBody.ConsentStatus.GIVEN, giver));
    }

    @Test
    void everyOtherValueTheApiAcceptsComesBackAsSent() {
        for (int i = 0; i < 7; i++) {
            SharingFactsBody sent = body(SharingFactsBody.ConsentStatus.NOT_SOUGHT, null, SharingFactsBody.PurposeCategory.values()[i],
                    SharingFactsBody.SubjectKind.values()[i % 3], SharingFactsBody.RiskLevel.values()[i % 4],
                    SharingFactsBody.LegalRequirement.values()[i % 3], SharingFactsBody.Legitimacy.values()[i % 3],
                    SharingFactsBody.GuidanceVersion.values()[i % 2]);
            assertThat(SharingFactsBody.of(sent.facts())).isEqualTo(sent);
        }
    }

    @Test
    void theApisPersonWithParentalResponsibilityIsTheDomainsAndAnAttorneyIsSomeoneElseToTheApi() {
        assertThat(body(SharingFactsBody.ConsentStatus.GIVEN, SharingFactsBody.ConsentGiver.PARENT_WITH_PR).facts().consent().givenBy())
                .isEqualTo(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY);
        SharingFacts byAttorney = body(SharingFactsBody.ConsentStatus.GIVEN, SharingFactsBody.ConsentGiver.OTHER).facts();
        SharingFacts attorney = new SharingFacts(byAttorney.guidanceVersion(), byAttorney.subject(), byAttorney.purpose(),
                byAttorney.information(), new SharingFacts.Consent(ConsentStatus.REFUSAL_SET_ASIDE, ConsentGiver.ATTORNEY, false, false,
                        false, false), byAttorney.risk(), byAttorney.legalRequirement(), byAttorney.recipient(), byAttorney.sharer());
        assertThat(SharingFactsBody.of(attorney).consent().givenBy()).isEqualTo(SharingFactsBody.ConsentGiver.OTHER);
        assertThat(SharingFactsBody.of(attorney).consent().status()).isEqualTo(SharingFactsBody.ConsentStatus.REFUSED);
    }
}
