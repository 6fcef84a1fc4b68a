package org.gongkai.common.error;

import org.gongkai.common.text.Text;

/** 429 with the number of seconds after which the caller may try again (sent as Retry-After). */
public class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    public RetryLaterException(String code, Text detail, long retryAfterSeconds) {
        super(429, code, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
