/**
 * The vocabulary and rules of the people module in plain Java: identifiers and their check digits,
 * dates of birth, and who can hold parental responsibility. Exposed so other modules share the words.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.safeshare.people.domain;
