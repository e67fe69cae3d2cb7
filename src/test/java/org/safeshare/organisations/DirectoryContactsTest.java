package org.safeshare.organisations;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The partner directory lists every organisation's safeguarding contact points: DSL, MASH duty line, secure mailbox. */
@SafeshareTest
class DirectoryContactsTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;

    @Test
    void theDirectoryPageShowsEachOrganisationsSafeguardingContactPoints() throws Exception {
        mvc.perform(get("/organisations").with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MASH duty line: </span><span>0300 555 0101")))
                .andExpect(content().string(containsString("Designated safeguarding lead: </span><span>0300 555 0110")))
                .andExpect(content().string(containsString("Secure safeguarding mailbox: </span><span>mash@riverside-council.example")));
    }

    @Test
    void theDirectoryApiNamesEachContactPoint() throws Exception {
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Riverside MASH')].contactPoints[?(@.label == 'MASH duty line')].value").value("0300 555 0101"));
    }
}
