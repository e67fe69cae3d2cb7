package org.safeshare.audit.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree over leaf hashes that keeps every complete aligned subtree, so any
 * root, inclusion proof (RFC 9162 2.1.3.1, PATH) or consistency proof (2.1.4.1, PROOF) costs
 * O(log^2 n) hashes instead of rehashing the log. Not thread-safe; callers synchronise.
 */
public final class MerkleTree {

    /** levels.get(k) holds the hashes of the complete subtrees of 2^k leaves, left to right, 32 bytes each. */
    private final List<Level> levels = new ArrayList<>();
    private long size;

    public long size() {
        return size;
    }

    public void append(byte[] leafHash) {
        if (leafHash.length != TreeHash.SIZE) {
            throw new IllegalArgumentException("leaf hash must be 32 bytes");
        }
        size++;
        byte[] hash = leafHash;
        for (int k = 0; ; k++) {
            if (levels.size() == k) {
                levels.add(new Level());
            }
            Level level = levels.get(k);
            level.add(hash);
            if ((level.count & 1) != 0) {
                return;
            }
            hash = TreeHash.node(level.bytes, Math.toIntExact((level.count - 2) * TreeHash.SIZE));
        }
    }

    public byte[] leaf(long index) {
        requireWithin(index + 1);
        return levels.get(0).get(index);
    }

    /** MTH(D[0:treeSize]); the hash of the empty string for the empty tree. */
    public byte[] root(long treeSize) {
        requireWithin(treeSize);
        return treeSize == 0 ? TreeHash.empty() : hash(0, treeSize);
    }

    /** PATH(index, D[0:treeSize]), lowest level first. */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        requireWithin(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index beyond tree size");
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, treeSize, proof);
        return proof;
    }

    /** PROOF(first, D[0:second]): empty when the sizes are equal. */
    public List<byte[]> consistencyProof(long first, long second) {
        requireWithin(second);
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("need 0 < first <= second");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, proof);
        return proof;
    }

    private void path(long index, long start, long n, List<byte[]> proof) {
        if (n <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (index < k) {
            path(index, start, k, proof);
            proof.add(hash(start + k, start + n));
        } else {
            path(index - k, start + k, n - k, proof);
            proof.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long n, boolean wholeOldTree, List<byte[]> proof) {
        if (m == n) {
            if (!wholeOldTree) {
                proof.add(hash(start, start + n));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, k, wholeOldTree, proof);
            proof.add(hash(start + k, start + n));
        } else {
            subproof(m - k, start + k, n - k, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /** MTH(D[from:to]) for the ranges the RFC's recursion produces: left parts are always complete and aligned. */
    private byte[] hash(long from, long to) {
        long n = to - from;
        if (Long.bitCount(n) == 1 && from % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return levels.get(level).get(from >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return TreeHash.node(hash(from, from + k), hash(from + k, to));
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void requireWithin(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size beyond the tree");
        }
    }

    /** A growable array of 32-byte hashes: one allocation per doubling instead of one per node. */
    private static final class Level {
        private byte[] bytes = new byte[TreeHash.SIZE * 64];
        private long count;

        void add(byte[] hash) {
            long offset = count * TreeHash.SIZE;
            if (offset + TreeHash.SIZE > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.toIntExact(Math.min((long) bytes.length * 2, Integer.MAX_VALUE - 64)));
            }
            System.arraycopy(hash, 0, bytes, (int) offset, TreeHash.SIZE);
            count++;
        }

        byte[] get(long i) {
            int offset = Math.toIntExact(i * TreeHash.SIZE);
            return Arrays.copyOfRange(bytes, offset, offset + TreeHash.SIZE);
        }
    }
}
