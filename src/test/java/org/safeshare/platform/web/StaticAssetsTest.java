package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every file the pages' stylesheets ask for is served: no 404 on every page for a font we may not use. */
@SafeshareTest
class StaticAssetsTest {

    private static final Pattern URL = Pattern.compile("url\\(([^)]+)\\)");

    @Autowired MockMvc mvc;

    @Test
    void everyUrlInTheStylesheetsIsServed() throws Exception {
        for (String stylesheet : new String[] {"/govuk/govuk-frontend.min.css", "/static/safeshare.css"}) {
            var response = mvc.perform(get(stylesheet)).andReturn().getResponse();
            assertThat(response.getStatus()).as(stylesheet).isEqualTo(200);
            Matcher url = URL.matcher(response.getContentAsString());
            while (url.find()) {
                String path = url.group(1).replace("\"", "").replace("'", "");
                assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void theGovukTransportFontIsNotDeclared() throws Exception {
        String css = mvc.perform(get("/govuk/govuk-frontend.min.css")).andReturn().getResponse().getContentAsString();
        assertThat(css).doesNotContain("@font-face").contains(".govuk-body");
    }
}
