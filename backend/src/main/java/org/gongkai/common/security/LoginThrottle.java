package org.gongkai.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.common.config.GongkaiConfig;
import org.gongkai.common.error.RetryLaterException;
import org.gongkai.common.text.Text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code gongkai.login.max-failures} failed logins within the window,
 * further attempts for that username, and from that client address, are refused with 429 until the oldest
 * failure leaves the window. Kept in memory: one instance serves a district, and a restart forgets.
 * The same mechanism also throttles anonymous submissions (see {@link #hit}).
 */
@ApplicationScoped
public class LoginThrottle {

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    GongkaiConfig config;

    Clock clock = Clock.systemUTC();

    public void checkAllowed(String username, String clientAddress) {
        check("user:" + username.toLowerCase(Locale.ROOT), config.login().maxFailures(), config.login().window());
        check("addr:" + clientAddress, config.login().maxFailures() * 4, config.login().window());
    }

    public void recordFailure(String username, String clientAddress) {
        add("user:" + username.toLowerCase(Locale.ROOT), config.login().window());
        add("addr:" + clientAddress, config.login().window());
    }

    public void recordSuccess(String username) {
        failures.remove("user:" + username.toLowerCase(Locale.ROOT));
    }

    /**
     * Counts one event for {@code key} and refuses it with 429 when more than {@code limit} happened within
     * {@code window}; used for flood protection of public forms.
     */
    public void hit(String key, int limit, Duration window, Text refusal) {
        Deque<Instant> q = prune(key, window);
        synchronized (q) {
            if (q.size() >= limit) {
                throw new RetryLaterException("TOO_MANY_REQUESTS", refusal, secondsUntilFree(q, window));
            }
            q.addLast(clock.instant());
        }
    }

    private void check(String key, int limit, Duration window) {
        Deque<Instant> q = prune(key, window);
        synchronized (q) {
            if (q.size() >= limit) {
                throw new RetryLaterException("LOGIN_THROTTLED", Text.of(
                        "登录失败次数过多，请稍后再试。", "Too many failed sign-in attempts; try again later."),
                        secondsUntilFree(q, window));
            }
        }
    }

    private void add(String key, Duration window) {
        Deque<Instant> q = prune(key, window);
        synchronized (q) {
            q.addLast(clock.instant());
        }
    }

    private Deque<Instant> prune(String key, Duration window) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant limit = clock.instant().minus(window);
        synchronized (q) {
            while (!q.isEmpty() && q.peekFirst().isBefore(limit)) {
                q.pollFirst();
            }
        }
        return q;
    }

    private long secondsUntilFree(Deque<Instant> q, Duration window) {
        Instant oldest = q.peekFirst();
        return oldest == null ? 1 : Duration.between(clock.instant(), oldest.plus(window)).getSeconds() + 1;
    }
}
