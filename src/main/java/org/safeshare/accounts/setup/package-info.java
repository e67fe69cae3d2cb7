/**
 * Setting up accounts on a deployment's behalf (demo seeding, a migration from another system): users and partner
 * systems' API clients, found by email or token first. Only the demo seeder and administration pages use it
 * (ModuleStructureTest, docs/adr/0014); each change is audited in its own transaction.
 */
@org.springframework.modulith.NamedInterface("setup")
package org.safeshare.accounts.setup;
