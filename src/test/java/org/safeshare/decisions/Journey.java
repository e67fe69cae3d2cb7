package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeshare.support.SignedIn;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A "should I share?" journey walked through the pages with MockMvc, as a browser would: the session cookie carries the
 * journey from page to page. Answers every question the flow asks, in its order, from the given answers.
 */
record Journey(MockMvc mvc, SignedIn signedIn, String email, Cookie[] session, String flow, List<String> asked) {

    static Journey walk(MockMvc mvc, SignedIn signedIn, String email, String personId, Map<String, List<String>> answers)
            throws Exception {
        var startRequest = get("/decisions/new").with(signedIn.as(email));
        if (personId != null) {
            startRequest.param("person", personId);
        }
        MockHttpServletResponse start = mvc.perform(startRequest).andReturn().getResponse();
        Cookie[] session = start.getCookies();
        String location = start.getRedirectedUrl();
        assertThat(location).as("starting: %s", start.getStatus()).isNotNull();
        List<String> asked = new ArrayList<>();
        while (!location.endsWith("/check")) {
            String question = location.substring(location.lastIndexOf('/') + 1);
            asked.add(question);
            var request = post(location).cookie(session).with(signedIn.as(email)).with(csrf());
            List<String> values = answers.get(question);
            assertThat(values).as("no answer given for %s", question).isNotNull();
            values.forEach(v -> request.param("answer", v));
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            location = response.getRedirectedUrl();
            assertThat(location).as("answering %s: %s %s", question, response.getStatus(), response.getContentAsString()).isNotNull();
        }
        return new Journey(mvc, signedIn, email, session, location.substring(0, location.length() - "/check".length()), asked);
    }

    MockHttpServletResponse page(String page) throws Exception {
        return mvc.perform(get(flow + page).cookie(session)
                .with(signedIn.as(email))).andReturn().getResponse();
    }

    MockHttpServletResponse submit(String page, Map<String, String> form) throws Exception {
        var request = post(flow + page).cookie(session)
                .with(signedIn.as(email)).with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
