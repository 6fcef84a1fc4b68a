package org.gongkai.readingpoints;

import java.util.List;

/**
 * A tally file as read: its format and encoding, and each data row's raw cell texts with the row number the
 * clerk sees in the spreadsheet (the header is row 1).
 */
public record TallyFile(String format, String encoding, List<String> ignoredColumns, List<RawRow> rows) {

    /** The columns a tally file has; POINT, DATE, PEOPLE and ITEMS are required. */
    public enum Column {
        POINT("point", "查阅点"), DATE("date", "日期"), PEOPLE("people", "接待人数"), ITEMS("items", "查阅信息数"),
        NOTE("note", "备注");

        private final String en;
        private final String zh;

        Column(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        /** The name used in reports: the English header name, which every tool can print. */
        public String key() {
            return en;
        }

        public String zh() {
            return zh;
        }
    }

    public record RawRow(int row, String point, String date, String people, String items, String note) {
        boolean blank() {
            return isBlank(point) && isBlank(date) && isBlank(people) && isBlank(items) && isBlank(note);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
