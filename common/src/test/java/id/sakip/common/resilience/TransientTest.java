package id.sakip.common.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures a consumer retries and a client gets 503 for: the database away, not a bad input or a bug. */
class TransientTest {
    @Test
    void aBrokenConnectionIsTransientWhereverItIsInTheChain() {
        assertThat(Transient.isTransient(new SQLException("refused", "08001"))).isTrue();
        assertThat(Transient.isTransient(new RuntimeException(new IllegalStateException(new SocketException("reset")))))
                .isTrue();
        assertThat(Transient.isTransient(new SQLException("Sorry, acquisition timeout!"))).isTrue(); // Agroal's words
        assertThat(Transient.isTransient(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
        // a failed commit carries the broken connection as a suppressed exception of its RollbackException
        Exception commit = new IllegalStateException("Could not commit transaction");
        commit.addSuppressed(new RuntimeException("XA", new SQLException("I/O error", "08006")));
        assertThat(Transient.isTransient(new RuntimeException(commit))).isTrue();
    }

    @Test
    void badDataAndBugsAreNot() {
        assertThat(Transient.isTransient(new SQLException("value too long", "22001"))).isFalse();
        assertThat(Transient.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Transient.isTransient(new NullPointerException())).isFalse();
        // a cycle (a cause suppressing its own wrapper) ends
        Exception outer = new RuntimeException("outer");
        Exception inner = new IllegalStateException("inner", outer);
        outer.addSuppressed(inner);
        assertThat(Transient.isTransient(outer)).isFalse();
    }
}
