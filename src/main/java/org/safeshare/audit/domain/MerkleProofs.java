package org.safeshare.audit.domain;

import java.security.MessageDigest;
import java.util.List;

/**
 * Checks proofs as a relying party does, following RFC 9162 sections 2.1.3.2 (inclusion) and 2.1.4.2
 * (consistency), and the subtree variants of the Merkle Tree Certificates draft (a subtree [start, end)
 * of a larger tree). Every check answers false, never throws, for a malformed proof.
 */
public final class MerkleProofs {

    private MerkleProofs() {}

    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= treeSize || !wellFormed(leafHash, proof, root)) {
            return false;
        }
        return SubtreeChain.climb(index, treeSize, leafHash, proof).filter(r -> MessageDigest.isEqual(r, root)).isPresent();
    }

    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first <= 0 || first > second || firstRoot == null || secondRoot == null) {
            return false;
        }
        if (first == second) {
            // Nothing to prove: the same tree must have the same root (RFC 9162 2.1.4.2 needs no path).
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (!wellFormed(firstRoot, proof, secondRoot)) {
            return false;
        }
        if (proof.isEmpty()) {
            return false;
        }
        java.util.ArrayList<byte[]> path = new java.util.ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.addFirst(firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    /** A leaf in the subtree [start, end): a valid subtree hashes exactly as a tree of end - start leaves. */
    public static boolean verifySubtreeInclusion(long index, long start, long end, byte[] leafHash, List<byte[]> proof,
            byte[] subtreeRoot) {
        return validSubtree(start, end) && index >= start && index < end
                && verifyInclusion(index - start, end - start, leafHash, proof, subtreeRoot);
    }

    /** The subtree [start, end) with root subtreeRoot is part of the tree of treeSize leaves with root treeRoot. */
    public static boolean verifySubtreeConsistency(long start, long end, long treeSize, byte[] subtreeRoot, byte[] treeRoot,
            List<byte[]> proof) {
        if (subtreeRoot == null || treeRoot == null || start < 0 || treeSize < end) {
            return false;
        }
        if (start == end) {
            // An empty subtree is part of every tree; its root can only be the empty tree's.
            return proof.isEmpty() && MessageDigest.isEqual(subtreeRoot, TreeHash.empty());
        }
        if (start == 0 && end == treeSize) {
            return proof.isEmpty() && MessageDigest.isEqual(subtreeRoot, treeRoot);
        }
        if (!validSubtree(start, end) || !wellFormed(subtreeRoot, proof, treeRoot)) {
            return false;
        }
        return !proof.isEmpty() && SubtreeChain.rootFrom(start, end, treeSize, proof, subtreeRoot)
                .map(r -> MessageDigest.isEqual(r, treeRoot)).orElse(false);
    }

    /** start is a multiple of the smallest power of two at least end - start. */
    static boolean validSubtree(long start, long end) {
        if (start < 0 || end <= start) {
            return false;
        }
        long width = end - start;
        long ceiling = Long.bitCount(width) == 1 ? width : Long.highestOneBit(width) << 1;
        return start % ceiling == 0;
    }

    private static boolean wellFormed(byte[] a, List<byte[]> proof, byte[] b) {
        return a != null && b != null && a.length == TreeHash.SIZE && b.length == TreeHash.SIZE
                && proof.stream().allMatch(p -> p != null && p.length == TreeHash.SIZE);
    }
}
