package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.disclosures.domain.Identity;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.disclosures.persistence.DisclosureRepository;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.people.PersonId;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Content at rest is sealed under the sender's organisation key and bound to its disclosure and item; events ride the transaction. */
@SafeshareTest
@RecordApplicationEvents
class DisclosureSealingTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired DisclosureSending sending;
    @Autowired DisclosureRepository repository;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEvents events;

    private NewDisclosure disclosure(DisclosureTestData exchange, Optional<UUID> request) throws Exception {
        return new NewDisclosure(new PersonId(UUID.fromString(exchange.ava())), new DisclosureDraft(UUID.fromString(exchange
                .decisionToShareWith("Riverside MASH")), List.of(UUID.fromString(exchange.mashOfficer())), Set.of(PersonField.NHS_NUMBER),
                List.of(new DisclosureDraft.FreeTextDraft(ItemKind.FACT, "Joan Pike heard shouting", "Joan Pike, by telephone",
                        List.of(new Identity(Identity.Role.REFERRER, "Joan Pike"))),
                        new DisclosureDraft.FreeTextDraft(ItemKind.OPINION, "Ava seemed frightened", "Class teacher", List.of())),
                "Referral", null, false, null, null, "It would increase the risk"), request);
    }

    private String send(Actor actor, NewDisclosure disclosure) {
        return ((DisclosureChange.Done) sending.send(actor, disclosure)).id().toString();
    }

    @Test
    void nothingSaidInADisclosureIsStoredInClearAndTheOrganisationKeyIsItselfSealed() throws Exception {
        DisclosureTestData exchange = new DisclosureTestData(mvc, jdbc, signedIn);
        String id = send(signedIn.actor("teacher@oakfield-primary.example"), disclosure(exchange, Optional.empty()));
        List<byte[]> stored = jdbc.sql("select content_sealed from disclosure_item where disclosure_id = ?::uuid").param(id)
                .query((rs, n) -> rs.getBytes(1)).list();
        stored.add(jdbc.sql("select header_sealed from disclosure where id = ?::uuid").param(id).query((rs, n) -> rs.getBytes(1)).single());
        for (byte[] sealed : stored) {
            String raw = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Joan").doesNotContain("frightened").doesNotContain("Referral").doesNotContain("999");
        }
        String key = new String(jdbc.sql("select keyset_sealed from disclosure_organisation_key k join organisation o on o.id = k.organisation_id"
                + " where o.name = 'Oakfield Primary School'").query((rs, n) -> rs.getBytes(1)).single(), StandardCharsets.ISO_8859_1);
        assertThat(key).doesNotContain("AesGcmKey").doesNotContain("primaryKeyId");
    }

    @Test
    void aCiphertextMovedToAnotherItemDoesNotOpen() throws Exception {
        DisclosureTestData exchange = new DisclosureTestData(mvc, jdbc, signedIn);
        String id = send(signedIn.actor("teacher@oakfield-primary.example"), disclosure(exchange, Optional.empty()));
        jdbc.sql("""
                update disclosure_item i set content_sealed = (select content_sealed from disclosure_item j where j.disclosure_id = i.disclosure_id
                    and j.position = 2) where i.disclosure_id = ?::uuid and i.position = 3""").param(id).update();
        var stored = repository.find(UUID.fromString(id)).orElseThrow();
        assertThat(repository.content(stored, stored.items().get(1))).isNotNull();
        assertThatThrownBy(() -> repository.content(stored, stored.items().get(2)))
                .isInstanceOf(EnvelopeEncryption.SealedValueUnreadableException.class);
    }

    @Test
    void theNotificationAndDisclosureSentArePublishedInsideTheSendingTransactionAndARollbackKeepsNeither() throws Exception {
        DisclosureTestData exchange = new DisclosureTestData(mvc, jdbc, signedIn);
        Actor teacher = signedIn.actor("teacher@oakfield-primary.example");
        NewDisclosure disclosure = disclosure(exchange, Optional.of(UUID.randomUUID()));
        long before = jdbc.sql("select count(*) from disclosure").query(Long.class).single();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            send(teacher, disclosure);
            // Published while the transaction is open: an outbox that joins it (Spring Modulith's) commits or rolls back with it.
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            assertThat(events.stream(NotificationRequested.class)).hasSize(1);
            assertThat(events.stream(DisclosureSent.class).filter(e -> e.requestId().equals(disclosure.requestId()))).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from disclosure").query(Long.class).single()).isEqualTo(before);
    }
}
