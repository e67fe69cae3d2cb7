package org.safeshare.consent.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.platform.web.DateInput;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The withdrawal form as posted, bound through its constructor only: the record's components are the allow-list.
 * {@code confirmed} is set by the check page's button, so the same post first checks and then records.
 */
record WithdrawalForm(String withdrawnOnDay, String withdrawnOnMonth, String withdrawnOnYear, String withdrawnBy, String covers,
        List<String> purposes, String note, String confirmed) {

    /** The form's fields, top to bottom, for the error summary. */
    static final List<String> ORDER = List.of("withdrawnOn", "withdrawnBy", "covers", "purposes", "note");

    WithdrawalForm {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    static WithdrawalForm blank() {
        return new WithdrawalForm(null, null, null, null, null, null, null, null);
    }

    boolean isConfirmed() {
        return "true".equals(confirmed);
    }

    /** The withdrawal, with an unreadable date or a part with no purposes added to {@code problems}. */
    Withdrawal withdrawal(Map<String, String> problems) {
        boolean part = "PART".equals(covers);
        Set<PurposeCategory> chosen = part ? ConsentForm.enums(PurposeCategory.class, purposes) : Set.of();
        if (part && chosen.isEmpty()) {
            problems.put("purposes", "Select the purposes the withdrawal covers");
        }
        return new Withdrawal(new DateInput(withdrawnOnDay, withdrawnOnMonth, withdrawnOnYear).read("withdrawnOn", "Date consent was withdrawn",
                problems), ConsentForm.text(withdrawnBy), chosen, Set.of(), ConsentForm.text(note));
    }

    /** The values by field name, for the form (what was typed comes back on error) and the check page's hidden fields. */
    MultiValueMap<String, String> values() {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "withdrawnOnDay", withdrawnOnDay);
        put(f, "withdrawnOnMonth", withdrawnOnMonth);
        put(f, "withdrawnOnYear", withdrawnOnYear);
        put(f, "withdrawnBy", withdrawnBy);
        put(f, "covers", covers);
        purposes.forEach(p -> f.add("purposes", p));
        put(f, "note", note);
        return f;
    }

    private static void put(MultiValueMap<String, String> f, String name, String value) {
        if (value != null) {
            f.add(name, value);
        }
    }
}
