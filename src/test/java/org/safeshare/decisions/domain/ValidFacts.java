package org.safeshare.decisions.domain;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.Purpose;
import org.safeshare.decisions.SharingFacts.Recipient;
import org.safeshare.decisions.SharingFacts.Risk;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.Sharer;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/** Builds only consistent facts: every combination the validation accepts, and nothing it refuses. */
final class ValidFacts {

    private ValidFacts() {}

    static Arbitrary<SharingFacts> any() {
        return subjects().flatMap(subject -> Combinators.combine(versions(), purposes(), information(), consent(subject), risks(),
                Arbitraries.of(LegalRequirement.class).injectNull(0.2), recipients(), sharers())
                .as((version, purpose, information, consent, risk, legal, recipient, sharer) ->
                        new SharingFacts(version, subject, purpose, information, consent, risk, legal, recipient, sharer)))
                .flatMap(facts -> Combinators.combine(sharingDates(), requests()).as((date, request) ->
                        new SharingFacts(facts.guidanceVersion(), facts.subject(), facts.purpose(), facts.information(), facts.consent(),
                                facts.risk(), facts.legalRequirement(), facts.recipient(), facts.sharer(), date, request)));
    }

    /** Sharing dates from 2025 to 2027, across 5 February 2026 and any commencement date; sometimes none. */
    static Arbitrary<java.time.LocalDate> sharingDates() {
        return Arbitraries.integers().between(0, 3 * 365).map(days -> java.time.LocalDate.of(2025, 1, 1).plusDays(days)).injectNull(0.1);
    }

    /** Commencement dates for s16LA and s16LC, each sometimes not set. */
    static Arbitrary<org.safeshare.decisions.Commencements> commencements() {
        Arbitrary<java.time.LocalDate> date = Arbitraries.integers().between(0, 600)
                .map(days -> java.time.LocalDate.of(2026, 4, 29).plusDays(days)).injectNull(0.3);
        return Combinators.combine(date, date).as((duty, identifier) -> {
            java.util.Map<org.safeshare.decisions.Provision, java.time.LocalDate> dates = new java.util.EnumMap<>(org.safeshare.decisions.Provision.class);
            if (duty != null) {
                dates.put(org.safeshare.decisions.Provision.DUTY_TO_SHARE, duty);
            }
            if (identifier != null) {
                dates.put(org.safeshare.decisions.Provision.CONSISTENT_IDENTIFIER, identifier);
            }
            return new org.safeshare.decisions.Commencements(dates);
        });
    }

    private static Arbitrary<SharingFacts.Request> requests() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.3);
        return Combinators.combine(flag, flag).as(SharingFacts.Request::new).injectNull(0.5);
    }

    private static Arbitrary<Subject> subjects() {
        Arbitrary<Boolean> nhs = Arbitraries.of(true, false).injectNull(0.3);
        return Arbitraries.of(SubjectKind.class).flatMap(kind -> switch (kind) {
            case UNBORN -> Arbitraries.just(new Subject(SubjectKind.UNBORN, null, false));
            case CHILD -> Combinators.combine(Arbitraries.integers().between(0, 17).injectNull(0.1), nhs)
                    .as((age, known) -> new Subject(SubjectKind.CHILD, age, false, known));
            case ADULT -> Combinators.combine(Arbitraries.integers().between(18, 130).injectNull(0.1), Arbitraries.of(true, false), nhs)
                    .as((age, atRisk, known) -> new Subject(SubjectKind.ADULT, age, atRisk, known));
        });
    }

    private static Arbitrary<GuidanceVersion> versions() {
        return Arbitraries.of(GuidanceVersion.class).injectNull(0.3);
    }

    private static Arbitrary<Purpose> purposes() {
        return Combinators.combine(Arbitraries.of(PurposeCategory.class), Arbitraries.of(Legitimacy.class)).as(Purpose::new);
    }

    private static Arbitrary<Information> information() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(flag, flag, flag, flag, flag)
                .as((identifies, confidential, special, criminal, identitiesAtRisk) -> new Information(identifies, confidential,
                        identifies && special, identifies && criminal, identitiesAtRisk));
    }

    private static Arbitrary<Consent> consent(Subject subject) {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<Boolean> competent = subject.kind() == SubjectKind.UNBORN ? Arbitraries.just(false) : flag;
        return Arbitraries.of(ConsentStatus.class).flatMap(status -> Combinators.combine(givers(subject, status), competent, flag, flag, flag)
                .as((givenBy, isCompetent, risk, delay, prejudice) -> new Consent(status, givenBy, isCompetent, risk, delay, prejudice)));
    }

    private static Arbitrary<ConsentGiver> givers(Subject subject, ConsentStatus status) {
        if (status == ConsentStatus.NOT_SOUGHT || status == ConsentStatus.CANNOT_BE_GIVEN) {
            return Arbitraries.just(null);
        }
        List<ConsentGiver> allowed = switch (subject.kind()) {
            case ADULT -> List.of(ConsentGiver.SUBJECT, ConsentGiver.OTHER);
            case UNBORN -> List.of(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, ConsentGiver.OTHER);
            case CHILD -> List.of(ConsentGiver.values());
        };
        Arbitrary<ConsentGiver> givers = Arbitraries.of(allowed);
        return status == ConsentStatus.GIVEN ? givers : givers.injectNull(0.3);
    }

    private static Arbitrary<Risk> risks() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(Arbitraries.of(RiskLevel.class), flag, flag, flag.injectNull(0.3)).as(Risk::new);
    }

    private static Arbitrary<Recipient> recipients() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(flag, flag, flag, flag.injectNull(0.3)).as(Recipient::new).injectNull(0.1);
    }

    private static Arbitrary<Sharer> sharers() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.3);
        // A police force sharing for law enforcement is a public authority: the validation refuses anything else.
        return Combinators.combine(Arbitraries.of(true, false), flag, flag)
                .as((police, publicAuthority, covered) -> new Sharer(police, police ? Boolean.TRUE : publicAuthority, covered))
                .injectNull(0.3);
    }
}
