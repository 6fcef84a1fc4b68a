package org.gongkai.openstats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.text.Languages;
import org.gongkai.common.web.ContentDisposition;
import org.gongkai.openstats.OpenStatisticsCsv.Dataset;
import org.gongkai.openstats.dto.OpenStatisticsView;

import java.util.Locale;

/** The portal's open statistics page and its CSV downloads: public, aggregate figures only. */
@Path("/api/v1/open-statistics")
@Tag(name = "Open statistics", description = "Public aggregate figures of the disclosure work, with CSV downloads")
public class OpenStatisticsResource {

    @Inject
    OpenStatisticsService statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A year's public figures: items published by category and month (and per year), "
            + "applications received and their outcomes by group, reading-point and website visits per month and kind")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "404", description = "No such agency")
    public OpenStatisticsView get(@QueryParam("year") @Parameter(description = "Default: this year") Integer year,
                                  @QueryParam("agencyId")
                                  @Parameter(description = "One agency with the agencies under it; default: the whole district")
                                  Long agencyId) {
        return statistics.forYear(year, agencyId);
    }

    @GET
    @Path("/{dataset}.csv")
    @Produces("text/csv")
    @Operation(summary = "One table of the open statistics as CSV (UTF-8 with BOM, opens in Excel), in the language "
            + "of lang or Accept-Language")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Year out of range or unknown language")
    @APIResponse(responseCode = "404", description = "No such dataset or agency")
    public Response csv(@PathParam("dataset")
                        @Parameter(description = "items-by-category, items-by-month, items-by-year, applications-by-month, "
                                + "application-outcomes, visits-by-month, visits-by-kind", example = "items-by-category")
                        String dataset,
                        @QueryParam("year") @Parameter(description = "Default: this year") Integer year,
                        @QueryParam("agencyId") Long agencyId,
                        @QueryParam("lang") @Parameter(description = "zh-CN or en; default: Accept-Language") String lang,
                        @Context HttpHeaders headers) {
        Dataset d = Dataset.bySlug(dataset).orElseThrow(() -> ApiException.notFound("DATASET_NOT_FOUND",
                "没有这个统计表。可下载：" + String.join("、", Dataset.slugs()) + "。",
                "No such table. Available: " + String.join(", ", Dataset.slugs()) + "."));
        Locale locale = language(lang, headers);
        OpenStatisticsView view = statistics.forYear(year, agencyId);
        boolean english = Languages.isEnglish(locale);
        return Response.ok(OpenStatisticsCsv.write(d, view, english), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName(view.year(), locale)))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static Locale language(String lang, HttpHeaders headers) {
        if (lang == null || lang.isBlank()) {
            return Languages.of(headers);
        }
        String l = lang.trim().toLowerCase(Locale.ROOT);
        if (l.startsWith("en")) {
            return Locale.ENGLISH;
        }
        if (l.startsWith("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        throw ApiException.invalidField("lang", "语言只能是 zh-CN 或 en。", "lang must be zh-CN or en.");
    }
}
