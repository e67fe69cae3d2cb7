package org.safeshare.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where to send a notification: the email addresses of enabled users, named or by role in an organisation, each in
 * one query. For the notifications module only, which never shows or logs them.
 */
@Service
@Transactional(readOnly = true)
public class MailRecipients {

    private final JdbcClient jdbc;

    MailRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled users among these ids; a disabled or unknown user is left out. */
    public List<Recipient> users(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, organisation_id, email from user_account where id in (:ids) and enabled order by email")
                .param("ids", List.copyOf(userIds)).query(Recipient.class).list();
    }

    /** The enabled users holding this role in this organisation, for example its designated safeguarding leads. */
    public List<Recipient> holders(OrganisationId organisation, Role role) {
        return jdbc.sql("""
                select u.id, u.organisation_id, u.email from user_account u join user_role r on r.user_id = u.id
                where u.organisation_id = :organisation and r.role = :role and u.enabled order by u.email""")
                .param("organisation", organisation.value()).param("role", role.name()).query(Recipient.class).list();
    }

    /** One person to tell: who, in which organisation, and where. */
    public record Recipient(UUID id, UUID organisationId, String email) {}
}
