package org.safeshare.referrals;

/**
 * One thing wrong with what was sent, named by its field in the API body (for example {@code rationale}); the pages use
 * the same names for their inputs, so the GOV.UK error summary links to the field.
 */
public record ReferralProblem(String field, String message) {}
