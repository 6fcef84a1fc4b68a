package org.gongkai.applications;

/**
 * The standard sentence of a decision letter for each outcome, citing the article of the Regulation in force
 * on the received date (article numbers are those of the 2019 Regulation; letters under the 2007 Regulation
 * cite it without article numbers, since the caseworker's legal basis names them).
 */
final class DecisionWording {

    private DecisionWording() {
    }

    static String sentence(OutcomeCode outcome, Regime regime) {
        String law = regime == Regime.R2019 && outcome.article() != null
                ? "《中华人民共和国政府信息公开条例》" + outcome.article() : "《中华人民共和国政府信息公开条例》";
        return switch (outcome) {
            case DISCLOSED -> "经审查，您申请获取的政府信息属于公开范围，根据" + law + "的规定，本机关决定予以公开。";
            case PARTIAL -> "经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，根据" + law
                    + "的规定，本机关对能够作区分处理的部分予以公开，下列内容不予公开：";
            case WITHHELD_STATE_SECRET -> withheld("属于依法确定为国家秘密的政府信息", law);
            case WITHHELD_LAW -> withheld("属于法律、行政法规禁止公开的政府信息", law);
            case WITHHELD_SECURITY -> withheld("公开后可能危及国家安全、公共安全、经济安全、社会稳定", law);
            case WITHHELD_THIRD_PARTY -> withheld("涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", law);
            case WITHHELD_INTERNAL -> withheld("属于行政机关的内部事务信息", law);
            case WITHHELD_PROCESS -> withheld("属于行政机关在履行行政管理职能过程中形成的过程性信息", law);
            case WITHHELD_ENFORCEMENT -> withheld("属于行政执法案卷信息", law);
            case WITHHELD_QUERY -> "经审查，您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的行政查询事项，根据" + law
                    + "的规定，请您依照有关法律、行政法规的规定办理。";
            case UNAVAILABLE_NOT_HELD -> "经检索，本机关未制作或者获取您申请公开的政府信息。根据" + law
                    + "的规定，告知您该政府信息本机关不掌握。";
            case UNAVAILABLE_NEEDS_CREATION -> "经审查，本机关没有您所申请的现成信息，需要对现有政府信息进行加工、分析才能形成。根据" + law
                    + "的规定，本机关不予提供。";
            case UNAVAILABLE_UNCLEAR -> "经补正，您的申请内容仍不明确，本机关无法确定您所需要的政府信息。根据" + law
                    + "的规定，本机关无法提供。";
            case NOT_PROCESSED_PETITION -> "经审查，您以政府信息公开申请的形式提出的事项属于信访、投诉、举报。根据" + law
                    + "的规定，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。";
            case NOT_PROCESSED_REPEAT -> "本机关已就您提出的相同政府信息公开申请作出答复。根据" + law + "的规定，不予重复处理。";
            case NOT_PROCESSED_PUBLICATION -> "经审查，您申请获取的是政府公报、报刊、书籍等公开出版物。根据" + law
                    + "的规定，请您通过公开发行渠道获取。";
            case NOT_PROCESSED_EXCESSIVE -> "您申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，理由不合理。根据" + law
                    + "的规定，本机关不予处理。";
            case NOT_PROCESSED_CONFIRMATION -> "您要求本机关确认或者重新出具您已获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。";
            case OTHER_NO_CORRECTION -> "本机关已向您发出补正通知，您无正当理由逾期未补正，视为放弃申请。根据" + law
                    + "的规定，本机关不再处理您的政府信息公开申请。";
            case OTHER_FEE_UNPAID -> "本机关已向您发出信息处理费缴费通知，您逾期未缴纳费用，视为放弃申请。根据" + law
                    + "的规定，本机关不再处理您的政府信息公开申请。";
            case OTHER_OTHER -> "本机关对您的申请处理如下。";
        };
    }

    private static String withheld(String ground, String law) {
        return "经审查，您申请获取的政府信息" + ground + "。根据" + law + "的规定，本机关决定不予公开。";
    }
}
