package org.safeshare.consent.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.WithdrawalNotice;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Withdrawal notices to recipient organisations: written once, read by the recipient only, with names given by their modules. */
@Repository
public class NoticeRepository {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    NoticeRepository(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** One notice per consent, decision and recipient; telling twice adds nothing. */
    /** The person's name is not kept (person_name stays null): it is read from their record when shown. */
    public void insert(ConsentId consent, UUID decision, UUID recipient, UUID sender, LocalDate withdrawnOn, String covers, Instant at) {
        jdbc.sql("""
                insert into consent_withdrawal_notice (id, consent_id, decision_id, recipient_organisation_id, sender_organisation_id,
                    withdrawn_on, covers, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (consent_id, decision_id, recipient_organisation_id) do nothing""")
                .params(UUID.randomUUID(), consent.value(), decision, recipient, sender, Date.valueOf(withdrawnOn), covers,
                        Timestamp.from(at))
                .update();
    }

    /** The organisations told of this consent's withdrawal, by name (the organisations module's, in one query), for the sender's record of it. */
    public List<String> recipientsOf(ConsentId consent) {
        List<OrganisationId> recipients = jdbc.sql("select distinct recipient_organisation_id from consent_withdrawal_notice where consent_id = ?")
                .param(consent.value())
                .query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class)))
                .list();
        return organisations.names(recipients).values().stream().sorted().toList();
    }

    public List<WithdrawalNotice> forRecipient(UUID organisation, int limit) {
        return jdbc.sql("""
                select n.*, r.person_id from consent_withdrawal_notice n join consent_record r on r.id = n.consent_id
                where n.recipient_organisation_id = ? order by n.sent_at desc limit ?""")
                .params(organisation, limit)
                .query((rs, row) -> new WithdrawalNotice(rs.getObject("id", UUID.class), new ConsentId(rs.getObject("consent_id", UUID.class)),
                        rs.getObject("decision_id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getObject("sender_organisation_id", UUID.class), null, null,
                        rs.getDate("withdrawn_on").toLocalDate(), rs.getString("covers"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
