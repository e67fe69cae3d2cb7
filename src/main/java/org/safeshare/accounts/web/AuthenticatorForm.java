package org.safeshare.accounts.web;

/** Replacing the authenticator: the new app's code and one proof of being the holder (current code or password). */
record AuthenticatorForm(String code, String currentCode, String password) {

    AuthenticatorForm {
        code = code == null ? "" : code;
        currentCode = currentCode == null ? "" : currentCode;
        password = password == null ? "" : password;
    }
}
