package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.IdType;

@Schema(name = "PersonalDataView", description = "Full personal data, after an audited reveal")
public record PersonalDataView(String name, IdType idType, String idNumber, String phone, String email,
                               String postalAddress, String postalCode) {
}
