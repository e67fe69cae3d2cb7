/**
 * Actions followed to completion: a follow-up set on a decision, an information request, a disclosure, a referral or a
 * meeting, with an owner (a user or a team), a due date and what "done" means; reminded, escalated to the owner's DSL
 * when overdue, and closed only with an outcome (HM Government information sharing advice 2024: "be proactive and follow
 * up on actions to ensure they have been completed"; Working Together to Safeguard Children 2023). docs/adr/0020.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "accounts", "audit", "notifications"})
package org.safeshare.actions;
