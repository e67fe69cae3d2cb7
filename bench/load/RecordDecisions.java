package load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import support.Api;
import support.Latencies;

/**
 * Load: records decisions through the API (POST /api/v1/decisions) from N concurrent clients for a
 * fixed time and reports decisions per second and latency percentiles. Run with `java bench/load/RecordDecisions.java`
 * (source launch, JDK 22+: the launcher compiles the shared classes of bench/support with it, JEP 458): arguments
 * base-url token concurrency seconds [warm-up seconds, default 5] [rate, default 0].
 *
 * <p>With a rate of 0 every client sends its next request as soon as the last is answered (a closed loop: the
 * service's throughput decides the latency). With a rate of R decisions per second the clients together send R per
 * second as an open loop, each at random (Poisson) times as pgbench --rate does, and a latency counts from when the
 * request was due, not from when it went: a request held up behind a slow one is charged the wait, so slowness is not
 * hidden by the client slowing down with the service (coordinated omission). The warm-up always runs closed.
 */
public class RecordDecisions {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String token = args.length > 1 ? args[1] : "demo-oakfield-token";
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;

        // People are searched by POST, so that personal data stays out of addresses.
        String person = Api.first(Api.post(base + "/api/v1/people/searches", token, "{\"nhsNumber\": \"9990000018\"}", 200), Api.ID);
        String mash = Api.organisation(base, token, "Riverside MASH");
        String body = BODY.formatted(person, mash);

        // Warm up, then measure.
        Result warm = run(base, token, body, concurrency, warmUp, 0);
        System.out.printf("warm-up: %d decisions in %d s%n", warm.latencies.count(), warmUp);
        long started = System.nanoTime();
        Result result = run(base, token, body, concurrency, seconds, rate);
        // In the open loop requests due before the end are still sent after it when the service falls behind: the
        // rate is counted over the time until the last answer, so a service that cannot keep up shows it.
        double elapsed = Math.max(seconds, (System.nanoTime() - started) / 1e9);
        Latencies latencies = result.latencies;
        System.out.printf("decisions recorded: %d in %d s with %d concurrent clients (%d errors)%s%n", latencies.count(), seconds,
                concurrency, result.errors.get(), rate > 0 ? ", open loop at %.0f decisions/s offered".formatted(rate) : ", closed loop");
        System.out.printf("throughput: %.1f decisions/s (over %.1f s)%n", latencies.count() / elapsed, elapsed);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", latencies.ms(0.50), latencies.ms(0.90),
                latencies.ms(0.99), latencies.maxMs());
    }

    record Result(Latencies latencies, AtomicLong errors) {}

    static Result run(String base, String token, String body, int concurrency, int seconds, double rate) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        // Mean gap between one client's requests in the open loop, in nanoseconds.
        double gap = rate > 0 ? concurrency * 1e9 / rate : 0;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                pool.submit(() -> {
                    long due = begin;
                    while (true) {
                        due = gap > 0 ? due + (long) (-gap * Math.log(1 - ThreadLocalRandom.current().nextDouble())) : System.nanoTime();
                        if (due >= end) {
                            break;
                        }
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(Duration.ofNanos(wait));
                        }
                        long start = due;
                        try {
                            if (Api.post(base + "/api/v1/decisions", token, body).statusCode() == 201) {
                                latencies.add(System.nanoTime() - start);
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return new Result(Latencies.of(latencies), errors);
    }

    static final String BODY = """
            {"personId": "%s",
             "facts": {"subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
               "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
               "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                               "criminalOffence": false, "identitiesAtRisk": false},
               "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                           "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
               "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
               "legalRequirement": "NONE",
               "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}},
             "decision": {"choice": "SHARE", "reasons": "Load test: bruising seen", "purpose": "Referral",
               "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
               "information": [{"category": "Injury seen", "summary": "Bruises", "kind": "FACT"}],
               "method": "SECURE_EMAIL", "subjectInformed": "NOT_INFORMED", "notInformedReason": "Risk",
               "consentNotSoughtReason": "Seeking consent would increase the risk"}}""";
}
