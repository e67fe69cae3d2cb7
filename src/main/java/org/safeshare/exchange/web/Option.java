package org.safeshare.exchange.web;

/** A radio or checkbox choice on a page: the value posted and the label shown. */
public record Option(String value, String label) {}
