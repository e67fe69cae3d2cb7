package org.safeshare.audit.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.safeshare.audit.domain.Checkpoint;

/**
 * Checkpoints as text for a partner or a write-once store, one per line:
 * {@code log tree-size root-base64 issued-at key-id signature-base64}, the log being a partnership's id or
 * {@code service} (docs/adr/0009); a line of five fields, written before logs were split, is the service log's.
 * Holding these, anyone can detect a later rewrite of the whole database: {@code audit verify --against FILE}.
 */
public final class CheckpointExport {

    private CheckpointExport() {}

    public static String write(List<Checkpoint> checkpoints) {
        StringBuilder text = new StringBuilder("# " + Checkpoint.FORMAT + " (service log), " + Checkpoint.FORMAT_NAMED + "\n");
        for (Checkpoint c : checkpoints) {
            text.append(c.log()).append(' ').append(c.treeSize()).append(' ').append(c.rootBase64()).append(' ').append(c.issuedAt()).append(' ')
                    .append(c.keyId()).append(' ').append(Base64.getEncoder().encodeToString(c.signature())).append('\n');
        }
        return text.toString();
    }

    public static List<Checkpoint> read(String text) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(" ");
            String log = f.length == 5 ? Checkpoint.SERVICE_LOG : f[0];
            int at = f.length == 5 ? 0 : 1;
            checkpoints.add(new Checkpoint(log, Long.parseLong(f[at]), Base64.getDecoder().decode(f[at + 1]), Instant.parse(f[at + 2]),
                    f[at + 3], Base64.getDecoder().decode(f[at + 4])));
        }
        return checkpoints;
    }
}
