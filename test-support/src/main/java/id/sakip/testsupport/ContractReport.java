package id.sakip.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@link ContractRecorder} saw in this module's test JVM: one line per response in
 * {@code target/api-contract/responses-<pid>.tsv} (service, method, operation, status, media type,
 * verdict), and at the end {@code report-<pid>.txt}: per service the responses checked, how many
 * were undocumented (the suite fails on each, so 0 when it passes), and the operations the suite
 * never called. Files of JVMs no longer running are removed when a new one starts.
 */
public final class ContractReport {
    static final Path DIR = Path.of("target", "api-contract");
    private static final String STARTED = "sakip.contract-report.started";
    private static final long PID = ProcessHandle.current().pid();
    private static final Path RESPONSES = DIR.resolve("responses-" + PID + ".tsv");
    private static final Path OPERATIONS = DIR.resolve("operations-" + PID + ".tsv");
    private static final Path REPORT = DIR.resolve("report-" + PID + ".txt");
    private static boolean hooked;

    private ContractReport() {
    }

    /** Once per JVM (system properties are JVM-wide, classes may be loaded more than once): clean up. */
    static synchronized void start() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ContractReport::write, "contract-report"));
        }
        synchronized (System.class) {
            if (System.getProperty(STARTED) != null) {
                return;
            }
            System.setProperty(STARTED, "true");
        }
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> files = Files.list(DIR)) {
                files.filter(f -> !f.getFileName().toString().contains("-" + PID + ".")).filter(ContractReport::stale)
                        .forEach(ContractReport::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean stale(Path file) {
        String name = file.getFileName().toString();
        String pid = name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.'));
        try {
            return ProcessHandle.of(Long.parseLong(pid)).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void operations(String service, List<String> ids) {
        StringBuilder lines = new StringBuilder();
        ids.forEach(id -> lines.append(service).append('\t').append(id).append('\n'));
        append(OPERATIONS, lines.toString().stripTrailing());
    }

    static void record(String service, String method, String operation, int status, String mediaType,
            String problem) {
        append(RESPONSES, String.join("\t", service, method, operation, String.valueOf(status),
                mediaType.isEmpty() ? "-" : mediaType, problem == null ? "ok" : "UNDOCUMENTED " + problem));
    }

    /** The report over every response this JVM logged (all class loaders write the same files). */
    static synchronized void write() {
        try {
            if (!Files.exists(RESPONSES)) {
                return;
            }
            Map<String, long[]> counts = new TreeMap<>();
            Map<String, Set<String>> called = new TreeMap<>();
            for (String line : Files.readAllLines(RESPONSES, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 6);
                long[] c = counts.computeIfAbsent(f[0], k -> new long[2]);
                c[0]++;
                if (f[5].startsWith("UNDOCUMENTED")) {
                    c[1]++;
                }
                called.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[2]);
            }
            Map<String, Set<String>> documented = new TreeMap<>();
            if (Files.exists(OPERATIONS)) {
                for (String line : Files.readAllLines(OPERATIONS, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", 2);
                    documented.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[1]);
                }
            }
            StringBuilder out = new StringBuilder("API contract (every response checked against its operation's "
                    + "document)\n");
            counts.forEach((service, c) -> {
                Set<String> never = new TreeSet<>(documented.getOrDefault(service, Set.of()));
                never.removeAll(called.getOrDefault(service, Set.of()));
                int ops = documented.getOrDefault(service, Set.of()).size();
                out.append(String.format("%-20s responses checked %6d, undocumented %d; operations called %d of %d%s%n",
                        service, c[0], c[1], ops - never.size(), ops, never.isEmpty() ? "" : " (never: "
                                + String.join(", ", never) + ")"));
            });
            Files.writeString(REPORT, out, StandardCharsets.UTF_8);
            System.out.print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends lines to a file shared by the JVMs of one module's run. */
    static void append(Path file, String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
