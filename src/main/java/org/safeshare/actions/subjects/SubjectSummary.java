package org.safeshare.actions.subjects;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the setter is shown of the record an action is set on, as its owning module words it. It names no person:
 * the action's readers (its owner and DSLs) may not be allowed to see the record itself.
 *
 * @param description a short description without personal data, e.g. "Sharing decision recorded 1 December 2026"
 * @param path        the record's page inside Safeshare, e.g. {@code /decisions/<uuid>} (ids only)
 * @param personId    whom the record is about, when it is about a person: for the audit trail only
 */
public record SubjectSummary(String description, String path, Optional<UUID> personId) {
    public SubjectSummary {
        Objects.requireNonNull(description);
        Objects.requireNonNull(path);
        Objects.requireNonNull(personId);
    }
}
