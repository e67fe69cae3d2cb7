package county;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import support.Latencies;
import support.SignIn;

/**
 * Page load at county scale: N users, each signed in with their own session as one of the demo practitioners, open in
 * turn a person's page of their organisation, search by family name (POST /people, then the results page it redirects
 * to) and "shared with us" (/decisions), for a fixed time; reports p50/p95/p99 of each. Arguments: base-url users
 * seconds [people file, default target/county/people.txt: lines "email person-id family-name"] [think time in ms, default 0].
 *
 * <p>Think time 0 is a closed loop: each user asks for the next page the moment the last one arrives, so 100 users are
 * 100 requests always in flight, and by Little's law the latency is 100 / the rate the machine can serve. With a think
 * time T each user waits between pages a time drawn evenly from 0.5 T to 1.5 T (and starts after one such wait), as a
 * practitioner reads a page before opening the next; the load is then about users / (T + latency) pages per second.
 */
public class ReadPages {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Map<String, List<String[]>> people = new ConcurrentHashMap<>();
        for (String line : Files.readAllLines(Path.of(args.length > 3 ? args[3] : "target/county/people.txt"))) {
            String[] f = line.split(" ");
            people.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new String[] {f[1], f[2]});
        }
        List<String> emails = new ArrayList<>(people.keySet());
        Collections.sort(emails);
        long think = args.length > 4 ? Long.parseLong(args[4]) : 0;
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                String email = emails.get(u % emails.size());
                pool.submit(() -> {
                    HttpClient client;
                    String csrf;
                    try {
                        client = SignIn.as(base, email, Duration.ofSeconds(10));
                        csrf = SignIn.csrf(client, base);
                    } catch (Exception e) {
                        System.err.println("Sign-in failed for " + email + ": " + e.getMessage());
                        errors.incrementAndGet();
                        return null;
                    }
                    List<String[]> mine = people.get(email);
                    think(think);
                    while (System.nanoTime() < end) {
                        String[] person = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                        try {
                            timed(latencies, "person page", () -> SignIn.ok(SignIn.get(client, base + "/people/" + person[0])));
                            think(think);
                            timed(latencies, "search", () -> {
                                HttpResponse<String> posted = SignIn.postForm(client, base + "/people",
                                        "q=" + SignIn.enc(person[1]) + "&_csrf=" + SignIn.enc(csrf));
                                SignIn.ok(SignIn.get(client, base + posted.headers().firstValue("Location").orElseThrow()));
                            });
                            think(think);
                            timed(latencies, "shared with us", () -> SignIn.ok(SignIn.get(client, base + "/decisions")));
                            think(think);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf("%d users for %d s, %s (%d errors)%n", users, seconds,
                think == 0 ? "closed loop, no think time" : "think time " + think / 2 + "-" + think * 3 / 2 + " ms between pages", errors.get());
        for (String page : List.of("person page", "search", "shared with us")) {
            Latencies l = Latencies.of(latencies.getOrDefault(page, List.of()));
            System.out.printf("%-15s %6d requests  %5.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", page, l.count(),
                    l.count() / (double) seconds, l.ms(0.50), l.ms(0.95), l.ms(0.99), l.maxMs());
        }
    }

    static void think(long mean) throws InterruptedException {
        if (mean > 0) {
            Thread.sleep(mean / 2 + ThreadLocalRandom.current().nextLong(mean + 1));
        }
    }

    interface Step {
        void run() throws Exception;
    }

    static void timed(Map<String, List<Long>> latencies, String page, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        latencies.computeIfAbsent(page, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
    }
}
