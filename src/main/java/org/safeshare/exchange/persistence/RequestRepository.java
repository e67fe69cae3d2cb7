package org.safeshare.exchange.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.exchange.AnswerItem;
import org.safeshare.exchange.RequestPart;
import org.safeshare.exchange.RequestStatus;
import org.safeshare.exchange.domain.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Information requests, their questions, each addressed organisation's part and its answer items. */
@Repository
public class RequestRepository {

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The request's own row, as sent. */
    public record StoredRequest(UUID id, UUID partnershipId, UUID requestingOrganisationId, UUID requestedBy, String requestedByName,
            UUID personId, SubjectKind subjectKind, Optional<Integer> subjectAgeYears, PurposeCategory purposeCategory, String purpose,
            String lawfulBasis, boolean fromPublicAuthority, boolean statesPublicTask, Urgency urgency, Instant sentAt) {}

    /** A request with its questions and parts (answers included), read in four queries whatever its size. */
    public record Loaded(StoredRequest request, List<String> questions, List<RequestPart> parts) {}

    public void insert(StoredRequest r, List<String> questions) {
        jdbc.sql("""
                insert into information_request (id, partnership_id, requesting_organisation_id, requested_by, requested_by_name,
                    person_id, subject_kind, subject_age_years, purpose_category, purpose, lawful_basis, from_public_authority,
                    states_public_task, urgency, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.partnershipId(), r.requestingOrganisationId(), r.requestedBy(), r.requestedByName(), r.personId(),
                        r.subjectKind().name(), r.subjectAgeYears().orElse(null), r.purposeCategory().name(), r.purpose(), r.lawfulBasis(),
                        r.fromPublicAuthority(), r.statesPublicTask(), r.urgency().name(), Timestamp.from(r.sentAt()))
                .update();
        for (int i = 0; i < questions.size(); i++) {
            jdbc.sql("insert into information_request_question (request_id, position, question) values (?, ?, ?)")
                    .params(r.id(), i + 1, questions.get(i)).update();
        }
    }

    public void insertPart(UUID id, StoredRequest r, UUID organisation, Optional<UUID> namedUser, Optional<UUID> team, Instant dueAt) {
        jdbc.sql("""
                insert into request_to_organisation (id, request_id, requesting_organisation_id, organisation_id, named_user_id, team_id,
                    urgency, due_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(id, r.id(), r.requestingOrganisationId(), organisation, namedUser.orElse(null), team.orElse(null), r.urgency().name(),
                        Timestamp.from(dueAt))
                .update();
    }

    public Optional<Loaded> find(UUID id) {
        Optional<StoredRequest> request = jdbc.sql("select * from information_request where id = ?").param(id)
                .query((rs, n) -> request(rs)).optional();
        return request.map(r -> new Loaded(r, questions(id), parts(id)));
    }

    private List<String> questions(UUID request) {
        return jdbc.sql("select question from information_request_question where request_id = ? order by position").param(request)
                .query(String.class).list();
    }

    private List<RequestPart> parts(UUID request) {
        Map<UUID, List<AnswerItem>> answers = jdbc.sql("""
                select a.* from request_answer_item a join request_to_organisation p on p.id = a.request_to_organisation_id
                where p.request_id = ? order by a.request_to_organisation_id, a.position""").param(request)
                .query((rs, n) -> Map.entry(rs.getObject("request_to_organisation_id", UUID.class), new AnswerItem(rs.getInt("question_position"),
                        rs.getString("answer"), AnswerItem.Kind.valueOf(rs.getString("kind")), rs.getString("source"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from request_to_organisation where request_id = ? order by due_at, id").param(request)
                .query((rs, n) -> part(rs, answers.getOrDefault(rs.getObject("id", UUID.class), List.of()))).list();
    }

    /** Marks an open part answered or declined; answers false when it was no longer open (someone else responded first). */
    public boolean respond(UUID part, RequestStatus status, Instant at, UUID by, String byName, UUID decision, String declineReasons) {
        return jdbc.sql("""
                update request_to_organisation set status = ?, responded_at = ?, responded_by = ?, responded_by_name = ?,
                    decision_id = ?, decline_reasons = ?
                where id = ? and status = 'OPEN'""")
                .params(status.name(), Timestamp.from(at), by, byName, decision, declineReasons, part).update() == 1;
    }

    public void insertAnswers(UUID part, List<AnswerItem> items) {
        for (int i = 0; i < items.size(); i++) {
            AnswerItem item = items.get(i);
            jdbc.sql("""
                    insert into request_answer_item (request_to_organisation_id, position, question_position, answer, kind, source)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(part, i + 1, item.question(), item.answer(), item.kind().name(), item.source()).update();
        }
    }

    /** Records the disclosure sent in answer to one organisation's part; answers whether such a part exists. */
    public boolean linkDisclosure(UUID request, UUID organisation, UUID disclosure) {
        return jdbc.sql("update request_to_organisation set disclosure_id = ? where request_id = ? and organisation_id = ?")
                .params(disclosure, request, organisation).update() == 1;
    }

    /** Of these people, those an information request addressed to the organisation is about. */
    public List<UUID> peopleAskedAbout(UUID organisation, Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct r.person_id from information_request r join request_to_organisation p on p.request_id = r.id
                where p.organisation_id = :organisation and r.person_id in (:people)""")
                .param("organisation", organisation).param("people", people).query(UUID.class).list();
    }

    static StoredRequest request(ResultSet rs) throws SQLException {
        return new StoredRequest(rs.getObject("id", UUID.class), rs.getObject("partnership_id", UUID.class),
                rs.getObject("requesting_organisation_id", UUID.class), rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"), rs.getObject("person_id", UUID.class), SubjectKind.valueOf(rs.getString("subject_kind")),
                Optional.ofNullable((Integer) rs.getObject("subject_age_years")), PurposeCategory.valueOf(rs.getString("purpose_category")),
                rs.getString("purpose"), rs.getString("lawful_basis"), rs.getBoolean("from_public_authority"),
                rs.getBoolean("states_public_task"), Urgency.valueOf(rs.getString("urgency")), rs.getTimestamp("sent_at").toInstant());
    }

    private static RequestPart part(ResultSet rs, List<AnswerItem> answers) throws SQLException {
        return new RequestPart(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), null,
                Optional.ofNullable(rs.getObject("named_user_id", UUID.class)), Optional.ofNullable(rs.getObject("team_id", UUID.class)),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getTimestamp("due_at").toInstant(), RequestStatus.valueOf(rs.getString("status")), instant(rs, "escalated_at"),
                instant(rs, "responded_at"), Optional.ofNullable(rs.getString("responded_by_name")),
                Optional.ofNullable(rs.getObject("decision_id", UUID.class)), Optional.ofNullable(rs.getString("decline_reasons")),
                answers, Optional.ofNullable(rs.getObject("disclosure_id", UUID.class)));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
