package org.safeshare.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * One log line per refusal or failure: the status and the exception's class names, never its
 * message or stack trace. Messages carry values (a PostgreSQL constraint detail quotes the row, a
 * parser quotes the request), and a stack trace per refused request floods the log.
 */
public final class FailureLog {

    private static final String OWN_CODE = "org.safeshare.";

    private FailureLog() {}

    /** A request refused for a reason the caller can fix or should not retry (4xx). */
    public static void refused(Logger log, int status, Throwable cause) {
        log.warn("Refused with {}: {}", status, cause == null ? "no exception" : classNames(cause));
    }

    /** A request that failed through a fault of ours (5xx): where in our code, so it can be found. */
    public static void failed(Logger log, Throwable cause) {
        log.error("Failed with 500: {}{}", classNames(cause), ownFrame(cause));
    }

    static String classNames(Throwable cause) {
        List<String> names = new ArrayList<>();
        for (Throwable t = cause; t != null && names.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            names.add(t.getClass().getName());
        }
        return String.join(" <- ", names);
    }

    private static String ownFrame(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(OWN_CODE)) {
                    return " at " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                }
            }
        }
        return "";
    }
}
