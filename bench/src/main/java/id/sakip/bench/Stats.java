package id.sakip.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timing and percentiles for the benchmark; the resident memory of a process. */
final class Stats {
    private Stats() {
    }

    static List<Double> time(int n, Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run(); // warm
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            out.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(out);
        return out;
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            // not on Linux
        }
        return Double.NaN;
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
