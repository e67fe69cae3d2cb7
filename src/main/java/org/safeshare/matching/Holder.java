package org.safeshare.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organisation that holds a record of the child: its name, since when, how likely the record is the same child and
 * why (each field's weight), and the link's id (to unlink it if it is wrong). Never the record's contents: those travel
 * through requests and disclosures.
 */
public record Holder(String organisation, LocalDate heldSince, double probability, boolean confirmed, String rule, List<Reason> reasons,
        UUID link) {

    /** One field's part in the score: "first name spelt nearly the same", +4.1 bits. */
    public record Reason(String field, String level, double weight) {}
}
