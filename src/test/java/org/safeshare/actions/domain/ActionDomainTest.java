package org.safeshare.actions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.calendar.WorkingCalendar;
import org.safeshare.platform.calendar.WorkingHours;

/** The plain rules of actions: what a new one must say, how one closes, who sees it, when it is reminded and overdue. */
class ActionDomainTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4); // a Friday

    @Test
    void aDueDateInThePastIsRefusedNamingTheFieldButTodayIsAllowed() {
        assertThat(ActionRules.problemsWith(new ActionRules.Facts("Visit", "Visited", true, TODAY.minusDays(1)), TODAY))
                .extracting(FieldProblem::field).containsExactly("dueOn");
        assertThat(ActionRules.problemsWith(new ActionRules.Facts("Visit", "Visited", true, TODAY), TODAY)).isEmpty();
        assertThat(ActionRules.problemsWith(new ActionRules.Facts(" ", null, false, null), TODAY)).extracting(FieldProblem::field)
                .containsExactly("whatToDo", "owner", "dueOn", "doneWhen");
        assertThat(ActionRules.problemsWith(new ActionRules.Facts("x".repeat(2001), "y", true, TODAY), TODAY)).extracting(FieldProblem::field)
                .containsExactly("whatToDo");
    }

    @Test
    void notDoneWaitsForTheSettersAgreementAndAClosedActionTakesNothingMore() {
        assertThat(Lifecycle.outcome(ActionStatus.OPEN, true, "Visited")).isEqualTo(new Lifecycle.Step.Moved(ActionStatus.DONE, HistoryKind.DONE));
        assertThat(Lifecycle.outcome(ActionStatus.OPEN, false, "Moved away"))
                .isEqualTo(new Lifecycle.Step.Moved(ActionStatus.NOT_DONE_PROPOSED, HistoryKind.NOT_DONE_PROPOSED));
        assertThat(Lifecycle.outcome(ActionStatus.OPEN, false, "")).isInstanceOf(Lifecycle.Step.Refused.class);
        assertThat(Lifecycle.outcome(ActionStatus.NOT_DONE_PROPOSED, true, "Visited")).isInstanceOf(Lifecycle.Step.Refused.class);
        assertThat(Lifecycle.agreement(ActionStatus.NOT_DONE_PROPOSED, true, null))
                .isEqualTo(new Lifecycle.Step.Moved(ActionStatus.NOT_DONE, HistoryKind.NOT_DONE_AGREED));
        assertThat(Lifecycle.agreement(ActionStatus.NOT_DONE_PROPOSED, false, " ")).isInstanceOf(Lifecycle.Step.Refused.class);
        assertThat(Lifecycle.agreement(ActionStatus.NOT_DONE_PROPOSED, false, "Find them"))
                .isEqualTo(new Lifecycle.Step.Moved(ActionStatus.OPEN, HistoryKind.NOT_DONE_REFUSED));
        for (ActionStatus closed : new ActionStatus[] {ActionStatus.DONE, ActionStatus.NOT_DONE}) {
            assertThat(Lifecycle.outcome(closed, true, "Again")).isInstanceOf(Lifecycle.Step.Refused.class);
            assertThat(Lifecycle.agreement(closed, true, null)).isInstanceOf(Lifecycle.Step.Refused.class);
        }
    }

    @Test
    void theSetterTheOwnerTheTeamAndBothDslsSeeItAndNobodyElse() {
        UUID setter = UUID.randomUUID(), school = UUID.randomUUID(), owner = UUID.randomUUID(), health = UUID.randomUUID();
        UUID team = UUID.randomUUID(), third = UUID.randomUUID();
        var toUser = new ActionAccess.Parties(setter, school, Optional.of(owner), Optional.empty(), health);
        var toTeam = new ActionAccess.Parties(setter, school, Optional.empty(), Optional.of(team), health);
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(setter, school, false, Set.of()), toUser)).isTrue();
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(owner, health, false, Set.of()), toUser)).isTrue();
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(UUID.randomUUID(), health, false, Set.of(team)), toTeam)).isTrue();
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(UUID.randomUUID(), health, true, Set.of()), toUser)).isTrue();
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(UUID.randomUUID(), school, true, Set.of()), toUser)).isTrue();
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(UUID.randomUUID(), health, false, Set.of()), toUser)).isFalse();
        assertThat(ActionAccess.maySee(new ActionAccess.Reader(UUID.randomUUID(), third, true, Set.of()), toUser)).isFalse();
        assertThat(ActionAccess.mayRecordOutcome(new ActionAccess.Reader(setter, school, true, Set.of()), toUser)).isFalse();
        assertThat(ActionAccess.mayAgree(new ActionAccess.Reader(owner, health, true, Set.of()), toUser)).isFalse();
    }

    @Test
    void aMondayActionIsRemindedOnFridayAndIsOverdueOnlyFromTheDayAfter() {
        WorkingCalendar calendar = WorkingCalendar.standard();
        assertThat(DueDates.remindIfDueBy(TODAY, calendar)).contains(LocalDate.of(2026, 12, 7));
        assertThat(DueDates.remindIfDueBy(LocalDate.of(2026, 12, 1), calendar)).contains(LocalDate.of(2026, 12, 2));
        assertThat(DueDates.remindIfDueBy(TODAY.plusDays(1), calendar)).as("nothing is sent on a Saturday").isEmpty();
        assertThat(DueDates.overdue(TODAY, TODAY)).isFalse();
        assertThat(DueDates.overdue(TODAY, TODAY.plusDays(1))).isTrue();
    }

    @Test
    void bankHolidaysAndThePartnershipsClosedDaysAreNoWorkingDaysForRemindersAndEscalation() {
        // Christmas 2026: Friday 25 and Monday 28 December (the substitute day for Boxing Day) are bank holidays.
        WorkingCalendar calendar = new WorkingCalendar(WorkingHours.OFFICE, Set.of(LocalDate.of(2026, 12, 29)));
        assertThat(DueDates.remindIfDueBy(LocalDate.of(2026, 12, 24), calendar)).as("the partnership's own closure skipped too")
                .contains(LocalDate.of(2026, 12, 30));
        assertThat(DueDates.remindIfDueBy(LocalDate.of(2026, 12, 28), calendar)).isEmpty();
        assertThat(DueDates.escalatesOn(LocalDate.of(2026, 12, 28), calendar)).isFalse();
        assertThat(DueDates.escalatesOn(LocalDate.of(2026, 12, 30), calendar)).isTrue();
    }
}
