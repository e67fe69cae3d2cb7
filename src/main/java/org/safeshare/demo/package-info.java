/**
 * The demo partnership: made-up organisations, a user for every role, API tokens and a dozen
 * children with their families, seeded idempotently when the service runs in demo mode (the default).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "organisations :: setup", "accounts",
        "accounts :: setup", "people", "people :: domain", "people :: setup", "consent",
        "decisions", "actions", "actions :: subjects", "actions :: setup"})
package org.safeshare.demo;
