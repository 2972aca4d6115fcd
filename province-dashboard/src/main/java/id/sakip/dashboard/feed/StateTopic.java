package id.sakip.dashboard.feed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four compacted state topics the dashboard lives on, each with the one event type it carries and
 * the one service allowed to produce it (docs/dashboards.md). A record of another type or source on
 * these topics is refused, whatever it says.
 */
public enum StateTopic {
    AGENCY("sakip.indicator.agency-state", "id.sakip.indicator.AgencyState.v1", "/sakip/indicator-service",
            "AgencyState.v1.json"),
    AGREEMENT("sakip.indicator.agreement-state", "id.sakip.indicator.AgreementInForce.v1", "/sakip/indicator-service",
            "AgreementInForce.v1.json"),
    ROUND("sakip.collection.round-state", "id.sakip.collection.RoundState.v1", "/sakip/collection-service",
            "RoundState.v1.json"),
    MEASUREMENT("sakip.measurement.measurement-state", "id.sakip.measurement.CurrentMeasurement.v1",
            "/sakip/measurement-service", "CurrentMeasurement.v1.json");

    public final String topic;
    public final String type;
    public final String source;
    /** Under events/schemas/ on the classpath (copied from the published schemas at build time). */
    public final String schema;

    StateTopic(String topic, String type, String source, String schema) {
        this.topic = topic;
        this.type = type;
        this.source = source;
        this.schema = schema;
    }

    public static Optional<StateTopic> of(String topic) {
        return Arrays.stream(values()).filter(t -> t.topic.equals(topic)).findFirst();
    }
}
