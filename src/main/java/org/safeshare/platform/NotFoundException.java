package org.safeshare.platform;

/**
 * The record does not exist or the caller may not see it; both answer "not found" so that
 * the existence of a record about a child is never disclosed to someone without a right to it.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }

    /** An id from an address: a malformed one names no record, the same answer as an unknown one. */
    public static java.util.UUID idOf(String value, String what) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(what);
        }
    }
}
