/**
 * The people an organisation works with (children, adults, unborn babies), their identifiers (NHS
 * number, UPN), addresses and family network with who holds parental responsibility (Children Act
 * 1989 ss2-4A). Each organisation keeps its own records; no one else can see them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "audit"})
package org.safeshare.people;
