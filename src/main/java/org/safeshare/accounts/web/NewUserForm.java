package org.safeshare.accounts.web;

import java.util.List;

/** The add-a-user form: the binder fills these fields and no others (the password is never shown back). */
record NewUserForm(String email, String displayName, List<String> roles, String initialPassword) {

    NewUserForm {
        email = email == null ? "" : email;
        displayName = displayName == null ? "" : displayName;
        roles = roles == null ? List.of() : List.copyOf(roles);
        initialPassword = initialPassword == null ? "" : initialPassword;
    }
}
