package org.safeshare.organisations;

/** One organisation identifier in one scheme. */
public record Identifier(IdentifierScheme scheme, String value) {
    public Identifier {
        if (!scheme.accepts(value)) {
            throw new IllegalArgumentException("Not a valid " + scheme.label());
        }
    }
}
