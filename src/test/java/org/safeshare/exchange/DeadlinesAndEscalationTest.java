package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.exchange.domain.DeadlineRule;
import org.safeshare.exchange.domain.RagDeadlines;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A partnership's deadlines (set by its administrator, audited) and the escalation of overdue requests, once each. */
@SafeshareTest
@RecordApplicationEvents
class DeadlinesAndEscalationTest {

    private static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired InformationRequests requests;
    @Autowired ExchangeSettings settings;
    @Autowired OverdueRequests overdue;
    @Autowired RequestBoxes boxes;
    @Autowired PeopleSetUp setUp;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private ExchangeFixture fixture;
    private PersonId ava;

    @BeforeEach
    void theMashHoldsAva() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
    }

    @AfterEach
    void defaultDeadlinesAgain() {
        jdbc.sql("delete from exchange_working_hours").update();
    }

    @Test
    void theAdministratorsDeadlinesApplyToRequestsSentAfterwardsAndTheChangeIsAudited() {
        Actor admin = signedIn.actor(ADMIN);
        RagDeadlines shorter = new RagDeadlines(new DeadlineRule(2, DeadlineRule.Unit.HOURS), RagDeadlines.DEFAULT.amber(),
                RagDeadlines.DEFAULT.green());
        assertThat(settings.change(admin, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                shorter)).isEmpty();
        assertThat(jdbc.sql("select action from audit_event where actor_id = ? order by id desc limit 1").param(admin.id())
                .query(String.class).single()).isEqualTo("EXCHANGE_DEADLINES_CHANGED");
        Instant before = Instant.now();
        RequestId id = ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(ava))).id();
        Instant due = requests.view(signedIn.actor(ExchangeFixture.MASH), id).parts().getFirst().dueAt();
        assertThat(due).isBetween(before.plusSeconds(7200), Instant.now().plusSeconds(7200));
    }

    @Test
    void onlyAPartnershipAdministratorChangesDeadlinesAndNonsenseIsRefused() {
        Actor dsl = signedIn.actor(ExchangeFixture.OAKFIELD_DSL);
        assertThatThrownBy(() -> settings.change(dsl, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                RagDeadlines.DEFAULT)).isInstanceOf(NotFoundException.class);
        assertThat(settings.change(signedIn.actor(ADMIN), EnumSet.noneOf(DayOfWeek.class), LocalTime.of(17, 0), LocalTime.of(9, 0),
                new RagDeadlines(new DeadlineRule(40, DeadlineRule.Unit.WORKING_DAYS), RagDeadlines.DEFAULT.amber(), RagDeadlines.DEFAULT.green())))
                .extracting(FieldProblem::field).containsExactly("workingDays", "opens", "redAmount");
        assertThat(settings.addClosure(signedIn.actor(ADMIN), LocalDate.of(2020, 1, 2), "")).extracting(FieldProblem::field)
                .containsExactly("day", "reason");
    }

    @Test
    void anOverdueRequestIsEscalatedToTheReceivingDslsAndTheNamedPractitionerOnce() {
        RequestId id = ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(ava))).id();
        UUID charity = fixture.organisation("Safe Harbour Family Support");
        jdbc.sql("update request_to_organisation set due_at = ? where request_id = ? and organisation_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), id.value(), charity).update();
        assertThat(overdue.run()).isGreaterThanOrEqualTo(1);
        List<NotificationRequested> told = events.stream(NotificationRequested.class)
                .filter(n -> n.kind() == NotificationKind.INFORMATION_REQUEST_OVERDUE && n.path().equals("/exchange/requests/" + id)).toList();
        assertThat(told).extracting(NotificationRequested::audience).containsExactlyInAnyOrder(
                new NotificationRequested.Audience.RoleHolders(new org.safeshare.organisations.OrganisationId(charity),
                        Role.DESIGNATED_SAFEGUARDING_LEAD),
                new NotificationRequested.Audience.Users(java.util.Set.of(signedIn.actor(ExchangeFixture.CHARITY).id())));
        RequestPart part = requests.view(signedIn.actor(ExchangeFixture.MASH), id).partOf(charity).orElseThrow();
        assertThat(part.escalatedAt()).isPresent();
        assertThat(part.overdueAt(Instant.now())).isTrue();
        overdue.run();
        assertThat(events.stream(NotificationRequested.class)
                .filter(n -> n.kind() == NotificationKind.INFORMATION_REQUEST_OVERDUE && n.path().equals("/exchange/requests/" + id))).hasSize(2);
    }

    @Test
    void anOverdueRequestShowsOnBothSidesDashboards() {
        RequestId id = ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(ava))).id();
        jdbc.sql("update request_to_organisation set due_at = ? where request_id = ?").params(Timestamp.from(Instant.now().minusSeconds(60)),
                id.value()).update();
        RequestList atTheMash = boxes.outbox(signedIn.actor(ExchangeFixture.MASH), RequestList.Filter.DEFAULT);
        assertThat(atTheMash.rows()).filteredOn(r -> r.requestId().equals(id)).hasSize(4).allMatch(RequestRow::overdue);
        assertThat(atTheMash.open().get(Urgency.RED).overdue()).isGreaterThanOrEqualTo(4);
        RequestList atTheSurgery = boxes.inbox(signedIn.actor(ExchangeFixture.GP), RequestList.Filter.DEFAULT);
        assertThat(atTheSurgery.rows()).filteredOn(r -> r.requestId().equals(id)).singleElement().matches(RequestRow::overdue);
        assertThat(atTheSurgery.open().get(Urgency.RED).overdue()).isGreaterThanOrEqualTo(1);
    }
}
