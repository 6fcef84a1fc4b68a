package org.gongkai.activities;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DisclosureGuideService extends DisclosureDocumentService {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.GUIDE;
    }
}
