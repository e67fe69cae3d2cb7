package org.safeshare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeshare.support.LiveSession;
import org.safeshare.support.SafeshareTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal, including those Tomcat makes before Spring sees the request, is a GOV.UK page or a
 * problem detail with the right status, logged in one line without a stack trace. Raw sockets,
 * because an HTTP client will not send a malformed request.
 */
@SafeshareTest
@ExtendWith(OutputCaptureExtension.class)
class EdgeRefusalsTest {

    /** The length of a real token (a UUID, masked), decoding to bytes that unmask to invalid UTF-8. */
    private static final String TAMPERED_TOKEN = "A".repeat(48) + "_".repeat(48);

    @LocalServerPort int port;

    @Test
    void aTamperedCsrfTokenGetsTheFormExpiredPageAndOneLogLine(CapturedOutput output) {
        LiveSession admin = LiveSession.signedIn(port, "admin@oakfield-primary.example");
        int before = output.length();
        HttpResponse<String> response = admin.post("/organisation/users/new", Map.of("email", "tampered@oakfield-primary.example",
                "displayName", "Tampered Token", "roles", "PRACTITIONER", "initialPassword", "a long enough password",
                "_csrf", TAMPERED_TOKEN), false);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Your form could not be sent").contains("govuk-header");
        String logged = output.toString().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("ERROR");
        assertThat(logged.lines().filter(l -> l.contains("WARN"))).hasSize(1);
    }

    @Test
    void theErrorAddressAskedForDirectlyIsAPageNotAFailure() {
        LiveSession teacher = LiveSession.signedIn(port, "teacher@oakfield-primary.example");
        HttpResponse<String> page = teacher.get("/error", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("govuk-header");
    }

    @Test
    void aQueryStringOverTheHeaderLimitGetsAGovukPage() throws IOException {
        Raw response = raw("GET /people?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
        assertThat(response.status()).isBetween(400, 431);
        assertGovukPage(response);
    }

    @Test
    void anEncodedNulOrSlashInThePathGetsAGovukPage() throws IOException {
        for (String path : new String[] {"/people/%00", "/people/a%2Fb"}) {
            Raw response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertGovukPage(response);
        }
    }

    @Test
    void aNulInAHeaderGetsAGovukPage() throws IOException {
        Raw response = raw("GET /sign-in HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nX-Odd: a\u0000b\r\n\r\n");
        assertThat(response.status()).isEqualTo(400);
        assertGovukPage(response);
    }

    @Test
    void malformedApiRequestsGetProblemDetails() throws IOException {
        for (String request : new String[] {
                "GET /api/v1/people/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/people/a%2Fb HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/people HTTP/1.1\r\nHost: localhost\r\nX-Odd: a\u0000b\r\n\r\n"}) {
            Raw response = raw(request);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(response.body()).contains("\"status\":400").doesNotContain("Tomcat");
        }
    }

    @Test
    void anApiRequestLineTooLongToReadGetsThePageBecauseItsPathIsUnknown() throws IOException {
        Raw response = raw("GET /api/v1/people?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(response.status()).isEqualTo(400);
        assertGovukPage(response);
    }

    private static void assertGovukPage(Raw response) {
        assertThat(response.head()).containsIgnoringCase("Content-Type: text/html");
        assertThat(response.body()).contains("govuk-template").doesNotContain("Tomcat").doesNotContain("HTTP Status");
    }

    private Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("Host: localhost\r\n", "Host: localhost\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    record Raw(int status, String head, String body) {}
}
