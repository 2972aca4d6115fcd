package id.sakip.common.resilience;

import java.sql.SQLException;

/**
 * Tells a failure that goes away by itself (the database restarting, unreachable, out of
 * connections) from one that does not (a bad event, a bug). Transient failures are retried by
 * consumers and answered 503 to clients; the others go to the dead-letter topic or answer 4xx/500.
 */
public final class Transient {
    private Transient() {
    }

    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01..57P03: the server is shutting down or starting; 53300: too many connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                String m = sql.getMessage();
                if (m != null && (m.contains("Acquisition timeout") || m.contains("This connection has been closed"))) {
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException
                    || t instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }
}
