package org.gongkai.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The single-page app uses history-mode URLs (/items/42, /admin/applications?status=…) so that views can be
 * bookmarked. When the packaged jar serves the built app, a browser navigating to such a URL (it asks for
 * text/html) gets index.html and the app's router takes over; API calls, the /q endpoints and real files are
 * left alone.
 */
@ApplicationScoped
public class SpaRouting {

    void install(@Observes Router router) {
        boolean hasApp = Thread.currentThread().getContextClassLoader()
                .getResource("META-INF/resources/index.html") != null;
        if (!hasApp) {
            return;
        }
        router.route().order(-100).handler(rc -> {
            String path = rc.normalizedPath();
            String accept = rc.request().getHeader("Accept");
            if (rc.request().method() == HttpMethod.GET && accept != null && accept.contains("text/html")
                    && isAppRoute(path)) {
                rc.reroute("/");
            } else {
                rc.next();
            }
        });
    }

    static boolean isAppRoute(String path) {
        if (path.equals("/") || path.startsWith("/api/") || path.startsWith("/q/") || path.equals("/api")
                || path.equals("/q")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
