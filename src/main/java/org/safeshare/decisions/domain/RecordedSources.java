package org.safeshare.decisions.domain;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decisions recorded before December 2026 keep their reasons as they were given, and some cited the working notes the
 * service was built from ("Seed 002, section 5 ..."). A stored record is never rewritten; when one is shown, each such
 * citation is shown as the public document it stood for, so a practitioner can look it up.
 */
public final class RecordedSources {

    private static final Map<String, String> SEEDS = Map.ofEntries(
            Map.entry("Seed 000, 'Information Sharing' (London partnership page)", Sources.SIGNIFICANT_HARM),
            Map.entry("Seed 001, 'Top Tips for Sharing Information'", Sources.SECURELY),
            Map.entry("Seed 002, section 2 'The GDPR and Data Protection Act 2018'", Sources.HMG_2018),
            Map.entry("Seed 002, section 2 'The Crime and Disorder Act 1998 Section 115'", Sources.CRIME_AND_DISORDER),
            Map.entry("Seed 002, section 2 'The Mental Capacity Act 2005'", Sources.MCA_BEST_INTERESTS),
            Map.entry("Seed 002, section 3 'Public Interest'", Sources.PUBLIC_INTEREST),
            Map.entry("Seed 002, section 4 'Being alert to signs of abuse and neglect and taking action'", Sources.IMMEDIATE_DANGER),
            Map.entry("Seed 002, section 5 'What constitutes consent?'", Sources.CONSENT_CONDITIONS),
            Map.entry("Seed 002, section 5 'The principles'", Sources.PRINCIPLES),
            Map.entry("Seed 002, section 5 'When and how to share information' (When?)", Sources.WHEN),
            Map.entry("Seed 002, section 5 'When and how to share information' (How?)", Sources.HOW),
            Map.entry("Seed 002, section 5 'Sharing information securely'", Sources.SECURELY),
            Map.entry("Seed 002, section 6 'Myth-busting guide to information sharing'", Sources.MYTHS),
            Map.entry("Seed 003, 'Consent'", Sources.WHO_MAY_CONSENT),
            Map.entry("Seed 003, 'Understanding consent'", Sources.INFORMED_CONSENT),
            Map.entry("Seed 003, 'Sharing Information without Consent'", Sources.WITHOUT_CONSENT),
            Map.entry("Seed 003, 'The importance of proportionality'", Sources.PROPORTIONALITY),
            Map.entry("Seed 004, 'Information Sharing' (Wiltshire partnership page)", Sources.HMG_2018),
            Map.entry("Domain brief section 2 (guidance versions are pinned per record)", Sources.GUIDANCE_VERSIONS),
            Map.entry("Children Act 1989 s47 and Children Act 2004 s11 (domain brief section 5)", Sources.CHILDREN_ACT),
            Map.entry("Care Act 2014 s42 (domain brief sections 5 and 9)", Sources.CARE_ACT),
            Map.entry("Mental Capacity Act 2005 s1 and Gillick competence (domain brief section 4)", Sources.WHO_MAY_CONSENT));

    /** A working-note reference in brackets, as older reasons carried them: "(seed 002)", "(domain brief section 5)". */
    private static final Pattern NOTE = Pattern.compile("\\s*\\((?:quoted in )?(?:seed|domain brief)[^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OLD_GOLDEN_RULE = Pattern.compile(
            "^(?:HM Government|DfE), Information sharing advice for safeguarding practitioners \\((2018|2024)\\), golden rule (\\d)");

    private RecordedSources() {}

    /** The public document a stored source names; a source already naming one is returned as it is. */
    public static String publicName(String source) {
        if (source == null) {
            return null;
        }
        String known = SEEDS.get(source);
        if (known != null) {
            return known;
        }
        var rule = OLD_GOLDEN_RULE.matcher(source);
        if (rule.find()) {
            return (rule.group(1).equals("2018") ? Sources.HMG_2018 : Sources.HMG_2024) + ", golden rule " + rule.group(2);
        }
        return NOTE.matcher(source).replaceAll("");
    }

    /** A stored reason's words without the working-note references older reasons carried. */
    public static String withoutNotes(String text) {
        return text == null ? null : NOTE.matcher(text).replaceAll("");
    }
}
