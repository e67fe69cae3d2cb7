package org.safeshare.accounts.domain;

import java.util.LinkedHashMap;
import java.util.Map;
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
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "Select at least one role");
        } else if (roles.contains(Role.API_CLIENT)) {
            problems.put("roles", "Partner system is not a role for a person");
        } else if (roles.contains(Role.PARTNERSHIP_ADMINISTRATOR) && !grantedByPartnershipAdministrator) {
            problems.put("roles", "Only a partnership administrator can make someone a partnership administrator");
        }
        PasswordPolicy.problemWith(password).ifPresent(p -> problems.put("initialPassword", p));
        return problems;
    }
}
