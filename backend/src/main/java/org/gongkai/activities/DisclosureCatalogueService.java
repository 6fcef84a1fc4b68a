package org.gongkai.activities;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DisclosureCatalogueService extends DisclosureDocumentService {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.CATALOGUE;
    }
}
