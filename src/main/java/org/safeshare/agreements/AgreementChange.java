package org.safeshare.agreements;

import java.util.List;

/** What came of recording an agreement: recorded, or refused with each field's problem. */
public sealed interface AgreementChange {

    record Recorded(Agreement agreement) implements AgreementChange {}

    record Refused(List<Problem> problems) implements AgreementChange {}

    /** One field's problem, named as the API names the field (the page uses the same names). */
    record Problem(String field, String message) {}
}
