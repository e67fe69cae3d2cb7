package org.safeshare.audit;

import java.util.List;
import java.util.Optional;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.persistence.AuditTree;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Checkpoints and proofs of the caller's own partnership's log, and of no other (docs/adr/0009): hashes only, never an
 * event's content, and never a size or time that would reveal another partnership's activity. A leaf the log does not
 * have is "not found"; a tree size beyond the current tree is an invalid request.
 */
@Service
public class AuditProofs {

    private final AuditTree tree;

    AuditProofs(AuditTree tree) {
        this.tree = tree;
    }

    public List<Checkpoint> checkpoints(Actor caller) {
        return tree.checkpoints(logOf(caller));
    }

    public Optional<Checkpoint> latest(Actor caller) {
        return tree.latest(logOf(caller));
    }

    /** PATH(index, D[treeSize]) with the leaf hash; treeSize defaults to the current tree. */
    public InclusionProof inclusionProof(Actor caller, long index, Optional<Long> treeSize) {
        return tree.read(logOf(caller), t -> {
            long size = treeSize.orElse(t.size());
            requireSize("treeSize", size, t.size());
            if (index < 0 || index >= t.size()) {
                throw new NotFoundException("Audit event");
            }
            if (index >= size) {
                throw invalid("treeSize", "Must be greater than the leaf index");
            }
            return new InclusionProof(index, size, t.leaf(index), t.inclusionProof(index, size), t.root(size));
        });
    }

    public ConsistencyProof consistencyProof(Actor caller, long first, long second) {
        return tree.read(logOf(caller), t -> {
            requireSize("second", second, t.size());
            if (first < 1 || first > second) {
                throw invalid("first", "Must be at least 1 and at most second");
            }
            return new ConsistencyProof(first, second, t.consistencyProof(first, second), t.root(first), t.root(second));
        });
    }

    /** The caller's partnership's log: the service log is for the service's operators, through the audit command. */
    private static String logOf(Actor caller) {
        return caller.partnershipId().toString();
    }

    private static void requireSize(String field, long size, long current) {
        if (size < 1 || size > current) {
            throw invalid(field, "Must be between 1 and the current tree size, " + current);
        }
    }

    private static InvalidRequestException invalid(String field, String detail) {
        return new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem(field, detail)));
    }

    /** An inclusion proof, lowest level first. */
    public record InclusionProof(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] rootHash) {}

    /** A consistency proof between two tree sizes. */
    public record ConsistencyProof(long first, long second, List<byte[]> path, byte[] firstRoot, byte[] secondRoot) {}
}
