package org.safeshare.decisions.web;

import java.util.List;

/**
 * A correction of a decision record's free text as posted, bound through its constructor only: the answers, the
 * recommendation, the recipient organisation and the rest of the record cannot be posted into a correction.
 */
record CorrectionForm(String correctionReason, String reasons, String purpose, String recipientPersonOrRole) {

    /** The fields top to bottom, for the error summary. */
    static final List<String> ORDER = List.of("correctionReason", "reasons", "purpose", "recipientPersonOrRole");
}
