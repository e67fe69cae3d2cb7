package org.safeshare.disclosures.domain;

/**
 * One reason a disclosure cannot be sent as drafted: the field path both edges understand ({@code items[1].text},
 * {@code transparency.toldOn}) and a sentence. The API names the path; a page links to the input with that path's id.
 */
public record Problem(String field, String message) {}
