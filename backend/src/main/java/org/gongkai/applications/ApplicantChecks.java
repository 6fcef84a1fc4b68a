package org.gongkai.applications;

import org.gongkai.applications.dto.ApplicantInput;
import org.gongkai.applications.dto.RequestInput;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.validation.ChineseIds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The conditional rules of the application form that field annotations cannot express: identity for a natural
 * person (the 居民身份证 check digit), the credit code for an organisation, a way to reach the applicant, and
 * the address or e-mail the chosen way of obtaining needs. Shared by the portal, staff registration and imports.
 */
public final class ApplicantChecks {

    private static final Pattern MOBILE = Pattern.compile("(\\+?86[- ]?)?1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}[- ]?)?\\d{7,8}([- ]\\d{1,6})?");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9()（）-]{5,40}");

    private ApplicantChecks() {
    }

    /**
     * @param prefix            field-name prefix ("applicant." for the form, "applications[3].applicant." for imports)
     * @param identityRequired  live applications need identity proof (Art.29); old registers often lack it
     */
    public static List<ApiException.Violation> check(ApplicantInput a, RequestInput r, String prefix, String requestPrefix,
                                                     boolean identityRequired) {
        List<ApiException.Violation> v = new ArrayList<>();
        if (a == null || a.type() == null) {
            return v;
        }
        if (a.type() == ApplicantType.NATURAL_PERSON) {
            if (a.creditCode() != null && !a.creditCode().isBlank()) {
                v.add(ApiException.Violation.of(prefix + "creditCode", "自然人无需填写统一社会信用代码。",
                        "A natural person has no credit code."));
            }
            if (a.idType() == null && identityRequired) {
                v.add(ApiException.Violation.of(prefix + "idType", "请选择身份证件类型。", "Choose the identity document type."));
            }
            boolean hasNumber = a.idNumber() != null && !a.idNumber().isBlank();
            if (!hasNumber && (identityRequired || a.idType() != null)) {
                v.add(ApiException.Violation.of(prefix + "idNumber", "请填写身份证件号码。", "The identity document number is required."));
            } else if (hasNumber && a.idType() == null) {
                v.add(ApiException.Violation.of(prefix + "idType", "请选择身份证件类型。", "Choose the identity document type."));
            } else if (hasNumber && a.idType() == IdType.RESIDENT_ID && !ChineseIds.isValidResidentId(a.idNumber().trim())) {
                v.add(ApiException.Violation.of(prefix + "idNumber",
                        "不是有效的18位居民身份证号码（出生日期或末位校验码不符）。",
                        "Not a valid 18-digit resident ID number (birth date or check digit wrong)."));
            } else if (hasNumber && a.idType() != IdType.RESIDENT_ID && !OTHER_ID.matcher(a.idNumber().trim()).matches()) {
                v.add(ApiException.Violation.of(prefix + "idNumber", "证件号码只能包含字母、数字、括号和连字符（5至40位）。",
                        "The document number may contain letters, digits, brackets and hyphens (5–40)."));
            }
        } else {
            if (a.idType() != null || (a.idNumber() != null && !a.idNumber().isBlank())) {
                v.add(ApiException.Violation.of(prefix + "idNumber", "法人或其他组织请填写统一社会信用代码，无需填写身份证件。",
                        "An organisation gives its credit code, not an identity document."));
            }
            boolean hasCode = a.creditCode() != null && !a.creditCode().isBlank();
            if (!hasCode && identityRequired) {
                v.add(ApiException.Violation.of(prefix + "creditCode", "请填写统一社会信用代码。", "The unified social credit code is required."));
            } else if (hasCode && !ChineseIds.isValidCreditCode(a.creditCode().trim().toUpperCase())) {
                v.add(ApiException.Violation.of(prefix + "creditCode",
                        "不是有效的统一社会信用代码（18位，末位校验码不符）。",
                        "Not a valid unified social credit code (18 characters, check character mismatch)."));
            }
        }
        boolean phone = a.phone() != null && !a.phone().isBlank();
        boolean email = a.email() != null && !a.email().isBlank();
        boolean address = a.postalAddress() != null && !a.postalAddress().isBlank();
        if (phone) {
            String p = a.phone().trim();
            if (!MOBILE.matcher(p).matches() && !LANDLINE.matcher(p).matches()) {
                v.add(ApiException.Violation.of(prefix + "phone", "请填写有效的手机或固定电话号码。",
                        "Enter a valid mobile or landline number."));
            }
        }
        if (identityRequired && !phone && !email && !address) {
            v.add(ApiException.Violation.of(prefix + "phone", "请至少填写一种联系方式（电话、电子邮箱或通信地址）。",
                    "Give at least one way to reach you (phone, e-mail or postal address)."));
        }
        if (r != null && r.obtainMethod() == ObtainMethod.POST && !address) {
            v.add(ApiException.Violation.of(prefix + "postalAddress", "选择邮寄方式获取的，请填写通信地址。",
                    "A postal address is needed to receive the answer by post."));
        }
        if (r != null && r.obtainMethod() == ObtainMethod.EMAIL && !email) {
            v.add(ApiException.Violation.of(prefix + "email", "选择电子邮件方式获取的，请填写电子邮箱。",
                    "An e-mail address is needed to receive the answer by e-mail."));
        }
        if (r != null && r.obtainMethod() == ObtainMethod.EMAIL && r.provisionForm() == ProvisionForm.PAPER) {
            v.add(ApiException.Violation.of(requestPrefix + "obtainMethod", "纸质材料不能通过电子邮件获取，请选择邮寄或当面领取。",
                    "Paper copies cannot be sent by e-mail; choose post or pick-up."));
        }
        return v;
    }

    /** The key that groups an applicant's applications (null without an identifying number). */
    public static String applicantKey(ApplicantInput a) {
        if (a.type() == ApplicantType.NATURAL_PERSON) {
            return a.idNumber() == null || a.idNumber().isBlank() ? null
                    : QueryCodes.applicantKey(a.idType() == null ? "ID" : a.idType().name(), a.idNumber());
        }
        return a.creditCode() == null || a.creditCode().isBlank() ? null : QueryCodes.applicantKey("CREDIT", a.creditCode());
    }
}
