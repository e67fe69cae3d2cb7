package org.safeshare.decisions.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeshare.decisions.Recommendation;
import org.springframework.stereotype.Component;

/**
 * The reasons as a practitioner reads them, used by the templates as {@code @decisionSources}: the three that decide
 * the outcome first (the flowchart's own reasons come first in every recommendation), the rest on request, and each
 * source named as its public document with a link to where it is published. Only addresses known to be stable are
 * linked (GOV.UK publications, legislation.gov.uk); a source with none is named without a link.
 */
@Component("decisionSources")
class SourceLinks {

    static final int DECIDING = 3;

    private static final String LEGISLATION = "https://www.legislation.gov.uk/";
    private static final Pattern ARTICLE = Pattern.compile("UK GDPR Articles? (\\d+)");

    /** Checked in order: the first document a source starts with gives its link. */
    private static final List<Map.Entry<String, String>> DOCUMENTS = List.of(
            Map.entry("HM Government information sharing advice",
                    "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice"),
            Map.entry("Working Together to Safeguard Children", "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"),
            Map.entry("DPA 2018 Schedule 1 paragraph 18", LEGISLATION + "ukpga/2018/12/schedule/1/paragraph/18"),
            Map.entry("DPA 2018 Schedule 1 paragraph 10", LEGISLATION + "ukpga/2018/12/schedule/1/paragraph/10"),
            Map.entry("DPA 2018 Schedule 1", LEGISLATION + "ukpga/2018/12/schedule/1"),
            Map.entry("DPA 2018 Part 3", LEGISLATION + "ukpga/2018/12/part/3"),
            Map.entry("Children Act 2004 section 16L", "/decisions/law"),
            Map.entry("Children Act 1989 section 47", LEGISLATION + "ukpga/1989/41/section/47"),
            Map.entry("Care Act 2014 section 42", LEGISLATION + "ukpga/2014/23/section/42"),
            Map.entry("Crime and Disorder Act 1998 section 115", LEGISLATION + "ukpga/1998/37/section/115"),
            Map.entry("Mental Capacity Act 2005", LEGISLATION + "ukpga/2005/9/contents"));

    public List<Recommendation.Reason> deciding(Recommendation r) {
        return r.reasons().subList(0, Math.min(DECIDING, r.reasons().size()));
    }

    public List<Recommendation.Reason> further(Recommendation r) {
        return r.reasons().size() <= DECIDING ? List.of() : r.reasons().subList(DECIDING, r.reasons().size());
    }

    // Stored records are read in public words by the repository (RecordedSources); these only name the parts.
    public String name(Recommendation.Reason reason) {
        return reason.source();
    }

    public String text(Recommendation.Reason reason) {
        return reason.text();
    }

    public String words(String step) {
        return step;
    }

    /** A referral to children's social care is due: the page gives the numbers to call there and then. */
    public boolean refers(Recommendation r) {
        return r.escalations().contains(Recommendation.Escalation.REFER_TO_CHILDRENS_SOCIAL_CARE);
    }

    /** Where the source is published, or null. */
    public String link(Recommendation.Reason reason) {
        String name = name(reason);
        for (Map.Entry<String, String> document : DOCUMENTS) {
            if (name.startsWith(document.getKey())) {
                return document.getValue();
            }
        }
        Matcher article = ARTICLE.matcher(name);
        return name.startsWith("UK GDPR") && article.find() ? LEGISLATION + "eur/2016/679/article/" + article.group(1) : null;
    }
}
