/**
 * Setting up the directory on a deployment's behalf (demo seeding, a migration from another system): partnerships and
 * organisations, found by name first. Only the demo seeder and administration pages use it (ModuleStructureTest,
 * docs/adr/0014); each change is audited through the events it publishes.
 */
@org.springframework.modulith.NamedInterface("setup")
package org.safeshare.organisations.setup;
