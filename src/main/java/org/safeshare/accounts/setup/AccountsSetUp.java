package org.safeshare.accounts.setup;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.domain.UserRules;
import org.safeshare.accounts.persistence.ApiClientRepository;
import org.safeshare.accounts.persistence.TeamRepository;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.security.ApiTokens;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.organisations.OrganisationId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds accounts directly, with no administrator signed in, under the rules {@link org.safeshare.accounts.Accounts#add}
 * applies (any role may be given: there is no administrator whose powers could be exceeded). Idempotent.
 */
@Service
@Transactional
public class AccountsSetUp {

    private final UserRepository users;
    private final ApiClientRepository apiClients;
    private final TeamRepository teams;
    private final PasswordEncoder passwords;
    private final Audit audit;

    AccountsSetUp(UserRepository users, ApiClientRepository apiClients, TeamRepository teams, PasswordEncoder passwords, Audit audit) {
        this.teams = teams;
        this.users = users;
        this.apiClients = apiClients;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** The account with this email, or a new one; refused as an administrator's request would be. */
    public AccountChange user(OrganisationId organisation, NewUser request) {
        Map<String, String> problems = UserRules.problemsWith(request.email(), request.displayName(), request.roles(),
                request.initialPassword(), true);
        if (!problems.isEmpty()) {
            return new AccountChange.Refused(problems);
        }
        Optional<UserAccount> existing = users.findByEmail(request.email().trim());
        if (existing.isPresent()) {
            return new AccountChange.Done(existing.get());
        }
        UserAccount user = new UserAccount(new UserId(UUID.randomUUID()), organisation, request.email().trim(),
                request.displayName().trim(), request.roles(), true, false, Optional.empty());
        users.insert(user, passwords.encode(request.initialPassword()));
        audit.record(AuditEvent.bySetUp(AuditAction.USER_SET_UP, RecordRef.user(user.id().value()), organisation.value()));
        return new AccountChange.Done(user);
    }

    /** A team of the organisation with these members (by email), made once; a team of that name already there is kept as it is. */
    public void team(OrganisationId organisation, String name, java.util.List<String> memberEmails) {
        if (teams.named(organisation, name)) {
            return;
        }
        UUID id = UUID.randomUUID();
        teams.insert(id, organisation, name);
        memberEmails.forEach(email -> users.findByEmail(email).filter(u -> u.organisationId().equals(organisation))
                .ifPresent(u -> teams.addMember(id, u.id().value())));
        audit.record(AuditEvent.bySetUp(AuditAction.TEAM_CREATED, new RecordRef(RecordRef.Kind.TEAM, id), organisation.value()));
    }

    /** Registers a partner system's API client with a token issued elsewhere; idempotent by token. */
    public void apiClient(OrganisationId organisation, String name, String token) {
        String hash = ApiTokens.hash(token);
        if (!apiClients.existsWithHash(hash)) {
            UUID id = UUID.randomUUID();
            apiClients.insert(id, organisation.value(), name, hash);
            audit.record(AuditEvent.bySetUp(AuditAction.API_CLIENT_SET_UP, new RecordRef(RecordRef.Kind.API_CLIENT, id),
                    organisation.value()));
        }
    }
}
