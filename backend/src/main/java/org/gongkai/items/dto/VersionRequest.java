package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VersionRequest", description = "An action that needs only the version the caller read")
public record VersionRequest(@Schema(required = true, description = "Version read from GET") Long version) {
}
