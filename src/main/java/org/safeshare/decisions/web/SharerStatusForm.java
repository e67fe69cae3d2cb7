package org.safeshare.decisions.web;

import java.util.List;

/** Whether an organisation is a public authority and within the duty to share, as posted ("YES" or "NO"); bound through its constructor only. */
record SharerStatusForm(String publicAuthority, String coveredByDutyToShare) {

    static final List<String> ORDER = List.of("publicAuthority", "coveredByDutyToShare");

    static SharerStatusForm of(boolean publicAuthority, boolean coveredByDutyToShare) {
        return new SharerStatusForm(yesNo(publicAuthority), yesNo(coveredByDutyToShare));
    }

    /** The answer to one question by its field name, for the page's radios. */
    public String answer(String field) {
        return switch (field) {
            case "publicAuthority" -> publicAuthority;
            case "coveredByDutyToShare" -> coveredByDutyToShare;
            default -> null;
        };
    }

    static boolean isYesNo(String value) {
        return "YES".equals(value) || "NO".equals(value);
    }

    private static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }
}
