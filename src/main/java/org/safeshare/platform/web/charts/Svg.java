package org.safeshare.platform.web.charts;

/**
 * Draws a {@link BarChart} as SVG with presentation attributes only (no inline styles or scripts, which the content
 * security policy refuses): labels on the left, bars scaled to the largest figure, each figure written at its bar's end.
 */
final class Svg {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 260;
    static final int ROW = 28;
    static final int BAR = 18;
    static final String GOVUK_BLUE = "#1d70b8";
    static final String GOVUK_TEXT = "#0b0c0c";

    private Svg() {}

    static String draw(BarChart chart) {
        int height = Math.max(1, chart.bars().size()) * ROW + 8;
        long max = chart.bars().stream().mapToLong(BarChart.Bar::value).max().orElse(0);
        int room = WIDTH - LABEL_WIDTH - 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(chart.id()).append("-title ")
                .append(chart.id()).append("-desc\">")
                .append("<title id=\"").append(chart.id()).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(chart.id()).append("-desc\">").append(escape(chart.description())).append("</desc>");
        if (chart.bars().isEmpty()) {
            svg.append(text(8, ROW / 2 + 6, "start", "None"));
        }
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            int y = i * ROW + 4;
            long length = max == 0 ? 0 : Math.round((double) bar.value() * room / max);
            svg.append(text(LABEL_WIDTH - 8, y + BAR - 4, "end", shortened(bar.label())))
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(GOVUK_BLUE).append("\"/>")
                    .append(text(LABEL_WIDTH + (int) length + 6, y + BAR - 4, "start", Long.toString(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"14\" fill=\"" + GOVUK_TEXT + "\">"
                + escape(content) + "</text>";
    }

    /** A long label is cut in the picture only; the data table beside it gives it whole. */
    private static String shortened(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
