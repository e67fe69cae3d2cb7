package support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo practitioner's browser session, for the bench clients that read the HTML pages: the sign-in form posted with its
 * CSRF token, the session cookie kept by the client's cookie manager. Demo users have no second factor; a user who must
 * give one (or set one up) cannot be signed in here and is refused with that reason rather than measured on the sign-in
 * page.
 */
public final class SignIn {

    /** The password of every demo user (the demo profile's seed). */
    public static final String DEMO_PASSWORD = "Safeshare-demo-2026";

    private static final Pattern HIDDEN_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private SignIn() {}

    /** A client of its own (one session), signed in as the demo user; redirects are not followed, as a page test reads them. */
    public static HttpClient as(String base, String email, Duration connectTimeout) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrf(get(client, base + "/sign-in").body());
        // The client sends a Secure cookie over https only: over http the form would be posted without its session.
        if (base.startsWith("http:") && cookies.getCookieStore().getCookies().stream().anyMatch(HttpCookie::getSecure)) {
            throw new IllegalStateException("The session cookie is Secure: over http start the service with SAFESHARE_SECURE_COOKIES=false");
        }
        HttpResponse<String> signedIn = postForm(client, base + "/sign-in",
                "email=" + enc(email) + "&password=" + enc(DEMO_PASSWORD) + "&_csrf=" + enc(token));
        String next = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || next.contains("error")) {
            throw new IllegalStateException("Sign-in refused for " + email + ": " + signedIn.statusCode());
        }
        if (next.contains("/sign-in/")) {
            throw new IllegalStateException("Sign-in for " + email + " asks for a second factor (" + next + "): use a demo user");
        }
        return client;
    }

    /** The session's CSRF token for the forms it posts (sign-in gives the session a new one), from its home page. */
    public static String csrf(HttpClient client, String base) throws Exception {
        return csrf(ok(get(client, base + "/")).body());
    }

    /** The CSRF token of a page: a form's hidden field, or the layout's meta element. */
    public static String csrf(String page) {
        for (Pattern pattern : new Pattern[] {HIDDEN_FIELD, META}) {
            Matcher m = pattern.matcher(page);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("No CSRF token on the page");
    }

    public static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form, already encoded (see {@link #enc}). */
    public static HttpResponse<String> postForm(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Answered " + response.statusCode());
        }
        return response;
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
