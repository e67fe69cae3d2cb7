package org.safeshare.decisions.domain;

import java.util.List;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;

/**
 * The seven golden rules of each guidance version, and which rule speaks to which question. The 2018 rules are
 * HM Government's (quoted in seeds 002 and 004); the 2024 rules are the DfE's, which replaced them. A decision
 * cites only the rules of the version pinned for it (domain brief section 2).
 */
final class GoldenRules {

    private static final List<String> RULES_2018 = List.of(
            "Data protection law and human rights law are not barriers to justified information sharing, but provide a"
                    + " framework to ensure that personal information about living individuals is shared appropriately.",
            "Be open and honest with the individual (and/or their family where appropriate) from the outset about why,"
                    + " what, how and with whom information will, or could be shared, and seek their agreement, unless it is"
                    + " unsafe or inappropriate to do so.",
            "Seek advice from other practitioners if you are in any doubt about sharing the information concerned,"
                    + " without disclosing the identity of the individual where possible.",
            "Share with informed consent where appropriate and, where possible, respect the wishes of those who do not"
                    + " consent. You may still share without consent if there is a lawful basis, such as where safety may be at"
                    + " risk. Be clear of the basis upon which you are doing so.",
            "Consider safety and well-being: base information sharing decisions on the safety and well-being of the"
                    + " individual and others who may be affected by their actions.",
            "Necessary, proportionate, relevant, adequate, accurate, timely and secure: share only what is needed, only"
                    + " with those who need to have it, accurately, in a timely fashion and securely.",
            "Keep a record of your decision and the reasons for it, whether it is to share information or not. If you"
                    + " decide to share, record what you have shared, with whom and for what purpose.");

    private static final List<String> RULES_2024 = List.of(
            "Protecting a child from harm takes priority over protecting their privacy, or the privacy rights of the"
                    + " person(s) failing to protect them.",
            "Where practicable and safe to do so, engage with the child and/or their carer(s), and explain who you"
                    + " intend to share information with, what information you will be sharing and why.",
            "You do not need consent to share personal information about a child and/or members of their family if a"
                    + " child is at risk or there is a perceived risk of harm.",
            "Seek advice promptly whenever you are uncertain or do not feel confident about sharing information.",
            "Protect the identities of anyone who might be at risk of harm if their details became known to an abuser"
                    + " (the child, a carer, a neighbour, a colleague or the person who raised the concern).",
            "Only share relevant and accurate information with individuals or agencies that have a role in"
                    + " safeguarding the child, and only what they need.",
            "Record the reasons for your information sharing decision, irrespective of whether you decide to share"
                    + " or not.");

    private GoldenRules() {}

    static Reason rule(GuidanceVersion version, int number) {
        List<String> rules = version == GuidanceVersion.V2018 ? RULES_2018 : RULES_2024;
        return new Reason("golden-rule-" + version.label() + "-" + number, source(version, number), rules.get(number - 1));
    }

    private static String source(GuidanceVersion version, int number) {
        return version == GuidanceVersion.V2018
                ? Sources.HMG_2018 + ", golden rule " + number
                : Sources.HMG_2024 + ", golden rule " + number;
    }

    /** Data protection is a framework (2018 rule 1); protection takes priority over privacy (2024 rule 1). */
    static Reason safetyBeforePrivacy(GuidanceVersion version) {
        return rule(version, 1);
    }

    /** Be open and honest (2018 rule 2); engage where practicable and safe (2024 rule 2). */
    static Reason openAndHonest(GuidanceVersion version) {
        return rule(version, 2);
    }

    static Reason seekAdvice(GuidanceVersion version) {
        return rule(version, version == GuidanceVersion.V2018 ? 3 : 4);
    }

    /** Sharing without consent on a lawful basis (2018 rule 4); no consent needed where a child is at risk (2024 rule 3). */
    static Reason sharingWithoutConsent(GuidanceVersion version) {
        return rule(version, version == GuidanceVersion.V2018 ? 4 : 3);
    }

    /**
     * Sharing with consent and respecting a refusal: 2018 rule 4 says so in terms; the 2024 rules have no
     * counterpart, so the nearest is rule 2 (engage and explain), with seed 003 carrying the consent rules.
     */
    static Reason consent(GuidanceVersion version) {
        return rule(version, version == GuidanceVersion.V2018 ? 4 : 2);
    }

    /** Safety and well-being of others (2018 rule 5); protect identities of those at risk (2024 rule 5). */
    static Reason protectOthers(GuidanceVersion version) {
        return rule(version, 5);
    }

    static Reason onlyWhatIsNeeded(GuidanceVersion version) {
        return rule(version, 6);
    }

    static Reason keepARecord(GuidanceVersion version) {
        return rule(version, 7);
    }
}
