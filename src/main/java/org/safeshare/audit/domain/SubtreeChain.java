package org.safeshare.audit.domain;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a tree root from a subtree root and a subtree consistency proof (Merkle Tree Certificates
 * draft): the proof first grows the subtree to its ancestor in the larger tree, checking on the way that
 * the left siblings it uses also rebuild the claimed subtree root, then climbs as an inclusion proof.
 */
final class SubtreeChain {

    private SubtreeChain() {}

    static Optional<byte[]> rootFrom(long start, long end, long treeSize, List<byte[]> proof, byte[] subtreeRoot) {
        int height = 64 - Long.numberOfLeadingZeros((end - 1) ^ start);
        if (end == treeSize) {
            // Only left siblings separate a subtree on the right edge from the root.
            if (proof.size() != Long.bitCount(start >>> height)) {
                return Optional.empty();
            }
            byte[] r = subtreeRoot;
            for (byte[] p : proof) {
                r = TreeHash.node(p, r);
            }
            return Optional.of(r);
        }
        int fork = 64 - Long.numberOfLeadingZeros((end - 1) ^ (treeSize - 1));
        int shift = Long.numberOfTrailingZeros(end - start);
        boolean full = Long.bitCount(end - start) == 1;
        int first = full ? 0 : 1;
        long expected = first + (long) (fork - shift) + Long.bitCount((end - 1) >>> fork);
        if (proof.size() != expected) {
            return Optional.empty();
        }
        byte[] seed = full ? subtreeRoot : proof.getFirst();
        byte[] small = seed;
        byte[] grown = seed;
        int i = first;
        for (int level = shift; level < height; level++) {
            if ((((end - 1) >>> level) & 1) == 1) {
                small = TreeHash.node(proof.get(i), small);
                grown = TreeHash.node(proof.get(i), grown);
                i++;
            } else if (level < fork) {
                grown = TreeHash.node(grown, proof.get(i));
                i++;
            }
        }
        if (!MessageDigest.isEqual(small, subtreeRoot)) {
            return Optional.empty();
        }
        return climb(start >>> height, ((treeSize - 1) >>> height) + 1, grown, proof.subList(i, proof.size()));
    }

    /**
     * The root an inclusion path (RFC 9162 2.1.3.2) leads to from the node at index in a tree of size, or
     * empty when the path is malformed. Also used for the rest of a subtree proof, whose grown node is
     * treated as a leaf one level up.
     */
    static Optional<byte[]> climb(long index, long size, byte[] node, List<byte[]> rest) {
        long fn = index;
        long sn = size - 1;
        byte[] r = node;
        for (byte[] p : rest) {
            if (sn == 0) {
                return Optional.empty();
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Optional.of(r) : Optional.empty();
    }
}
