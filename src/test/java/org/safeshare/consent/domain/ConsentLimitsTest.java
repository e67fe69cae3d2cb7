package org.safeshare.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.consent.domain.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Consent must be specific and dated possibly: its lists are capped and its dates must be real ones. */
class ConsentLimitsTest {

    private static ConsentTerms with(ConsentScope scope, LocalDate givenOn) {
        ConsentTerms t = Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY);
        return new ConsentTerms(t.answer(), t.giver(), t.told(), scope, t.method(), t.evidence(), givenOn, givenOn.plusMonths(12), null);
    }

    @Test
    void aScopeNamingMoreThanFiftyOrganisationsOrKindsOfInformationIsRefusedOnItsField() {
        ConsentScope usual = Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY).scope();
        Set<UUID> organisations = IntStream.range(0, 51).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toSet());
        Set<String> kinds = IntStream.range(0, 51).mapToObj(i -> "Kind " + i).collect(Collectors.toSet());
        ConsentScope wide = new ConsentScope(usual.purposes(), organisations, usual.recipientTypes(), kinds);
        assertThat(ConsentRecordRules.problemsWith(with(wide, TODAY), Fixtures.child(1), List.of(), TODAY))
                .containsEntry("recipientOrganisations", "Name at most 50 organisations: consent must be specific")
                .containsEntry("informationCategories", "Name at most 50 kinds of information: consent must be specific");
    }

    @Test
    void consentGivenBefore1990IsRefused() {
        ConsentScope usual = Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY).scope();
        assertThat(ConsentRecordRules.problemsWith(with(usual, LocalDate.of(1899, 1, 1)), Fixtures.child(1), List.of(), TODAY))
                .containsEntry("givenOn", "The date consent was given or refused must be on or after 1 January 1990");
    }
}
