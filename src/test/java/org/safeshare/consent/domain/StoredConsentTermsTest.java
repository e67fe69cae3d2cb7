package org.safeshare.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consent version's terms are kept as JSON (consent_version.terms) and must read as they were written for as long as
 * the record is kept (UK GDPR Article 5(1)(d)): the words now owned by the decision engine (ADR 0013) keep the names
 * consent records were written with.
 */
class StoredConsentTermsTest {

    /** Terms as written before the vocabulary had one owner. */
    private static final String WRITTEN_BEFORE = """
            {"answer":"GIVEN","giver":{"kind":"PERSON_WITH_PARENTAL_RESPONSIBILITY","personId":"6f1c3a52-2a4e-4a7e-9a51-3d1f0d7c9b10",
             "name":"Kate Brown","basis":"BIRTH_MOTHER"},
             "told":{"whatWillHappen":"A referral to early help","whoWillBeTold":"The early help team","whoTheyMayTell":"No one else",
             "why":"To find support for the family"},
             "scope":{"purposes":["EARLY_HELP"],"recipientOrganisations":[],"recipientTypes":["EARLY_HELP"],"informationCategories":[]},
             "method":"VERBAL","evidence":"Phone call","givenOn":"2026-03-01","expiresOn":"2027-03-01","childViews":null}""";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void termsWrittenBeforeTheVocabularyHadOneOwnerReadTheSame() {
        ConsentTerms terms = json.readValue(WRITTEN_BEFORE, ConsentTerms.class);

        assertThat(terms.giver().kind()).isEqualTo(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY);
        assertThat(terms.giver().basis()).isEqualTo(ParentalResponsibilityBasis.BIRTH_MOTHER);
        assertThat(terms.scope().purposes()).containsExactly(PurposeCategory.EARLY_HELP);
        assertThat(terms.scope().recipientTypes()).containsExactly(OrganisationType.EARLY_HELP);
        assertThat(terms.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(json.readTree(json.writeValueAsString(terms)).path("giver").path("kind").asString())
                .isEqualTo("PERSON_WITH_PARENTAL_RESPONSIBILITY");
    }
}
