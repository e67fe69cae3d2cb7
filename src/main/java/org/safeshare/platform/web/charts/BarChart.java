package org.safeshare.platform.web.charts;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of counts, drawn on the server as accessible SVG ({@link #svg()}: {@code role="img"}, a
 * {@code <title>} and a {@code <desc>} naming every figure) and always shown with its data table (fragment
 * {@code charts :: chart(${chart})}) and offered as CSV ({@link CsvExport#of(BarChart)}). Labels and figures only: never
 * personal data. Example:
 *
 * <pre>{@code
 * BarChart chart = new BarChart("overdue-by-organisation", "Overdue actions by organisation",
 *         "Organisation", "Overdue actions", List.of(new BarChart.Bar("Riverside Health Visiting Service", 3)));
 * model.addAttribute("chart", chart);   // <div th:replace="~{charts :: chart(${chart})}"></div>
 * return CsvExport.download(chart.id(), CsvExport.of(chart), today);   // the CSV of the same figures
 * }</pre>
 *
 * @param id              a short slug, unique on the page: element ids and the CSV file's name derive from it
 * @param title           what the chart shows, as its caption
 * @param categoryHeading the heading of the label column, e.g. "Organisation"
 * @param valueHeading    the heading of the figure column, e.g. "Overdue actions"
 * @param bars            the rows, in the order shown
 */
public record BarChart(String id, String title, String categoryHeading, String valueHeading, List<Bar> bars) {

    public BarChart {
        Objects.requireNonNull(title);
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,60}")) {
            throw new IllegalArgumentException("A chart id is a short lower-case slug");
        }
        bars = List.copyOf(bars);
    }

    /** One bar: its label and its count (never negative). */
    public record Bar(String label, long value) {
        public Bar {
            Objects.requireNonNull(label);
            if (value < 0) {
                throw new IllegalArgumentException("A bar counts something: it is never negative");
            }
        }
    }

    /** The chart as SVG markup, every text escaped; the same figures as the data table. */
    public String svg() {
        return Svg.draw(this);
    }

    /** The sentence the SVG's description gives: every label with its figure. */
    public String description() {
        if (bars.isEmpty()) {
            return title + ": none.";
        }
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(' ').append(bars.get(i).value());
        }
        return text.append('.').toString();
    }

    public long total() {
        return bars.stream().mapToLong(Bar::value).sum();
    }
}
