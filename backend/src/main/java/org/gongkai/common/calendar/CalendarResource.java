package org.gongkai.common.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.calendar.dto.CalendarYearRequest;
import org.gongkai.common.calendar.dto.CalendarYearSummary;
import org.gongkai.common.calendar.dto.CalendarYearView;
import org.gongkai.common.calendar.dto.WorkingDaysView;
import org.gongkai.common.security.Roles;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Official holidays and make-up working days; working-day arithmetic")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarService service;

    @GET
    @Path("/years")
    @Operation(summary = "Years whose holiday notice is loaded")
    @APIResponse(responseCode = "200", description = "Loaded years")
    public List<CalendarYearSummary> years() {
        return service.listYears();
    }

    @GET
    @Path("/years/{year}")
    @Operation(summary = "The dates one year's notice names")
    @APIResponse(responseCode = "200", description = "The year's days")
    @APIResponse(responseCode = "404", description = "Year not loaded")
    public CalendarYearView year(@PathParam("year") int year) {
        return service.getYear(year);
    }

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add or correct a year's holidays (recomputes open deadlines)")
    @APIResponse(responseCode = "200", description = "The year as stored")
    @APIResponse(responseCode = "400", description = "Invalid dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Stale version")
    public CalendarYearView replace(@PathParam("year") int year, @Valid @NotNull CalendarYearRequest request) {
        return service.replaceYear(year, request);
    }

    @GET
    @Path("/working-days/add")
    @Operation(summary = "The date N working days after a date, with an explanation")
    @APIResponse(responseCode = "200", description = "Result and the days skipped")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters")
    @APIResponse(responseCode = "409", description = "A year on the way has no calendar data")
    public WorkingDaysView add(@QueryParam("from") @NotNull LocalDate from,
                               @QueryParam("days") @NotNull @Min(0) @Max(366) Integer days) {
        return WorkingDaysView.of(service.current().addWorkingDays(from, days));
    }

    @GET
    @Path("/working-days/between")
    @Operation(summary = "Working days after 'from' up to and including 'to', with an explanation")
    @APIResponse(responseCode = "200", description = "Count and the days skipped")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters")
    @APIResponse(responseCode = "409", description = "A year on the way has no calendar data")
    public WorkingDaysView between(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        if (Math.abs(to.toEpochDay() - from.toEpochDay()) > 3660) {
            throw org.gongkai.common.error.ApiException.invalidField("to", "日期跨度不能超过十年。",
                    "The span may not exceed ten years.");
        }
        return WorkingDaysView.of(service.current().workingDaysBetween(from, to));
    }
}
