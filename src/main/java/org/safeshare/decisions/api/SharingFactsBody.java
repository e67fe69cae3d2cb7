package org.safeshare.decisions.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.safeshare.decisions.SharingFacts;

/**
 * The facts of a sharing as the public API spells them: its own record, apart from the domain type, so that renaming a
 * domain field or value never renames a field of the API partner systems are written against (ADR 0013). Names and
 * types here are the contract: change one only with a new API version. The optional fields are the same as ever.
 */
@Schema(name = "SharingFacts")
record SharingFactsBody(GuidanceVersion guidanceVersion, Subject subject, Purpose purpose, Information information, Consent consent,
        Risk risk, LegalRequirement legalRequirement, Recipient recipient, Sharer sharer, LocalDate sharingDate, Request request) {

    /** The domain's facts as the API spells them. */
    static SharingFactsBody of(SharingFacts f) {
        var s = f.subject();
        var p = f.purpose();
        var i = f.information();
        var c = f.consent();
        var r = f.risk();
        var to = f.recipient();
        var by = f.sharer();
        var q = f.request();
        return new SharingFactsBody(as(GuidanceVersion.class, f.guidanceVersion()),
                s == null ? null : new Subject(as(SubjectKind.class, s.kind()), s.ageYears(), s.adultAtRisk(), s.nhsNumberKnown()),
                p == null ? null : new Purpose(as(PurposeCategory.class, p.category()), as(Legitimacy.class, p.legitimate())),
                i == null ? null : new Information(i.identifiesIndividual(), i.confidential(), i.specialCategory(), i.criminalOffence(),
                        i.identitiesAtRisk()),
                c == null ? null : new Consent(status(c.status()), giver(c.givenBy()), c.subjectCompetent(),
                        c.seekingWouldIncreaseRisk(), c.seekingWouldCauseHarmfulDelay(), c.seekingWouldPrejudiceInvestigation()),
                r == null ? null : new Risk(as(RiskLevel.class, r.level()), r.seriousCrime(), r.buildingPicture(), r.sharingMoreDetrimental()),
                as(LegalRequirement.class, f.legalRequirement()),
                to == null ? null : new Recipient(to.hasRoleInSafeguarding(), to.identityVerified(), to.secureChannelAvailable(),
                        to.coveredPerson()),
                by == null ? null : new Sharer(by.lawEnforcement(), by.publicAuthority(), by.coveredPerson()),
                f.sharingDate(),
                q == null ? null : new Request(q.fromPublicAuthority(), q.statesPublicTask()));
    }

    /** The facts in the domain's words. */
    SharingFacts facts() {
        return new SharingFacts(as(SharingFacts.GuidanceVersion.class, guidanceVersion),
                subject == null ? null : new SharingFacts.Subject(as(SharingFacts.SubjectKind.class, subject.kind()), subject.ageYears(),
                        subject.adultAtRisk(), subject.nhsNumberKnown()),
                purpose == null ? null : new SharingFacts.Purpose(as(org.safeshare.decisions.domain.vocabulary.PurposeCategory.class, purpose.category()),
                        as(SharingFacts.Legitimacy.class, purpose.legitimate())),
                information == null ? null : new SharingFacts.Information(information.identifiesIndividual(), information.confidential(),
                        information.specialCategory(), information.criminalOffence(), information.identitiesAtRisk()),
                consent == null ? null : new SharingFacts.Consent(as(org.safeshare.decisions.domain.vocabulary.ConsentStatus.class, consent.status()),
                        giver(consent.givenBy()), consent.subjectCompetent(), consent.seekingWouldIncreaseRisk(),
                        consent.seekingWouldCauseHarmfulDelay(), consent.seekingWouldPrejudiceInvestigation()),
                risk == null ? null : new SharingFacts.Risk(as(SharingFacts.RiskLevel.class, risk.level()), risk.seriousCrime(),
                        risk.buildingPicture(), risk.sharingMoreDetrimental()),
                as(SharingFacts.LegalRequirement.class, legalRequirement),
                recipient == null ? null : new SharingFacts.Recipient(recipient.hasRoleInSafeguarding(), recipient.identityVerified(),
                        recipient.secureChannelAvailable(), recipient.coveredPerson()),
                sharer == null ? null : new SharingFacts.Sharer(sharer.lawEnforcement(), sharer.publicAuthority(), sharer.coveredPerson()),
                sharingDate,
                request == null ? null : new SharingFacts.Request(request.fromPublicAuthority(), request.statesPublicTask()));
    }

    /** The API has said PARENT_WITH_PR since its first version; an attorney or deputy is "someone else" to it. */
    private static ConsentGiver giver(org.safeshare.decisions.domain.vocabulary.ConsentGiver giver) {
        return giver == null ? null : switch (giver) {
            case SUBJECT -> ConsentGiver.SUBJECT;
            case PERSON_WITH_PARENTAL_RESPONSIBILITY -> ConsentGiver.PARENT_WITH_PR;
            case ATTORNEY, COURT_OF_PROTECTION_DEPUTY, OTHER -> ConsentGiver.OTHER;
        };
    }

    private static org.safeshare.decisions.domain.vocabulary.ConsentGiver giver(ConsentGiver giver) {
        return giver == null ? null : switch (giver) {
            case SUBJECT -> org.safeshare.decisions.domain.vocabulary.ConsentGiver.SUBJECT;
            case PARENT_WITH_PR -> org.safeshare.decisions.domain.vocabulary.ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY;
            case OTHER -> org.safeshare.decisions.domain.vocabulary.ConsentGiver.OTHER;
        };
    }

    /** A refusal set aside is a refusal to the API, which has no word for the ground (the consent API shows it). */
    private static ConsentStatus status(org.safeshare.decisions.domain.vocabulary.ConsentStatus status) {
        return status == null ? null : status.refused() ? ConsentStatus.REFUSED : as(ConsentStatus.class, status);
    }

    /** The same value in the other vocabulary: where the two spell a value alike (every API value has a domain one). */
    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    record Subject(SubjectKind kind, Integer ageYears, boolean adultAtRisk, Boolean nhsNumberKnown) {}

    record Purpose(PurposeCategory category, Legitimacy legitimate) {}

    record Information(boolean identifiesIndividual, boolean confidential, boolean specialCategory, boolean criminalOffence,
            boolean identitiesAtRisk) {}

    record Consent(ConsentStatus status, ConsentGiver givenBy, boolean subjectCompetent, boolean seekingWouldIncreaseRisk,
            boolean seekingWouldCauseHarmfulDelay, boolean seekingWouldPrejudiceInvestigation) {}

    record Risk(RiskLevel level, boolean seriousCrime, boolean buildingPicture, Boolean sharingMoreDetrimental) {}

    record Recipient(boolean hasRoleInSafeguarding, boolean identityVerified, boolean secureChannelAvailable, Boolean coveredPerson) {}

    record Sharer(boolean lawEnforcement, Boolean publicAuthority, Boolean coveredPerson) {}

    record Request(Boolean fromPublicAuthority, Boolean statesPublicTask) {}

    /** Written "2018" or "2024"; the constant names are read too, as they always were. */
    enum GuidanceVersion {
        V2018("2018"), V2024("2024");

        private final String label;

        GuidanceVersion(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }

        @JsonCreator
        public static GuidanceVersion of(String label) {
            for (GuidanceVersion version : values()) {
                if (version.label.equals(label) || version.name().equals(label)) {
                    return version;
                }
            }
            throw new IllegalArgumentException("Use \"2018\" or \"2024\"");
        }
    }

    enum SubjectKind { CHILD, UNBORN, ADULT }

    enum PurposeCategory { SAFEGUARDING, EARLY_HELP, INDIVIDUAL_CARE, CRIME_PREVENTION, LEGAL_PROCEEDINGS, STATUTORY_DUTY, OTHER }

    enum Legitimacy { YES, NO, UNSURE }

    enum ConsentStatus { GIVEN, REFUSED, NOT_SOUGHT, WITHDRAWN, EXPIRED, CANNOT_BE_GIVEN }

    enum ConsentGiver { SUBJECT, PARENT_WITH_PR, OTHER }

    enum RiskLevel { NONE, CHILD_IN_NEED, SIGNIFICANT_HARM_SUSPECTED, IMMEDIATE_DANGER }

    enum LegalRequirement { NONE, COURT_ORDER, STATUTORY_DUTY }
}
