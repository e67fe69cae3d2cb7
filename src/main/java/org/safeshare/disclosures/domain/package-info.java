/** The rules of a secure disclosure in plain Java: what may be sent, what the recipient sees (redaction), checks at the edge. */
package org.safeshare.disclosures.domain;
