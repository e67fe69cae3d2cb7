package org.safeshare.decisions.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.safeshare.decisions.Commencements;
import org.safeshare.decisions.Provision;
import org.safeshare.decisions.Recommendation.Reason;

/** The law a recommendation applies: the rules in force on the sharing date, named so the decision can be judged again. */
final class TheLawOnTheDay {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TheLawOnTheDay() {}

    /** The rule set's name; with no sharing date, the law since 5 February 2026 with nothing awaiting commencement. */
    static String ruleSet(Situation situation) {
        LocalDate on = situation.sharingDate();
        return on == null ? Commencements.NONE.ruleSet(Commencements.RECOGNISED_LEGITIMATE_INTEREST_FROM)
                : situation.commencements().ruleSet(on);
    }

    static Reason reason(Situation situation) {
        LocalDate on = situation.sharingDate();
        StringBuilder text = new StringBuilder(on == null ? "Judged under the law in force since 5 February 2026 (no sharing date given)"
                : "Judged under the law in force on " + on.format(DAY));
        text.append(situation.recognisedLegitimateInterestInForce()
                ? ", including recognised legitimate interest (UK GDPR Article 6(1)(ea))"
                : ", before recognised legitimate interest (UK GDPR Article 6(1)(ea)) began on 5 February 2026");
        for (Provision provision : Provision.values()) {
            text.append(situation.inForce(provision)
                    ? "; " + provision.title() + " in force from " + situation.commencements().of(provision).orElseThrow().format(DAY)
                    : "; " + provision.title() + " not in force");
        }
        return new Reason("law.in-force", "Data (Use and Access) Act 2025 section 70; Children's Wellbeing and Schools Act 2026"
                + " section 4 and its commencement", text.append('.').toString());
    }
}
