package org.gongkai.common.error;

import org.gongkai.common.text.Text;

import java.util.List;

/**
 * The one exception a service throws to answer with a 4xx problem. It carries the HTTP status, a stable
 * machine code (clients switch on it) and a bilingual detail; {@link ProblemMappers} turns it into RFC 9457
 * problem details.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Text detail;
    private final List<Violation> violations;

    public ApiException(int status, String code, Text detail, List<Violation> violations) {
        super(code + ": " + detail.en());
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public ApiException(int status, String code, Text detail) {
        this(status, code, detail, List.of());
    }

    public static ApiException badRequest(String code, String zh, String en) {
        return new ApiException(400, code, Text.of(zh, en));
    }

    /** 400 naming the field at fault, so the form can show the message next to it. */
    public static ApiException invalidField(String field, String zh, String en) {
        Text text = Text.of(zh, en);
        return new ApiException(400, "VALIDATION_FAILED", text, List.of(new Violation(field, text)));
    }

    public static ApiException invalid(List<Violation> violations) {
        return new ApiException(400, "VALIDATION_FAILED",
                Text.of("提交的内容有误，请按提示修改。", "The request has invalid fields; see violations."), violations);
    }

    public static ApiException unauthorized(String zh, String en) {
        return new ApiException(401, "UNAUTHORIZED", Text.of(zh, en));
    }

    public static ApiException forbidden(String code, String zh, String en) {
        return new ApiException(403, code, Text.of(zh, en));
    }

    public static ApiException notFound(String code, String zh, String en) {
        return new ApiException(404, code, Text.of(zh, en));
    }

    public static ApiException conflict(String code, String zh, String en) {
        return new ApiException(409, code, Text.of(zh, en));
    }

    public static ApiException conflict(String code, Text detail) {
        return new ApiException(409, code, detail);
    }

    public static ApiException payloadTooLarge(String zh, String en) {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", Text.of(zh, en));
    }

    public static ApiException unsupportedMediaType(String zh, String en) {
        return new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", Text.of(zh, en));
    }

    public static ApiException unprocessable(String code, String zh, String en) {
        return new ApiException(422, code, Text.of(zh, en));
    }

    public static ApiException tooManyRequests(String code, String zh, String en) {
        return new ApiException(429, code, Text.of(zh, en));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Text detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One field at fault; {@code field} uses the request body's JSON names, dotted for nesting. */
    public record Violation(String field, Text message) {
        public static Violation of(String field, String zh, String en) {
            return new Violation(field, Text.of(zh, en));
        }
    }
}
