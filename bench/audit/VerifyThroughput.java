import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.EventEntry;
import org.safeshare.audit.domain.LogCheck;
import org.safeshare.audit.domain.MerkleTree;
import org.safeshare.audit.domain.SigningKeys;
import org.safeshare.audit.domain.TreeHash;

/**
 * Raw SHA-256 over the canonical bytes of N synthetic events versus audit verification (leaf hash, compare,
 * rebuild the tree, check signed checkpoints and consistency) over the same bytes, in one run.
 * Usage: java -cp ../../target/classes VerifyThroughput.java [events]
 */
public class VerifyThroughput {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        EventEntry[] events = new EventEntry[n];
        byte[][] bytes = new byte[n][];
        byte[][] stored = new byte[n][];
        UUID org = UUID.randomUUID(), partnership = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        long total = 0;
        for (int i = 0; i < n; i++) {
            UUID person = UUID.randomUUID();
            events[i] = new EventEntry(i + 1, t0.plusMillis(i * 37L), "USER", UUID.randomUUID().toString(), org.toString(),
                    partnership.toString(), "DESIGNATED_SAFEGUARDING_LEAD,PRACTITIONER", "PERSON_VIEWED", "DONE", person.toString(),
                    "PERSON:" + person, null, UUID.randomUUID().toString(), "10.0.0." + (i % 250));
            bytes[i] = events[i].bytes();
            stored[i] = TreeHash.leaf(bytes[i]);
            total += bytes[i].length;
        }
        KeyPair key = SigningKeys.generate();
        MerkleTree reference = new MerkleTree();
        for (byte[] s : stored) {
            reference.append(s);
        }
        List<Checkpoint> checkpoints = new java.util.ArrayList<>();
        for (long size = n / 10; size <= n; size += n / 10) {
            checkpoints.add(SigningKeys.sign(key, size, reference.root(size), t0));
        }
        reference = null;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte x = 0;
            for (byte[] b : bytes) {
                x ^= sha.digest(b)[0];
            }
            double raw = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            LogCheck check = new LogCheck(checkpoints, Map.of(SigningKeys.keyId(key.getPublic()), key.getPublic()));
            for (int i = 0; i < n; i++) {
                check.leaf(i, events[i], stored[i]);
            }
            LogCheck.Report report = check.report();
            double verify = (System.nanoTime() - start) / 1e9;
            double mb = total / 1e6;
            System.out.printf("round %d: %d events, %.1f MB canonical bytes; raw SHA-256 %.3f s (%.1f MB/s); verify %.3f s (%.1f MB/s,"
                    + " %.0f%% of raw), clean=%s%s%n", round, n, mb, raw, mb / raw, verify, mb / verify, 100 * raw / verify,
                    report.clean(), x == 42 ? "" : "");
        }
    }
}
