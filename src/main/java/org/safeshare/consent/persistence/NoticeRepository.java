package org.safeshare.consent.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.WithdrawalNotice;
import org.safeshare.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Withdrawal notices to recipient organisations: written once, read by the recipient only, with names given by their modules. */
@Repository
public class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The organisations told of this consent's withdrawal, by name, for the sender's record of it. */
    public List<String> recipientsOf(ConsentId consent) {
        return jdbc.sql("""
                select distinct o.name from consent_withdrawal_notice n join organisation o on o.id = n.recipient_organisation_id
                where n.consent_id = ? order by o.name""")
                .param(consent.value())
                .query(String.class)
                .list();
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
