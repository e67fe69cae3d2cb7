package org.safeshare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request's Host header is the caller's to choose, so it never makes an address we send back: a
 * redirect is relative (or built from configuration), never "http://evil.example/...".
 */
@SafeshareTest
class HostHeaderTest {

    @LocalServerPort int port;

    @Test
    void redirectsToSignInDoNotEchoAForgedHost() throws IOException {
        for (String path : new String[] {"/", "/people", "/account"}) {
            Optional<String> location = location("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(location).as(path).hasValueSatisfying(l -> assertThat(l).doesNotContain("evil.example").startsWith("/"));
        }
    }

    @Test
    void signingInDoesNotRedirectToAForgedHost() throws IOException {
        String form = "email=teacher%40oakfield-primary.example&password=Safeshare-demo-2026";
        // Without a CSRF token this is refused; the refusal must not point elsewhere either.
        Optional<String> location = location("POST /sign-in HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);
        location.ifPresent(l -> assertThat(l).doesNotContain("evil.example"));
    }

    @Test
    void theOpenApiDocumentNamesNoForgedServer() throws IOException {
        String response = send("GET /api/v1/openapi.json HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(response).contains("\"openapi\"").doesNotContain("evil.example");
    }

    private Optional<String> location(String request) throws IOException {
        String text = send(request);
        String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
        return head.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).map(l -> l.substring(9).trim()).findFirst();
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
