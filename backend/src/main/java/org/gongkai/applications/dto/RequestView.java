package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ObtainMethod;
import org.gongkai.applications.ProvisionForm;

@Schema(name = "RequestView")
public record RequestView(String description, String documentNumbers, ProvisionForm provisionForm, ObtainMethod obtainMethod) {
}
