package org.safeshare.decisions;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The commencement date of each provision the service knows of, where one has been set; and the rule set in force
 * on a date. A rule set is named by its UK GDPR base ("dpa2018" before 5 February 2026, "duaa2025" from then, when the
 * Data (Use and Access) Act 2025 s70 came into force by SI 2026/82) and the provisions in force that day with their
 * commencement dates, e.g. "duaa2025+s16LA:2026-09-01". The name alone is enough to judge again under the same law.
 */
public record Commencements(Map<Provision, LocalDate> dates) {

    /** UK GDPR Art 6(1)(ea), recognised legitimate interest: Data (Use and Access) Act 2025 s70, SI 2026/82 reg 2. */
    public static final LocalDate RECOGNISED_LEGITIMATE_INTEREST_FROM = LocalDate.of(2026, 2, 5);

    public static final Commencements NONE = new Commencements(Map.of());

    public Commencements {
        dates = dates.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(dates));
    }

    public Optional<LocalDate> of(Provision provision) {
        return Optional.ofNullable(dates.get(provision));
    }

    /** In force on a day: commenced on or before it. */
    public boolean inForce(Provision provision, LocalDate on) {
        LocalDate from = dates.get(provision);
        return from != null && on != null && !on.isBefore(from);
    }

    /** The name of the rule set in force on a date (see the type's description). */
    public String ruleSet(LocalDate on) {
        String base = on.isBefore(RECOGNISED_LEGITIMATE_INTEREST_FROM) ? "dpa2018" : "duaa2025";
        String commenced = dates.entrySet().stream().filter(e -> inForce(e.getKey(), on))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "+" + e.getKey().code() + ":" + e.getValue()).collect(Collectors.joining());
        return base + commenced;
    }

    /** The commencements a rule set name records (those in force on its day); unknown parts are ignored. */
    public static Commencements fromRuleSet(String ruleSet) {
        if (ruleSet == null) {
            return NONE;
        }
        Map<Provision, LocalDate> dates = new EnumMap<>(Provision.class);
        String[] parts = ruleSet.split("\\+");
        for (int i = 1; i < parts.length; i++) {
            String[] codeAndDate = parts[i].split(":", 2);
            if (codeAndDate.length == 2) {
                Provision.ofCode(codeAndDate[0]).ifPresent(p -> dates.put(p, LocalDate.parse(codeAndDate[1])));
            }
        }
        return new Commencements(dates);
    }
}
