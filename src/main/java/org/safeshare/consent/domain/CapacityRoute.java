package org.safeshare.consent.domain;

import java.util.List;

/**
 * How decision-specific capacity is judged: Gillick competence under 16 (Gillick v West Norfolk AHA
 * [1985]); the Mental Capacity Act 2005 functional test (s3) from 16, with capacity presumed (s1(2)).
 */
public enum CapacityRoute {
    GILLICK("Gillick competence (under 16)", List.of(Criterion.UNDERSTANDS_DECISION, Criterion.UNDERSTANDS_RISKS,
            Criterion.UNDERSTANDS_ALTERNATIVES, Criterion.FREE_FROM_UNDUE_INFLUENCE)),
    MENTAL_CAPACITY_ACT("Mental Capacity Act functional test (16 and over)", List.of(Criterion.UNDERSTAND, Criterion.RETAIN,
            Criterion.USE_OR_WEIGH, Criterion.COMMUNICATE));

    private final String label;
    private final List<Criterion> criteria;

    CapacityRoute(String label, List<Criterion> criteria) {
        this.label = label;
        this.criteria = criteria;
    }

    public String label() {
        return label;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    /** The route the law gives for someone of this age. */
    public static CapacityRoute forAge(int age) {
        return age < 16 ? GILLICK : MENTAL_CAPACITY_ACT;
    }

    /** One thing the assessor judged; every criterion of the route must be met for competence or capacity. */
    public enum Criterion {
        UNDERSTANDS_DECISION("Understands this decision and what sharing would mean"),
        UNDERSTANDS_RISKS("Understands the risks of sharing and of not sharing"),
        UNDERSTANDS_ALTERNATIVES("Understands the alternatives"),
        FREE_FROM_UNDUE_INFLUENCE("Is deciding free from undue influence"),
        UNDERSTAND("Can understand the information relevant to the decision"),
        RETAIN("Can retain that information long enough to decide"),
        USE_OR_WEIGH("Can use or weigh that information in deciding"),
        COMMUNICATE("Can communicate their decision by any means");

        private final String label;

        Criterion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
