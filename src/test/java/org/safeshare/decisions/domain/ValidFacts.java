package org.safeshare.decisions.domain;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.ConsentGiver;
import org.safeshare.decisions.SharingFacts.ConsentStatus;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.Purpose;
import org.safeshare.decisions.SharingFacts.PurposeCategory;
import org.safeshare.decisions.SharingFacts.Recipient;
import org.safeshare.decisions.SharingFacts.Risk;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.Sharer;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts.SubjectKind;

/** Builds only consistent facts: every combination the validation accepts, and nothing it refuses. */
final class ValidFacts {

    private ValidFacts() {}

    static Arbitrary<SharingFacts> any() {
        return subjects().flatMap(subject -> Combinators.combine(versions(), purposes(), information(), consent(subject), risks(),
                Arbitraries.of(LegalRequirement.class).injectNull(0.2), recipients(), sharers())
                .as((version, purpose, information, consent, risk, legal, recipient, sharer) ->
                        new SharingFacts(version, subject, purpose, information, consent, risk, legal, recipient, sharer)));
    }

    private static Arbitrary<Subject> subjects() {
        return Arbitraries.of(SubjectKind.class).flatMap(kind -> switch (kind) {
            case UNBORN -> Arbitraries.just(new Subject(SubjectKind.UNBORN, null, false));
            case CHILD -> Arbitraries.integers().between(0, 17).injectNull(0.1).map(age -> new Subject(SubjectKind.CHILD, age, false));
            case ADULT -> Combinators.combine(Arbitraries.integers().between(18, 130).injectNull(0.1), Arbitraries.of(true, false))
                    .as((age, atRisk) -> new Subject(SubjectKind.ADULT, age, atRisk));
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
            case UNBORN -> List.of(ConsentGiver.PARENT_WITH_PR, ConsentGiver.OTHER);
            case CHILD -> List.of(ConsentGiver.values());
        };
        Arbitrary<ConsentGiver> givers = Arbitraries.of(allowed);
        return status == ConsentStatus.GIVEN ? givers : givers.injectNull(0.3);
    }

    private static Arbitrary<Risk> risks() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(Arbitraries.of(RiskLevel.class), flag, flag).as(Risk::new);
    }

    private static Arbitrary<Recipient> recipients() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(flag, flag, flag).as(Recipient::new).injectNull(0.1);
    }

    private static Arbitrary<Sharer> sharers() {
        return Arbitraries.of(true, false).map(Sharer::new).injectNull(0.3);
    }
}
