package org.safeshare.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running test server, for what MockMvc cannot show: error
 * dispatches (404/405/500 pages and problems) and forwards. Keeps cookies itself because the
 * JDK's cookie manager will not send Secure cookies to http://localhost.
 */
public final class LiveSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private LiveSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static LiveSession anonymous(int port) {
        return new LiveSession(port);
    }

    public static LiveSession signedIn(int port, String email) {
        LiveSession session = new LiveSession(port);
        HttpResponse<String> response = session.post("/sign-in", Map.of("email", email, "password", "Safeshare-demo-2026"), true);
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/")) {
            throw new IllegalStateException("Demo sign-in failed for " + email + ": " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Posts a form, with the CSRF token from a fresh page of this session if asked. */
    public HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (withCsrf) {
            fields.put("_csrf", csrfToken());
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrfToken() {
        Matcher matcher = CSRF.matcher(get("/sign-in").body());
        if (!matcher.find()) {
            // Signed-in users are redirected away from /sign-in; any signed-in page carries the token too.
            matcher = CSRF.matcher(get("/account").body());
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token found");
            }
        }
        return matcher.group(1);
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals);
        String value = pair.substring(equals + 1);
        if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
