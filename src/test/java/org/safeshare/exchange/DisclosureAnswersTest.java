package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.disclosures.DisclosureId;
import org.safeshare.disclosures.DisclosureSent;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A disclosure sent in answer to a request shows on the sending organisation's part of it, and on no one else's. */
@SafeshareTest
class DisclosureAnswersTest {

    @Autowired InformationRequests requests;
    @Autowired PeopleSetUp setUp;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    @Test
    void theSendersPartOfTheRequestLinksTheDisclosureAndAnotherOrganisationsPartIsUntouched() {
        var fixture = new ExchangeFixture(jdbc, signedIn);
        RequestId id = ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(fixture.ava(setUp)))).id();
        UUID surgery = fixture.organisation("Brook Lane Surgery");
        UUID mash = signedIn.actor(ExchangeFixture.MASH).organisationId();
        DisclosureId disclosure = new DisclosureId(UUID.randomUUID());

        transactions.executeWithoutResult(t -> publisher.publishEvent(
                new DisclosureSent(disclosure, Optional.of(id.value()), surgery, mash, UUID.randomUUID(), Instant.now())));

        var parts = requests.view(signedIn.actor(ExchangeFixture.MASH), id).parts();
        assertThat(parts).filteredOn(p -> p.organisationId().equals(surgery)).singleElement()
                .satisfies(p -> assertThat(p.disclosureId()).contains(disclosure.value()));
        assertThat(parts).filteredOn(p -> !p.organisationId().equals(surgery)).allSatisfy(p -> assertThat(p.disclosureId()).isEmpty());
    }
}
