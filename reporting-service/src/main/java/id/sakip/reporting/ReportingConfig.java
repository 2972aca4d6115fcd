package id.sakip.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** reporting-service settings ({@code sakip.reporting.*}). */
@ConfigMapping(prefix = "sakip.reporting")
public interface ReportingConfig {
    /** The government named on the letterhead, by region code (kode wilayah): "1571" = "KOTA JAMBI". */
    Map<String, String> regionNames();

    /** How often the document worker looks for queued jobs (a Quarkus scheduler period). */
    @WithDefault("1s")
    String jobInterval();
}
