package org.gongkai.agencies.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agency", description = "A government body (机关)")
public record AgencyView(
        long id,
        @Schema(example = "攀枝花市东区人民政府") String name,
        @Schema(example = "东区政府") String shortName,
        @Schema(example = "11510402008547839L") String creditCode,
        @Schema(example = "DQ-01") String catalogueCode,
        Long parentId,
        @Schema(description = "A people's government (report due 31 March) rather than a department (31 January)")
        boolean government,
        boolean active,
        long version) {
}
