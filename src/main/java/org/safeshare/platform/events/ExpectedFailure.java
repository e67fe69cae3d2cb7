package org.safeshare.platform.events;

/**
 * A failure an asynchronous listener throws on purpose, so that Spring Modulith keeps its event publication for a retry
 * (for example a notification that could not be sent yet). It is logged as one warning line, without a stack trace;
 * its message must carry no personal data.
 */
public interface ExpectedFailure {}
