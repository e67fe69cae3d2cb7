package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Reason;

/**
 * The Article 6 basis for a sharer that is not a public authority (a charity, an independent school, a private or
 * voluntary nursery, a childminder). Public task (Art 6(1)(e)) is for tasks laid down by law, which such a sharer does
 * not have; from 5 February 2026 recognised legitimate interest (Art 6(1)(ea)) with an Annex 1 condition needs no
 * balancing test; before then, or where no condition fits, legitimate interests (Art 6(1)(f)) with its three tests,
 * or vital interests (Art 6(1)(d)) where life is at risk. Schedule 1 paragraph 18 is open to any controller, so Art 9
 * conditions are unchanged.
 */
final class NonPublicSharers {

    private static final int ANNEX1_REQUEST_FOR_PUBLIC_TASK = 1;
    private static final int ANNEX1_SAFEGUARDING = 6;

    private NonPublicSharers() {}

    /** Replaces public task with the basis open to this sharer; every other verdict is kept. */
    static Verdict forSharer(Situation situation, Verdict verdict) {
        if (situation.publicAuthority() || !verdict.sharing() || verdict.lawfulBasis().article6() != Article6.PUBLIC_TASK) {
            return verdict;
        }
        List<Reason> reasons = new ArrayList<>(verdict.reasons().stream()
                .filter(reason -> !reason.ruleId().equals("lawful-basis.public-task")).toList());
        reasons.add(notPublicTask());
        Integer condition = annex1Condition(situation);
        if (condition != null) {
            reasons.addAll(recognisedLegitimateInterest(situation, condition));
            return new Verdict(verdict.outcome(), verdict.lawfulBasis().withArticle6(Article6.RECOGNISED_LEGITIMATE_INTEREST, condition),
                    reasons);
        }
        if (situation.immediateDanger()) {
            reasons.add(vitalInterests());
            return new Verdict(verdict.outcome(), verdict.lawfulBasis().withArticle6(Article6.VITAL_INTERESTS, null), reasons);
        }
        reasons.addAll(legitimateInterests(situation));
        return new Verdict(verdict.outcome(), verdict.lawfulBasis().withArticle6(Article6.LEGITIMATE_INTERESTS, null), reasons);
    }

    /** Paragraph 1 when answering a public body's request for its public task; paragraph 6 to safeguard a vulnerable individual. */
    private static Integer annex1Condition(Situation situation) {
        if (!situation.recognisedLegitimateInterestInForce()) {
            return null;
        }
        if (situation.answeringPublicBodysRequest()) {
            return ANNEX1_REQUEST_FOR_PUBLIC_TASK;
        }
        // Annex 1 paragraph 7: a vulnerable individual is under 18, or an adult at risk; an unborn child is protected as a child.
        return situation.safeguardingPurpose() && situation.protectedByParagraph18() ? ANNEX1_SAFEGUARDING : null;
    }

    private static Reason notPublicTask() {
        return new Reason("lawful-basis.not-a-public-authority", Sources.UK_GDPR_ART6_CLOSING,
                "Your organisation is not a public authority, so public task (Article 6(1)(e)) is not your basis: it is for"
                        + " tasks and powers set out in law. The basis below is the one open to you.");
    }

    private static List<Reason> recognisedLegitimateInterest(Situation situation, int condition) {
        Reason basis = new Reason("lawful-basis.recognised-legitimate-interest", Sources.UK_GDPR_ART6_EA,
                "You can share under recognised legitimate interest (Article 6(1)(ea)). The law itself says this purpose is"
                        + " legitimate, so you do not need to weigh it against the person's interests, but you must be able to"
                        + " show that sharing is necessary: share only what is needed, with whoever needs it.");
        Reason why = condition == ANNEX1_REQUEST_FOR_PUBLIC_TASK
                ? new Reason("lawful-basis.annex1.paragraph1", Sources.UK_GDPR_ANNEX1_PARA1,
                        "You are answering a request from a public body that has told you it needs the information for its"
                                + " public task (Annex 1 paragraph 1). Keep a note of the request and what it said.")
                : new Reason("lawful-basis.annex1.paragraph6", Sources.UK_GDPR_ANNEX1_PARA6,
                        "Sharing is necessary to safeguard a vulnerable individual (Annex 1 paragraph 6): "
                                + (situation.childOrUnborn() ? "a child" : "an adult at risk")
                                + ", to protect them from neglect or physical, mental or emotional harm, or to protect their"
                                + " well-being.");
        return List.of(basis, why);
    }

    private static Reason vitalInterests() {
        return new Reason("lawful-basis.vital-interests", Sources.UK_GDPR_ART6_D,
                "Someone's life or safety is at risk now: you can share to protect their vital interests (Article 6(1)(d)).");
    }

    /** The ICO's three tests; the decision record keeps the sharer's own answers to them. */
    private static List<Reason> legitimateInterests(Situation situation) {
        String when = situation.recognisedLegitimateInterestInForce()
                ? "No recognised legitimate interest condition fits this sharing"
                : "On this date recognised legitimate interest did not yet exist (it began on 5 February 2026)";
        return List.of(new Reason("lawful-basis.legitimate-interests", Sources.UK_GDPR_ART6_F, when
                        + ", so you share under legitimate interests (Article 6(1)(f)). Record your answers to three tests:"),
                new Reason("lawful-basis.legitimate-interests.purpose", Sources.UK_GDPR_ART6_F,
                        "Purpose test: what interest are you pursuing, for example keeping the child safe?"),
                new Reason("lawful-basis.legitimate-interests.necessity", Sources.UK_GDPR_ART6_F,
                        "Necessity test: why is sharing this information needed for that, and is there a less intrusive way?"),
                new Reason("lawful-basis.legitimate-interests.balancing", Sources.UK_GDPR_ART6_F,
                        "Balancing test: why do the person's interests, rights and freedoms not override yours? Think about what"
                                + " they would expect and any harm sharing could cause them."));
    }
}
