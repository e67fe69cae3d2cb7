package org.safeshare.decisions;

/**
 * Provisions enacted but brought into force by a commencement order on a date not yet known when the service was
 * built. The service holds each one's commencement date (empty until the order is made) and applies it from that date.
 */
public enum Provision {
    DUTY_TO_SHARE("s16LA", "Children Act 2004 section 16LA (duty to share information)",
            "inserted by the Children's Wellbeing and Schools Act 2026 section 4"),
    CONSISTENT_IDENTIFIER("s16LC", "Children Act 2004 section 16LC (consistent identifier for children)",
            "inserted by the Children's Wellbeing and Schools Act 2026 section 4");

    private final String code;
    private final String title;
    private final String insertedBy;

    Provision(String code, String title, String insertedBy) {
        this.code = code;
        this.title = title;
        this.insertedBy = insertedBy;
    }

    /** The short code used in rule set names, e.g. "s16LA". */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String insertedBy() {
        return insertedBy;
    }

    public static java.util.Optional<Provision> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
