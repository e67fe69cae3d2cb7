package org.safeshare.disclosures.domain;

import java.util.Objects;

/**
 * Someone named in an item whose identity could put them at risk if disclosed: the person who raised the concern, or
 * a third party (HM Government information sharing advice 2024, golden rule 5). Withheld from the recipient unless a
 * designated safeguarding lead approves its release.
 */
public record Identity(Role role, String name) {

    public Identity {
        Objects.requireNonNull(role);
        Objects.requireNonNull(name);
    }

    public enum Role {
        REFERRER("referrer"), THIRD_PARTY("third party");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** What the recipient reads in place of the name. */
        public String placeholder() {
            return "[" + label + " withheld]";
        }
    }
}
