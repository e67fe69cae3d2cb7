package org.safeshare.platform.web;

/**
 * An API's own enumerations (ADR 0022) and the domain's spell their shared values alike: one value becomes the other by
 * its name. A value the other side lacks fails loudly ({@link IllegalArgumentException}), never silently.
 */
public final class SameName {

    private SameName() {}

    /** The same value in the other vocabulary; null for null. */
    public static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
