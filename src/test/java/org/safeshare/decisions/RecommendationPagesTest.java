package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the guidance recommends, as a practitioner reads it: the three reasons that decide the outcome first, the rest
 * on request, every source named as a public document and linked; and when a referral is due, the numbers to call.
 */
@SafeshareTest
class RecommendationPagesTest {

    static final String TEACHER = "teacher@oakfield-primary.example";

    /** A bruised 7-year-old (health information about the bruising); seeking consent would increase the risk. */
    static final Map<String, List<String>> BRUISED_CHILD = Map.ofEntries(
            Map.entry("purpose", List.of("SAFEGUARDING")), Map.entry("legitimate", List.of("YES")), Map.entry("danger", List.of("NO")),
            Map.entry("risk", List.of("SIGNIFICANT_HARM_SUSPECTED")), Map.entry("kind", List.of("CHILD")), Map.entry("age", List.of("7")),
            Map.entry("information", List.of("identifiesIndividual", "specialCategory")), Map.entry("consent", List.of("NOT_SOUGHT")),
            Map.entry("competent", List.of("NO")), Map.entry("seeking-consent", List.of("seekingWouldIncreaseRisk")),
            Map.entry("crime", List.of("NONE")), Map.entry("legal", List.of("NONE")), Map.entry("request", List.of("NONE")),
            Map.entry("recipient", List.of("hasRoleInSafeguarding", "identityVerified", "secureChannelAvailable")));

    private static final Pattern WORKING_NOTES = Pattern.compile("seed 0|domain brief", Pattern.CASE_INSENSITIVE);

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;

    private String outcome() throws Exception {
        var response = Journey.walk(mvc, signedIn, TEACHER, null, BRUISED_CHILD).page("/outcome");
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theThreeReasonsThatDecideComeFirstAndTheRestAreInADetailsComponent() throws Exception {
        String page = outcome();
        String why = page.substring(page.indexOf(">Why</h2>"));
        String first = why.substring(0, why.indexOf("</ol>"));
        assertThat(first.split("<li").length - 1).isEqualTo(3);
        assertThat(why.substring(first.length())).contains("<details class=\"govuk-details\"").contains("reasons and their sources")
                .contains("start=\"4\"");
    }

    @Test
    void everySourceNamesAPublicDocumentAndTheAdviceIsLinked() throws Exception {
        String page = outcome();
        assertThat(WORKING_NOTES.matcher(page).find()).as("a working note is cited: %s", page).isFalse();
        assertThat(page).contains("HM Government information sharing advice (2024), golden rule")
                .contains("href=\"https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice\"")
                .contains("href=\"https://www.legislation.gov.uk/ukpga/2018/12/schedule/1/paragraph/18\"");
    }

    @Test
    void referNowGivesThePartnershipsMashAndOutOfHoursNumbersThereAndThen() throws Exception {
        String page = outcome();
        assertThat(page).contains("Refer now").contains("Riverside MASH: ")
                .contains("0300 555 0101").contains("Out of hours, Riverside Emergency Duty Team").contains("0300 555 0199");
    }

    @Test
    void noPageTemplateCitesTheWorkingNotes() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(templates.filter(Files::isRegularFile).filter(p -> {
                try {
                    return WORKING_NOTES.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).isEmpty();
        }
    }
}
