/**
 * "Should I share?": decision support that follows the when-and-how-to-share flowchart, the golden
 * rules (2018 and 2024), the consent rules of seed 003 and the lawful bases (UK GDPR, DPA 2018), and
 * decision records for every decision to share or not (golden rule 7).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actions :: subjects", "platform", "organisations", "people", "people :: domain", "audit",
        "accounts", "agreements"})
package org.safeshare.decisions;
