package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.people.PersonId;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.TestTeams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A request part addressed to a team of the receiving organisation: its members see it in their inbox, open it and answer
 * it; a practitioner of the same organisation outside the team, a third organisation and another partnership do not.
 */
@SafeshareTest
@RecordApplicationEvents
class RequestToATeamTest {

    static final String SURGERY = "Brook Lane Surgery";
    static final String OUTSIDE_THE_TEAM = "practice.nurse@brook-lane.example";

    @Autowired InformationRequests requests;
    @Autowired RequestResponses responses;
    @Autowired RequestBoxes boxes;
    @Autowired PeopleSetUp setUp;
    @Autowired AccountsSetUp accounts;
    @Autowired SignedIn signedIn;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private ExchangeFixture fixture;
    private PersonId ava;
    private UUID desk;

    @BeforeEach
    void theSurgeryHasASafeguardingDeskWithTheGpOnIt() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
        teams.practitioner(SURGERY, OUTSIDE_THE_TEAM, "Pat Nurse");
        desk = teams.team(SURGERY, "Safeguarding desk", signedIn.actor(ExchangeFixture.GP).id());
    }

    private NewInformationRequest toTheDesk(UUID team) {
        NewInformationRequest asked = fixture.request(ava);
        return new NewInformationRequest(asked.personId(), PurposeCategory.SAFEGUARDING, asked.purpose(), asked.lawfulBasis(), true,
                Urgency.RED, asked.questions(), List.of(new NewInformationRequest.Addressee(fixture.organisation(SURGERY), null, team)));
    }

    private RequestId sent() {
        return ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), toTheDesk(desk))).id();
    }

    @Test
    void aTeamMemberSeesTheRequestInTheirInboxAndAnswersIt() {
        RequestId id = sent();
        Actor gp = signedIn.actor(ExchangeFixture.GP);
        assertThat(boxes.inbox(gp, RequestList.Filter.DEFAULT).rows()).anyMatch(r -> r.requestId().equals(id));
        assertThat(requests.view(gp, id).parts()).singleElement().satisfies(p -> assertThat(p.teamId()).contains(desk));
        assertThat(responses.respond(gp, id, ExchangeFixture.answer())).isInstanceOf(RequestChange.Done.class);
        assertThat(requests.view(signedIn.actor(ExchangeFixture.MASH), id).parts().getFirst().status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void theTeamsMembersAreToldByNameAndTheSurgerysDslsAsAlways() {
        RequestId id = sent();
        List<NotificationRequested> told = events.stream(NotificationRequested.class).filter(n -> n.path().endsWith(id.toString())).toList();
        assertThat(told).anyMatch(n -> n.audience() instanceof NotificationRequested.Audience.Users u
                && u.userIds().contains(signedIn.actor(ExchangeFixture.GP).id()));
        assertThat(told).anyMatch(n -> n.audience() instanceof NotificationRequested.Audience.RoleHolders);
    }

    @Test
    void nobodyOutsideTheTeamSeesIt_notAColleagueWhoIsNotTheDsl_notAThirdOrganisation_notAnotherPartnership() {
        RequestId id = sent();
        for (String outsider : List.of(OUTSIDE_THE_TEAM, "dsl@riverside-academy.example", "dsl@hillford-primary.example",
                "ppu.officer@riverside-police.example")) {
            Actor actor = signedIn.actor(outsider);
            assertThatThrownBy(() -> requests.view(actor, id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> responses.respond(actor, id, ExchangeFixture.answer())).as(outsider).isInstanceOf(NotFoundException.class);
            assertThat(boxes.inbox(actor, RequestList.Filter.DEFAULT).rows()).as(outsider).noneMatch(r -> r.requestId().equals(id));
        }
        // The surgery's DSL triages every part addressed to the surgery, team or not.
        assertThat(requests.view(signedIn.actor("dsl@brook-lane.example"), id).parts()).hasSize(1);
    }

    @Test
    void aTeamOfAnotherOrganisationIsRefusedWithTheFieldNamed() {
        UUID policeTeam = teams.team("Riverside Police Public Protection Unit", "Child abuse investigation");
        RequestChange change = requests.send(signedIn.actor(ExchangeFixture.MASH), toTheDesk(policeTeam));
        assertThat(change).isInstanceOfSatisfying(RequestChange.Refused.class, r -> assertThat(r.problems())
                .extracting(FieldProblem::field).containsExactly("addressees[0].teamId"));
    }
}
