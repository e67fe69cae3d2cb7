package org.safeshare.audit;

import java.util.Objects;
import org.safeshare.platform.security.Role;

/**
 * What an event did, beyond its action and the records it touched, as a code an auditor reads and the tamper-evident
 * log covers (docs/adr/0026): never names or free text about a person.
 */
public sealed interface AuditDetail {

    /** The stored code, for example {@code role:AUDITOR}. */
    String code();

    /** The role a grant gave (or an attempt tried to give). */
    record RoleNamed(Role role) implements AuditDetail {

        public RoleNamed {
            Objects.requireNonNull(role);
        }

        @Override
        public String code() {
            return "role:" + role.name();
        }
    }
}
