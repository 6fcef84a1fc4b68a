package org.gongkai.applications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.dto.DocumentInfo;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Roles;
import org.gongkai.common.web.ContentDisposition;

import java.util.List;

@Path("/api/v1/applications")
@Tag(name = "Application documents", description = "Receipt, notices and the decision letter, as DOCX or printable HTML")
@SecurityRequirement(name = "bearer")
public class ApplicationDocumentResource {

    @Inject
    ApplicationDocuments documents;

    @GET
    @Path("/{id: \\d+}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The documents this application has so far")
    @APIResponse(responseCode = "200", description = "Document list with download links")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public List<DocumentInfo> list(@PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("/{id: \\d+}/documents/{kind}")
    @Produces({ApplicationDocuments.DOCX, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "One document, generated from the record: DOCX (default) or HTML for printing")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "400", description = "Unknown kind or format")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application, or the step the document records has not happened")
    public Response document(@PathParam("id") long id, @PathParam("kind") DocumentKind kind,
                             @QueryParam("eventId") @Parameter(description = "Consultation letters: which consultation") Long eventId,
                             @QueryParam("format") @DefaultValue("docx") @Parameter(description = "docx or html") String format) {
        if ("html".equalsIgnoreCase(format)) {
            return Response.ok(documents.html(id, kind, eventId), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (!"docx".equalsIgnoreCase(format)) {
            throw ApiException.invalidField("format", "格式只能是 docx 或 html。", "The format is docx or html.");
        }
        ApplicationDocuments.Rendered doc = documents.docx(id, kind, eventId);
        return Response.ok(doc.content(), ApplicationDocuments.DOCX)
                .header("Content-Disposition", ContentDisposition.attachment(doc.fileName()))
                .build();
    }
}
