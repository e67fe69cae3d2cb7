/**
 * Secure disclosures: the sender picks exactly which items of a person's record and which of their own words (fact,
 * opinion, historical, with its source) go to named people of a partner organisation, under a recorded decision
 * (golden rule 7), with identities at risk withheld unless a DSL releases them (HM Government information sharing
 * advice 2024, golden rule 5), sealed under the sending organisation's key, receipted when opened and recallable.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actions :: subjects", "platform", "organisations", "accounts",
        "people", "people :: domain", "decisions", "audit", "notifications"})
package org.safeshare.disclosures;
