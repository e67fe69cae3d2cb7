package org.safeshare.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.PersonKind;

/** A child, their mother with parental responsibility, a partner without it, and consent records about the child. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final UUID MOTHER = UUID.randomUUID();
    static final UUID PARTNER = UUID.randomUUID();
    static final UUID EARLY_HELP = UUID.randomUUID();
    static final SharingRequest TO_EARLY_HELP = SharingRequest.to(PurposeCategory.EARLY_HELP, EARLY_HELP, OrganisationType.EARLY_HELP);

    private Fixtures() {}

    static Subject child(int age) {
        return new Subject("Isla Brown", age >= 18 ? PersonKind.ADULT : PersonKind.CHILD, age,
                List.of(new Subject.ResponsibilityHolder(MOTHER, "Kate Brown", ParentalResponsibilityBasis.BIRTH_MOTHER)));
    }

    static Giver mother() {
        return new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, MOTHER, "Kate Brown", ParentalResponsibilityBasis.BIRTH_MOTHER);
    }

    static Giver partner() {
        return new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, PARTNER, "Ryan Cole", null);
    }

    static Giver themself() {
        return new Giver(ConsentGiver.SUBJECT, null, "Isla Brown", null);
    }

    static Giver attorney() {
        return new Giver(ConsentGiver.ATTORNEY, null, "Sam Brown", null);
    }

    static ConsentTerms terms(ConsentAnswer answer, Giver giver, LocalDate givenOn) {
        return new ConsentTerms(answer, giver, new InformedElements("Kept on the early help record", "The early help worker",
                "No one else without asking", "To arrange family support"),
                new ConsentScope(Set.of(PurposeCategory.EARLY_HELP), Set.of(EARLY_HELP), Set.of(), Set.of("Health visiting notes")),
                ConsentMethod.WRITTEN, null, givenOn, answer == ConsentAnswer.GIVEN ? givenOn.plusMonths(12) : null, null);
    }

    static ConsentHistory record(ConsentAnswer answer, Giver giver, LocalDate givenOn) {
        return new ConsentHistory(UUID.randomUUID(), terms(answer, giver, givenOn), Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
    }

    static ConsentHistory withdrawn(ConsentHistory c, LocalDate on) {
        return new ConsentHistory(c.id(), c.terms(), c.recordedAt(), Optional.of(new Withdrawal(on, "Kate Brown", Set.of(), Set.of(), null)));
    }

    static CapacityAssessment assessment(CapacityRoute route, boolean capable, LocalDate on) {
        return new CapacityAssessment(UUID.randomUUID(), route, PurposeCategory.EARLY_HELP, "Sharing with early help", on,
                capable ? Set.copyOf(route.criteria()) : Set.of(route.criteria().getFirst()), capable ? null : "Share to arrange support", "Nadia Clarke");
    }

    static GroundToProceed ground(boolean approved) {
        return new GroundToProceed(UUID.randomUUID(), Ground.SIGNIFICANT_HARM, Ground.HarmForm.NEGLECT, PurposeCategory.EARLY_HELP, null,
                "Refusal places Isla at risk of significant harm", "Nadia Clarke", TODAY.minusDays(1),
                org.safeshare.platform.security.Role.DESIGNATED_SAFEGUARDING_LEAD, approved ? "Dana Shah" : null, approved ? TODAY : null);
    }
}
