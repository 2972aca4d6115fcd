package id.sakip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The front-end tooling in {@code clients/typescript} (npm): installed from its lock file when
 * {@code node_modules} is missing (.ci/run installs it beforehand), each command's output kept in
 * {@code target/e2e-logs/}.
 */
final class NodeTools {
    final Path dir;
    private final Path logs;

    NodeTools(Path root) {
        this.dir = root.resolve("clients/typescript").toAbsolutePath().normalize();
        this.logs = Path.of("target", "e2e-logs").toAbsolutePath();
    }

    /** {@code npm ci} unless the packages are there already. */
    NodeTools installed() throws IOException, InterruptedException {
        if (!Files.isDirectory(dir.resolve("node_modules/.bin"))) {
            Result r = run("npm-ci", Map.of(), Duration.ofMinutes(10), "npm", "ci", "--no-audit", "--no-fund");
            assertThat(r.exit()).as("npm ci in " + dir + ":\n" + r.output()).isZero();
        }
        return this;
    }

    /** Runs a command in the clients directory; the output (stdout and stderr) is returned and logged. */
    Result run(String name, Map<String, String> env, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve("node-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + "; see " + log);
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    record Result(int exit, String output) {
        /** The last line that is a JSON object (what the scripts print as their result). */
        String json() {
            List<String> lines = new ArrayList<>(output.lines().toList());
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("{")) {
                    return lines.get(i);
                }
            }
            throw new AssertionError("no JSON line in:\n" + output);
        }
    }
}
