package org.gongkai.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.gongkai.common.error.Problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every error answer of the API has the same body, so resources only declare which statuses they return and
 * this filter gives each 4xx/5xx response the problem-details content and adds the Problem schema once.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldViolation", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("title"))
                .addProperty("message", string("不能为空")));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", string("https://gongkai.local/problems/validation-failed"))
                .addProperty("title", string("Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .examples(List.of(BigDecimal.valueOf(400))))
                .addProperty("detail", string("提交的内容有误，请按提示修改。"))
                .addProperty("instance", string("/api/v1/items"))
                .addProperty("code", string("VALIDATION_FAILED"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation")))
                .addProperty("retryAfterSeconds", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .required(List.of("type", "title", "status", "code")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> e : op.getResponses().getAPIResponses().entrySet()) {
                    String code = e.getKey();
                    if ((code.startsWith("4") || code.startsWith("5")) && e.getValue().getContent() == null) {
                        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
                        e.getValue().setContent(content);
                    }
                }
            }
        }
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of(example));
    }
}
