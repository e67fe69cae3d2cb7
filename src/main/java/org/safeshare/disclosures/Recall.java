package org.safeshare.disclosures;

import java.time.Instant;

/** When and why the sender recalled a disclosure or an item: the recipient is told this, and nothing of the content. */
public record Recall(Instant at, String reason) {}
