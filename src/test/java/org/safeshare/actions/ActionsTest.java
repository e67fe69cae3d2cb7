package org.safeshare.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.domain.FieldProblem;
import org.safeshare.actions.domain.HistoryKind;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.platform.NotFoundException;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Setting, reading and closing actions through the module's facades, against the demo partnership. */
@SafeshareTest
class ActionsTest {

    @Autowired ActionSetting setting;
    @Autowired ActionReading reading;
    @Autowired ActionOutcomes outcomes;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private ActionFixture fixture;
    private DecisionId decision;

    @BeforeEach
    void oakfieldHasRecordedADecision() {
        fixture = new ActionFixture(jdbc, signedIn);
        decision = fixture.decision(decisions, people, json);
    }

    private ActionId set() {
        return ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER), fixture.forHealthVisitor(decision,
                LocalDate.now().plusDays(7)))).id();
    }

    private String lastAction(UUID actor) {
        return jdbc.sql("select action || ':' || outcome from audit_event where actor_id = ? order by id desc limit 1").param(actor)
                .query(String.class).single();
    }

    @Test
    void aTeacherSetsAnActionOnADecisionAndTheHealthVisitorSeesItAmongHerOwn() {
        ActionId id = set();
        assertThat(lastAction(signedIn.actor(ActionFixture.SETTER).id())).isEqualTo("ACTION_SET:DONE");
        Action action = reading.view(signedIn.actor(ActionFixture.OWNER), id);
        assertThat(action.ownerName()).isEqualTo("Nadia Clarke");
        assertThat(action.ownerOrganisationName()).isEqualTo("Riverside Health Visiting Service");
        assertThat(action.subjectDescription()).startsWith("Sharing decision recorded by Oakfield Primary School");
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.mayRecordOutcome()).isTrue();
        assertThat(reading.mine(signedIn.actor(ActionFixture.OWNER)).owned()).extracting(ActionRow::id).contains(id);
        assertThat(reading.mine(signedIn.actor(ActionFixture.SETTER)).setByMe()).extracting(ActionRow::id).contains(id);
    }

    @Test
    void aDueDateInThePastBlankWordsAndAnOwnerOutsideThePartnershipAreRefusedNamingTheField() {
        var teacher = signedIn.actor(ActionFixture.SETTER);
        var hillford = signedIn.actor("dsl@hillford-primary.example");
        NewAction bad = new NewAction(SubjectKind.DECISION, decision.value(),
                new OwnerRef(OwnerRef.Kind.USER, hillford.organisationId(), hillford.id()), " ", "", LocalDate.now().minusDays(1));
        ActionChange change = setting.set(teacher, bad);
        assertThat(((ActionChange.Refused) change).problems()).extracting(FieldProblem::field)
                .containsExactly("whatToDo", "owner", "dueOn", "doneWhen");
        assertThat(((ActionChange.Refused) change).problems()).extracting(FieldProblem::message)
                .contains("The date the action is due must be today or in the future");
    }

    @Test
    void anUnknownOrInvisibleRecordIsNotFound() {
        var gp = signedIn.actor("gp@brook-lane.example");
        assertThatThrownBy(() -> setting.set(gp, fixture.forHealthVisitor(decision, LocalDate.now().plusDays(1))))
                .isInstanceOf(NotFoundException.class);
        var teacher = signedIn.actor(ActionFixture.SETTER);
        assertThatThrownBy(() -> setting.set(teacher, fixture.forHealthVisitor(new DecisionId(UUID.randomUUID()), LocalDate.now())))
                .isInstanceOf(NotFoundException.class);
        NewAction wrongKind = new NewAction(SubjectKind.INFORMATION_REQUEST, decision.value(), fixture.healthVisitor(), "a", "b", LocalDate.now());
        assertThatThrownBy(() -> setting.set(teacher, wrongKind)).isInstanceOf(NotFoundException.class);
        NewAction nobodyAnswers = new NewAction(SubjectKind.MEETING, decision.value(), fixture.healthVisitor(), "a", "b", LocalDate.now());
        assertThatThrownBy(() -> setting.set(teacher, nobodyAnswers)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheSetterTheOwnerAndTheirDslsSeeAnActionAndRefusedReadsAreAudited() {
        ActionId id = set();
        for (String reader : new String[] {ActionFixture.SETTER, ActionFixture.SETTERS_DSL, ActionFixture.OWNER, ActionFixture.OWNERS_DSL}) {
            assertThat(reading.view(signedIn.actor(reader), id).id()).as(reader).isEqualTo(id);
        }
        for (String outsider : ActionFixture.OUTSIDERS) {
            assertThatThrownBy(() -> reading.view(signedIn.actor(outsider), id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThat(lastAction(signedIn.actor(outsider).id())).isEqualTo("ACTION_VIEWED:REFUSED");
            assertThatThrownBy(() -> outcomes.recordOutcome(signedIn.actor(outsider), id, true, "Done")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void anActionClosesOnlyWithAnOutcomeAndNotDoneNeedsTheAgreementOfTheOneWhoSetIt() {
        ActionId id = set();
        var owner = signedIn.actor(ActionFixture.OWNER);
        var setter = signedIn.actor(ActionFixture.SETTER);
        assertThat(outcomes.recordOutcome(owner, id, null, " ")).isInstanceOf(ActionChange.Refused.class);
        assertThat(outcomes.answerNotDone(setter, id, true, null)).isInstanceOf(ActionChange.Refused.class);
        assertThat(outcomes.recordOutcome(setter, id, true, "Done it")).isInstanceOf(ActionChange.Refused.class);
        assertThat(outcomes.recordOutcome(owner, id, false, "The family moved out of the area")).isInstanceOf(ActionChange.Done.class);
        assertThat(reading.view(setter, id).status()).isEqualTo(ActionStatus.NOT_DONE_PROPOSED);
        assertThat(outcomes.recordOutcome(owner, id, true, "Visited")).isInstanceOf(ActionChange.Refused.class);
        assertThat(outcomes.answerNotDone(owner, id, true, null)).isInstanceOf(ActionChange.Refused.class);
        assertThat(((ActionChange.Refused) outcomes.answerNotDone(setter, id, false, "")).problems()).extracting(FieldProblem::field)
                .containsExactly("reason");
        assertThat(outcomes.answerNotDone(setter, id, false, "They moved within Riverside: find them")).isInstanceOf(ActionChange.Done.class);
        assertThat(outcomes.recordOutcome(owner, id, true, "Visited at the new address")).isInstanceOf(ActionChange.Done.class);
        Action closed = reading.view(setter, id);
        assertThat(closed.status()).isEqualTo(ActionStatus.DONE);
        assertThat(closed.history()).extracting(Action.Entry::kind).containsExactly(HistoryKind.NOT_DONE_PROPOSED, HistoryKind.NOT_DONE_REFUSED,
                HistoryKind.DONE);
        assertThat(outcomes.recordOutcome(owner, id, false, "Again")).isInstanceOf(ActionChange.Refused.class);
        assertThatThrownBy(() -> jdbc.sql("update action_history set text = 'changed' where action_id = ?").param(id.value()).update())
                .hasMessageContaining("append-only");
        assertThat(lastAction(owner.id())).isEqualTo("ACTION_OUTCOME_RECORDED:DONE");
    }
}
