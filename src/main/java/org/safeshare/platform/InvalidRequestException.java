package org.safeshare.platform;

import java.util.List;

/**
 * An API request whose fields failed validation at the edge. Each error names the field and says
 * what is wrong in words a partner system's developer can act on; nothing was changed.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super("invalid request");
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field's problem: a JSON pointer-ish field name and a sentence. */
    public record FieldProblem(String field, String detail) {}
}
