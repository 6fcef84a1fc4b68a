package org.gongkai.agencies.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AgencyNode", description = "An agency with the agencies under it")
public record AgencyNode(AgencyView agency, List<AgencyNode> children) {
}
