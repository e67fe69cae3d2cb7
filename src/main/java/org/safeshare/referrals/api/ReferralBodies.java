package org.safeshare.referrals.api;

import static org.safeshare.platform.web.SameName.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.referrals.MashQueue;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.api.ReferralValues.Agency;
import org.safeshare.referrals.api.ReferralValues.DisagreementLevel;
import org.safeshare.referrals.api.ReferralValues.FamilyTold;
import org.safeshare.referrals.api.ReferralValues.Outcome;
import org.safeshare.referrals.api.ReferralValues.Rating;
import org.safeshare.referrals.api.ReferralValues.ReferralType;

/**
 * What the referrals API returns: its own records with plain values, apart from the domain's, so that renaming a domain
 * field never renames a field of the API (ADR 0022). Fields and schema names are those returned since the first version.
 */
final class ReferralBodies {

    private ReferralBodies() {}

    @Schema(name = "Referral")
    record ReferralBody(UUID id, ReferralType type, String referringOrganisation, String referredByName, String receivingOrganisation,
            Subject subject, List<FamilyMember> family, Optional<UUID> decisionId, boolean immediateDanger, String concernFacts,
            String concernOpinion, String concernHistorical, String risk, FamilyTold familyTold, String familyResponse, String otherAgencies,
            Instant receivedAt, Instant decisionDueAt, boolean overdue, Optional<UUID> reReferralOf, List<RatingEntry> ratings,
            Optional<Decided> decision, List<AskedRequest> requests, List<Meeting> meetings, List<Disagreement> disagreements,
            boolean atTheMash, boolean onReferrersSide) {

        static ReferralBody of(Referral r) {
            return new ReferralBody(r.id().value(), as(ReferralType.class, r.type()), r.referringOrganisation(), r.referredByName(),
                    r.receivingOrganisation(), Subject.of(r.subject()), r.family().stream().map(FamilyMember::of).toList(), r.decisionId(),
                    r.immediateDanger(), r.concernFacts(), r.concernOpinion(), r.concernHistorical(), r.risk(),
                    as(FamilyTold.class, r.familyTold()), r.familyResponse(), r.otherAgencies(), r.receivedAt(), r.decisionDueAt(), r.overdue(),
                    r.reReferralOf(), r.ratings().stream().map(RatingEntry::of).toList(), r.decision().map(Decided::of),
                    r.requests().stream().map(AskedRequest::of).toList(), r.meetings().stream().map(Meeting::of).toList(),
                    r.disagreements().stream().map(Disagreement::of).toList(), r.atTheMash(), r.onReferrersSide());
        }
    }

    /** The person as the referrer's record described them when the referral was sent (the decision API has a "Subject" too). */
    @Schema(name = "ReferralSubject")
    record Subject(String name, Optional<LocalDate> dateOfBirth, Optional<String> nhsNumber) {
        static Subject of(Referral.Subject s) {
            return s == null ? null : new Subject(s.name(), s.dateOfBirth(), s.nhsNumber());
        }
    }

    record FamilyMember(String name, String relationship, boolean parentalResponsibility) {
        static FamilyMember of(Referral.FamilyMember f) {
            return new FamilyMember(f.name(), f.relationship(), f.parentalResponsibility());
        }
    }

    record RatingEntry(Rating rating, String rationale, String ratedByName, Instant ratedAt) {
        static RatingEntry of(Referral.RatingEntry e) {
            return new RatingEntry(as(Rating.class, e.rating()), e.rationale(), e.ratedByName(), e.ratedAt());
        }
    }

    record Decided(Outcome outcome, String reasons, Optional<String> signpostedTo, String decidedByName, Instant decidedAt) {
        static Decided of(Referral.Decided d) {
            return new Decided(as(Outcome.class, d.outcome()), d.reasons(), d.signpostedTo(), d.decidedByName(), d.decidedAt());
        }
    }

    /** An information request the MASH sent through the exchange about this referral, and to whom. */
    record AskedRequest(UUID requestId, List<String> organisations) {
        static AskedRequest of(Referral.AskedRequest a) {
            return new AskedRequest(a.requestId(), a.organisations());
        }
    }

    record Meeting(UUID id, LocalDate heldOn, List<Attendee> attendees, String shared, String decision, String recordedByName,
            Instant recordedAt) {
        static Meeting of(Referral.Meeting m) {
            return new Meeting(m.id(), m.heldOn(), m.attendees().stream().map(Attendee::of).toList(), m.shared(), m.decision(),
                    m.recordedByName(), m.recordedAt());
        }
    }

    record Attendee(String name, Agency agency, String organisation) {
        static Attendee of(Referral.Attendee a) {
            return new Attendee(a.name(), as(Agency.class, a.agency()), a.organisation());
        }
    }

    record Disagreement(UUID id, String raisedByName, Instant raisedAt, String reason, DisagreementLevel level, Optional<String> answer,
            Optional<String> answeredByName, Optional<Instant> answeredAt) {
        static Disagreement of(Referral.Disagreement d) {
            return new Disagreement(d.id(), d.raisedByName(), d.raisedAt(), d.reason(), as(DisagreementLevel.class, d.level()), d.answer(),
                    d.answeredByName(), d.answeredAt());
        }
    }

    /** A page of the MASH queue and how many lines there are in all. */
    record Page(List<Line> lines, long total, int page) {
        static Page of(MashQueue.Page p) {
            return new Page(p.lines().stream().map(Line::of).toList(), p.total(), p.page());
        }
    }

    /** One referral in the queue. {@code workingTimeLeft} is zero once overdue. */
    record Line(UUID id, ReferralType type, String subjectName, String referringOrganisation, Instant receivedAt, Instant decisionDueAt,
            Duration workingTimeLeft, boolean overdue, Optional<Rating> rating, boolean reReferral, boolean decided, boolean immediateDanger) {
        static Line of(MashQueue.Line l) {
            return new Line(l.id().value(), as(ReferralType.class, l.type()), l.subjectName(), l.referringOrganisation(), l.receivedAt(),
                    l.decisionDueAt(), l.workingTimeLeft(), l.overdue(), l.rating().map(r -> as(Rating.class, r)), l.reReferral(), l.decided(),
                    l.immediateDanger());
        }
    }
}
