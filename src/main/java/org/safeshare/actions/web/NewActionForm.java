package org.safeshare.actions.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.NewAction;
import org.safeshare.actions.OwnerRef;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.web.DateInput;

/** The new-action form as posted (bound through its constructor only); the date travels as three boxes. */
record NewActionForm(String about, String id, String owner, String whatToDo, String doneWhen, String dueOnDay, String dueOnMonth,
        String dueOnYear) {

    static final java.util.List<String> FIELDS = java.util.List.of("owner", "whatToDo", "doneWhen", "dueOn");

    static NewActionForm blank(String about, String id) {
        return new NewActionForm(about, id, null, null, null, null, null, null);
    }

    DateInput dueOn() {
        return new DateInput(dueOnDay, dueOnMonth, dueOnYear);
    }

    /** What was asked, with the date's own problem (if any) added under its field; an unknown kind or id is "not found". */
    NewAction asked(Map<String, String> problems) {
        SubjectKind kind = java.util.Arrays.stream(SubjectKind.values()).filter(k -> k.name().equals(about)).findFirst()
                .orElseThrow(() -> new NotFoundException("Record"));
        UUID subject;
        try {
            subject = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Record");
        }
        return new NewAction(kind, subject, OwnerRef.parse(owner).orElse(null), whatToDo, doneWhen,
                dueOn().read("dueOn", "The date the action is due", problems));
    }

    /** The form's values for the page (the hidden fields of check-your-answers too). */
    Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put("about", about);
        values.put("id", id);
        values.put("owner", owner);
        values.put("whatToDo", whatToDo);
        values.put("doneWhen", doneWhen);
        values.put("dueOnDay", dueOnDay);
        values.put("dueOnMonth", dueOnMonth);
        values.put("dueOnYear", dueOnYear);
        return values;
    }

    static Map<String, String> problems() {
        return new LinkedHashMap<>();
    }

    Optional<String> ownerValue() {
        return Optional.ofNullable(owner);
    }
}
