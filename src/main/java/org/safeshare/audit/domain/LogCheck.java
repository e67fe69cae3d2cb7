package org.safeshare.audit.domain;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

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
    /** Leaves wait here in batches: their hashes are recomputed on every core, then appended to the tree in order. */
    private static final int BATCH = 8192;
    private static final ThreadLocal<EntryBuffer> BUFFERS = ThreadLocal.withInitial(EntryBuffer::new);
    private final long[] pendingIndex = new long[BATCH];
    private final EventEntry[] pendingEvent = new EventEntry[BATCH];
    private final byte[][] pendingStored = new byte[BATCH][];
    private final byte[][] recomputed = new byte[BATCH][];
    private final int[] lengths = new int[BATCH];
    private int pending;

    public LogCheck(List<Checkpoint> checkpoints, Map<String, PublicKey> trustedKeys) {
        this.checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::treeSize)).toList();
        this.trustedKeys = Map.copyOf(trustedKeys);
    }

    /** The next leaf. event is null when the stored leaf names an event that no longer exists. */
    public void leaf(long index, EventEntry event, byte[] storedLeafHash) {
        pendingIndex[pending] = index;
        pendingEvent[pending] = event;
        pendingStored[pending] = storedLeafHash;
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() {
        // Re-encoding and hashing the events is most of the work and independent per leaf: spread it over the cores.
        IntStream.range(0, pending).parallel().forEach(this::recompute);
        for (int i = 0; i < pending; i++) {
            append(pendingIndex[i], pendingEvent[i], pendingStored[i], recomputed[i]);
            bytesHashed += lengths[i];
            pendingEvent[i] = null;
            pendingStored[i] = null;
            recomputed[i] = null;
        }
        pending = 0;
    }

    private void recompute(int i) {
        if (pendingEvent[i] == null) {
            lengths[i] = 0;
            return;
        }
        EntryBuffer buffer = BUFFERS.get();
        pendingEvent[i].encode(buffer);
        lengths[i] = buffer.length();
        recomputed[i] = TreeHash.leaf(buffer.array(), 0, buffer.length());
    }

    private void append(long index, EventEntry event, byte[] storedLeafHash, byte[] recomputedHash) {
        long expected = tree.size();
        if (index != expected) {
            badLeaf(expected, "leaf " + expected + " is missing (next stored leaf is " + index + ")");
        }
        if (event == null) {
            badLeaf(expected, "leaf " + expected + ": its event is missing");
            tree.append(storedLeafHash);
            return;
        }
        if (!MessageDigest.isEqual(recomputedHash, storedLeafHash)) {
            badLeaf(expected, "leaf " + expected + ": the event does not match its leaf hash (event id " + event.id() + ")");
        }
        tree.append(recomputedHash);
    }

    /** The result; call once after the last leaf. */
    public Report report() {
        flush();
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
