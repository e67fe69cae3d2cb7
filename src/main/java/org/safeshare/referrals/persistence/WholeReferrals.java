package org.safeshare.referrals.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.referrals.persistence.ReferralRepository.StoredReferral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A referral with everything done on it (the requests to partners, which also say who was involved, the family
 * snapshot, the rating history, the strategy discussions with their attendees, the disagreements) in one statement
 * instead of eight: the referral is the busiest read of the MASH (docs/referrals-performance.md), and its statement
 * count must not grow with what was done on it. The lists come as JSON arrays of values, in the orders the page shows.
 */
@Repository
public class WholeReferrals {

    private static final String QUERY = """
            select r.*,
              (select coalesce(json_agg(json_build_array(q.request_id, q.organisation_id) order by q.linked_at, q.request_id), '[]')
                 from referral_request q where q.referral_id = r.id) as work_requests,
              (select coalesce(json_agg(json_build_array(f.name, f.relationship, f.parental_responsibility) order by f.position), '[]')
                 from referral_family_member f where f.referral_id = r.id) as work_family,
              (select coalesce(json_agg(json_build_array(g.rating, g.rationale, g.rated_by_name, g.rated_at) order by g.position), '[]')
                 from referral_rating g where g.referral_id = r.id) as work_ratings,
              (select coalesce(json_agg(json_build_array(m.id, m.held_on, m.shared, m.decision, m.recorded_by_name, m.recorded_at,
                 (select coalesce(json_agg(json_build_array(a.name, a.agency, a.organisation) order by a.position), '[]')
                    from referral_meeting_attendee a where a.meeting_id = m.id)) order by m.recorded_at), '[]')
                 from referral_meeting m where m.referral_id = r.id) as work_meetings,
              (select coalesce(json_agg(json_build_array(d.id, d.raised_by_name, d.raised_at, d.reason, d.level, d.answer,
                 d.answered_by_name, d.answered_at) order by d.raised_at), '[]')
                 from referral_disagreement d where d.referral_id = r.id) as work_disagreements
            from referral r where r.id = ?""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WholeReferrals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The referral and what was done on it; {@code requests} maps each request to the organisations it asked, oldest first. */
    public record Whole(StoredReferral referral, Map<UUID, List<UUID>> requests, List<Referral.FamilyMember> family,
            List<Referral.RatingEntry> ratings, List<Referral.Meeting> meetings, List<Referral.Disagreement> disagreements) {

        /** The organisations the MASH involved through requests (they may see the referral). */
        public Set<UUID> involved() {
            return requests.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
        }
    }

    public Optional<Whole> find(UUID id) {
        return jdbc.sql(QUERY).param(id).query((rs, n) -> new Whole(ReferralRepository.referral(rs),
                requests(rs.getString("work_requests")), list(rs.getString("work_family"), WholeReferrals::familyMember),
                list(rs.getString("work_ratings"), WholeReferrals::rating), list(rs.getString("work_meetings"), this::meeting),
                list(rs.getString("work_disagreements"), WholeReferrals::disagreement))).optional();
    }

    private Map<UUID, List<UUID>> requests(String array) {
        Map<UUID, List<UUID>> requests = new LinkedHashMap<>();
        json.readTree(array).forEach(v -> requests.computeIfAbsent(uuid(v.get(0)), k -> new ArrayList<>()).add(uuid(v.get(1))));
        return requests;
    }

    private <T> List<T> list(String array, Function<JsonNode, T> each) {
        List<T> found = new ArrayList<>();
        json.readTree(array).forEach(values -> found.add(each.apply(values)));
        return found;
    }

    private static Referral.FamilyMember familyMember(JsonNode v) {
        return new Referral.FamilyMember(text(v.get(0)), text(v.get(1)), v.get(2).asBoolean());
    }

    private static Referral.RatingEntry rating(JsonNode v) {
        return new Referral.RatingEntry(Rating.valueOf(v.get(0).asString()), text(v.get(1)), text(v.get(2)), instant(v.get(3)));
    }

    private Referral.Meeting meeting(JsonNode v) {
        List<Referral.Attendee> attendees = new ArrayList<>();
        v.get(6).forEach(a -> attendees.add(new Referral.Attendee(text(a.get(0)), Agency.valueOf(a.get(1).asString()), text(a.get(2)))));
        return new Referral.Meeting(uuid(v.get(0)), LocalDate.parse(v.get(1).asString()), attendees, text(v.get(2)), text(v.get(3)),
                text(v.get(4)), instant(v.get(5)));
    }

    private static Referral.Disagreement disagreement(JsonNode v) {
        return new Referral.Disagreement(uuid(v.get(0)), text(v.get(1)), instant(v.get(2)), text(v.get(3)),
                DisagreementLevel.valueOf(v.get(4).asString()), Optional.ofNullable(text(v.get(5))), Optional.ofNullable(text(v.get(6))),
                Optional.ofNullable(text(v.get(7))).map(t -> OffsetDateTime.parse(t).toInstant()));
    }

    private static UUID uuid(JsonNode value) {
        return UUID.fromString(value.asString());
    }

    private static Instant instant(JsonNode value) {
        return OffsetDateTime.parse(value.asString()).toInstant();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
