package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safeshare.decisions.Recommendation.Escalation;
import org.safeshare.decisions.Recommendation.Reason;

/**
 * Who must hear now (domain brief section 9): children's social care where a child may be suffering significant
 * harm (seed 000), adult social care for an adult at risk (Care Act 2014 s42), the police on 999 where someone is in
 * immediate danger (seed 002 section 4). Escalations follow the risk, whatever the sharing outcome.
 */
final class Escalations {

    private Escalations() {}

    static Set<Escalation> of(Situation situation) {
        Set<Escalation> escalations = EnumSet.noneOf(Escalation.class);
        if (situation.significantHarm() && situation.childOrUnborn()) {
            escalations.add(Escalation.REFER_TO_CHILDRENS_SOCIAL_CARE);
        }
        if (situation.significantHarm() && situation.adultAtRisk()) {
            escalations.add(Escalation.REFER_TO_ADULT_SOCIAL_CARE);
        }
        if (situation.immediateDanger()) {
            escalations.add(Escalation.CALL_POLICE_NOW);
        }
        return escalations;
    }

    static List<Reason> reasons(Situation situation, Set<Escalation> escalations) {
        List<Reason> reasons = new ArrayList<>();
        if (escalations.contains(Escalation.REFER_TO_CHILDRENS_SOCIAL_CARE)) {
            reasons.add(new Reason("escalation.childrens-social-care", Sources.SIGNIFICANT_HARM,
                    "Always share with children's social care where there is reasonable cause to suspect a child may be suffering,"
                            + " or is at risk of suffering, significant harm. Follow your procedures without delay."));
        }
        if (escalations.contains(Escalation.REFER_TO_ADULT_SOCIAL_CARE)) {
            reasons.add(new Reason("escalation.adult-social-care", Sources.CARE_ACT,
                    "Refer an adult at risk of abuse or neglect to adult social care, which must make safeguarding enquiries."));
        }
        if (escalations.contains(Escalation.CALL_POLICE_NOW)) {
            reasons.add(new Reason("escalation.police-now", Sources.IMMEDIATE_DANGER,
                    "Someone is at immediate risk: notify the police immediately (999). Do not delay to seek consent."));
        } else if (situation.seriousCrime()) {
            reasons.add(new Reason("escalation.serious-crime-to-police", Sources.CRIME_AND_DISORDER,
                    "A serious crime is suspected: share with the police, who may receive it under Crime and Disorder Act 1998"
                            + " s115. Call 999 only if someone is in immediate danger or a crime is in progress."));
        }
        return reasons;
    }
}
