package org.gongkai.activities;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/disclosure-catalogues")
@Tag(name = "Disclosure catalogues", description = "Versions of the disclosure catalogue (公开目录); public")
public class DisclosureCatalogueResource extends DisclosureDocumentResource {

    @Inject
    DisclosureCatalogueService service;

    @Override
    protected DisclosureDocumentService service() {
        return service;
    }
}
