package org.safeshare.audit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two hashes of RFC 6962 section 2.1 (RFC 9162 section 2.1.1): a leaf is SHA-256(0x00 || entry), an
 * interior node SHA-256(0x01 || left || right). The distinct prefixes stop a leaf being passed off as a node.
 */
public final class TreeHash {

    public static final int SIZE = 32;
    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private TreeHash() {}

    /** A digest per thread: MessageDigest is not thread-safe and creating one per hash costs more than hashing a node. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TreeHash::newDigest);

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public static byte[] empty() {
        return SHA256.get().digest();
    }

    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = SHA256.get();
        digest.update(LEAF_PREFIX);
        return digest.digest(entry);
    }

    public static byte[] leaf(byte[] entry, int offset, int length) {
        MessageDigest digest = SHA256.get();
        digest.update(LEAF_PREFIX);
        digest.update(entry, offset, length);
        return digest.digest();
    }

    /** The node over two sibling hashes stored side by side at offset. */
    public static byte[] node(byte[] siblings, int offset) {
        MessageDigest digest = SHA256.get();
        digest.update(NODE_PREFIX);
        digest.update(siblings, offset, 2 * SIZE);
        return digest.digest();
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }
}
