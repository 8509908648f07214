package fr.assises.gateway.protection;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.assises.gateway.proxy.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per (policy, client) held in memory: a single gateway instance is the local and the
 * default Kubernetes set-up; several replicas would each apply the limit (documented in the README).
 */
@ApplicationScoped
public class RateLimiter {

    /** What is being limited. */
    public enum Policy {
        ANONYMOUS, REGISTRATION, SURVEY
    }

    /** The answer for one request: allowed, or how long to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    /** A bucket's key: a record, not a concatenated string, so that looking a bucket up allocates less. */
    private record Key(Policy policy, String client) {
    }

    private final Map<Policy, Integer> perMinute = new EnumMap<>(Policy.class);
    private final Cache<Key, Bucket> buckets;

    RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        perMinute.put(Policy.ANONYMOUS, limits.anonymousPerMinute());
        perMinute.put(Policy.REGISTRATION, limits.registrationPerMinute());
        perMinute.put(Policy.SURVEY, limits.surveyPerMinute());
        buckets = Caffeine.newBuilder()
                .maximumSize(limits.maxClients())
                .expireAfterAccess(Duration.ofMinutes(5))
                // upkeep (recording reads, expiring) on the calling thread, in small steps, rather than handed to the
                // common fork-join pool after a burst of reads, which woke another thread every few requests
                .executor(Runnable::run)
                .build();
    }

    public Decision tryConsume(Policy policy, String client) {
        Bucket bucket = buckets.get(new Key(policy, client), key -> newBucket(perMinute.get(key.policy())));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        return new Decision(false, seconds);
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
