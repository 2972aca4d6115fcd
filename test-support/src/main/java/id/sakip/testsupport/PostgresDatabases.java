package id.sakip.testsupport;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and drops one fresh PostgreSQL database per test run and service on a real server, so
 * runs never see each other's data. The server is given by {@code SAKIP_TEST_DB_URL} (a JDBC URL of
 * an existing database to connect to, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code SAKIP_TEST_DB_USER} and {@code SAKIP_TEST_DB_PASSWORD} (default {@code sakip}/{@code sakip},
 * a role with CREATEDB that owns the databases and runs the migrations) and the role the services
 * query with ({@link #appUser()}); {@code .ci/run} and {@code deploy/local/run.sh} create both. If the server
 * cannot be reached the test fails: it is never skipped.
 */
public final class PostgresDatabases {
    private PostgresDatabases() {
    }

    public static String adminUrl() {
        return env("SAKIP_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String user() {
        return env("SAKIP_TEST_DB_USER", "sakip");
    }

    public static String password() {
        return env("SAKIP_TEST_DB_PASSWORD", "sakip");
    }

    /**
     * The role the services query with ({@code SAKIP_TEST_DB_APP_USER}, default {@code sakip_app}): it
     * owns nothing, and the migrations (run as {@link #user()}) grant it what it may do.
     */
    public static String appUser() {
        return env("SAKIP_TEST_DB_APP_USER", "sakip_app");
    }

    public static String appPassword() {
        return env("SAKIP_TEST_DB_APP_PASSWORD", "sakip_app");
    }

    /** Creates {@code t_<prefix>_<timestamp>_<random>} and returns its name. */
    public static String create(String prefix) {
        String name = ("t_" + prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff)))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("create database " + name);
        return name;
    }

    public static void drop(String name) {
        if (Boolean.parseBoolean(env("SAKIP_TEST_KEEP_DB", "false"))) {
            return;
        }
        execute("drop database if exists " + name + " with (force)");
    }

    /** JDBC URL of a database on the same server as {@link #adminUrl()}. */
    public static String jdbcUrl(String database) {
        String admin = adminUrl();
        int q = admin.indexOf('?');
        String base = q < 0 ? admin : admin.substring(0, q);
        String params = q < 0 ? "" : admin.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    /** Host and port of the server, from {@link #adminUrl()}. */
    public static InetSocketAddress server() {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/")
                .matcher(adminUrl());
        if (!m.find()) {
            throw new IllegalStateException("cannot read host and port from " + adminUrl());
        }
        return InetSocketAddress.createUnresolved(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
    }

    /** JDBC URL of a database reached through a proxy listening on localhost:{@code port}. */
    public static String jdbcUrlVia(String database, int port) {
        InetSocketAddress server = server();
        return jdbcUrl(database).replaceFirst("//" + Pattern.quote(server.getHostString()) + "(:\\d+)?/",
                "//127.0.0.1:" + port + "/");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl() + " as " + user() + " failed: " + sql
                    + " (start the server and create the role: see README, 'Test it')", e);
        }
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
