package org.safeshare.actions.subjects;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.platform.security.Actor;

/**
 * Implemented by the module that owns a kind of record (decisions, exchange, disclosures, referrals): whether this
 * actor may see the record, and so set an action on it. Its own guarded read decides (and audits the read); the
 * actions module never reads another module's records. An implementation is one small Spring bean.
 */
public interface ActionSubjects {

    /** The kinds of record this module answers for. */
    Set<SubjectKind> kinds();

    /**
     * The record as the actor may see it, or empty when it does not exist. The module's guarded read may simply throw
     * {@code NotFoundException} for a record the actor may not see: the actions module treats it as empty.
     */
    Optional<SubjectSummary> visibleTo(SubjectKind kind, UUID id, Actor actor);
}
