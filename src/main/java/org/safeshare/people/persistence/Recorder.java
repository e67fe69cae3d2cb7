package org.safeshare.people.persistence;

import java.util.UUID;

/** Who recorded something: a user, or a partner system's API client (accountability, seed 002). */
public record Recorder(UUID id, boolean apiClient) {

    Object userId() {
        return apiClient ? null : id;
    }

    Object apiClientId() {
        return apiClient ? id : null;
    }
}
