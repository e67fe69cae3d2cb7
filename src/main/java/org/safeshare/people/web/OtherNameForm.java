package org.safeshare.people.web;

/** The add-another-name form: the binder fills these fields and no others. */
record OtherNameForm(String kind, String givenName, String familyName) {

    OtherNameForm {
        kind = kind == null ? "" : kind;
        givenName = givenName == null ? "" : givenName;
        familyName = familyName == null ? "" : familyName;
    }
}
