package id.sakip.dashboard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;

/**
 * The dashboard's own copy of the state topics, in its own PostgreSQL database: one row per entity
 * (the record's key), its full state as the owner last published it. A poll's records and the offsets
 * after them are written in one transaction, so a restart resumes exactly where the database stands:
 * nothing applied twice, nothing skipped. A record older than the row ({@code updatedAt}; for a
 * measurement its version first) changes nothing: replays, duplicates and a stale version cannot move
 * the page back in time.
 */
@ApplicationScoped
public class Projection {
    private static final Map<StateTopic, String> UPSERT = new EnumMap<>(Map.of(
            StateTopic.AGENCY, """
                    insert into agency (key, agency_code, region_code, name, doc, updated_at, event_id)
                    values (?, ?, ?, ?, ?::jsonb, ?, ?)
                    on conflict (key) do update set agency_code = excluded.agency_code,
                      region_code = excluded.region_code, name = excluded.name, doc = excluded.doc,
                      updated_at = excluded.updated_at, event_id = excluded.event_id
                    where agency.updated_at <= excluded.updated_at""",
            StateTopic.AGREEMENT, """
                    insert into agreement (key, agency_code, year, doc, updated_at, event_id)
                    values (?, ?, ?, ?::jsonb, ?, ?)
                    on conflict (key) do update set doc = excluded.doc, updated_at = excluded.updated_at,
                      event_id = excluded.event_id
                    where agreement.updated_at <= excluded.updated_at""",
            StateTopic.ROUND, """
                    insert into round_state (key, agency_code, year, period, doc, updated_at, event_id)
                    values (?, ?, ?, ?, ?::jsonb, ?, ?)
                    on conflict (key) do update set doc = excluded.doc, updated_at = excluded.updated_at,
                      event_id = excluded.event_id
                    where round_state.updated_at <= excluded.updated_at""",
            StateTopic.MEASUREMENT, """
                    insert into measurement (key, agency_code, year, period, measurement_version, doc, updated_at, event_id)
                    values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                    on conflict (key) do update set measurement_version = excluded.measurement_version,
                      doc = excluded.doc, updated_at = excluded.updated_at, event_id = excluded.event_id
                    where (measurement.measurement_version, measurement.updated_at)
                      <= (excluded.measurement_version, excluded.updated_at)"""));
    private static final Map<StateTopic, String> TABLE = new EnumMap<>(Map.of(StateTopic.AGENCY, "agency",
            StateTopic.AGREEMENT, "agreement", StateTopic.ROUND, "round_state", StateTopic.MEASUREMENT, "measurement"));

    private final DataSource dataSource;
    private final MeterRegistry meters;

    public Projection(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    /** Where the feed resumes: the next offset of every partition the database has seen. */
    @Transactional
    public Map<TopicPartition, Long> offsets() throws SQLException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                var rs = c.createStatement().executeQuery("select topic, partition, next_offset from feed_offset")) {
            while (rs.next()) {
                offsets.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
            }
        }
        return offsets;
    }

    /** Applies one poll's admitted records in their order and records where each partition stands after them. */
    @Transactional
    public void apply(List<Admission> records, Map<TopicPartition, Long> next) throws SQLException {
        Map<StateTopic, List<Admission.Accepted>> accepted = new EnumMap<>(StateTopic.class);
        try (Connection c = dataSource.getConnection()) {
            for (Admission a : records) {
                if (a instanceof Admission.Accepted ok) {
                    accepted.computeIfAbsent(ok.topic(), t -> new ArrayList<>()).add(ok);
                } else if (a instanceof Admission.Removed gone) {
                    // a removal ends what came before it: write the earlier records of its topic first
                    flush(c, gone.topic(), accepted.remove(gone.topic()));
                    try (PreparedStatement d = c.prepareStatement("delete from " + TABLE.get(gone.topic())
                            + " where key = ?")) {
                        d.setString(1, gone.key());
                        d.executeUpdate();
                    }
                    count(gone.topic(), "removed", 1);
                } else if (a instanceof Admission.OtherProvince) {
                    count(a.topic(), "other_province", 1);
                } else {
                    count(a.topic(), "refused", 1);
                }
            }
            for (var e : accepted.entrySet()) {
                flush(c, e.getKey(), e.getValue());
            }
            try (PreparedStatement o = c.prepareStatement("""
                    insert into feed_offset (topic, partition, next_offset) values (?, ?, ?)
                    on conflict (topic, partition) do update set next_offset = excluded.next_offset""")) {
                for (var e : next.entrySet()) {
                    o.setString(1, e.getKey().topic());
                    o.setInt(2, e.getKey().partition());
                    o.setLong(3, e.getValue());
                    o.addBatch();
                }
                o.executeBatch();
            }
        }
    }

    private void flush(Connection c, StateTopic topic, List<Admission.Accepted> rows) throws SQLException {
        if (rows == null || rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(UPSERT.get(topic))) {
            for (Admission.Accepted r : rows) {
                bind(s, r);
                s.addBatch();
            }
            int applied = 0;
            for (int n : s.executeBatch()) {
                applied += n > 0 ? 1 : 0;
            }
            count(topic, "applied", applied);
            count(topic, "stale", rows.size() - applied);
        }
    }

    private static void bind(PreparedStatement s, Admission.Accepted r) throws SQLException {
        JsonNode v = r.value();
        int i = 1;
        s.setString(i++, r.key());
        s.setString(i++, v.path("agencyCode").asText());
        switch (r.topic()) {
            case AGENCY -> {
                s.setString(i++, v.path("regionCode").asText());
                s.setString(i++, v.path("name").asText());
            }
            case AGREEMENT -> s.setInt(i++, v.path("year").asInt());
            case ROUND -> {
                s.setInt(i++, v.path("year").asInt());
                s.setString(i++, v.path("period").asText());
            }
            case MEASUREMENT -> {
                s.setInt(i++, v.path("year").asInt());
                s.setString(i++, v.path("period").asText());
                s.setInt(i++, v.path("measurementVersion").asInt());
            }
        }
        s.setString(i++, v.toString());
        s.setTimestamp(i++, Timestamp.from(Instant.parse(v.path("updatedAt").asText())));
        s.setString(i, r.eventId());
    }

    private void count(StateTopic topic, String outcome, int n) {
        if (n > 0) {
            meters.counter("dashboard.records", "topic", topic.topic, "outcome", outcome).increment(n);
        }
    }
}
