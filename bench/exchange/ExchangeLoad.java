package exchange;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import support.Api;
import support.Latencies;

/**
 * Load for the exchange (issue 11's measures), source launch with the shared classes of bench/support (JDK 22+, JEP 458):
 *
 *   java ExchangeLoad.java send-open BASE RECIPIENT CLIENTS SECONDS  sends disclosures as Oakfield's partner system to the
 *        MASH's partner system (RECIPIENT: its API client id) under one decision (each: a decision check, the person read, the content sealed with the
 *        organisation's key, four rows and the audit event), then opens each once as the MASH (the receipt, its audit
 *        event and the content opened), CLIENTS at a time for SECONDS each, with latency percentiles; then AES-256-GCM
 *        (javax.crypto) on the same bytes, CLIENTS threads for SECONDS.
 *   java ExchangeLoad.java inbox BASE TOKEN REQUESTS       GET /api/v1/inbox REQUESTS times, one at a time, percentiles.
 */
public class ExchangeLoad {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "send-open" -> sendOpen(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "inbox" -> inbox(args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("send-open or inbox");
        }
    }

    static void sendOpen(String base, String recipient, int clients, int seconds) throws Exception {
        String ava = Api.first(Api.post(base + "/api/v1/people/searches", "demo-oakfield-token", "{\"nhsNumber\": \"9990000018\"}", 200),
                Api.ID);
        String mash = Api.organisation(base, "demo-oakfield-token", "Riverside MASH");
        String decision = Api.first(Api.post(base + "/api/v1/decisions", "demo-oakfield-token", DECISION.formatted(ava, mash), 201), Api.ID);
        String firstBody = DISCLOSURE.formatted(ava, decision, "\"" + recipient + "\"");
        System.out.printf("disclosure body: %d bytes of JSON%n", firstBody.length());

        Queue<String> sent = new ConcurrentLinkedQueue<>();
        Result send = run(clients, seconds, () -> {
            try {
                HttpResponse<String> r = Api.post(base + "/api/v1/disclosures", "demo-oakfield-token", firstBody);
                if (r.statusCode() != 201) {
                    return false;
                }
                sent.add(r.headers().firstValue("Location").orElseThrow());
                return true;
            } catch (Exception e) {
                return false;
            }
        });
        report("send (POST /api/v1/disclosures)", send, seconds, clients);
        System.out.printf("load average after sending: %s%n", loadAverage());

        Result open = run(clients, seconds, () -> {
            String location = sent.poll();
            if (location == null) {
                return null;
            }
            try {
                return Api.post(base + location + "/opening", "demo-mash-token", "{\"conditionsAcknowledged\": true}").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        report("open (POST /api/v1/disclosures/{id}/opening)", open, seconds, clients);
        System.out.printf("load average after opening: %s%n", loadAverage());

        aesGcm(clients, seconds);
        System.out.printf("load average after AES-GCM: %s%n", loadAverage());
    }

    /**
     * Envelope encryption as the service's Tink envelope does it, with javax.crypto's AES-256-GCM: for each value a fresh
     * 256-bit data key seals the value, and the organisation's key seals the data key (12-byte nonces, 16-byte tags); then
     * both are opened again, as the recipient's opening does. The plaintext sizes are those a sent disclosure sealed
     * (BENCH_SEALED_SIZES, from the service's stored values).
     */
    static void aesGcm(int threads, int seconds) throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey organisationKey = generator.generateKey();
        String[] sizes = System.getenv().getOrDefault("BENCH_SEALED_SIZES", "300,120,120,260,200").split(",");
        byte[][] plain = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            plain[i] = new byte[Math.max(1, Integer.parseInt(sizes[i].trim()))];
            new SecureRandom().nextBytes(plain[i]);
        }
        byte[] aad = "disclosure-item:00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8);
        AtomicLong disclosures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    SecureRandom random = new SecureRandom();
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    while (System.nanoTime() < end) {
                        for (byte[] value : plain) {
                            byte[] dataKey = new byte[32];
                            random.nextBytes(dataKey);
                            SecretKey dek = new javax.crypto.spec.SecretKeySpec(dataKey, "AES");
                            byte[] keyNonce = nonce(random);
                            byte[] valueNonce = nonce(random);
                            cipher.init(Cipher.ENCRYPT_MODE, organisationKey, new GCMParameterSpec(128, keyNonce));
                            byte[] wrapped = cipher.doFinal(dataKey);
                            cipher.init(Cipher.ENCRYPT_MODE, dek, new GCMParameterSpec(128, valueNonce));
                            cipher.updateAAD(aad);
                            byte[] sealed = cipher.doFinal(value);
                            cipher.init(Cipher.DECRYPT_MODE, organisationKey, new GCMParameterSpec(128, keyNonce));
                            SecretKey opened = new javax.crypto.spec.SecretKeySpec(cipher.doFinal(wrapped), "AES");
                            cipher.init(Cipher.DECRYPT_MODE, opened, new GCMParameterSpec(128, valueNonce));
                            cipher.updateAAD(aad);
                            cipher.doFinal(sealed);
                        }
                        disclosures.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        System.out.printf("== AES-256-GCM envelope (javax.crypto), %d threads, %d s: %.0f disclosures sealed and opened/s (%d values"
                + " each, plaintext sizes %s bytes)%n", threads, seconds, disclosures.get() / (double) seconds, plain.length, String.join(",", sizes));
    }

    static byte[] nonce(SecureRandom random) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        return nonce;
    }

    static void inbox(String base, String token, int requests) throws Exception {
        Api.get(base + "/api/v1/inbox", token);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            Api.get(base + "/api/v1/inbox?page=" + (1 + i % 5), token);
            nanos.add(System.nanoTime() - start);
        }
        Latencies latencies = Latencies.of(nanos);
        System.out.printf("GET /api/v1/inbox (pages 1-5, 50 rows each), %d requests one at a time: p50 %.1f  p95 %.1f  p99 %.1f"
                + "  max %.1f ms%n", requests, latencies.ms(0.50), latencies.ms(0.95), latencies.ms(0.99), latencies.maxMs());
    }

