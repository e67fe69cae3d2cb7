package org.safeshare.decisions.domain;

/** Where each reason comes from, named so a practitioner can look it up: seed number and section, or the law. */
final class Sources {

    static final String SEED_000 = "Seed 000, 'Information Sharing' (London partnership page)";
    static final String SEED_001_TIPS = "Seed 001, 'Top Tips for Sharing Information'";
    static final String SEED_002_GDPR = "Seed 002, section 2 'The GDPR and Data Protection Act 2018'";
    static final String SEED_002_CRIME_AND_DISORDER = "Seed 002, section 2 'The Crime and Disorder Act 1998 Section 115'";
    static final String SEED_002_MCA = "Seed 002, section 2 'The Mental Capacity Act 2005'";
    static final String SEED_002_PUBLIC_INTEREST = "Seed 002, section 3 'Public Interest'";
    static final String SEED_002_TAKING_ACTION = "Seed 002, section 4 'Being alert to signs of abuse and neglect and taking action'";
    static final String SEED_002_CONSENT = "Seed 002, section 5 'What constitutes consent?'";
    static final String SEED_002_PRINCIPLES = "Seed 002, section 5 'The principles'";
    static final String SEED_002_WHEN = "Seed 002, section 5 'When and how to share information' (When?)";
    static final String SEED_002_HOW = "Seed 002, section 5 'When and how to share information' (How?)";
    static final String SEED_002_SECURELY = "Seed 002, section 5 'Sharing information securely'";
    static final String SEED_002_MYTHS = "Seed 002, section 6 'Myth-busting guide to information sharing'";
    static final String SEED_003_CONSENT = "Seed 003, 'Consent'";
    static final String SEED_003_UNDERSTANDING = "Seed 003, 'Understanding consent'";
    static final String SEED_003_WITHOUT_CONSENT = "Seed 003, 'Sharing Information without Consent'";
    static final String SEED_003_PROPORTIONALITY = "Seed 003, 'The importance of proportionality'";
    static final String SEED_004 = "Seed 004, 'Information Sharing' (Wiltshire partnership page)";

    static final String UK_GDPR_ART6 = "UK GDPR Article 6(1)";
    static final String UK_GDPR_ART9 = "UK GDPR Article 9(2)";
    static final String UK_GDPR_ART10 = "UK GDPR Article 10 and DPA 2018 section 10(5)";
    static final String DPA_SCH1_PARA18 = "DPA 2018 Schedule 1 paragraph 18 (domain brief section 5)";
    static final String DPA_SCH1_PART2 = "DPA 2018 Schedule 1 paragraphs 5 and 39 (appropriate policy document)";
    static final String DPA_PART3 = "DPA 2018 Part 3 and Schedule 8 (domain brief section 5)";
    static final String CHILDREN_ACT = "Children Act 1989 s47 and Children Act 2004 s11 (domain brief section 5)";
    static final String CARE_ACT = "Care Act 2014 s42 (domain brief sections 5 and 9)";
    static final String MCA_AND_GILLICK = "Mental Capacity Act 2005 s1 and Gillick competence (domain brief section 4)";
    static final String GUIDANCE_VERSIONS = "Domain brief section 2 (guidance versions are pinned per record)";

    static final String UK_GDPR_ART6_EA = "UK GDPR Article 6(1)(ea) and Annex 1, inserted by the Data (Use and Access) Act 2025"
            + " section 70 (in force 5 February 2026, SI 2026/82 regulation 2); ICO guidance on recognised legitimate interest";
    static final String UK_GDPR_ANNEX1_PARA6 = "UK GDPR Annex 1 paragraphs 6 and 7 (safeguarding condition); ICO guidance on"
            + " recognised legitimate interest, 'Safeguarding condition'";
    static final String UK_GDPR_ANNEX1_PARA1 = "UK GDPR Annex 1 paragraph 1 (disclosure for the purposes of processing described in"
            + " Article 6(1)(e)); ICO guidance on recognised legitimate interest";
    static final String UK_GDPR_ART6_F = "UK GDPR Article 6(1)(f); ICO guidance on legitimate interests (purpose, necessity and"
            + " balancing tests)";
    static final String UK_GDPR_ART6_D = "UK GDPR Article 6(1)(d) (vital interests)";
    static final String UK_GDPR_ART6_CLOSING = "UK GDPR Article 6(1), closing words (points (ea) and (f) do not apply to processing"
            + " carried out by public authorities in the performance of their tasks)";
    static final String CA2004_S16LA = "Children Act 2004 section 16LA (duty to share information), inserted by the Children's"
            + " Wellbeing and Schools Act 2026 section 4";
    static final String CA2004_S16LC = "Children Act 2004 section 16LC (consistent identifier for children), inserted by the"
            + " Children's Wellbeing and Schools Act 2026 section 4";
    static final String HMG_SIGNIFICANT_HARM = "HM Government information sharing advice for safeguarding practitioners (2024):"
            + " always share with children's social care where there is reasonable cause to suspect significant harm";

    private Sources() {}
}
