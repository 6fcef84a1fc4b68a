package org.gongkai.reports;

import java.math.BigDecimal;

/**
 * Fees for providing information on application, in 元: charged and waived, how many applications paid, and
 * (2007-regulation years) the cost fees by kind: 检索费, 复制费, 邮寄费.
 */
public record FeeFigures(BigDecimal charged, BigDecimal waived, long applicationsCharged,
                         BigDecimal retrieval, BigDecimal copying, BigDecimal postage) {

    public FeeFigures {
        charged = nz(charged);
        waived = nz(waived);
        retrieval = nz(retrieval);
        copying = nz(copying);
        postage = nz(postage);
    }

    public static FeeFigures none() {
        return new FeeFigures(null, null, 0, null, null, null);
    }

    public boolean noneCharged() {
        return charged.signum() == 0 && waived.signum() == 0 && applicationsCharged == 0;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
