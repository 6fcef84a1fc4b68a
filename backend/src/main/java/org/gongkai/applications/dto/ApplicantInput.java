package org.gongkai.applications.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicantType;
import org.gongkai.applications.IdType;

/**
 * The applicant (Art.29 ①: name, identity proof, contact details). A natural person gives an identity document
 * (a 居民身份证 number is checked digit by digit); an organisation gives its 统一社会信用代码. At least one way to
 * reach the applicant is required, and the one the answer travels by (address for post, e-mail for e-mail).
 */
@Schema(name = "ApplicantInput")
public record ApplicantInput(
        @NotNull @Schema(example = "NATURAL_PERSON") ApplicantType type,
        @NotBlank @Size(max = 100) @Schema(description = "Person's name or organisation's full name", example = "张三") String name,
        @Schema(description = "Natural persons: the identity document", example = "RESIDENT_ID") IdType idType,
        @Size(max = 40) @Schema(description = "Natural persons: the document number", example = "11010519491231002X") String idNumber,
        @Size(max = 18) @Schema(description = "Organisations: 统一社会信用代码", example = "91510400MA62A0X31B") String creditCode,
        @Size(max = 50) @Schema(description = "Organisations: the person acting for it", example = "李四") String contactPerson,
        @Size(max = 30) @Schema(example = "13812345678") String phone,
        @Email(message = "{org.gongkai.applications.Email.message}") @Size(max = 100) @Schema(example = "zhangsan@example.cn") String email,
        @Size(max = 300) @Schema(example = "四川省攀枝花市东区炳草岗大街1号") String postalAddress,
        @Pattern(regexp = "\\d{6}", message = "{org.gongkai.applications.PostalCode.message}") @Schema(example = "617000") String postalCode) {
}
