package org.safeshare.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.safeshare.SafeshareApplication;

/**
 * The service as an operator runs it: a separate JVM in the demo profile with its own embedded PostgreSQL in
 * its own data directory, so that a test can kill it, and its database, as a power cut or the OOM killer would.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Path home;
    private final Process process;
    private final int port;

    private ServiceProcess(Path home, Process process, int port) {
        this.home = home;
        this.process = process;
        this.port = port;
    }

    /** Starts the service on a free port and waits until it is ready. */
    public static ServiceProcess start(Path home, List<String> settings) throws Exception {
        int port = freePort();
        List<String> all = new ArrayList<>(settings);
        all.add("-Dserver.port=" + port);
        Process process = launch(home, all, List.of(), "service-" + port + ".log");
        ServiceProcess service = new ServiceProcess(home, process, port);
        service.awaitReady();
        return service;
    }

    /** Runs {@code audit verify} against the same data directory (the service must be stopped); answers its output. */
    public static Result auditVerify(Path home, List<String> settings) throws Exception {
        List<String> all = new ArrayList<>(settings);
        all.add("-Dserver.port=0");
        Process process = launch(home, all, List.of("audit", "verify"), "audit-verify.log");
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            killDatabase(home);
        }
        return new Result(process.exitValue(), Files.readString(home.resolve("audit-verify.log")));
    }

    public record Result(int exit, String output) {}

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return home.resolve("postgres");
    }

    /** The embedded PostgreSQL's port, from its lock file. */
    public int databasePort() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(3).trim());
    }

    /** SIGKILL to the service and to its PostgreSQL (the postmaster and every process it started), at once. */
    public void killWithItsDatabase() throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).getFirst().trim());
        ProcessHandle database = ProcessHandle.of(postmaster).orElseThrow();
        List<ProcessHandle> victims = Stream.concat(Stream.of(database, process.toHandle()), database.descendants()).toList();
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle victim : victims) {
            victim.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** A clean stop (SIGTERM): Spring shuts down and stops its PostgreSQL. */
    public void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Whatever happened to the test: the service and its PostgreSQL must not outlive it. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop();
        }
        killDatabase(home);
    }

    private static void killDatabase(Path home) throws Exception {
        Path lock = home.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(lock)) {
            Optional<ProcessHandle> database = ProcessHandle.of(Long.parseLong(Files.readAllLines(lock).getFirst().trim()));
            if (database.isPresent() && database.get().info().command().orElse("").endsWith("postgres")) {
                database.get().destroyForcibly();
                database.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    public String log() {
        try {
            String log = Files.readString(home.resolve("service-" + port + ".log"));
            return log.substring(Math.max(0, log.length() - 4_000));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static Process launch(Path home, List<String> settings, List<String> arguments, String log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "-Dspring.profiles.active=demo", "-Dspring.main.banner-mode=off",
                "-Dlogging.level.root=WARN", "-Dsafeshare.database.embedded-data-directory=" + home.resolve("postgres"),
                "-Dsafeshare.audit.signing-key-file=" + home.resolve("audit-signing-key.pem")));
        command.addAll(settings);
        command.add(SafeshareApplication.class.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve(log).toFile()));
        // The embedded database is what is under test, even when the suite itself runs against an external one.
        builder.environment().keySet().removeIf(name -> name.startsWith("SAFESHARE_") || name.startsWith("SPRING_"));
        return builder.start();
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly().waitFor();
        killDatabase(home);
        throw new IllegalStateException("The service was not ready within 3 minutes:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
