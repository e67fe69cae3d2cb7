package org.safeshare.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Ed25519 keys for checkpoints, as PEM text (PKCS#8 private, X.509 public). A key's id is the first
 * 8 bytes of SHA-256 of its public key, in hex, so a verifier picks the right key after a rotation.
 */
public final class SigningKeys {

    private SigningKeys() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every Java runtime", e);
        }
    }

    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(TreeHash.newDigest().digest(key.getEncoded()), 0, 8);
    }

    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static KeyPair readPrivatePem(String pem) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        // The JDK cannot derive the public key from a private one directly; the seed gives both.
        byte[] seed = factory.getKeySpec(privateKey, EdECPrivateKeySpec.class).getBytes();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
        KeyPair pair = generator.generateKeyPair();
        return new KeyPair(pair.getPublic(), privateKey);
    }

    public static PublicKey readPublicPem(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
    }

    /** A checkpoint of the service log. */
    public static Checkpoint sign(KeyPair key, long treeSize, byte[] root, Instant issuedAt) {
        return sign(key, Checkpoint.SERVICE_LOG, treeSize, root, issuedAt);
    }

    public static Checkpoint sign(KeyPair key, String log, long treeSize, byte[] root, Instant issuedAt) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.getPrivate());
            signature.update(Checkpoint.body(log, treeSize, root, issuedAt));
            return new Checkpoint(log, treeSize, root, issuedAt, keyId(key.getPublic()), signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Checkpoint signing failed", e);
        }
    }

    /** Verifies against the trusted public keys by id; a checkpoint signed by any other key is not valid. */
    public static boolean verify(Checkpoint checkpoint, Map<String, PublicKey> trusted) {
        Optional<PublicKey> key = Optional.ofNullable(trusted.get(checkpoint.keyId()));
        if (key.isEmpty()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key.get());
            signature.update(checkpoint.body());
            return signature.verify(checkpoint.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String body = pem.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /** Hands the key generator the stored seed, so the same key pair comes out. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
