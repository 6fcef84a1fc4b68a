package org.gongkai.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.audit.dto.AuditEntryView;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

import java.time.LocalDate;

@Path("/api/v1/audit-log")
@Tag(name = "Audit log", description = "Append-only record of every write (administrators)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    @Inject
    AuditQueryService service;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List audit rows, newest first, with filters")
    @APIResponse(responseCode = "200", description = "A page of audit rows")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Page<AuditEntryView> list(@QueryParam("entityType") String entityType,
                                     @QueryParam("entityId") String entityId,
                                     @QueryParam("actor") String actor,
                                     @QueryParam("action") String action,
                                     @QueryParam("from") LocalDate from,
                                     @QueryParam("to") LocalDate to,
                                     @Valid @BeanParam PageRequest page) {
        return service.list(new AuditQueryService.Filter(entityType, entityId, actor, action, from, to), page);
    }
}
