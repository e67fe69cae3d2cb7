package org.safeshare.exchange;

/**
 * One thing wrong with what was sent, named by its path in the API body (for example {@code questions[1]}), which the
 * pages map to a field of the form.
 */
public record FieldProblem(String field, String message) {}
