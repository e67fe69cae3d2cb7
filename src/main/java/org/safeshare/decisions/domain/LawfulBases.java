package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Reason;

/**
 * Building blocks for the lawful basis (domain brief section 5). The rules first give the basis of a public body
 * performing its tasks (Art 6(1)(e) public task); {@link NonPublicSharers} then replaces it for a sharer that is not a
 * public authority, and {@link StatutoryDutyToShare} gives legal obligation where the duty to share applies.
 */
final class LawfulBases {

    private LawfulBases() {}

    static LawfulBasis of(Article6 article6, Article9 article9, Integer schedule1Paragraph, ConfidentialityGround ground) {
        return new LawfulBasis(article6, article9, schedule1Paragraph, ground, false, null);
    }

    /** Common law duty of confidence: only information given in confidence needs a ground to share it. */
    static ConfidentialityGround confidentiality(Situation situation, ConfidentialityGround ifConfidential) {
        return situation.confidential() ? ifConfidential : ConfidentialityGround.NOT_CONFIDENTIAL;
    }

    /** A Schedule 1 paragraph is needed for special category (Art 9) or criminal offence (Art 10) data. */
    static Integer paragraphIfNeeded(Situation situation, Integer paragraph) {
        return situation.specialCategory() || situation.criminalOffence() ? paragraph : null;
    }

    static Article9 article9IfSpecial(Situation situation, Article9 condition) {
        return situation.specialCategory() ? condition : null;
    }

    static Reason publicTask() {
        return new Reason("lawful-basis.public-task", Sources.MYTHS,
                "Consent is not the lawful basis for safeguarding: a statutory body shares under Art 6(1)(e) public task"
                        + " (the 2024 advice and the ICO's guidance say consent is not the default for safeguarding).");
    }

    static Reason publicInterest() {
        return new Reason("confidentiality.public-interest", Sources.PUBLIC_INTEREST,
                "Confidential information may be shared without consent where the public interest justifies it; where"
                        + " there is a clear risk of significant harm to a child or serious harm to an adult it will almost"
                        + " certainly be met. Share only what is necessary and proportionate.");
    }

    /** Schedule 1 Part 2 conditions need an appropriate policy document; Art 10 data needs a condition too. */
    static List<Reason> scheduleOneNotes(Situation situation, int paragraph) {
        List<Reason> notes = new ArrayList<>();
        if (situation.specialCategory() || situation.criminalOffence()) {
            notes.add(new Reason("dpa.sch1.appropriate-policy-document", Sources.DPA_SCH1_PART2,
                    "Schedule 1 paragraph " + paragraph + " is a Part 2 condition: your organisation needs an appropriate"
                            + " policy document in place to rely on it."));
        }
        if (situation.criminalOffence()) {
            notes.add(criminalOffenceData(paragraph));
        }
        return notes;
    }

    static Reason criminalOffenceData(int paragraph) {
        return new Reason("ukgdpr.article10", Sources.UK_GDPR_ART10,
                "The information includes criminal offence data, which also needs a DPA 2018 Schedule 1 condition:"
                        + " paragraph " + paragraph + " is the one relied on here.");
    }
}
