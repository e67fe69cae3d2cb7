package org.safeshare.actions.domain;

/** What is wrong with one field of what was asked, named by its field so a page and the API both place it. */
public record FieldProblem(String field, String message) {}
