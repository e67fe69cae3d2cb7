/**
 * The tamper-evident audit trail: one typed event for every sign-in, view, change, export and
 * administrative action, written in the action's own transaction (UK GDPR Art. 5(2) accountability,
 * Caldicott principle 7), kept as leaves of an RFC 9162 Merkle tree with signed checkpoints.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations"})
package org.safeshare.audit;
