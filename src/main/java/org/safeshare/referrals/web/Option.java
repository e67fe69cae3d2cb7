package org.safeshare.referrals.web;

/** A radio or checkbox choice on a page: the value posted and the label shown. */
record Option(String value, String label) {}
