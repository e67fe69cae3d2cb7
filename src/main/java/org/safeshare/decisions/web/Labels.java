package org.safeshare.decisions.web;

import java.util.Map;
import org.safeshare.decisions.Recommendation;
import org.springframework.stereotype.Component;

/** Plain-English words for the recommendation's codes, used by the templates as {@code @decisionLabels}. */
@Component("decisionLabels")
class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("SHARE", "Share the information"),
            Map.entry("SHARE_WITHOUT_CONSENT", "Share the information without consent"),
            Map.entry("SEEK_CONSENT", "Seek consent before sharing"),
            Map.entry("SEEK_ADVICE", "Seek advice before deciding"),
            Map.entry("DO_NOT_SHARE", "Do not share the information"),
            Map.entry("CALL_POLICE_NOW", "Call the police now (999)"),
            Map.entry("REFER_TO_CHILDRENS_SOCIAL_CARE", "Refer to children's social care or the MASH now"),
            Map.entry("REFER_TO_ADULT_SOCIAL_CARE", "Refer to adult social care now"),
            Map.entry("VERIFY_RECIPIENT_IDENTITY", "Check who the recipient is before you share, for example by calling back a known number"),
            Map.entry("USE_SECURE_CHANNEL", "Use a secure way to share: a secure portal, secure email, or a phone call to a verified number"),
            Map.entry("PROTECT_IDENTITIES", "Protect the identities of anyone who could be harmed if an abuser learned them"),
            Map.entry("SHARE_ONLY_WITH_A_SAFEGUARDING_ROLE", "Share only with someone who has a role in keeping the person safe"),
            Map.entry("INFORM", "Tell the person what you are sharing, with whom and why, unless that would increase the risk"),
            Map.entry("DO_NOT_INFORM", "Do not tell the person before sharing: it could increase the risk or harm an investigation"),
            Map.entry("CONSENT", "Consent"), Map.entry("LEGAL_OBLIGATION", "Legal obligation (UK GDPR Article 6(1)(c))"),
            Map.entry("VITAL_INTERESTS", "Vital interests (UK GDPR Article 6(1)(d))"), Map.entry("PUBLIC_TASK", "Public task (UK GDPR Article 6(1)(e))"),
            Map.entry("LEGITIMATE_INTERESTS", "Legitimate interests (UK GDPR Article 6(1)(f))"),
            Map.entry("RECOGNISED_LEGITIMATE_INTEREST", "Recognised legitimate interest (UK GDPR Article 6(1)(ea))"),
            Map.entry("INCLUDE_CONSISTENT_IDENTIFIER", "Include the child's NHS number, the consistent identifier (Children Act 2004 section 16LC)"),
            Map.entry("APPLIES", "Applies: you must share (Children Act 2004 section 16LA)"),
            Map.entry("MORE_DETRIMENTAL", "Does not apply: you consider sharing more detrimental to the child (section 16LA(3))"),
            Map.entry("EXPLICIT_CONSENT", "Explicit consent (Article 9(2)(a))"),
            Map.entry("SUBSTANTIAL_PUBLIC_INTEREST", "Substantial public interest (Article 9(2)(g))"),
            Map.entry("HEALTH_OR_SOCIAL_CARE", "Health or social care (Article 9(2)(h))"),
            Map.entry("LEGAL_CLAIMS", "Legal claims (Article 9(2)(f))"),
            Map.entry("NOT_CONFIDENTIAL", "Not confidential"),
            Map.entry("PUBLIC_INTEREST", "Overriding public interest"),
            Map.entry("LEGAL_REQUIREMENT", "Required by law or a court"));

    public String of(Object code) {
        if (code == null) {
            return "";
        }
        return WORDS.getOrDefault(code.toString(), code.toString());
    }

    /** The Article 6 basis in words, with its UK GDPR Annex 1 condition where there is one. */
    public String article6(Recommendation.LawfulBasis basis) {
        String words = of(basis.article6());
        if (basis.annex1Condition() == null) {
            return words;
        }
        return words + ", Annex 1 paragraph " + basis.annex1Condition() + (basis.annex1Condition() == 6
                ? " (safeguarding a vulnerable individual)" : " (answering a public body's request for its public task)");
    }

    public String day(java.time.LocalDate date) {
        return org.safeshare.platform.web.LondonDates.date(date);
    }

    public String article9(Recommendation.LawfulBasis basis) {
        if (basis.article9() == null) {
            return null;
        }
        String words = of(basis.article9());
        return basis.dpaSchedule1Paragraph() == null ? words
                : words + ", DPA 2018 Schedule 1 paragraph " + basis.dpaSchedule1Paragraph();
    }
}
