package org.safeshare.disclosures;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.actions.subjects.ActionSubjects;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.actions.subjects.SubjectSummary;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/** An action can be set on a disclosure its setter sent or received (the disclosures module's own guarded, audited read). */
@Component
class DisclosuresAsActionSubjects implements ActionSubjects {

    private final DisclosureReading disclosures;

    DisclosuresAsActionSubjects(DisclosureReading disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public Set<SubjectKind> kinds() {
        return Set.of(SubjectKind.DISCLOSURE);
    }

    @Override
    public Optional<SubjectSummary> visibleTo(SubjectKind kind, UUID id, Actor actor) {
        DisclosureView disclosure = disclosures.read(actor, new DisclosureId(id));
        return Optional.of(new SubjectSummary("Disclosure from " + disclosure.senderOrganisation() + " sent on "
                + LondonDates.date(disclosure.sentAt()), "/disclosures/" + id, disclosure.personId()));
    }
}
