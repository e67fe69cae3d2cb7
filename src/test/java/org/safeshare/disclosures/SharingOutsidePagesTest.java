package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/** Sharing outside Safeshare is recorded under a decision with its method's checks, and seen by the recording organisation only. */
@SafeshareTest
class SharingOutsidePagesTest {

    static final String TEACHER = "teacher@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;

    private LinkedMultiValueMap<String, String> telephone(String decision) {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("decisionId", decision);
        f.add("method", "TELEPHONE");
        f.add("sharedOnDay", "30");
        f.add("sharedOnMonth", "11");
        f.add("sharedOnYear", "2026");
        return f;
    }

    @Test
    void aTelephoneSharingWithoutCallingBackAKnownNumberIsRefusedAndWithItIsRecorded() throws Exception {
        DisclosureTestData data = new DisclosureTestData(mvc, jdbc, signedIn);
        String path = "/people/" + data.ava() + "/shared-outside";
        String form = mvc.perform(get(path + "/new").with(signedIn.as(TEACHER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Record sharing outside Safeshare").contains("I called back a number I know independently");
        var f = telephone(data.decisionToShareWith("Riverside MASH"));
        f.add("telephoneChecks", "identity");
        String refused = mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(refused)).containsOnlyKeys("telephoneChecks");
        f.add("telephoneChecks", "calledBack");
        f.add("telephoneChecks", "entitlement");
        String location = mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(location).with(signedIn.as(TEACHER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Shared by telephone").contains("Called back a number known independently");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SHARING_OUTSIDE_RECORDED' and touched like ?")
                .param("%" + location.substring(location.lastIndexOf('/') + 1) + "%").query(Integer.class).single()).isEqualTo(1);
        for (String outsider : new String[] {"mash.officer@riverside-mash.example", "dsl@hillford-primary.example"}) {
            mvc.perform(get(location).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(path + "/new").with(signedIn.as(outsider))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aTwoFigureYearIsRefusedTheGovukWayNotReadAsTheYear26() throws Exception {
        DisclosureTestData data = new DisclosureTestData(mvc, jdbc, signedIn);
        String path = "/people/" + data.ava() + "/shared-outside";
        var f = telephone(data.decisionToShareWith("Riverside MASH"));
        f.set("sharedOnYear", "26");
        f.add("telephoneChecks", "calledBack");
        f.add("telephoneChecks", "entitlement");
        f.add("telephoneChecks", "identity");
        String page = mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(GovukErrors.check(page)).containsEntry("sharedOn", "Year must include 4 numbers");
        f.set("sharedOnYear", "2026");
        f.remove("sharedOnMonth");
        page = mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(GovukErrors.check(page)).containsEntry("sharedOn", "The date it was shared must include a month");
    }

    @Test
    void aMeetingNeedsItsAttendeesAndALetterItsAddressChecked() throws Exception {
        DisclosureTestData data = new DisclosureTestData(mvc, jdbc, signedIn);
        String path = "/people/" + data.ava() + "/shared-outside";
        var f = telephone(data.decisionToShareWith("Riverside MASH"));
        f.set("method", "MEETING");
        assertThat(GovukErrors.check(mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andReturn().getResponse()
                .getContentAsString())).containsOnlyKeys("attendees", "allNeedToKnow");
        f.set("method", "LETTER");
        assertThat(GovukErrors.check(mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andReturn().getResponse()
                .getContentAsString())).isEqualTo(Map.of("addressDoubleChecked", "Confirm the address was double-checked before sending"));
        f.set("method", "MEETING");
        f.add("attendees", "Lena Novak, MASH officer\nSam Patel, class teacher");
        f.add("allNeedToKnow", "yes");
        mvc.perform(post(path).with(signedIn.as(TEACHER)).with(csrf()).params(f)).andExpect(status().is3xxRedirection());
    }
}
