package org.safeshare.decisions.domain;

/**
 * Where each reason comes from, named as the public document a practitioner can look up: the national advice and its
 * section, the statutory guidance, or the law. Where the service was built from a local partnership's pages, the
 * reason cites the national document those pages quote (HM Government advice, Working Together), never the page.
 * The pages link each document by its name ({@code decisions/web/SourceLinks}), so a new name needs its link there.
 */
final class Sources {

    /** HM Government, "Information sharing: advice for practitioners providing safeguarding services..." (July 2018). */
    static final String HMG_2018 = "HM Government information sharing advice (2018)";
    /** The same advice as replaced in 2024 ("Information sharing advice for safeguarding practitioners", May 2024). */
    static final String HMG_2024 = "HM Government information sharing advice (2024)";
    static final String WORKING_TOGETHER = "Working Together to Safeguard Children (2023)";

    static final String SIGNIFICANT_HARM = WORKING_TOGETHER + ": information sharing, and referral to children's social care"
            + " where a child may be suffering or likely to suffer significant harm";
    static final String IMMEDIATE_DANGER = WORKING_TOGETHER + ": where a child is in immediate danger, contact the police";
    static final String CRIME_AND_DISORDER = "Crime and Disorder Act 1998 section 115";
    static final String MCA_BEST_INTERESTS = "Mental Capacity Act 2005 sections 1 and 4 (best interests)";
    static final String PUBLIC_INTEREST = "Common law duty of confidence: disclosure in the public interest (" + HMG_2018
            + ", 'Myth-busting guide to information sharing')";
    static final String CONSENT_CONDITIONS = "UK GDPR Article 4(11) and Article 7 (conditions for consent)";
    static final String PRINCIPLES = HMG_2018 + ", 'The principles'";
    static final String WHEN = HMG_2018 + ", flowchart 'When and how to share information' (When?)";
    static final String HOW = HMG_2018 + ", flowchart 'When and how to share information' (How?)";
    static final String SECURELY = HMG_2018 + ", 'The principles' (secure)";
    static final String MYTHS = HMG_2018 + ", 'Myth-busting guide to information sharing'";
    static final String WHO_MAY_CONSENT = "Gillick v West Norfolk and Wisbech AHA [1986]; Children Act 1989 section 3 (parental"
            + " responsibility); Mental Capacity Act 2005";
    static final String INFORMED_CONSENT = HMG_2018 + ", golden rule 4 (share with informed consent where appropriate); "
            + CONSENT_CONDITIONS;
    static final String WITHOUT_CONSENT = HMG_2018 + " and " + HMG_2024 + ": sharing without consent";
    static final String PROPORTIONALITY = HMG_2018 + ", 'The principles' (necessary and proportionate)";

    static final String UK_GDPR_ART9 = "UK GDPR Article 9(2)";
    static final String UK_GDPR_ART10 = "UK GDPR Article 10 and DPA 2018 section 10(5)";
    static final String DPA_SCH1_PARA18 = "DPA 2018 Schedule 1 paragraph 18 (safeguarding of children and individuals at risk)";
    static final String DPA_SCH1_PARA10 = "DPA 2018 Schedule 1 paragraph 10 (preventing or detecting unlawful acts)";
    static final String DPA_SCH1_PART2 = "DPA 2018 Schedule 1 paragraphs 5 and 39 (appropriate policy document)";
    static final String DPA_PART3 = "DPA 2018 Part 3 and Schedule 8";
    static final String CHILDREN_ACT = "Children Act 1989 section 47 and Children Act 2004 section 11";
    static final String CARE_ACT = "Care Act 2014 section 42";
    static final String GUIDANCE_VERSIONS = HMG_2024 + ", which replaced the 2018 advice: a decision is judged by the advice in"
            + " force when it was made";

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

    private Sources() {}
}
