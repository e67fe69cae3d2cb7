package org.safeshare.accounts.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeshare.platform.security.Role;

/** What makes a new user acceptable, answered as a problem per field (empty when acceptable). */
public final class UserRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {}

    public static Map<String, String> problemsWith(String email, String displayName, Set<Role> roles, String password,
            boolean grantedByPartnershipAdministrator) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (email == null || email.isBlank()) {
            problems.put("email", "Enter an email address");
        } else if (email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            problems.put("email", "Enter an email address in the correct format, like name@example.org");
        }
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "Enter the user's full name");
        } else if (displayName.length() > 200) {
            problems.put("displayName", "Full name must be 200 characters or fewer");
        }
        roleProblem(roles, grantedByPartnershipAdministrator).ifPresent(p -> problems.put("roles", p));
        PasswordPolicy.problemWith(password).ifPresent(p -> problems.put("initialPassword", p));
        return problems;
    }

    /**
     * The roles an administrator may give. A partnership-wide role reaches every organisation's records
     * (the partnership's audit trail, the MASH's view), so an organisation administrator, who answers
     * only for their own organisation, may not give one: only a partnership administrator may.
     */
    public static boolean mayGrant(Role role, boolean byPartnershipAdministrator) {
        return role != Role.API_CLIENT && (!role.partnershipWide() || byPartnershipAdministrator);
    }

    public static List<Role> grantableRoles(boolean byPartnershipAdministrator) {
        return Arrays.stream(Role.values()).filter(r -> mayGrant(r, byPartnershipAdministrator)).toList();
    }

    /** Whether a refusal of these roles was an attempt to give a partnership-wide role (worth auditing). */
    public static boolean triesPartnershipWideRole(Set<Role> roles, boolean byPartnershipAdministrator) {
        return !byPartnershipAdministrator && roles != null && roles.stream().anyMatch(Role::partnershipWide);
    }

    /**
     * Resetting an authenticator lets the next person with the password set up a new one, so for a
     * holder of a partnership-wide role only a partnership administrator may do it.
     */
    public static boolean mayResetAuthenticatorOf(Set<Role> holderRoles, boolean byPartnershipAdministrator) {
        return byPartnershipAdministrator || holderRoles.stream().noneMatch(Role::partnershipWide);
    }

    private static Optional<String> roleProblem(Set<Role> roles, boolean byPartnershipAdministrator) {
        if (roles == null || roles.isEmpty()) {
            return Optional.of("Select at least one role");
        }
        if (roles.contains(Role.API_CLIENT)) {
            return Optional.of("Partner system is not a role for a person");
        }
        return roles.stream().filter(r -> !mayGrant(r, byPartnershipAdministrator)).sorted().findFirst()
                .map(r -> "Only a partnership administrator can give the " + r.label() + " role");
    }
}
