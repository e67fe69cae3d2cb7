package org.safeshare.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.safeshare.audit.AuditProofs;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signed checkpoints and Merkle proofs of the caller's partnership's audit log, for partners who keep checkpoints and
 * check them later. Each partnership has its own log, so nothing here shows another partnership's activity (ADR 0009).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Your partnership's audit log: signed checkpoints, inclusion and consistency proofs (RFC 9162), hashes only")
class AuditApi {

    private static final Base64.Encoder B64 = Base64.getEncoder();
    private final AuditProofs proofs;

    AuditApi(AuditProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Every signed checkpoint, oldest first")
    List<CheckpointJson> checkpoints(@AuthenticationPrincipal Actor caller) {
        return proofs.checkpoints(caller).stream().map(CheckpointJson::of).toList();
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint")
    CheckpointJson latest(@AuthenticationPrincipal Actor caller) {
        return proofs.latest(caller).map(CheckpointJson::of).orElseThrow(() -> new NotFoundException("Checkpoint"));
    }

    @GetMapping("/events/{index}/inclusion-proof")
    @Operation(summary = "Proof that the leaf at this index is in the tree of treeSize leaves (default: the current tree)")
    InclusionJson inclusion(@AuthenticationPrincipal Actor caller, @PathVariable long index, @RequestParam Optional<Long> treeSize) {
        AuditProofs.InclusionProof p = proofs.inclusionProof(caller, index, treeSize);
        return new InclusionJson(p.leafIndex(), p.treeSize(), B64.encodeToString(p.leafHash()), encode(p.path()),
                B64.encodeToString(p.rootHash()));
    }

    @GetMapping("/consistency-proof")
    @Operation(summary = "Proof that the tree of first leaves is a prefix of the tree of second leaves")
    ConsistencyJson consistency(@AuthenticationPrincipal Actor caller, @RequestParam long first, @RequestParam long second) {
        AuditProofs.ConsistencyProof p = proofs.consistencyProof(caller, first, second);
        return new ConsistencyJson(p.first(), p.second(), encode(p.path()), B64.encodeToString(p.firstRoot()),
                B64.encodeToString(p.secondRoot()));
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(B64::encodeToString).toList();
    }

    /** A checkpoint of the log named by log (the partnership's id); signature is Ed25519 over the exact bytes of body. */
    record CheckpointJson(String log, long treeSize, String rootHash, String issuedAt, String keyId, String signature, String body) {
        static CheckpointJson of(Checkpoint c) {
            return new CheckpointJson(c.log(), c.treeSize(), c.rootBase64(), c.issuedAt().toString(), c.keyId(),
                    B64.encodeToString(c.signature()), new String(c.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** An inclusion proof (RFC 9162 2.1.3), base64 hashes, lowest level first. */
    record InclusionJson(long leafIndex, long treeSize, String leafHash, List<String> proof, String rootHash) {}

    /** A consistency proof (RFC 9162 2.1.4). */
    record ConsistencyJson(long first, long second, List<String> proof, String firstRoot, String secondRoot) {}
}
