package id.sakip.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** What a province's deployment of the dashboard sets (application.properties, environment variables). */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {
    /** The 2-digit Kemendagri province code this dashboard serves (DASHBOARD_PROVINCE); other provinces' records are skipped. */
    String province();

    /** The province's name in the page heading. */
    @WithDefault("Provinsi")
    String provinceName();

    /** Kabupaten/kota names by their 4-digit Kemendagri code; an unnamed code shows as "Kabupaten/Kota 1506". */
    Map<String, String> regionNames();

    Feed feed();

    interface Feed {
        /** How long one poll of the state topics waits for records. */
        @WithDefault("500ms")
        Duration pollTimeout();

        /** Records taken per poll (and applied in one transaction). */
        @WithDefault("2000")
        int maxPollRecords();

        /** Wait before reading again after a failure (database away, broker away). */
        @WithDefault("2s")
        Duration retryAfter();
    }
}
