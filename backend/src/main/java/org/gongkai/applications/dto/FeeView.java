package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.FeeMethod;
import org.gongkai.common.text.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Fee", description = "An information-processing fee with its computation")
public record FeeView(
        FeeMethod method,
        @Schema(description = "Pages, or the application's rank in the applicant's month", example = "250") Integer units,
        @Schema(example = "4700.00") BigDecimal amount,
        List<Text> computation,
        LocalDate noticeOn,
        LocalDate payBy,
        LocalDate paidOn,
        String receiptNumber,
        LocalDate waivedOn,
        BigDecimal waivedAmount,
        String waiverReason) {
}
