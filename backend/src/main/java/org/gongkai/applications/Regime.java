package org.gongkai.applications;

import java.time.LocalDate;

/**
 * The Regulation in force on the received date decides the reply period: the 2007 Regulation (国务院令第492号,
 * 15 working days plus at most 15) for applications received before 15 May 2019, the revised Regulation
 * (国务院令第711号, 20 plus at most 20) from that day on.
 */
public enum Regime {
    R2007("2007年《政府信息公开条例》（国务院令第492号）", "2007 Regulation (State Council Decree 492)", 15, 15),
    R2019("2019年《政府信息公开条例》（国务院令第711号）", "2019 Regulation (State Council Decree 711)", 20, 20);

    /** The first day the 2007 Regulation applied; nothing was received under it before. */
    public static final LocalDate FIRST_DAY_2007 = LocalDate.of(2008, 5, 1);
    public static final LocalDate FIRST_DAY_2019 = LocalDate.of(2019, 5, 15);
    /** 国办函〔2020〕109号 (信息处理费) applies to fee notices from this day. */
    public static final LocalDate FEE_RULES_2021 = LocalDate.of(2021, 1, 1);

    private final String zh;
    private final String en;
    private final int replyWorkingDays;
    private final int maxExtensionWorkingDays;

    Regime(String zh, String en, int replyWorkingDays, int maxExtensionWorkingDays) {
        this.zh = zh;
        this.en = en;
        this.replyWorkingDays = replyWorkingDays;
        this.maxExtensionWorkingDays = maxExtensionWorkingDays;
    }

    public static Regime forReceivedDate(LocalDate receivedOn) {
        return receivedOn.isBefore(FIRST_DAY_2019) ? R2007 : R2019;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    public int maxExtensionWorkingDays() {
        return maxExtensionWorkingDays;
    }
}
