package id.sakip.common.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Retries a consumer on transient failures with a doubling pause (from 200 ms up to 10 s), for at
 * most {@code sakip.consumer.retry-for} (default 30 minutes), then lets the failure through (the
 * dead-letter topic). Runs before the transaction interceptor (priority 100 &lt; 200), so every
 * attempt starts a fresh transaction. The partition waits meanwhile: events stay in order.
 */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryTransientInterceptor {
    private static final Logger LOG = Logger.getLogger(RetryTransientInterceptor.class);

    @ConfigMapping(prefix = "sakip.consumer")
    public interface RetryConfig {
        @WithDefault("PT30M")
        Duration retryFor();
    }

    private final RetryConfig config;

    public RetryTransientInterceptor(RetryConfig config) {
        this.config = config;
    }

    @AroundInvoke
    Object retry(InvocationContext ctx) throws Exception {
        long deadline = System.nanoTime() + config.retryFor().toNanos();
        long pause = 200;
        int attempt = 1;
        while (true) {
            try {
                return ctx.proceed();
            } catch (Exception e) {
                if (!Transient.isTransient(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("%s.%s: transient failure (attempt %d), retrying in %d ms: %s",
                        ctx.getMethod().getDeclaringClass().getSimpleName(), ctx.getMethod().getName(), attempt, pause,
                        rootMessage(e));
                Thread.sleep(pause);
                pause = Math.min(10_000, pause * 2);
                attempt++;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
