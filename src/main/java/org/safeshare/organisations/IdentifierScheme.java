package org.safeshare.organisations;

import java.util.regex.Pattern;

/** Public identifiers of organisations, each with the shape its issuer gives it. */
public enum IdentifierScheme {
    /** NHS Organisation Data Service code, e.g. a GP practice "A81001" or a trust "RXX". */
    ODS_CODE("ODS code", Pattern.compile("[A-Z0-9]{3,10}")),
    /** DfE Unique Reference Number of a school (GIAS), six digits. */
    SCHOOL_URN("School URN", Pattern.compile("\\d{6}")),
    /** Home Office police force code, two digits. */
    POLICE_FORCE_CODE("Police force code", Pattern.compile("\\d{2}")),
    /** ONS/DfE local authority code, three digits. */
    LOCAL_AUTHORITY_CODE("Local authority code", Pattern.compile("\\d{3}")),
    /** Charity Commission registered charity number, six or seven digits. */
    CHARITY_NUMBER("Registered charity number", Pattern.compile("\\d{6,7}"));

    private final String label;
    private final Pattern shape;

    IdentifierScheme(String label, Pattern shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    public boolean accepts(String value) {
        return value != null && shape.matcher(value).matches();
    }
}
