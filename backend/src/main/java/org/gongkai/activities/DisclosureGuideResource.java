package org.gongkai.activities;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/disclosure-guides")
@Tag(name = "Disclosure guides", description = "Versions of the disclosure guide (公开指南); public")
public class DisclosureGuideResource extends DisclosureDocumentResource {

    @Inject
    DisclosureGuideService service;

    @Override
    protected DisclosureDocumentService service() {
        return service;
    }
}
