package org.safeshare.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner system recording decisions through the API of a running instance, over real HTTP, as Oakfield
 * Primary School (demo token) about Ava Thompson, shared with Riverside MASH. For tests of several instances
 * and of crashes, where what counts is which writes the service acknowledged.
 */
public final class DecisionWriter {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String TOKEN = "Bearer demo-oakfield-token";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String body;

    private DecisionWriter(String body) {
        this.body = body;
    }

    /** Looks up the person and the recipient through the API of the instance at that port. */
    public static DecisionWriter against(int port) throws Exception {
        DecisionWriter lookup = new DecisionWriter("");
        String person = first(lookup.search(port, "{\"nhsNumber\": \"9990000018\"}"));
        String organisations = lookup.get(port, "/api/v1/organisations");
        String mash = first(organisations.substring(organisations.indexOf("Riverside MASH") - 200));
        return new DecisionWriter(BODY.formatted(person, mash));
    }

    /** Records one decision through the instance at that port; answers its id if the service acknowledged it (201). */
    public Optional<String> record(int port, String reasons) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(port, "/api/v1/decisions"))
                    .header("Authorization", TOKEN).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body.replace("REASONS", reasons))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                return Optional.empty();
            }
            return response.headers().firstValue("Location").map(location -> location.substring(location.lastIndexOf('/') + 1));
        } catch (java.io.IOException e) {
            return Optional.empty(); // not acknowledged: the service may have died mid-request
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether the decision can be read back through the instance at that port. */
    public boolean exists(int port, String id) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(port, "/api/v1/decisions/" + id)).header("Authorization", TOKEN).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private String get(int port, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Search terms travel in a body, never in the address (POST /api/v1/people/searches). */
    private String search(int port, String terms) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(port, "/api/v1/people/searches")).header("Authorization", TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(terms)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The people search answered " + response.statusCode());
        }
        return response.body();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String first(String text) {
        Matcher matcher = ID.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in the answer");
        }
        return matcher.group(1);
    }

    private static final String BODY = """
            {"personId": "%s",
             "facts": {"guidanceVersion": "2024", "subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
               "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
               "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                               "criminalOffence": false, "identitiesAtRisk": false},
               "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                           "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
               "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
               "legalRequirement": "NONE",
               "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}},
             "decision": {"choice": "SHARE", "reasons": "REASONS", "purpose": "Referral: suspected physical abuse",
               "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
               "information": [{"category": "Injury seen", "summary": "Bruises on both upper arms", "kind": "FACT"}],
               "method": "SECURE_EMAIL", "subjectInformed": "NOT_INFORMED", "notInformedReason": "It would increase the risk",
               "consentNotSoughtReason": "Seeking it would increase the risk"}}""";
}
