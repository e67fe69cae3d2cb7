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
}
