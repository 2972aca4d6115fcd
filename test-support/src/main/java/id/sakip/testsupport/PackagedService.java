package id.sakip.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own OS process. */
public final class PackagedService implements AutoCloseable {
    public final String name;
    public final int port;
    private final long startedAt = System.nanoTime();
    private long readyMillis = -1;
    private final Process process;
    private final Path log;
    private final Path root;
    private final Map<String, String> env;

    private PackagedService(String name, int port, Process process, Path log, Path root, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.root = root;
        this.env = env;
    }

    public static PackagedService start(Path root, String name, int port, Map<String, String> env) throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them)");
        }
        Path logDir = root.resolve(System.getProperty("sakip.service.log-dir", "e2e/target/e2e-logs"));
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name.replace('/', '-') + ".log");
        // tests favour start-up (C1 only); the benchmark starts services as the run command does (-Xmx256m)
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(System.getProperty("sakip.service.jvm-options", "-Xmx256m -XX:TieredStopAtLevel=1")
                .trim().split("\\s+")));
        cmd.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        pb.environment().put("PORT", Integer.toString(port));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new PackagedService(name, port, pb.start(), log, root, env);
    }

    /** kill -9: no shutdown hook runs, open transactions and unacknowledged consumer offsets are lost. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same service started again, on the same port with the same settings. */
    public PackagedService restart() throws IOException {
        return start(root, name, port, env);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Waits until /q/health/ready answers 200 (UP). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    readyMillis = (System.nanoTime() - startedAt) / 1_000_000;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /** Milliseconds from the process start to the first ready answer (polled every 250 ms). */
    public long readyMillis() {
        return readyMillis;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: Quarkus shuts down gracefully
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
