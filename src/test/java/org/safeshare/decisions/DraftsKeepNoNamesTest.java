package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A "should I share?" journey keeps the person's id in the stored session, never their name; pages still show it. */
@SafeshareTest
class DraftsKeepNoNamesTest {

    private static final String TEACHER = "teacher@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    void theStoredJourneyHoldsNoNameButItsPagesShowIt() throws Exception {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        var started = mvc.perform(get("/decisions/new").param("person", ava).with(signedIn.as(TEACHER))).andReturn().getResponse();
        Cookie session = started.getCookie("SAFESHARE_SESSION");
        String question = started.getRedirectedUrl();
        assertThat(question).startsWith("/decisions/new/");

        List<byte[]> stored = jdbc.sql("select attribute_bytes from spring_session_attributes where attribute_name like 'safeshare.decisionDraft.%'")
                .query(byte[].class).list();
        assertThat(stored).isNotEmpty();
        for (byte[] bytes : stored) {
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Thompson");
        }
        String page = mvc.perform(get(question).cookie(session).with(signedIn.as(TEACHER))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ava Thompson");
    }
}
