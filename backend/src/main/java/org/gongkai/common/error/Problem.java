package org.gongkai.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://gongkai.local/problems/validation-failed") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "提交的内容有误，请按提示修改。") String detail,
        @Schema(example = "/api/v1/items") String instance,
        @Schema(description = "Stable machine-readable code", example = "VALIDATION_FAILED") String code,
        List<FieldViolation> violations,
        @Schema(description = "Seconds to wait before retrying (429 only)") Long retryAfterSeconds) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldViolation")
    public record FieldViolation(@Schema(example = "title") String field,
                                 @Schema(example = "不能为空") String message) {
    }
}
