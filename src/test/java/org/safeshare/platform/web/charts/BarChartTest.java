package org.safeshare.platform.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG is an accessible image naming every figure, escapes every text and scales bars to the largest figure. */
class BarChartTest {

    private final BarChart chart = new BarChart("overdue", "Overdue actions by organisation", "Organisation", "Overdue actions",
            List.of(new BarChart.Bar("Riverside <Health> & \"Visiting\"", 4), new BarChart.Bar("Oakfield Primary School", 2)));

    @Test
    void theSvgIsAnImageLabelledByItsTitleAndADescriptionOfEveryFigure() {
        String svg = chart.svg();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"")
                .contains("aria-labelledby=\"overdue-title overdue-desc\"")
                .contains("<title id=\"overdue-title\">Overdue actions by organisation</title>")
                .contains("<desc id=\"overdue-desc\">Overdue actions by organisation: Riverside &lt;Health&gt; &amp; &quot;Visiting&quot; 4;"
                        + " Oakfield Primary School 2.</desc>");
        assertThat(svg).doesNotContain("<Health>").doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void barsAreScaledToTheLargestFigure() {
        String svg = chart.svg();
        int room = Svg.WIDTH - Svg.LABEL_WIDTH - 60;
        assertThat(svg).contains("width=\"" + room + "\"").contains("width=\"" + room / 2 + "\"");
        assertThat(new BarChart("none", "Nothing", "A", "B", List.of()).svg()).contains(">None</text>");
    }

    @Test
    void anIdMustBeASlugAndACountIsNeverNegative() {
        assertThatThrownBy(() -> new BarChart("a\" onload=\"x", "T", "A", "B", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart.Bar("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
