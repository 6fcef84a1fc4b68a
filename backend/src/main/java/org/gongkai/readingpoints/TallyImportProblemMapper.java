package org.gongkai.readingpoints;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongkai.common.error.Problem;
import org.gongkai.common.text.Languages;
import org.gongkai.readingpoints.dto.TallyImportProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;

/** Turns a rejected import into problem details that also carry the report (a permitted RFC 9457 extension). */
public class TallyImportProblemMapper {

    @ServerExceptionMapper
    public Response rejected(TallyImportRejectedException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        TallyImportProblem body = new TallyImportProblem("https://gongkai.local/problems/import-rejected",
                "Unprocessable Content", 422, e.detail().in(locale), uri == null ? null : uri.getPath(), "IMPORT_REJECTED",
                e.report().rejected().stream()
                        .map(r -> new Problem.FieldViolation("rows[" + r.row() + "]." + r.column(), r.reason().in(locale)))
                        .toList(),
                e.report());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
