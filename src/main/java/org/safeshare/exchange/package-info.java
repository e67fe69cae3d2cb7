/**
 * Multi-agency exchange: information requests from one organisation of a partnership to others, each answered (or
 * declined with reasons) through the decision engine by the receiving DSL or a named practitioner, on a deadline
 * counted in the partnership's working hours (HM Government information sharing advice 2024; Working Together to
 * Safeguard Children 2023, chapter 2, multi-agency safeguarding arrangements). docs/adr/0017.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actions :: subjects", "platform", "organisations", "people", "people :: domain",
        "decisions", "decisions :: vocabulary", "audit", "notifications", "disclosures", "accounts"})
package org.safeshare.exchange;
