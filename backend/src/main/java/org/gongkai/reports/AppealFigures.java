package org.gongkai.reports;

/**
 * Table 四: administrative reconsideration, litigation without and after reconsideration; 15 cells, counted
 * for the original acting agency only (国办公开办函〔2016〕201号).
 */
public record AppealFigures(AppealBlock reconsideration, AppealBlock litigationDirect,
                            AppealBlock litigationAfterReconsideration) {

    public AppealFigures {
        reconsideration = reconsideration == null ? AppealBlock.zero() : reconsideration;
        litigationDirect = litigationDirect == null ? AppealBlock.zero() : litigationDirect;
        litigationAfterReconsideration = litigationAfterReconsideration == null ? AppealBlock.zero()
                : litigationAfterReconsideration;
    }

    public static AppealFigures none() {
        return new AppealFigures(null, null, null);
    }

    public AppealBlock block(AppealKind kind) {
        return switch (kind) {
            case RECONSIDERATION -> reconsideration;
            case LITIGATION_DIRECT -> litigationDirect;
            case LITIGATION_AFTER_RECONSIDERATION -> litigationAfterReconsideration;
        };
    }

    public long litigationTotal() {
        return litigationDirect.total() + litigationAfterReconsideration.total();
    }

    public boolean noneAtAll() {
        return reconsideration.total() == 0 && litigationTotal() == 0;
    }

    /**
     * One block: 结果维持, 结果纠正, 其他结果, 尚未审结; 总计 is their sum. {@link #countedTotal} is the
     * source's own count of the block's cases (null when not counted), compared by the checks.
     */
    public record AppealBlock(long upheld, long corrected, long other, long pending, Long countedTotal) {
        public static AppealBlock zero() {
            return new AppealBlock(0, 0, 0, 0, null);
        }

        public long total() {
            return upheld + corrected + other + pending;
        }

        public long value(AppealColumn c) {
            return switch (c) {
                case UPHELD -> upheld;
                case CORRECTED -> corrected;
                case OTHER -> other;
                case PENDING -> pending;
                case TOTAL -> total();
            };
        }
    }

    /** The three blocks, with the stable key prefixes of table 四. */
    public enum AppealKind {
        RECONSIDERATION("rev", "行政复议", "Reconsideration"),
        LITIGATION_DIRECT("lit_direct", "未经复议直接起诉", "Sued directly"),
        LITIGATION_AFTER_RECONSIDERATION("lit_after_rev", "复议后起诉", "Sued after reconsideration");

        private final String key;
        private final String labelZh;
        private final String labelEn;

        AppealKind(String key, String labelZh, String labelEn) {
            this.key = key;
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String key() {
            return key;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    /** The five columns of each block; {@link #TOTAL} is computed. */
    public enum AppealColumn {
        UPHELD("maintained", "结果维持"),
        CORRECTED("corrected", "结果纠正"),
        OTHER("other", "其他结果"),
        PENDING("pending", "尚未审结"),
        TOTAL("total", "总计");

        private final String key;
        private final String labelZh;

        AppealColumn(String key, String labelZh) {
            this.key = key;
            this.labelZh = labelZh;
        }

        public String key() {
            return key;
        }

        public String labelZh() {
            return labelZh;
        }
    }
}
