package org.safeshare.matching.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.matching.ClericalReview;
import org.safeshare.matching.LinkedRecords;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.VisiblePerson;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The child's linked records the user may know of, on the child's page; nothing when there are none, unless the index is
 * still being built, when the section says the list may be incomplete.
 */
@Component
class LinkedRecordsOnPersonPage implements PersonPageSection {

    private final LinkedRecords linked;

    LinkedRecordsOnPersonPage(LinkedRecords linked) {
        this.linked = linked;
    }

    @Override
    public Optional<Section> forPerson(Actor actor, VisiblePerson person) {
        if (person.person().kind() != PersonKind.CHILD) {
            return Optional.empty();
        }
        var records = linked.of(actor, person);
        var coverage = linked.coverage(actor);
        if (records.isEmpty() && coverage.complete()) {
            return Optional.empty();
        }
        // While the index is still being built, "no linked records" would be a partial answer passed off as a whole one.
        return Optional.of(new Section("matching/linked-section",
                Map.of("linked", records, "mayUnlink", ClericalReview.reviews(actor), "coverage", coverage), 24));
    }
}
