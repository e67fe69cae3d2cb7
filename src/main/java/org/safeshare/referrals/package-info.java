/**
 * Referrals to children's social care through the partnership's MASH (Working Together to Safeguard Children 2023,
 * flowchart 1) and of adults at risk to adult social care (Care Act 2014 s42): the structured referral, the MASH queue,
 * RAG rating with rationale, the decision within one working day, strategy discussions (Children Act 1989 s47),
 * feedback to the referrer and the resolution of professional disagreements. docs/adr/0019.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actions :: subjects", "platform", "organisations", "people", "people :: domain",
        "decisions", "audit", "notifications", "exchange", "exchange :: domain", "decisions :: vocabulary"})
package org.safeshare.referrals;
