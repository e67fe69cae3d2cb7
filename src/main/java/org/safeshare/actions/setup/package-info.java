/**
 * Recording actions on a deployment's behalf (demo seeding, a migration from another system): no one is signed in,
 * so the record is trusted as given and audited as set-up (docs/adr/0014, 0020). Only the demo seeder uses it.
 */
@org.springframework.modulith.NamedInterface("setup")
package org.safeshare.actions.setup;
