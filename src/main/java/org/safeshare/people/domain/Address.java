package org.safeshare.people.domain;

/** A postal address in the form a letter would use. */
public record Address(String line1, String line2, String town, Postcode postcode) {

    public Address {
        line1 = PersonName.blankToNull(line1);
        line2 = PersonName.blankToNull(line2);
        town = PersonName.blankToNull(town);
        if (line1 == null || town == null || postcode == null) {
            throw new IllegalArgumentException("An address needs a first line, a town and a postcode");
        }
    }

    public String oneLine() {
        return String.join(", ", line2 == null ? java.util.List.of(line1, town, postcode.value())
                : java.util.List.of(line1, line2, town, postcode.value()));
    }
}
