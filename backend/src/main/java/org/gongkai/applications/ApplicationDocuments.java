package org.gongkai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.applications.dto.DocumentInfo;
import org.gongkai.applications.dto.WithheldPart;
import org.gongkai.common.config.GongkaiConfig;
import org.gongkai.common.error.ApiException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the letters of an application from the Chinese templates in {@code templates/applications/}
 * (see {@link LetterMarkup}): each names the agency, the tracking number, the dates and the legal basis; the
 * decision letter states the remedies. Values are taken from the stored record and its events, so a letter
 * can be printed again at any time and says the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    @Location("applications/receipt.txt")
    Template receipt;

    @Inject
    @Location("applications/clarification-notice.txt")
    Template clarificationNotice;

    @Inject
    @Location("applications/consultation-letter.txt")
    Template consultationLetter;

    @Inject
    @Location("applications/extension-notice.txt")
    Template extensionNotice;

    @Inject
    @Location("applications/fee-notice.txt")
    Template feeNotice;

    @Inject
    @Location("applications/decision.txt")
    Template decision;

    @Inject
    ApplicationHandlingService handling;

    @Inject
    ApplicationEventRepository events;

    @Inject
    ApplicationViews views;

    @Inject
    ApplicationClock clock;

    @Inject
    GongkaiConfig config;

    public record Rendered(String fileName, byte[] content) {
    }

    public List<DocumentInfo> list(long id) {
        DisclosureApplication app = handling.findInScope(id);
        return ApplicationViews.documents(app, events.forApplication(id));
    }

    public Rendered docx(long id, DocumentKind kind, Long eventId) {
        DisclosureApplication app = handling.findInScope(id);
        String text = render(app, kind, eventId, null);
        return new Rendered(app.trackingNumber + "-" + suffix(kind) + ".docx",
                LetterMarkup.docx(LetterMarkup.parse(text)));
    }

    public String html(long id, DocumentKind kind, Long eventId) {
        DisclosureApplication app = handling.findInScope(id);
        return LetterMarkup.html(LetterMarkup.parse(render(app, kind, eventId, null)), kind.zh());
    }

    /** The portal's printable receipt, with the query code the applicant just typed. */
    public String receiptHtml(DisclosureApplication app, String queryCode) {
        return LetterMarkup.html(LetterMarkup.parse(render(app, DocumentKind.RECEIPT, null, queryCode)),
                DocumentKind.RECEIPT.zh());
    }

    String render(DisclosureApplication app, DocumentKind kind, Long eventId, String queryCode) {
        List<ApplicationEvent> list = events.forApplication(app.id);
        Map<String, Object> d = common(app, kind);
        Template t = switch (kind) {
            case RECEIPT -> receiptData(app, list, d, queryCode);
            case CLARIFICATION_NOTICE -> clarificationData(list, d);
            case CONSULTATION_LETTER -> consultationData(app, list, eventId, d);
            case EXTENSION_NOTICE -> extensionData(app, list, d);
            case FEE_NOTICE -> feeData(app, d);
            case DECISION -> decisionData(app, list, d);
        };
        TemplateInstance instance = t.instance();
        d.forEach(instance::data);
        return instance.render();
    }

    private Map<String, Object> common(DisclosureApplication app, DocumentKind kind) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("docNumber", app.trackingNumber + "-" + suffix(kind));
        d.put("agencyName", clean(app.agency.name));
        d.put("applicantName", clean(app.applicantName));
        d.put("trackingNumber", app.trackingNumber);
        d.put("receivedOn", chinese(app.receivedOn));
        d.put("description", clean(app.description));
        d.put("regulation", app.regime == Regime.R2019 ? "《中华人民共和国政府信息公开条例》"
                : "《中华人民共和国政府信息公开条例》（2007年）");
        return d;
    }

    private Template receiptData(DisclosureApplication app, List<ApplicationEvent> list, Map<String, Object> d,
                                 String queryCode) {
        d.put("submittedOn", chinese(app.submittedOn != null ? app.submittedOn : app.receivedOn));
        d.put("channel", app.channel.zh());
        d.put("queryCode", queryCode == null ? "" : queryCode);
        if (queryCode != null) {
            // The portal's copy: whoever holds the code sees masked personal data only, as on the tracking page.
            d.put("applicantName", clean(PersonalData.maskName(app.applicantName, app.applicantType.isOrganisation())));
        }
        d.put("idMasked", app.idNumber == null ? "" : app.idType.zh() + " " + PersonalData.maskId(app.idNumber));
        d.put("creditCode", app.creditCode == null ? "" : app.creditCode);
        d.put("phoneMasked", app.phone == null ? "" : PersonalData.maskPhone(app.phone));
        d.put("provisionForm", app.provisionForm.zh());
        d.put("obtainMethod", app.obtainMethod.zh());
        Deadline deadline = clock.deadline(app, list);
        d.put("dueText", deadline.dueDate() != null && app.isOpen() ? chinese(deadline.dueDate())
                : deadline.missingYear() != null ? "待" + deadline.missingYear() + "年节假日安排公布后确定"
                : app.isOpen() ? "见办理进度" : "已办结");
        d.put("receivedRule", clean(app.receivedNote != null ? app.receivedNote : app.channel.ruleZh()));
        d.put("replyArticle", app.regime == Regime.R2019 ? "第三十三条" : "第二十四条");
        d.put("replyDays", app.regime.replyWorkingDays());
        d.put("extensionDays", app.regime.maxExtensionWorkingDays());
        d.put("portalUrl", config.publicUrl().replaceAll("/+$", "") + "/track");
        d.put("issuedOn", chinese(clock.today()));
        return receipt;
    }

    private Template clarificationData(List<ApplicationEvent> list, Map<String, Object> d) {
        ApplicationEvent e = last(list, ApplicationEventType.CLARIFICATION_REQUESTED, null);
        List<String> items = new ArrayList<>();
        JsonNode details = views.details(e);
        if (details != null && details.has("items")) {
            int n = 1;
            for (JsonNode i : details.get("items")) {
                items.add((n++) + ". " + clean(i.asText()));
            }
        }
        d.put("items", items);
        d.put("replyBy", chinese(e.untilDate));
        d.put("sentOn", chinese(e.occurredOn));
        return clarificationNotice;
    }

    private Template consultationData(DisclosureApplication app, List<ApplicationEvent> list, Long eventId,
                                      Map<String, Object> d) {
        ApplicationEvent e = last(list, ApplicationEventType.CONSULTATION_STARTED, eventId);
        boolean thirdParty = e.partyKind == ConsultedPartyKind.THIRD_PARTY;
        String article;
        if (app.regime == Regime.R2007) {
            article = "《中华人民共和国政府信息公开条例》（2007年）第二十三条";
        } else if (thirdParty) {
            article = "《中华人民共和国政府信息公开条例》第三十二条";
        } else if (e.partyKind == ConsultedPartyKind.CO_PRODUCER) {
            article = "《中华人民共和国政府信息公开条例》第三十四条";
        } else {
            article = "《中华人民共和国政府信息公开条例》第三十三条第三款";
        }
        d.put("party", clean(e.party));
        d.put("subject", clean(ApplicationViews.text(views.details(e), "subject")));
        d.put("basis", thirdParty
                ? "经审查，该信息的公开可能损害贵方（单位）的合法权益。根据" + article + "的规定，现书面征求贵方（单位）意见。"
                : "该信息的公开涉及贵机关，根据" + article + "的规定，现征求贵机关意见。");
        d.put("silence", thirdParty ? "逾期未提出意见的，由本机关依照《条例》的规定决定是否公开。"
                : e.partyKind == ConsultedPartyKind.CO_PRODUCER ? "逾期未提出意见的，视为同意公开。" : "");
        d.put("answerDue", e.untilDate == null ? "收到本函之日起15个工作日内" : chinese(e.untilDate));
        d.put("sentOn", chinese(e.occurredOn));
        return consultationLetter;
    }

    private Template extensionData(DisclosureApplication app, List<ApplicationEvent> list, Map<String, Object> d) {
        ApplicationEvent e = last(list, ApplicationEventType.EXTENDED, null);
        JsonNode details = views.details(e);
        d.put("reason", clean(ApplicationViews.text(details, "reason")));
        d.put("approvedBy", clean(ApplicationViews.text(details, "approvedBy")));
        d.put("workingDays", e.workingDays);
        d.put("extensionArticle", app.regime == Regime.R2019 ? "第三十三条第二款" : "第二十四条第二款");
        List<ApplicationEvent> upTo = list.subList(0, list.indexOf(e) + 1);
        Deadline after = clock.deadline(app, upTo);
        d.put("newDue", after.dueDate() != null ? chinese(after.dueDate())
                : after.missingYear() != null ? "待" + after.missingYear() + "年节假日安排公布后另行告知" : "期限暂停计算期间顺延");
        d.put("on", chinese(e.occurredOn));
        return extensionNotice;
    }

    private Template feeData(DisclosureApplication app, Map<String, Object> d) {
        if (app.feeMethod == null) {
            throw notAvailable(DocumentKind.FEE_NOTICE);
        }
        FeeCalculator.Fee fee = app.feeMethod == FeeMethod.PER_PAGE
                ? FeeCalculator.perPage(app.feeUnits) : FeeCalculator.perApplication(app.feeUnits);
        d.put("method", app.feeMethod.zh());
        d.put("units", app.feeMethod == FeeMethod.PER_PAGE ? app.feeUnits + "页" : "本自然月第" + app.feeUnits + "件");
        d.put("computation", fee.explanation().stream().map(t -> clean(t.zh())).toList());
        d.put("amount", FeeCalculator.plain(app.feeAmount));
        d.put("payBy", app.feePayBy == null ? "收到本通知之日起20个工作日内" : chinese(app.feePayBy));
        d.put("sentOn", chinese(app.feeNoticeOn));
        return feeNotice;
    }

    private Template decisionData(DisclosureApplication app, List<ApplicationEvent> list, Map<String, Object> d) {
        if (app.outcome == null || list.stream().anyMatch(e -> e.type == ApplicationEventType.WITHDRAWN)) {
            throw notAvailable(DocumentKind.DECISION);
        }
        StringBuilder history = new StringBuilder();
        list.stream().filter(e -> e.type == ApplicationEventType.CLARIFICATION_RECEIVED).findFirst()
                .ifPresent(e -> history.append("本机关于").append(chinese(e.occurredOn)).append("收到您补正后的申请。"));
        list.stream().filter(e -> e.type == ApplicationEventType.EXTENDED).findFirst()
                .ifPresent(e -> history.append("经本机关政府信息公开工作机构负责人同意，答复期限已延长").append(e.workingDays)
                        .append("个工作日。"));
        d.put("history", history.toString());
        d.put("outcomeText", DecisionWording.sentence(app.outcome, app.regime));
        List<String> withheld = new ArrayList<>();
        int n = 1;
        for (WithheldPart p : views.withheldParts(app)) {
            withheld.add((n++) + ". " + clean(p.part()) + "：" + p.ground().rowZh().replaceFirst("^\\d+\\.", "")
                    + (p.reason() == null || p.reason().isBlank() ? "" : "（" + clean(p.reason()) + "）"));
        }
        d.put("withheld", withheld);
        d.put("reason", clean(app.decisionReason));
        d.put("referral", clean(app.referralAgency));
        d.put("provision", app.outcome == OutcomeCode.DISCLOSED || app.outcome == OutcomeCode.PARTIAL
                ? "本机关按照您申请的" + app.provisionForm.zh() + "形式，通过" + app.obtainMethod.zh() + "方式向您提供。" : "");
        d.put("legalBasis", clean(app.legalBasis != null ? app.legalBasis
                : ApplicationHandlingService.legalBasis(app.regime, app.outcome, null)));
        d.put("decidedOn", chinese(app.concludedOn));
        return decision;
    }

    private ApplicationEvent last(List<ApplicationEvent> list, ApplicationEventType type, Long eventId) {
        ApplicationEvent found = null;
        for (ApplicationEvent e : list) {
            if (e.type == type && (eventId == null || eventId.equals(e.id))) {
                found = e;
            }
        }
        if (found == null) {
            throw notAvailable(switch (type) {
                case CLARIFICATION_REQUESTED -> DocumentKind.CLARIFICATION_NOTICE;
                case CONSULTATION_STARTED -> DocumentKind.CONSULTATION_LETTER;
                default -> DocumentKind.EXTENSION_NOTICE;
            });
        }
        return found;
    }

    private static ApiException notAvailable(DocumentKind kind) {
        return ApiException.notFound("DOCUMENT_NOT_AVAILABLE", "该申请尚无“" + kind.zh() + "”（相应的办理步骤还没有发生）。",
                "This application has no " + kind.en().toLowerCase() + " (the step it records has not happened).");
    }

    static String suffix(DocumentKind kind) {
        return switch (kind) {
            case RECEIPT -> "回执";
            case CLARIFICATION_NOTICE -> "补正";
            case CONSULTATION_LETTER -> "征询";
            case EXTENSION_NOTICE -> "延期";
            case FEE_NOTICE -> "收费";
            case DECISION -> "答复";
        };
    }

    static String chinese(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Values sit inside one line of the markup: no line breaks, no table separators. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").replace('|', '｜').strip();
    }
}
