package org.safeshare.decisions.persistence;

import java.time.LocalDate;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * The facts as stored in a decision record's (and an advice request's) JSON column: their own record, apart from the
 * domain type and the API body, because a stored record must read the same for as long as it is kept (UK GDPR Article
 * 5(1)(d)) while those may be renamed. Names here are those written since the first version: change one only with a
 * reader for the old name. Enumerations are kept as their written names; every field may be absent in older records.
 */
record StoredSharingFacts(String guidanceVersion, Subject subject, Purpose purpose, Information information, Consent consent,
        Risk risk, String legalRequirement, Recipient recipient, Sharer sharer, LocalDate sharingDate, Request request) {

    record Subject(String kind, Integer ageYears, Boolean adultAtRisk, Boolean nhsNumberKnown) {}

    record Purpose(String category, String legitimate) {}

    record Information(Boolean identifiesIndividual, Boolean confidential, Boolean specialCategory, Boolean criminalOffence,
            Boolean identitiesAtRisk) {}

    record Consent(String status, String givenBy, Boolean subjectCompetent, Boolean seekingWouldIncreaseRisk,
            Boolean seekingWouldCauseHarmfulDelay, Boolean seekingWouldPrejudiceInvestigation) {}

    record Risk(String level, Boolean seriousCrime, Boolean buildingPicture, Boolean sharingMoreDetrimental) {}

    record Recipient(Boolean hasRoleInSafeguarding, Boolean identityVerified, Boolean secureChannelAvailable, Boolean coveredPerson) {}

    record Sharer(Boolean lawEnforcement, Boolean publicAuthority, Boolean coveredPerson) {}

    record Request(Boolean fromPublicAuthority, Boolean statesPublicTask) {}

    static StoredSharingFacts of(SharingFacts f) {
        var s = f.subject();
        var p = f.purpose();
        var i = f.information();
        var c = f.consent();
        var r = f.risk();
        var to = f.recipient();
        var by = f.sharer();
        var q = f.request();
        return new StoredSharingFacts(f.guidanceVersion() == null ? null : f.guidanceVersion().label(),
                s == null ? null : new Subject(name(s.kind()), s.ageYears(), s.adultAtRisk(), s.nhsNumberKnown()),
                p == null ? null : new Purpose(name(p.category()), name(p.legitimate())),
                i == null ? null : new Information(i.identifiesIndividual(), i.confidential(), i.specialCategory(), i.criminalOffence(),
                        i.identitiesAtRisk()),
                c == null ? null : new Consent(name(c.status()), giver(c.givenBy()), c.subjectCompetent(), c.seekingWouldIncreaseRisk(),
                        c.seekingWouldCauseHarmfulDelay(), c.seekingWouldPrejudiceInvestigation()),
                r == null ? null : new Risk(name(r.level()), r.seriousCrime(), r.buildingPicture(), r.sharingMoreDetrimental()),
                name(f.legalRequirement()),
                to == null ? null : new Recipient(to.hasRoleInSafeguarding(), to.identityVerified(), to.secureChannelAvailable(),
                        to.coveredPerson()),
                by == null ? null : new Sharer(by.lawEnforcement(), by.publicAuthority(), by.coveredPerson()),
                f.sharingDate(),
                q == null ? null : new Request(q.fromPublicAuthority(), q.statesPublicTask()));
    }

    SharingFacts facts() {
        return new SharingFacts(guidanceVersion == null ? null : SharingFacts.GuidanceVersion.of(guidanceVersion),
                subject == null ? null : new SharingFacts.Subject(of(SharingFacts.SubjectKind.class, subject.kind()), subject.ageYears(),
                        yes(subject.adultAtRisk()), subject.nhsNumberKnown()),
                purpose == null ? null : new SharingFacts.Purpose(of(PurposeCategory.class, purpose.category()),
                        of(SharingFacts.Legitimacy.class, purpose.legitimate())),
                information == null ? null : new SharingFacts.Information(yes(information.identifiesIndividual()),
                        yes(information.confidential()), yes(information.specialCategory()), yes(information.criminalOffence()),
                        yes(information.identitiesAtRisk())),
                consent == null ? null : new SharingFacts.Consent(of(ConsentStatus.class, consent.status()),
                        giver(consent.givenBy()), yes(consent.subjectCompetent()),
                        yes(consent.seekingWouldIncreaseRisk()), yes(consent.seekingWouldCauseHarmfulDelay()),
                        yes(consent.seekingWouldPrejudiceInvestigation())),
                risk == null ? null : new SharingFacts.Risk(of(SharingFacts.RiskLevel.class, risk.level()), yes(risk.seriousCrime()),
                        yes(risk.buildingPicture()), risk.sharingMoreDetrimental()),
                of(SharingFacts.LegalRequirement.class, legalRequirement),
                recipient == null ? null : new SharingFacts.Recipient(yes(recipient.hasRoleInSafeguarding()),
                        yes(recipient.identityVerified()), yes(recipient.secureChannelAvailable()), recipient.coveredPerson()),
                sharer == null ? null : new SharingFacts.Sharer(yes(sharer.lawEnforcement()), sharer.publicAuthority(), sharer.coveredPerson()),
                sharingDate,
                request == null ? null : new SharingFacts.Request(request.fromPublicAuthority(), request.statesPublicTask()));
    }

    /** A person with parental responsibility has been stored as PARENT_WITH_PR since the first version; it stays so. */
    private static String giver(ConsentGiver giver) {
        return giver == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY ? "PARENT_WITH_PR" : name(giver);
    }

    private static ConsentGiver giver(String stored) {
        return "PARENT_WITH_PR".equals(stored) ? ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY : of(ConsentGiver.class, stored);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E of(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
