package id.sakip.dashboard.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads of the projection: the owners' state documents as they were published. */
@ApplicationScoped
public class ProvinceData {
    private final DataSource dataSource;
    private final ObjectMapper json;

    public ProvinceData(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Every agency of the province, by kabupaten/kota and name. */
    public List<JsonNode> agencies() {
        return list("select doc from agency order by region_code, name, agency_code");
    }

    public Optional<JsonNode> agency(String code) {
        return list("select doc from agency where agency_code = ?", code).stream().findFirst();
    }

    /** Agency code to its state, for one year and period ({@code round_state} or {@code measurement}). */
    public Map<String, JsonNode> byAgency(String table, int year, String period) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode d : list("select doc from " + table(table) + " where year = ? and period = ?", year, period)) {
            m.put(d.path("agencyCode").asText(), d);
        }
        return m;
    }

    /** Agency code to its PK in force for the year. */
    public Map<String, JsonNode> agreements(int year) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode d : list("select doc from agreement where year = ?", year)) {
            m.put(d.path("agencyCode").asText(), d);
        }
        return m;
    }

    /** One agency's records of a year in a table, every period. */
    public List<JsonNode> ofAgency(String table, String agency, int year) {
        return list("select doc from " + table(table) + " where agency_code = ? and year = ? order by period", agency,
                year);
    }

    public Optional<JsonNode> agreement(String agency, int year) {
        return list("select doc from agreement where agency_code = ? and year = ?", agency, year).stream().findFirst();
    }

    /** The years and periods any round or measurement has, newest first. */
    public List<YearPeriod> periods() {
        List<YearPeriod> out = new ArrayList<>();
        query("""
                select year, period from round_state union select year, period from measurement
                order by 1 desc, 2 desc""", rs -> out.add(new YearPeriod(rs.getInt(1), rs.getString(2))));
        return out;
    }

    /** The newest change the dashboard holds: how current the page is. */
    public Optional<Instant> dataAsOf() {
        List<Instant> at = new ArrayList<>();
        query("""
                select max(t) from (select max(updated_at) t from agency union all select max(updated_at) from agreement
                union all select max(updated_at) from round_state union all select max(updated_at) from measurement) x""",
                rs -> {
                    if (rs.getTimestamp(1) != null) {
                        at.add(rs.getTimestamp(1).toInstant());
                    }
                });
        return at.stream().findFirst();
    }

    public record YearPeriod(int year, String period) {
    }

    private static String table(String name) {
        if (!List.of("round_state", "measurement").contains(name)) {
            throw new IllegalArgumentException(name);
        }
        return name;
    }

    private List<JsonNode> list(String sql, Object... args) {
        List<JsonNode> out = new ArrayList<>();
        query(sql, rs -> {
            try {
                out.add(json.readTree(rs.getString(1)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }, args);
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
