package org.safeshare.audit.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.safeshare.audit.domain.Checkpoint;

/**
 * Checkpoints as text for a partner or a write-once store, one per line:
 * {@code tree-size root-base64 issued-at key-id signature-base64}. Holding these, anyone can detect a
 * later rewrite of the whole database: {@code audit verify --against FILE} checks them too.
 */
public final class CheckpointExport {

    private CheckpointExport() {}

    public static String write(List<Checkpoint> checkpoints) {
        StringBuilder text = new StringBuilder("# " + Checkpoint.FORMAT + "\n");
        for (Checkpoint c : checkpoints) {
            text.append(c.treeSize()).append(' ').append(c.rootBase64()).append(' ').append(c.issuedAt()).append(' ')
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
            checkpoints.add(new Checkpoint(Long.parseLong(f[0]), Base64.getDecoder().decode(f[1]), Instant.parse(f[2]), f[3],
                    Base64.getDecoder().decode(f[4])));
        }
        return checkpoints;
    }
}