    record Result(Latencies latencies, AtomicLong errors, double seconds) {}

    /** Runs the call from N virtual threads until the time is up or the call answers null (nothing left to do). */
    static Result run(int clients, int seconds, Supplier<Boolean> call) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long begun = System.nanoTime();
        long end = begun + seconds * 1_000_000_000L;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        Boolean ok = call.get();
                        if (ok == null) {
                            return null;
                        }
                        if (ok) {
                            latencies.add(System.nanoTime() - start);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        // The time actually taken: opening stops early when every sent disclosure has been opened.
        double took = (System.nanoTime() - begun) / 1e9;
        return new Result(Latencies.of(latencies), errors, took);
    }

    static void report(String what, Result r, int seconds, int clients) {
        System.out.printf("== %s, %d clients: %d in %.1f s (%d errors), %.1f/s; latency ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", what,
                clients, r.latencies().count(), r.seconds(), r.errors().get(), r.latencies().count() / r.seconds(), r.latencies().ms(0.5),
                r.latencies().ms(0.9), r.latencies().ms(0.99), r.latencies().maxMs());
    }

    static String loadAverage() throws Exception {
        return String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "), 3));
    }

    static final String DECISION = """
            {"personId": "%s",
             "facts": {"subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
               "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
               "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                               "criminalOffence": false, "identitiesAtRisk": true},
               "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                           "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
               "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
               "legalRequirement": "NONE",
               "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}},
             "decision": {"choice": "SHARE", "reasons": "Load test: bruising seen", "purpose": "Referral",
               "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
               "information": [{"category": "Injury seen", "summary": "Bruises", "kind": "FACT"}],
               "method": "SECURE_PORTAL", "subjectInformed": "NOT_INFORMED", "notInformedReason": "Risk",
               "consentNotSoughtReason": "Seeking consent would increase the risk"}}""";

    /** Two fields of the record and two free-text items, one naming the neighbour who raised the concern (withheld). */
    static final String DISCLOSURE = """
            {"personId": "%s", "decisionId": "%s", "recipients": [%s],
             "purpose": "So the MASH can decide on a strategy discussion",
             "fields": ["NAME", "NHS_NUMBER"],
             "items": [{"kind": "FACT", "text": "Joan Pike, the neighbour, heard shouting and crying on 28 November",
                        "source": "Telephone call from Joan Pike to the school office",
                        "identities": [{"role": "REFERRER", "name": "Joan Pike"}]},
                       {"kind": "OPINION", "text": "Ava seemed withdrawn this week", "source": "Class teacher"}],
             "conditions": "Do not share onward without asking Oakfield",
             "transparency": {"told": false, "notToldReason": "Telling the family would increase the risk to Ava"}}""";
}
