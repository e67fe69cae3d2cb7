package referrals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import support.Latencies;
import support.SignIn;

/**
 * N concurrent clients as the MASH's partner system for S seconds: each in turn reads the MASH queue (first page of 50)
 * and one referral; prints requests per second and p50/p95/p99 per kind.
 * Usage: ReadReferrals base token users seconds ids-file [warm-up seconds, default 60] [think time in ms, default 0]
 * [api|pages, default api]
 *
 * <p>"api" reads as the MASH's partner system with the token; "pages" signs each client in as the demo MASH officer
 * (a session of its own, as 32 officers at their desks would have) and reads the HTML pages /mash/queue and
 * /referrals/{id}, rendered as the officer sees them.
 *
 * <p>The warm-up is not counted: a freshly started JVM spends its first tens of seconds compiling the request path (on
 * two cores the compiler threads take CPU from the requests), which a service that has been up for a day does not.
 * Think time 0 is a closed loop (each client asks again the moment its answer arrives, so N requests are always in
 * flight and the latency is N / the rate the machine can serve); a think time makes each client pause for a random
 * 0.5-1.5 times that mean between one pair of reads and the next, as an officer reading the queue and a referral would.
 */
public class ReadReferrals {

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        int users = Integer.parseInt(args[2]), seconds = Integer.parseInt(args[3]);
        List<String> ids = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[4])).stream().filter(l -> !l.isBlank()).toList();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> queue = Collections.synchronizedList(new ArrayList<>()), page = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long warmUp = args.length > 5 ? Long.parseLong(args[5]) : 60;
        long think = args.length > 6 ? Long.parseLong(args[6]) : 0;
        boolean pages = args.length > 7 && args[7].equals("pages");
        long warmUntil = System.nanoTime() + Duration.ofSeconds(warmUp).toNanos();
        long until = warmUntil + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newFixedThreadPool(users)) {
            for (int u = 0; u < users; u++) {
                int user = u;
                pool.submit(() -> {
                    HttpClient own = client;
                    String bearer = token;
                    if (pages) {
                        // The demo MASH officer, a session of its own.
                        try {
                            own = SignIn.as(base, "mash.officer@riverside-mash.example", Duration.ofSeconds(5));
                        } catch (Exception e) {
                            System.err.println("sign-in failed: " + e.getMessage());
                            failures.incrementAndGet();
                            return;
                        }
                        bearer = null;
                    }
                    String queuePath = pages ? "/mash/queue" : "/api/v1/mash/queue";
                    String referralPath = pages ? "/referrals/" : "/api/v1/referrals/";
                    int i = user;
                    while (System.nanoTime() < until) {
                        boolean warm = System.nanoTime() < warmUntil;
                        time(own, base + queuePath, bearer, warm ? null : queue, failures);
                        time(own, base + referralPath + ids.get(i++ % ids.size()), bearer, warm ? null : page, failures);
                        if (think > 0) {
                            try {
                                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(think / 2, think * 3 / 2 + 1));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                });
            }
        }
        report(pages ? "MASH queue page (GET /mash/queue)" : "MASH queue (GET /api/v1/mash/queue)", queue, seconds);
        report(pages ? "referral page (GET /referrals/{id})" : "referral (GET /api/v1/referrals/{id})", page, seconds);
        System.out.println("failures: " + failures.get() + " (" + users + " clients, warm-up " + warmUp + " s, "
                + (think == 0 ? "closed loop, no think time)" : "think time " + think / 2 + "-" + think * 3 / 2 + " ms between pairs of reads)"));
    }

    static void time(HttpClient client, String url, String token, List<Long> into, AtomicLong failures) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<Void> r = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                failures.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
        }
        if (into != null) {
            into.add(System.nanoTime() - start);
        }
    }

    static void report(String label, List<Long> nanos, int seconds) {
        Latencies sorted = Latencies.of(nanos);
        if (sorted.isEmpty()) {
            System.out.println(label + ": no requests");
            return;
        }
        System.out.printf("%-42s %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label, sorted.count() / (double) seconds,
                sorted.ms(0.50), sorted.ms(0.95), sorted.ms(0.99), sorted.maxMs());
    }
}
