package id.sakip.common.resilience;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure that goes away by itself (the database restarting, unreachable, out of
 * connections) from one that does not (a bad event, a bug). Transient failures are retried by
 * consumers and answered 503 to clients; the others go to the dead-letter topic or answer 4xx/500.
 */
public final class Transient {
    private Transient() {
    }

    public static boolean isTransient(Throwable e) {
        // the causes and the suppressed exceptions: a failed commit reports the broken connection as
        // a suppressed XAException of its RollbackException
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(e);
        while (!todo.isEmpty() && seen.size() < 50) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isTransientItself(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable s : t.getSuppressed()) {
                todo.push(s);
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01..57P03: the server is shutting down or starting; 53300: too many connections
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                return true;
            }
            String m = sql.getMessage();
            String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
            if (lower.contains("acquisition timeout") || lower.contains("this connection has been closed")) {
                return true;
            }
        }
        return t instanceof ConnectException || t instanceof EOFException
                || t instanceof SocketException;
    }
}
