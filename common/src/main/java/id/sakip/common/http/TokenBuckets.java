package id.sakip.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Token buckets per client key, at most {@code maxClients} of them: the least recently used is
 * forgotten first, and any idle for ten minutes (a forgotten client starts with a full bucket, which
 * is what it would have by then anyway). Memory is bounded whatever the keys.
 */
final class TokenBuckets {
    private final Cache<String, Bucket> buckets;
    private final int burst;
    private final double perSecond;

    TokenBuckets(int maxClients, int burst, double perSecond) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(Duration.ofMinutes(10)).build();
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** Takes one token of the key's bucket; returns 0, or how many whole seconds until one is there. */
    long take(String key) {
        long waitNanos = buckets.get(key, k -> new Bucket(burst)).take(System.nanoTime(), burst, perSecond);
        return waitNanos <= 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** A token bucket: {@code burst} tokens, refilled at {@code perSecond}. */
    static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int burst) {
            this.tokens = burst;
        }

        /** Takes one token; returns 0, or how many nanoseconds until one is there. */
        synchronized long take(long now, int burst, double perSecond) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        }
    }
}
