package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A page with errors is titled "Error: " once (GOV.UK error summary pattern): the layout adds it, no template does. */
@SafeshareTest
class ErrorPageTitlesTest {

    private static final String ADMIN = "partnership.admin@riverside-csc.example";
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;

    private String title(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request.with(signedIn.as(ADMIN)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary");
        Matcher m = TITLE.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1).trim();
    }

    @Test
    void anAgreementWithErrorsIsTitledErrorOnce() throws Exception {
        assertThat(title(post("/agreements/new"))).isEqualTo("Error: Record an information sharing agreement - Safeshare");
    }

    @Test
    void theRequestDeadlinesWithErrorsAreTitledErrorOnce() throws Exception {
        assertThat(title(post("/partnership/request-deadlines").param("redAmount", "0")))
                .isEqualTo("Error: Deadlines of information requests - Safeshare");
    }

    @Test
    void aCommencementDateWithErrorsIsTitledErrorOnce() throws Exception {
        assertThat(title(post("/partnership/commencement/s16LA").param("day", "40").param("month", "9").param("year", "2026")))
                .startsWith("Error: When does").doesNotContain("Error: Error:");
    }

    @Test
    void theLinkageThresholdsWithErrorsAreTitledErrorOnce() throws Exception {
        assertThat(title(post("/matching/thresholds").param("link", "0.5").param("review", "0.9")))
                .isEqualTo("Error: Record linkage thresholds - Safeshare");
    }
}
