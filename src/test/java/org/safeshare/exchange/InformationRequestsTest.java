package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.Recommendation;
import org.safeshare.exchange.domain.RagDeadlines;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Information requests between organisations of a partnership, answered and declined through the decision engine. */
@SafeshareTest
@RecordApplicationEvents
class InformationRequestsTest {

    @Autowired InformationRequests requests;
    @Autowired RequestResponses responses;
    @Autowired RequestBoxes boxes;
    @Autowired ExchangeSettings settings;
    @Autowired Decisions decisions;
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

    private RequestId sent() {
        return ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(ava))).id();
    }

    @Test
    void eachAddressedOrganisationGetsItsOwnPartWithTheRedDeadlineAndItsDslsAreTold() {
        Instant before = Instant.now();
        RequestId id = sent();
        InformationRequest seen = requests.view(signedIn.actor(ExchangeFixture.MASH), id);
        assertThat(seen.parts()).hasSize(4).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(p.urgency()).isEqualTo(Urgency.RED);
        });
        Instant due = seen.parts().getFirst().dueAt();
        var calendar = settings.calendar(signedIn.actor(ExchangeFixture.MASH).partnershipId());
        assertThat(due).isBetween(RagDeadlines.DEFAULT.due(Urgency.RED, before, calendar),
                RagDeadlines.DEFAULT.due(Urgency.RED, Instant.now(), calendar));
        assertThat(seen.subject()).hasValueSatisfying(s -> assertThat(s.name()).contains("Ava"));
        assertThat(seen.fromPublicAuthority()).isTrue();
        List<NotificationRequested> told = events.stream(NotificationRequested.class)
                .filter(n -> n.path().equals("/exchange/requests/" + id)).toList();
        assertThat(told).allMatch(n -> n.kind() == NotificationKind.INFORMATION_REQUEST_RECEIVED);
        assertThat(told.stream().filter(n -> n.audience() instanceof NotificationRequested.Audience.RoleHolders)).hasSize(4);
        assertThat(told.stream().filter(n -> n.audience() instanceof NotificationRequested.Audience.Users)).hasSize(3);
    }

    @Test
    void sendingARequestReadsThePartnershipsHoursAndClosuresOnce() throws Exception {
        Actor mash = signedIn.actor(ExchangeFixture.MASH);
        var asked = fixture.request(ava);
        List<String> statements = org.safeshare.support.Statements.during(() -> requests.send(mash, asked));
        assertThat(statements.stream().filter(sql -> sql.contains("from exchange_working_hours"))).as("statements: %s", statements).hasSize(1);
        assertThat(statements.stream().filter(sql -> sql.contains("from exchange_closure"))).as("statements: %s", statements).hasSize(1);
    }

    @Test
    void anAddressedOrganisationSeesOnlyItsOwnPartAndTheChildItIsAbout() {
        RequestId id = sent();
        InformationRequest atTheCharity = requests.view(signedIn.actor(ExchangeFixture.CHARITY), id);
        assertThat(atTheCharity.parts()).singleElement().satisfies(p -> assertThat(p.organisationName()).isEqualTo("Safe Harbour Family Support"));
        assertThat(atTheCharity.subject()).hasValueSatisfying(s -> assertThat(s.nhsNumber()).isPresent());
        assertThat(requests.view(signedIn.actor(ExchangeFixture.OAKFIELD_DSL), id).parts()).hasSize(1);
    }

    @Test
    void nobodyElseFindsTheRequest() {
        RequestId id = sent();
        for (String outsider : ExchangeFixture.OUTSIDERS) {
            Actor actor = signedIn.actor(outsider);
            assertThatThrownBy(() -> requests.view(actor, id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> responses.respond(actor, id, ExchangeFixture.answer())).as(outsider).isInstanceOf(NotFoundException.class);
            if (!actor.worksWithPeople()) {
                // An administrator has no inbox of requests at all.
                assertThatThrownBy(() -> boxes.inbox(actor, RequestList.Filter.DEFAULT)).isInstanceOf(NotFoundException.class);
                continue;
            }
            assertThat(boxes.inbox(actor, RequestList.Filter.DEFAULT).rows()).as(outsider).noneMatch(r -> r.requestId().equals(id));
            assertThat(boxes.outbox(actor, RequestList.Filter.DEFAULT).rows()).as(outsider).noneMatch(r -> r.requestId().equals(id));
        }
        // The requester reads the request but has nothing to answer.
        assertThatThrownBy(() -> responses.respond(signedIn.actor(ExchangeFixture.MASH), id, ExchangeFixture.answer()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCharityAnswersUnderRecognisedLegitimateInterestForAPublicBodysRequest() {
        RequestId id = sent();
        Actor charity = signedIn.actor(ExchangeFixture.CHARITY);
        RequestChange change = responses.respond(charity, id, ExchangeFixture.answer());
        assertThat(change).isInstanceOf(RequestChange.Done.class);
        RequestPart part = requests.view(signedIn.actor(ExchangeFixture.MASH), id).partOf(fixture.organisation("Safe Harbour Family Support"))
                .orElseThrow();
        assertThat(part.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(part.answers()).extracting(AnswerItem::kind).containsExactly(AnswerItem.Kind.FACT, AnswerItem.Kind.OPINION);
        var basis = decisions.view(charity, new DecisionId(part.decisionId().orElseThrow())).versions().getFirst().recommendation()
                .lawfulBasis();
        assertThat(basis.article6()).isEqualTo(Recommendation.Article6.RECOGNISED_LEGITIMATE_INTEREST);
        assertThat(basis.annex1Condition()).isEqualTo(1);
        assertThat(events.stream(NotificationRequested.class)).anyMatch(n -> n.kind() == NotificationKind.INFORMATION_REQUEST_ANSWERED
                && n.audience().equals(new NotificationRequested.Audience.Users(java.util.Set.of(signedIn.actor(ExchangeFixture.MASH).id()))));
        assertThat(responses.respond(charity, id, ExchangeFixture.answer())).isEqualTo(new RequestChange.Refused(
                List.of(ResponseRules.ALREADY_ANSWERED)));
    }

    @Test
    void thePoliceDeclineWithReasonsTheRequesterSees() {
        RequestId id = sent();
        assertThat(responses.respond(signedIn.actor(ExchangeFixture.POLICE), id, ExchangeFixture.decline()))
                .isInstanceOf(RequestChange.Done.class);
        RequestPart part = requests.view(signedIn.actor(ExchangeFixture.MASH), id)
                .partOf(fixture.organisation("Riverside Police Public Protection Unit")).orElseThrow();
        assertThat(part.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(part.declineReasons()).hasValueSatisfying(r -> assertThat(r).contains("live criminal investigation"));
        assertThat(part.decisionId()).isPresent();
    }

    /** One question answered, the other declined with reasons: only the answer is shared, and the requester reads why not. */
    @Test
    void thePoliceAnswerOneQuestionAndDeclineTheOtherWithReasonsTheRequesterSees() {
        RequestId id = sent();
        Actor police = signedIn.actor(ExchangeFixture.POLICE);
        RequestResponse a = ExchangeFixture.answer();
        String why = "Disclosing the household's history now would prejudice a live criminal investigation";
        RequestResponse oneDeclined = new RequestResponse(a.choice(), List.of(a.answers().getFirst(),
                new AnswerItem(2, why, AnswerItem.Kind.DECLINED, null)), a.reasons(), a.departureReason(), a.facts(), a.subjectInformed(),
                a.notInformedReason(), a.consentNotSoughtReason(), a.discussedWithRequester(), a.moreDetrimentalReason(),
                a.legitimateInterests(), a.personId());
        assertThat(responses.respond(police, id, oneDeclined)).isInstanceOf(RequestChange.Done.class);

        RequestPart part = requests.view(signedIn.actor(ExchangeFixture.MASH), id)
                .partOf(fixture.organisation("Riverside Police Public Protection Unit")).orElseThrow();
        assertThat(part.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(part.answers()).extracting(AnswerItem::kind).containsExactly(AnswerItem.Kind.FACT, AnswerItem.Kind.DECLINED);
        assertThat(part.answers().get(1).answer()).isEqualTo(why);
        var shared = decisions.view(police, new DecisionId(part.decisionId().orElseThrow())).versions().getFirst().decision().information();
        assertThat(shared).as("only the answered question was shared").singleElement()
                .satisfies(item -> assertThat(item.summary()).isEqualTo(a.answers().getFirst().answer()));
    }

    @Test
    void declaringEveryQuestionDeclinedIsNotAnAnswer() {
        RequestId id = sent();
        RequestResponse a = ExchangeFixture.answer();
        RequestResponse allDeclined = new RequestResponse(a.choice(), List.of(new AnswerItem(1, "Not now", AnswerItem.Kind.DECLINED, null)),
                a.reasons(), a.departureReason(), a.facts(), a.subjectInformed(), a.notInformedReason(), a.consentNotSoughtReason(),
                a.discussedWithRequester(), a.moreDetrimentalReason(), a.legitimateInterests(), a.personId());
        assertThat(responses.respond(signedIn.actor(ExchangeFixture.POLICE), id, allDeclined)).isInstanceOfSatisfying(RequestChange.Refused.class,
                r -> assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("answers"));
    }

    @Test
    void aResponseWithoutItsFactsOrAnswersIsRefusedAndNothingIsSaved() {
        RequestId id = sent();
        RequestResponse empty = new RequestResponse(RequestResponse.Choice.ANSWER, List.of(new AnswerItem(7, " ", null, null)), null, null,
                null, null, null, null, null, null, null, null);
        RequestChange change = responses.respond(signedIn.actor(ExchangeFixture.GP), id, empty);
        assertThat(change).isInstanceOfSatisfying(RequestChange.Refused.class, r -> assertThat(r.problems()).extracting(FieldProblem::field)
                .containsExactly("facts", "answers[0].question", "answers[0].answer", "answers[0].kind", "answers[0].source", "reasons"));
        assertThat(requests.view(signedIn.actor(ExchangeFixture.GP), id).parts().getFirst().open()).isTrue();
    }

    @Test
    void aRequestMustAskSomethingOfAnotherOrganisationOfThePartnership() {
        Actor mash = signedIn.actor(ExchangeFixture.MASH);
        NewInformationRequest asked = fixture.request(ava);
        NewInformationRequest wrong = new NewInformationRequest(asked.personId(), asked.purposeCategory(), " ", asked.lawfulBasis(), null,
                asked.urgency(), List.of(" "), List.of(new NewInformationRequest.Addressee(fixture.organisation("Hillford Primary School"), null),
                        new NewInformationRequest.Addressee(mash.organisationId(), null),
                        new NewInformationRequest.Addressee(fixture.organisation("Oakfield Primary School"), signedIn.actor(ExchangeFixture.GP).id())));
        assertThat(requests.send(mash, wrong)).isInstanceOfSatisfying(RequestChange.Refused.class, r -> assertThat(r.problems())
                .extracting(FieldProblem::field).containsExactly("purpose", "statesPublicTask", "questions", "addressees[0].organisationId",
                        "addressees[1].organisationId", "addressees[2].namedUserId"));
    }

    @Test
    void aNamedPractitionerMustWorkWithPeoplesRecordsAtTheOrganisationNotMerelyBelongToIt() {
        Actor mash = signedIn.actor(ExchangeFixture.MASH);
        NewInformationRequest asked = fixture.request(ava);
        NewInformationRequest toTheAdministrator = new NewInformationRequest(asked.personId(), asked.purposeCategory(), asked.purpose(),
                asked.lawfulBasis(), asked.statesPublicTask(), asked.urgency(), asked.questions(),
                List.of(new NewInformationRequest.Addressee(fixture.organisation("Oakfield Primary School"),
                        signedIn.actor("admin@oakfield-primary.example").id())));
        assertThat(requests.check(mash, toTheAdministrator)).extracting(FieldProblem::field).containsExactly("addressees[0].namedUserId");
    }

    @Test
    void aRequestAboutSomeoneTheRequesterDoesNotHoldIsNotFound() {
        UUID oakfieldsAva = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(UUID.class).single();
        NewInformationRequest asked = fixture.request(new PersonId(oakfieldsAva));
        assertThatThrownBy(() -> requests.send(signedIn.actor(ExchangeFixture.MASH), asked)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bothSidesListOpenRequestsByTimeLeftAndTheDashboardCountsThem() {
        RequestId id = sent();
        RequestList outbox = boxes.outbox(signedIn.actor(ExchangeFixture.MASH), RequestList.Filter.DEFAULT);
        // Other test classes' open requests share the list (one demo database): read every page for this request's parts.
        List<RequestRow> all = new java.util.ArrayList<>(outbox.rows());
        RequestList more = outbox;
        for (int page = 2; more.hasMore() && page <= 50; page++) {
            more = boxes.outbox(signedIn.actor(ExchangeFixture.MASH), new RequestList.Filter(true, java.util.Optional.empty(), true, page));
            all.addAll(more.rows());
        }
        assertThat(all).filteredOn(r -> r.requestId().equals(id)).hasSize(4);
        assertThat(outbox.rows()).extracting(RequestRow::dueAt).isSorted();
        assertThat(outbox.open().get(Urgency.RED).open()).isGreaterThanOrEqualTo(4);
        RequestList inbox = boxes.inbox(signedIn.actor(ExchangeFixture.GP), RequestList.Filter.DEFAULT);
        assertThat(inbox.rows()).filteredOn(r -> r.requestId().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.otherOrganisationName()).isEqualTo("Riverside MASH"));
    }
}
