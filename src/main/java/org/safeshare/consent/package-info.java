/**
 * Consent and capacity: who gave or refused consent to share, what they were told, its scope, expiry
 * and withdrawal (UK GDPR; seed 002), Gillick competence and Mental Capacity Act assessments, and the
 * seed 003 grounds to share without consent or against a refusal. Answers "is there valid consent
 * for this sharing?" for the decision flow, and tells recipients when consent is withdrawn.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "people", "people :: domain",
        "decisions", "decisions :: vocabulary", "audit", "accounts"})
package org.safeshare.consent;
