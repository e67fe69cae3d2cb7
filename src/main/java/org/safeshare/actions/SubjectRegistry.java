package org.safeshare.actions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.subjects.ActionSubjects;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.actions.subjects.SubjectSummary;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The owning modules' answers to "may this actor set an action on this record?"; a kind nobody answers for is unknown. */
@Component
class SubjectRegistry {

    private final List<ActionSubjects> owners;

    SubjectRegistry(List<ActionSubjects> owners) {
        this.owners = List.copyOf(owners);
    }

    Optional<SubjectSummary> visibleTo(SubjectKind kind, UUID id, Actor actor) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        try {
            return owners.stream().filter(o -> o.kinds().contains(kind)).findFirst().flatMap(o -> o.visibleTo(kind, id, actor));
        } catch (NotFoundException e) {
            // The owning module's guarded read answers "not found" for what the actor may not see: no subject, once, here.
            return Optional.empty();
        }
    }
}
