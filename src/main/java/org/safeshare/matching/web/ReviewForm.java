package org.safeshare.matching.web;

/**
 * A clerical review decision as posted: whether the pair is the same child, and why. On the page each pair's fields carry
 * the pair's id ("decision-{id}", so the error summary links to the right pair's field); only the fields of the pair in the
 * path are read ({@link ReviewPages}), through the record's constructor only.
 */
record ReviewForm(String decision, String reason) {

    boolean answered() {
        return "same".equals(decision) || "different".equals(decision);
    }

    String reasonOrEmpty() {
        return reason == null ? "" : reason;
    }
}
