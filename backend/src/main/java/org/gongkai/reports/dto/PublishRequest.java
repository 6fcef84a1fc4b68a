package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportPublishRequest")
public record PublishRequest(@Schema(description = "The report's version as read") Long version) {
}
