/**
 * Recording people and relationships on a deployment's behalf (demo seeding, a migration from another system),
 * idempotently and under the rules users are held to. Only the demo seeder and administration pages use it
 * (ModuleStructureTest, docs/adr/0014); each record made is audited in its own transaction.
 */
@org.springframework.modulith.NamedInterface("setup")
package org.safeshare.people.setup;
