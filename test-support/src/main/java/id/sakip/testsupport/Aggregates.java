package id.sakip.testsupport;

import static io.restassured.RestAssured.given;

import id.sakip.common.vocabulary.ScalePoint;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/** What the race tests read of an aggregate that follows an SOP: its events, its timeline, its fields. */
public final class Aggregates {
    /** The audit-opinion scale used by the predicate tests: WTP = 4, WDP = 3, TW = 2, TMP = 1. */
    public static final List<ScalePoint> OPINIONS = List.of(
            new ScalePoint("WTP", BigDecimal.valueOf(4)),
            new ScalePoint("WDP", BigDecimal.valueOf(3)),
            new ScalePoint("TW", BigDecimal.valueOf(2)),
            new ScalePoint("TMP", BigDecimal.ONE));

    private Aggregates() {
    }

    /** The events the service wrote to its outbox under {@code key}, by type (leaving out {@code except}). */
    public static Map<String, Integer> events(DataSource dataSource, String key, String... except) {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select type, count(*) from outbox_event where event_key = ? "
                        + "and not (type = any (?)) group by type")) {
            ps.setString(1, key);
            ps.setArray(2, c.createArrayOf("varchar", except));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /**
     * What is wrong with the aggregate at {@code path} (its timeline at {@code path + "/timeline"}):
     * a step that ran twice in one iteration, another step under way than {@code expected}, a field
     * other than in {@code fields}; null when it is as expected.
     */
    public static String problem(String token, String path, String expected, Map<String, Object> fields) {
        JsonPath t = given().auth().oauth2(token).get(path + "/timeline").then().statusCode(200).extract().jsonPath();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> e : t.<Map<String, Object>>getList("runs")) {
            if (!seen.add(e.get("position") + "/" + e.get("iteration"))) {
                return "step " + e.get("key") + " ran twice in iteration " + e.get("iteration");
            }
        }
        if (!Objects.equals(t.getString("currentStep"), expected)) {
            return "the step under way is " + t.getString("currentStep") + ", expected " + expected;
        }
        JsonPath aggregate = given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            Object actual = aggregate.get(f.getKey());
            if (!Objects.equals(String.valueOf(actual), String.valueOf(f.getValue()))) {
                return f.getKey() + " is " + actual + ", expected " + f.getValue();
            }
        }
        return null;
    }
}
