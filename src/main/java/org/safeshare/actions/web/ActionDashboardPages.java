package org.safeshare.actions.web;

import java.util.List;
import org.safeshare.actions.PartnershipActionFigures;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.charts.BarChart;
import org.safeshare.platform.web.charts.CsvExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The partnership's actions dashboard: overdue actions by organisation and open actions by due week, each with its table and CSV. */
@Controller
class ActionDashboardPages {

    static final String OVERDUE = "overdue-actions-by-organisation";
    static final String BY_WEEK = "open-actions-by-due-week";

    private final PartnershipActionFigures figures;

    ActionDashboardPages(PartnershipActionFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/partnership/actions")
    String dashboard(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("charts", List.of(chart(actor, OVERDUE), chart(actor, BY_WEEK)));
        return "actions/dashboard";
    }

    @GetMapping("/partnership/actions/{chart}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Actor actor, @PathVariable String chart) {
        BarChart drawn = chart(actor, chart);
        return CsvExport.download(drawn.id(), CsvExport.of(drawn), figures.today());
    }

    private BarChart chart(Actor actor, String id) {
        return switch (id) {
            case OVERDUE -> new BarChart(OVERDUE, "Overdue actions by organisation", "Organisation", "Overdue actions",
                    bars(figures.overdueByOrganisation(actor)));
            case BY_WEEK -> new BarChart(BY_WEEK, "Open actions by the week they are due", "Week", "Open actions",
                    bars(figures.openByDueWeek(actor)));
            default -> throw new NotFoundException("Chart");
        };
    }

    private static List<BarChart.Bar> bars(List<PartnershipActionFigures.Count> counts) {
        return counts.stream().map(c -> new BarChart.Bar(c.label(), c.count())).toList();
    }
}
