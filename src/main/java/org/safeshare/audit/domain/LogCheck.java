package org.safeshare.audit.domain;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Verifies an audit log from scratch: feed it every leaf in index order, then ask for the
 * {@link Report}. It recomputes each leaf hash from the event, compares it with the stored one,
 * rebuilds the tree, checks every checkpoint's signature against trusted keys and its root against the
 * rebuilt tree, and every consistency proof between successive checkpoints.
 */
public final class LogCheck {

    private final List<Checkpoint> checkpoints;
    private final Map<String, PublicKey> trustedKeys;
    private final MerkleTree tree = new MerkleTree();
    private final List<String> problems = new ArrayList<>();
    private long firstBadIndex = -1;
    private long firstBadLeaf = -1;
    private long bytesHashed;
    private final EntryBuffer buffer = new EntryBuffer();

    public LogCheck(List<Checkpoint> checkpoints, Map<String, PublicKey> trustedKeys) {
        this.checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::treeSize)).toList();
        this.trustedKeys = Map.copyOf(trustedKeys);
    }

    /** The next leaf. event is null when the stored leaf names an event that no longer exists. */
    public void leaf(long index, EventEntry event, byte[] storedLeafHash) {
        long expected = tree.size();
        if (index != expected) {
            badLeaf(expected, "leaf " + expected + " is missing (next stored leaf is " + index + ")");
        }
        if (event == null) {
            badLeaf(expected, "leaf " + expected + ": its event is missing");
            tree.append(storedLeafHash);
            return;
        }
        event.encode(buffer);
        bytesHashed += buffer.length();
        byte[] recomputed = TreeHash.leaf(buffer.array(), 0, buffer.length());
        if (!MessageDigest.isEqual(recomputed, storedLeafHash)) {
            badLeaf(expected, "leaf " + expected + ": the event does not match its leaf hash (event id " + event.id() + ")");
        }
        tree.append(recomputed);
    }

    /** The result; call once after the last leaf. */
    public Report report() {
        Checkpoint previous = null;
        for (Checkpoint checkpoint : checkpoints) {
            check(previous, checkpoint);
            previous = checkpoint;
        }
        return new Report(tree.size(), checkpoints.size(), bytesHashed,
                firstBadIndex < 0 ? OptionalLong.empty() : OptionalLong.of(firstBadIndex), List.copyOf(problems));
    }

    private void check(Checkpoint previous, Checkpoint checkpoint) {
        long size = checkpoint.treeSize();
        String name = "checkpoint of size " + size;
        if (!SigningKeys.verify(checkpoint, trustedKeys)) {
            problems.add(name + ": signature not valid or key " + checkpoint.keyId() + " not trusted");
        }
        if (size > tree.size()) {
            bad(tree.size(), name + ": the log holds only " + tree.size() + " leaves; leaves from " + tree.size() + " are missing");
            return;
        }
        if (!MessageDigest.isEqual(tree.root(size), checkpoint.rootHash())) {
            long from = previous == null ? 0 : previous.treeSize();
            // A bad leaf already found below this size explains the mismatch; otherwise name the range it must lie in.
            boolean explained = firstBadLeaf >= 0 && firstBadLeaf < size;
            bad(explained ? firstBadLeaf : from, name + ": the root rebuilt from the stored events differs"
                    + (explained ? " (explained by leaf " + firstBadLeaf + ")" : "; the first bad leaf is in [" + from + ", " + size + ")"));
        }
        if (previous != null && previous.treeSize() > 0 && !MerkleProofs.verifyConsistency(previous.treeSize(), size,
                previous.rootHash(), checkpoint.rootHash(), tree.consistencyProof(previous.treeSize(), size))) {
            problems.add(name + " is not consistent with the checkpoint of size " + previous.treeSize());
        }
    }

    private void badLeaf(long index, String problem) {
        if (firstBadLeaf < 0) {
            firstBadLeaf = index;
        }
        bad(index, problem);
    }

    private void bad(long index, String problem) {
        if (firstBadIndex < 0 || index < firstBadIndex) {
            firstBadIndex = index;
        }
        problems.add(problem);
    }

    /** What verification found: clean when there are no problems. */
    public record Report(long leaves, int checkpoints, long bytesHashed, OptionalLong firstBadIndex, List<String> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }
}
