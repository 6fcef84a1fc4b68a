package org.gongkai.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reply labels of the 2007 era (before the national table of 2019), used by the legacy (2007-format) report
 * and by imports of old registers. Each label maps onto exactly one current {@link OutcomeCode}; the reverse
 * mapping ({@link #of(OutcomeCode)}) gives the label a legacy report shows for a record decided with a
 * current code. The table is repeated in the README.
 *
 * <p>Two labels have no exact counterpart: 非《条例》所指政府信息 (the request is not for government information)
 * becomes 其他处理 3 (other), and a bare 不予公开 without a recorded ground becomes 不予公开 2 (barred by law), the
 * ground the 2007 Regulation's Art.14 exemptions mostly fell under.
 */
public enum LegacyOutcome {
    AGREED(OutcomeCode.DISCLOSED, "同意公开", "予以公开"),
    PARTLY_AGREED(OutcomeCode.PARTIAL, "同意部分公开", "部分公开"),
    REFUSED(OutcomeCode.WITHHELD_LAW, "不予公开", "否决公开"),
    REFUSED_STATE_SECRET(OutcomeCode.WITHHELD_STATE_SECRET, "不予公开（国家秘密）", "涉及国家秘密"),
    REFUSED_COMMERCIAL_SECRET(OutcomeCode.WITHHELD_THIRD_PARTY, "不予公开（商业秘密）", "涉及商业秘密"),
    REFUSED_PRIVACY(OutcomeCode.WITHHELD_THIRD_PARTY, "不予公开（个人隐私）", "涉及个人隐私"),
    REFUSED_THIRD_PARTY(OutcomeCode.WITHHELD_THIRD_PARTY, "不予公开（商业秘密、个人隐私）", "涉及商业秘密、个人隐私"),
    REFUSED_SECURITY(OutcomeCode.WITHHELD_SECURITY, "不予公开（危及国家安全、公共安全、经济安全和社会稳定）",
            "危及国家安全、公共安全、经济安全和社会稳定"),
    REFUSED_INTERNAL(OutcomeCode.WITHHELD_INTERNAL, "不予公开（内部管理信息）", "内部管理信息"),
    REFUSED_PROCESS(OutcomeCode.WITHHELD_PROCESS, "不予公开（过程性信息）", "过程性信息", "正在调查、讨论、处理过程中"),
    REFUSED_ENFORCEMENT(OutcomeCode.WITHHELD_ENFORCEMENT, "不予公开（行政执法信息）", "行政执法信息"),
    REFUSED_LAW(OutcomeCode.WITHHELD_LAW, "不予公开（法律法规规定免予公开）", "法律法规规定免予公开的其他情形"),
    NOT_EXIST(OutcomeCode.UNAVAILABLE_NOT_HELD, "信息不存在", "政府信息不存在"),
    NOT_THIS_AGENCY(OutcomeCode.UNAVAILABLE_NOT_HELD, "非本机关", "非本机关政府信息", "非本部门掌握", "非本机关掌握"),
    UNCLEAR(OutcomeCode.UNAVAILABLE_UNCLEAR, "申请内容不明确", "申请内容不明确，经告知未补正"),
    NOT_GOVERNMENT_INFO(OutcomeCode.OTHER_OTHER, "非《条例》所指政府信息", "非政府信息"),
    REPEAT(OutcomeCode.NOT_PROCESSED_REPEAT, "重复申请"),
    PUBLICATION(OutcomeCode.NOT_PROCESSED_PUBLICATION, "要求提供公开出版物"),
    PETITION(OutcomeCode.NOT_PROCESSED_PETITION, "信访举报投诉"),
    WITHDRAWN(OutcomeCode.OTHER_OTHER, "申请人撤回", "撤回申请"),
    OTHER(OutcomeCode.OTHER_OTHER, "其他");

    private final OutcomeCode code;
    private final String label;
    private final List<String> aliases;

    LegacyOutcome(OutcomeCode code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public OutcomeCode code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** 否决公开 in the old reports: every reply that did not (even partly) agree. */
    public boolean isRefusal() {
        return this != AGREED && this != PARTLY_AGREED;
    }

    /** Accepts the enum name, the label or an alias (as written in old registers). */
    public static Optional<LegacyOutcome> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values())
                .filter(o -> o.name().equals(t.toUpperCase(Locale.ROOT)) || o.label.equals(t) || o.aliases.contains(t))
                .findFirst();
    }

    /** The label a legacy report shows for a record decided with a current code. */
    public static LegacyOutcome of(OutcomeCode code) {
        return switch (code) {
            case DISCLOSED -> AGREED;
            case PARTIAL -> PARTLY_AGREED;
            case WITHHELD_STATE_SECRET -> REFUSED_STATE_SECRET;
            case WITHHELD_LAW, WITHHELD_QUERY -> REFUSED_LAW;
            case WITHHELD_SECURITY -> REFUSED_SECURITY;
            case WITHHELD_THIRD_PARTY -> REFUSED_THIRD_PARTY;
            case WITHHELD_INTERNAL -> REFUSED_INTERNAL;
            case WITHHELD_PROCESS -> REFUSED_PROCESS;
            case WITHHELD_ENFORCEMENT -> REFUSED_ENFORCEMENT;
            case UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION -> NOT_EXIST;
            case UNAVAILABLE_UNCLEAR, OTHER_NO_CORRECTION -> UNCLEAR;
            case NOT_PROCESSED_PETITION -> PETITION;
            case NOT_PROCESSED_REPEAT -> REPEAT;
            case NOT_PROCESSED_PUBLICATION -> PUBLICATION;
            case NOT_PROCESSED_EXCESSIVE, NOT_PROCESSED_CONFIRMATION, OTHER_FEE_UNPAID, OTHER_OTHER -> OTHER;
        };
    }
}
