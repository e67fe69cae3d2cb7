package org.safeshare.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.referrals.domain.ReferralType;

/**
 * A referral as its reader may see it, with what the reader may do with it: the MASH rates, asks and decides; the
 * referrer's side sees the outcome and may disagree.
 */
public record Referral(ReferralId id, ReferralType type, String referringOrganisation, String referredByName, String receivingOrganisation,
        Subject subject, List<FamilyMember> family, Optional<UUID> decisionId, boolean immediateDanger, String concernFacts,
        String concernOpinion, String concernHistorical, String risk, FamilyTold familyTold, String familyResponse, String otherAgencies,
        Instant receivedAt, Instant decisionDueAt, boolean overdue, Optional<UUID> reReferralOf, List<RatingEntry> ratings,
        Optional<Decided> decision, List<AskedRequest> requests, List<Meeting> meetings, List<Disagreement> disagreements,
        boolean atTheMash, boolean onReferrersSide) {

    public Referral {
        family = List.copyOf(family);
        ratings = List.copyOf(ratings);
        requests = List.copyOf(requests);
        meetings = List.copyOf(meetings);
        disagreements = List.copyOf(disagreements);
    }

    /** The person as the referrer's record described them when the referral was sent. */
    public record Subject(String name, Optional<LocalDate> dateOfBirth, Optional<String> nhsNumber) {}

    public record FamilyMember(String name, String relationship, boolean parentalResponsibility) {}

    public record RatingEntry(Rating rating, String rationale, String ratedByName, Instant ratedAt) {}

    public record Decided(Outcome outcome, String reasons, Optional<String> signpostedTo, String decidedByName, Instant decidedAt) {}

    /** An information request the MASH sent through the exchange about this referral, and to whom. */
    public record AskedRequest(UUID requestId, List<String> organisations) {
        public AskedRequest {
            organisations = List.copyOf(organisations);
        }
    }

    public record Meeting(UUID id, LocalDate heldOn, List<Attendee> attendees, String shared, String decision, String recordedByName,
            Instant recordedAt) {
        public Meeting {
            attendees = List.copyOf(attendees);
        }
    }

    public record Attendee(String name, Agency agency, String organisation) {}

    public record Disagreement(UUID id, String raisedByName, Instant raisedAt, String reason, DisagreementLevel level,
            Optional<String> answer, Optional<String> answeredByName, Optional<Instant> answeredAt) {}

    /** The rating now: the latest one given, if any. */
    public Optional<Rating> rating() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(ratings.getLast().rating());
    }
}
