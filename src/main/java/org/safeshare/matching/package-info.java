/**
 * Record linkage: finds the records different agencies keep of the same child, so that a practitioner
 * can learn who else knows the child ("Working Together to Safeguard Children 2023", chapter 2). Records
 * are linked, never merged. Deterministic on a valid NHS number or UPN, otherwise a calibrated
 * Fellegi-Sunter model whose per-field weights are the stated reason for each link (ADR 0015). The stored index is kept
 * current by the people module's events, in the transaction of each change, so no rebuild is needed for correctness.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "people", "people :: domain", "audit"})
package org.safeshare.matching;
