package org.safeshare.platform.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales, 2025 to 2028, as GOV.UK publishes them ("UK bank holidays",
 * www.gov.uk/bank-holidays), including the substitute days when a holiday falls at a weekend. Scotland and Northern
 * Ireland have other days; a partnership adds its own closures (and any later year's list) as extra dates.
 */
public final class BankHolidays {

    /** The first and last years the shipped list covers: beyond them only a partnership's own dates apply. */
    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2028;

    private static final Set<LocalDate> ENGLAND_AND_WALES = dates(
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26");

    private BankHolidays() {}

    /** Every shipped bank holiday of England and Wales. */
    public static Set<LocalDate> englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    private static Set<LocalDate> dates(String... isoDates) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String date : isoDates) {
            dates.add(LocalDate.parse(date));
        }
        return java.util.Collections.unmodifiableSet(dates);
    }
}
