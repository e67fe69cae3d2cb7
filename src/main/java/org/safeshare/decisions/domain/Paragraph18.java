package org.safeshare.decisions.domain;

import java.util.List;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

/**
 * DPA 2018 Schedule 1 paragraph 18, "safeguarding of children and of individuals at risk": the condition for
 * sharing special category (and criminal offence) data without consent. Each of its four conditions is recorded
 * with why it holds here, as the brief asks (domain brief section 5; seed 002 section 2).
 */
final class Paragraph18 {

    private Paragraph18() {}

    static List<Reason> conditions(Situation situation) {
        return List.of(
                condition("a", "Sharing is necessary to protect the individual from neglect or physical, mental or emotional"
                        + " harm, or to protect their well-being: the recorded risk is " + describe(situation) + "."),
                condition("b", whoIsProtected(situation)),
                condition("c", whyWithoutConsent(situation)),
                condition("d", "Sharing is necessary for reasons of substantial public interest: safeguarding children and"
                        + " individuals at risk is legitimate and in the public interest."));
    }

    private static Reason condition(String letter, String text) {
        return new Reason("dpa.sch1.para18." + letter, Sources.DPA_SCH1_PARA18, "Para 18(1)(" + letter + "): " + text);
    }

    private static String describe(Situation situation) {
        return switch (situation.riskLevel()) {
            case IMMEDIATE_DANGER -> "immediate danger";
            case SIGNIFICANT_HARM_SUSPECTED -> "suspected significant harm";
            default -> "a concern that needs a picture built to find out whether there is significant harm";
        };
    }

    private static String whoIsProtected(Situation situation) {
        if (situation.kind() == SubjectKind.UNBORN) {
            return "the information is shared to protect an unborn child, who will be under 18.";
        }
        if (situation.kind() == SubjectKind.CHILD) {
            return "the individual is under 18.";
        }
        return "the individual is 18 or over and at risk: they have needs for care and support, are experiencing or at"
                + " risk of neglect or harm, and as a result cannot protect themselves.";
    }

    private static String whyWithoutConsent(Situation situation) {
        if (situation.consentStatus() == ConsentStatus.CANNOT_BE_GIVEN) {
            return "it is shared without consent because consent cannot be given.";
        }
        if (situation.seekingConsentUnsafe() || situation.consentStatus() != ConsentStatus.NOT_SOUGHT) {
            return "it is shared without consent because obtaining consent would prejudice the protection of the individual.";
        }
        return "it is shared without consent because consent cannot reasonably be obtained without delaying protection"
                + " where significant harm is suspected: record why, if you did not ask.";
    }
}
