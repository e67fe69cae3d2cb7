/**
 * User accounts, roles, sign-in with password and TOTP multi-factor authentication, lockout,
 * sessions, and partner systems' API tokens. Users belong to one organisation; an organisation
 * administrator manages only their own organisation's users.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "audit"})
package org.safeshare.accounts;
