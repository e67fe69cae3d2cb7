package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safeshare.consent.domain.WhoMayConsent.Who;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * Is there valid consent for this sharing? Only records by someone who may consent now count (so a
 * competent child's refusal prevails over a parent's consent), the latest of them decides, and a
 * refusal stands unless a ground in force sets it aside (seed 003).
 */
public final class ConsentPositionRules {

    private static final Comparator<ConsentHistory> LATEST = Comparator.comparing((ConsentHistory c) -> c.terms().givenOn())
            .thenComparing(ConsentHistory::recordedAt);

    private ConsentPositionRules() {}

    public static ConsentPosition positionFor(Subject subject, List<ConsentHistory> consents, List<CapacityAssessment> assessments,
            List<GroundToProceed> grounds, SharingRequest request, LocalDate today) {
        WhoMayConsent who = whoMayConsent(subject, assessments, request.purpose());
        Optional<GroundToProceed> ground = grounds.stream().filter(GroundToProceed::inForce).filter(g -> g.covers(request))
                .max(Comparator.comparing(GroundToProceed::decidedOn));
        Optional<ConsentHistory> latest = consents.stream().filter(c -> c.terms().scope().covers(request))
                .filter(c -> who.entitles(c.terms().giver(), subject)).max(LATEST);
        if (latest.isEmpty()) {
            return withoutRecord(subject, who, ground, consents, request);
        }
        ConsentHistory consent = latest.get();
        ConsentTerms terms = consent.terms();
        if (terms.answer() == ConsentAnswer.REFUSED) {
            return ground.map(g -> new ConsentPosition(ConsentStatus.REFUSAL_SET_ASIDE, who, latest, ground,
                            terms.giver().description() + " refused; the refusal was set aside on " + Dates.words(g.decidedOn()) + ": " + g.ground().label()))
                    .orElseGet(() -> new ConsentPosition(ConsentStatus.REFUSED, who, latest, ground, terms.giver().description()
                            + " refused on " + Dates.words(terms.givenOn()) + ". Respect the refusal unless one of the grounds to share without consent applies"));
        }
        if (consent.withdrawnFor(request)) {
            return new ConsentPosition(ConsentStatus.WITHDRAWN, who, latest, ground, "Consent given by " + terms.giver().description()
                    + " was withdrawn on " + Dates.words(consent.withdrawal().orElseThrow().withdrawnOn()) + ". Do not share on the strength of it");
        }
        if (terms.expiredOn(today)) {
            return new ConsentPosition(ConsentStatus.EXPIRED, who, latest, ground, "Consent given by " + terms.giver().description()
                    + " expired on " + Dates.words(terms.expiresOn()) + ". Ask again if consent is the basis for sharing");
        }
        return new ConsentPosition(ConsentStatus.GIVEN, who, latest, ground, "Consent given by " + terms.giver().description() + " on "
                + Dates.words(terms.givenOn()) + (terms.expiresOn() == null ? "" : ", expires " + Dates.words(terms.expiresOn())));
    }

    /**
     * Under 16 (or unborn): a person with parental responsibility unless assessed Gillick competent for this
     * decision. From 16: the person, presumed to have capacity (MCA 2005 s1(2)), unless assessed as lacking it;
     * then a person with parental responsibility (16-17, still a child) or an attorney or deputy (adults).
     */
    public static WhoMayConsent whoMayConsent(Subject subject, List<CapacityAssessment> assessments, PurposeCategory purpose) {
        Optional<CapacityAssessment> latest = assessments.stream().filter(a -> a.purpose() == purpose)
                .max(Comparator.comparing(CapacityAssessment::assessedOn));
        if (subject.underSixteen()) {
            Optional<CapacityAssessment> gillick = latest.filter(a -> a.route() == CapacityRoute.GILLICK);
            if (subject.age() != null && gillick.map(CapacityAssessment::capable).orElse(false)) {
                return new WhoMayConsent(Who.THE_PERSON, subject.name() + " was assessed as Gillick competent for this decision on "
                        + Dates.words(gillick.get().assessedOn()), gillick);
            }
            return new WhoMayConsent(Who.PERSON_WITH_PARENTAL_RESPONSIBILITY, subject.name() + " is under 16 and "
                    + (gillick.isPresent() ? "was assessed as not Gillick competent for this decision on " + Dates.words(gillick.get().assessedOn())
                    : "has not been assessed as Gillick competent for this decision"), gillick);
        }
        Optional<CapacityAssessment> mca = latest.filter(a -> a.route() == CapacityRoute.MENTAL_CAPACITY_ACT);
        if (mca.isPresent() && !mca.get().capable()) {
            String lacking = subject.name() + " was assessed as lacking capacity for this decision on " + Dates.words(mca.get().assessedOn());
            return subject.adult() ? new WhoMayConsent(Who.ATTORNEY_OR_DEPUTY, lacking + ": an attorney or deputy may decide;"
                    + " otherwise act in their best interests", mca)
                    : new WhoMayConsent(Who.PERSON_WITH_PARENTAL_RESPONSIBILITY, lacking + " and is under 18", mca);
        }
        return new WhoMayConsent(Who.THE_PERSON, subject.name() + (mca.isPresent() ? " was assessed as having capacity for this decision on "
                + Dates.words(mca.get().assessedOn()) : " is 16 or over and presumed to have capacity (Mental Capacity Act 2005, s1(2))"), mca);
    }

    private static ConsentPosition withoutRecord(Subject subject, WhoMayConsent who, Optional<GroundToProceed> ground,
            List<ConsentHistory> consents, SharingRequest request) {
        boolean ignored = consents.stream().anyMatch(c -> c.terms().scope().covers(request));
        String note = ignored ? " A record in scope was made by someone who may not consent now: " + who.reason() + "." : "";
        if (who.who() == Who.ATTORNEY_OR_DEPUTY) {
            return new ConsentPosition(ConsentStatus.CANNOT_BE_GIVEN, who, Optional.empty(), ground, who.reason() + "." + note);
        }
        return new ConsentPosition(ConsentStatus.NOT_SOUGHT, who, Optional.empty(), ground,
                "No consent for this sharing is recorded. " + who.who().label() + " may give it." + note);
    }
}
