package support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls to /api/v1 as a partner system, with its bearer token, as the bench clients set up their runs. */
public final class Api {

    /** One client for the whole program: the HTTP client keeps its connections open between requests. */
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The pattern of the first id in a JSON answer. */
    public static final String ID = "\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"";

    private Api() {}

    /** The answer's body to a GET that must answer 200. */
    public static String get(String url, String token) throws Exception {
        return expect(HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200, url);
    }

    /** Posts JSON; the answer, whatever its status. */
    public static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body to a POST of JSON that must answer {@code expected}. */
    public static String post(String url, String token, String json, int expected) throws Exception {
        return expect(post(url, token, json), expected, url);
    }

    /** The id of the partnership's organisation of this name, as GET /api/v1/organisations lists it. */
    public static String organisation(String base, String token, String name) throws Exception {
        String organisations = get(base + "/api/v1/organisations", token);
        return first(organisations.substring(organisations.indexOf(name) - 200), ID);
    }

    /** The first group of the first match of the pattern in the text. */
    public static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found: " + regex);
        }
        return matcher.group(1);
    }

    private static String expect(HttpResponse<String> response, int status, String url) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
