/**
 * The safeguarding partnership and its member organisations (schools, health, police, children's
 * social care and its MASH, early help, voluntary sector), their identifiers and secure contact points.
 * Working Together 2023: the three statutory safeguarding partners and their relevant agencies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.safeshare.organisations;
