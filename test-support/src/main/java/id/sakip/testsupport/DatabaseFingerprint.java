package id.sakip.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A digest of everything a service's database holds, to show that a rejected request wrote
 * nothing. Columns that background workers update on their own (the outbox relay marks rows
 * sent, a deadline watch stamps notifications, a document worker finishes jobs) are left out; a
 * rejected request must not add rows to those tables either.
 */
public final class DatabaseFingerprint {
    /** Per table, what of a row counts: background workers change the rest on their own. */
    private static final Map<String, String> ROW = Map.of(
            "outbox_event", "(to_jsonb(x) - 'sent_at' - 'attempts' - 'last_error')::text",
            "document_job", "x.id::text",
            "collection_form", "(to_jsonb(x) - 'approaching_notified_at' - 'overdue_notified_at')::text");
    private final DataSource dataSource;
    private List<String> tables;

    public DatabaseFingerprint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String take() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (tables == null) {
                tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                        + "current_schema() and table_type = 'BASE TABLE' and table_name not like 'flyway%' order by 1")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            StringBuilder sql = new StringBuilder("select md5(");
            for (int i = 0; i < tables.size(); i++) {
                String t = tables.get(i);
                String row = ROW.getOrDefault(t, "x::text");
                sql.append(i == 0 ? "" : " || ").append("coalesce((select md5(string_agg(").append(row)
                        .append(", '|' order by ").append(row).append(")) from ").append(t).append(" x), '-')");
            }
            sql.append(")");
            try (ResultSet rs = s.executeQuery(tables.isEmpty() ? "select ''" : sql.toString())) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
    }
}
