package org.gongkai.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Roles;
import org.gongkai.common.web.ContentDisposition;
import org.gongkai.items.dto.AttachmentView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/items/{id}/attachments")
@Tag(name = "Disclosure items")
public class ItemAttachmentResource {

    @Inject
    AttachmentService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Attach a file to a draft (multipart field \"file\"): pdf, doc, docx, xls, xlsx, ofd, txt, jpg, png, zip")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "No file in the request")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not a draft, too many attachments, or year locked")
    @APIResponse(responseCode = "413", description = "Larger than gongkai.items.max-attachment-size (20 MB)")
    @APIResponse(responseCode = "415", description = "Type not accepted, or content does not match the extension")
    public Response upload(@PathParam("id") long id,
                           @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                           @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalidField("file", "请选择要上传的文件（表单字段 file）。",
                    "Choose a file to upload (form field \"file\").");
        }
        AttachmentView created = service.upload(id, file.uploadedFile(), file.fileName(), file.size());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (public when the item is published)")
    @APIResponse(responseCode = "200", description = "The file, with its name in Content-Disposition (RFC 5987)")
    @APIResponse(responseCode = "403", description = "Unpublished item of another agency")
    @APIResponse(responseCode = "404", description = "No such item or attachment, or not published")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentService.Download d = service.download(id, attachmentId);
        return Response.ok(d.path(), d.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(d.fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, d.size())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, d.isPublic() ? "public, max-age=300" : "private, no-store")
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such item or attachment")
    @APIResponse(responseCode = "409", description = "Not a draft, or year locked")
    public void delete(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        service.delete(id, attachmentId);
    }
}
