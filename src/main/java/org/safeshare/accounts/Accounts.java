package org.safeshare.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.domain.UserRules;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditDetail;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.security.Sessions;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration. An organisation administrator sees and changes only their own
 * organisation's users; anyone else's user is "not found".
 */
@Service
@Transactional
public class Accounts {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final Audit audit;

    Accounts(UserRepository users, PasswordEncoder passwords, Sessions sessions, Audit audit) {
        this.audit = audit;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersOf(Actor admin) {
        requireAdministrator(admin);
        return users.inOrganisation(new OrganisationId(admin.organisationId()));
    }

    @Transactional(readOnly = true)
    public UserAccount user(Actor admin, UserId id) {
        requireAdministrator(admin);
        return users.find(id).filter(u -> u.organisationId().value().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("User"));
    }

    /**
     * The names of the users and API clients other modules' records name as who recorded them (never ids a user typed),
     * in one query; an id that names neither is left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        return users.names(ids);
    }

    public AccountChange add(Actor admin, NewUser request) {
        requireAdministrator(admin);
        boolean byPartnershipAdministrator = admin.has(Role.PARTNERSHIP_ADMINISTRATOR);
        Map<String, String> problems = UserRules.problemsWith(request.email(), request.displayName(), request.roles(),
                request.initialPassword(), byPartnershipAdministrator);
        if (problems.isEmpty() && users.findByEmail(request.email().trim()).isPresent()) {
            problems = Map.of("email", "There is already an account with this email address");
        }
        if (!problems.isEmpty()) {
            if (UserRules.triesPartnershipWideRole(request.roles(), byPartnershipAdministrator)) {
                // An attempted escalation is what an auditor looks for: record it though nothing changed.
                request.roles().stream().filter(Role::partnershipWide).forEach(role -> audit.record(
                        AuditEvent.of(admin, AuditAction.PARTNERSHIP_ROLE_GRANTED).detail(new AuditDetail.RoleNamed(role)).refused()));
            }
            return new AccountChange.Refused(problems);
        }
        UserAccount added = insert(new OrganisationId(admin.organisationId()), request);
        RecordRef user = RecordRef.user(added.id().value());
        audit.record(AuditEvent.of(admin, AuditAction.USER_CREATED).touching(user));
        for (Role role : added.roles()) {
            audit.record(AuditEvent.of(admin, role.partnershipWide() ? AuditAction.PARTNERSHIP_ROLE_GRANTED : AuditAction.ROLE_GRANTED)
                    .touching(user).detail(new AuditDetail.RoleNamed(role)));
        }
        return new AccountChange.Done(added);
    }

    /** Disabling also ends every session the user has, so access stops at once. */
    public UserAccount setEnabled(Actor admin, UserId id, boolean enabled) {
        UserAccount user = user(admin, id);
        users.setEnabled(user.id(), enabled);
        audit.record(AuditEvent.of(admin, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED)
                .touching(RecordRef.user(user.id().value())));
        if (!enabled) {
            sessions.endAllFor(user.id().value());
        }
        return users.find(id).orElseThrow();
    }

    /**
     * For a lost phone: the user sets up a new authenticator at their next sign-in. Refused for a holder
     * of a partnership-wide role unless a partnership administrator asks (see {@link UserRules}).
     */
    public AccountChange resetAuthenticator(Actor admin, UserId id) {
        UserAccount user = user(admin, id);
        if (!UserRules.mayResetAuthenticatorOf(user.roles(), admin.has(Role.PARTNERSHIP_ADMINISTRATOR))) {
            audit.record(AuditEvent.of(admin, AuditAction.AUTHENTICATOR_RESET).touching(RecordRef.user(user.id().value())).refused());
            return new AccountChange.Refused(Map.of("reset",
                    "Only a partnership administrator can reset the authenticator of someone with a partnership-wide role"));
        }
        users.clearTotp(user.id());
        audit.record(AuditEvent.of(admin, AuditAction.AUTHENTICATOR_RESET).touching(RecordRef.user(user.id().value())));
        sessions.endAllFor(user.id().value());
        return new AccountChange.Done(users.find(id).orElseThrow());
    }

    private UserAccount insert(OrganisationId organisation, NewUser request) {
        UserAccount user = new UserAccount(new UserId(UUID.randomUUID()), organisation, request.email().trim(),
                request.displayName().trim(), request.roles(), true, false, Optional.empty());
        users.insert(user, passwords.encode(request.initialPassword()));
        return user;
    }

    private static void requireAdministrator(Actor admin) {
        if (!admin.has(Role.ORGANISATION_ADMINISTRATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("not an organisation administrator");
        }
    }
}
