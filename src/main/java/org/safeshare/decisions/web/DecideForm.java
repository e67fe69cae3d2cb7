package org.safeshare.decisions.web;

import java.util.Map;

/** The decide page as posted: the practitioner's choice and reasons; bound through its constructor only. */
record DecideForm(String choice, String reasons) {

    /** Kept in the draft as typed (nothing posted is kept as empty), so that going back shows it again. */
    void keepIn(Map<String, String> decision) {
        decision.put("choice", choice == null ? "" : choice);
        decision.put("reasons", reasons == null ? "" : reasons);
    }
}
