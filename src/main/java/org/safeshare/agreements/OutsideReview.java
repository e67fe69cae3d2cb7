package org.safeshare.agreements;

/** The outcome of marking a sharing outside any agreement reviewed: done, or refused with what to put right. */
public sealed interface OutsideReview {

    record Done() implements OutsideReview {}

    record Refused(String message) implements OutsideReview {}

    /** Someone reviewed it first (two IG leads at once): the earlier review stands. */
    record AlreadyReviewed() implements OutsideReview {}
}
