package org.safeshare.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.matching.persistence.IndexRepository;
import org.safeshare.people.PeopleForLinkage;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, indexes children's records made before the stored index existed (or while it was not being kept): after that,
 * the people module's events keep it current. Safe on several instances at once: indexing a record twice changes nothing.
 */
@Component
// Only in the service: the audit command starts beside it against the same database and must change nothing.
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class LinkageIndexCatchUp implements ApplicationRunner {

    private static final int BATCH = 500;

    private final PeopleForLinkage people;
    private final IndexRepository index;
    private final LinkageIndex linkage;
    private final TransactionTemplate transaction;

    LinkageIndexCatchUp(PeopleForLinkage people, IndexRepository index, LinkageIndex linkage, TransactionTemplate transaction) {
        this.people = people;
        this.index = index;
        this.linkage = linkage;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<UUID> children = transaction.execute(t -> people.childIds());
        for (int from = 0; from < children.size(); from += BATCH) {
            List<UUID> batch = children.subList(from, Math.min(children.size(), from + BATCH));
            transaction.executeWithoutResult(t -> {
                Set<UUID> missing = new HashSet<>(batch);
                missing.removeAll(index.indexed(batch));
                missing.forEach(child -> linkage.index(child, Optional.empty()));
            });
        }
    }
}
