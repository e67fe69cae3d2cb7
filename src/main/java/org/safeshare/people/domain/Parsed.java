package org.safeshare.people.domain;

import java.util.Optional;

/** What came of reading a value someone typed: the value, or the reason it was not accepted in GOV.UK words. */
public sealed interface Parsed<T> {

    /** The input was accepted. */
    record Valid<T>(T value) implements Parsed<T> {}

    /** The input was refused; the reason can be shown beside the field. */
    record Invalid<T>(String reason) implements Parsed<T> {}

    default Optional<T> accepted() {
        return this instanceof Valid<T> valid ? Optional.ofNullable(valid.value()) : Optional.empty();
    }

    default Optional<String> problem() {
        return this instanceof Invalid<T> invalid ? Optional.of(invalid.reason()) : Optional.empty();
    }
}
