package org.safeshare.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeshare.exchange.ExchangeSettings;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.LondonDates;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.ExtendedModelMap;

/** Whether a closed day has passed (and so may no longer be removed) is judged by the service's clock, not the machine's. */
@SafeshareTest
class ClosedDayPagesClockTest {

    @Autowired ExchangeSettings settings;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void noClosuresLeftBehind() {
        jdbc.sql("delete from exchange_closure").update();
    }

    @Test
    void aClosedDayBeforeTheClocksTodayIsListedAsPastAndCannotBeRemoved() {
        Actor admin = signedIn.actor("partnership.admin@riverside-csc.example");
        LocalDate day = LocalDate.now(LondonDates.LONDON).plusDays(10);
        assertThat(settings.addClosure(admin, day, "Training day")).isEmpty();
        Clock later = Clock.fixed(Instant.now().plus(60, ChronoUnit.DAYS), ZoneOffset.UTC);
        ExtendedModelMap model = new ExtendedModelMap();
        new ClosedDayPages(settings, later).list(admin, model);
        @SuppressWarnings("unchecked")
        List<ClosedDayPages.ClosedDay> listed = (List<ClosedDayPages.ClosedDay>) model.get("closures");
        assertThat(listed).filteredOn(c -> c.iso().equals(day.toString())).singleElement()
                .satisfies(c -> assertThat(c.removable()).as("removable on a day after it").isFalse());
    }
}
