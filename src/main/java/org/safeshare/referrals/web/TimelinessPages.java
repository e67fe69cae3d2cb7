package org.safeshare.referrals.web;

import java.util.List;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.charts.BarChart;
import org.safeshare.platform.web.charts.CsvExport;
import org.safeshare.referrals.ReferralTimelinessFigures;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The referrals' timeliness dashboard: three charts, each with its table beside it and its CSV. */
@Controller
class TimelinessPages {

    static final String AWAITING = "awaiting-a-decision-by-time-left";
    static final String IN_TIME = "decided-within-one-working-day-by-week";
    static final String RE_REFERRALS = "re-referrals-by-week";

    private final ReferralTimelinessFigures figures;

    TimelinessPages(ReferralTimelinessFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/mash/timeliness")
    String dashboard(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("partnershipWide", figures.partnershipWide(actor));
        model.addAttribute("charts", List.of(chart(actor, AWAITING), chart(actor, IN_TIME), chart(actor, RE_REFERRALS)));
        return "referrals/timeliness";
    }

    @GetMapping("/mash/timeliness/{chart}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Actor actor, @PathVariable String chart) {
        BarChart drawn = chart(actor, chart);
        return CsvExport.download(drawn.id(), CsvExport.of(drawn), figures.today());
    }

    private BarChart chart(Actor actor, String id) {
        return switch (id) {
            case AWAITING -> new BarChart(AWAITING, "Referrals awaiting a decision, by time left", "Time left until the decision is due",
                    "Referrals", bars(figures.awaitingByTimeLeft(actor)));
            case IN_TIME -> new BarChart(IN_TIME, "Referrals decided within one working day, by week received", "Week received",
                    "Decided within one working day (per cent)", bars(figures.decidedInTimeByWeek(actor)));
            case RE_REFERRALS -> new BarChart(RE_REFERRALS, "Re-referrals within 12 months, by week received", "Week received",
                    "Re-referrals", bars(figures.reReferralsByWeek(actor)));
            default -> throw new NotFoundException("Chart");
        };
    }

    private static List<BarChart.Bar> bars(List<ReferralTimelinessFigures.Figure> found) {
        return found.stream().map(f -> new BarChart.Bar(f.label(), f.value())).toList();
    }
}
