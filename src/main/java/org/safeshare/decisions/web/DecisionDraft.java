package org.safeshare.decisions.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.safeshare.decisions.SharingFacts.SubjectKind;

/**
 * A "should I share?" journey in progress, kept in the user's session until the decision is recorded:
 * the answers so far (question id to chosen values) and the decision form. Answers to questions that
 * later answers make irrelevant are kept (a back link keeps them) but ignored.
 */
final class DecisionDraft implements Serializable {

    final String flowId = UUID.randomUUID().toString();
    final UUID personId;
    /** Read when a page shows it, never stored with the session (ADR 0008: personal data stays out of sessions). */
    private transient Supplier<String> personName;
    private transient String nameRead;
    /** From the person's record, when the journey started there: those questions are not asked. */
    final SubjectKind personKind;
    final Integer personAge;
    final Map<String, List<String>> answers = new HashMap<>();
    final Map<String, String> decision = new HashMap<>();
    boolean urgentAcknowledged;
    UUID adviceRequestId;
    /** The consent register's record the practitioner accepted as the consent answer, linked to the decision. */
    UUID consentRecordId;
    /** Who is sharing, from the acting organisation when the journey started (ADR 0011). */
    boolean sharerPublicAuthority = true;
    boolean sharerCovered;
    /** Children Act 2004 s16LA is in force today: the questions about it are asked. */
    boolean dutyToShareInForce;
    /** The person's record holds an NHS number, the consistent identifier of Children Act 2004 s16LC. */
    boolean nhsNumberKnown;

    DecisionDraft(UUID personId, SubjectKind personKind, Integer personAge) {
        this.personId = personId;
        this.personKind = personKind;
        this.personAge = personAge;
    }

    static DecisionDraft blank() {
        return new DecisionDraft(null, null, null);
    }

    public String flowId() {
        return flowId;
    }

    public UUID personId() {
        return personId;
    }

    public String personName() {
        if (nameRead == null && personName != null) {
            nameRead = personName.get();
        }
        return nameRead;
    }

    void nameFrom(Supplier<String> name) {
        this.personName = name;
        this.nameRead = null;
    }

    List<String> answer(String question) {
        return answers.getOrDefault(question, List.of());
    }

    String single(String question) {
        List<String> values = answer(question);
        return values.isEmpty() ? null : values.getFirst();
    }

    boolean is(String question, String value) {
        return answer(question).contains(value);
    }

    boolean answered(String question) {
        return answers.containsKey(question);
    }

    SubjectKind kind() {
        if (personKind != null) {
            return personKind;
        }
        String kind = single(Questions.KIND);
        return kind == null ? null : SubjectKind.valueOf(kind);
    }

    Integer age() {
        if (personKind != null) {
            return personAge;
        }
        String age = single(Questions.AGE);
        return age == null ? null : Integer.valueOf(age);
    }

    /** The duty to share could apply: in force, the sharer within it, and the information about a child. */
    boolean dutyToShareCouldApply() {
        return dutyToShareInForce && sharerCovered && kind() == SubjectKind.CHILD;
    }

    String subjectDescription() {
        String name = personName();
        return name != null ? name : "the person";
    }
}
