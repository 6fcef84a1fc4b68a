package org.gongkai.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongkai.common.text.Languages;
import org.gongkai.common.text.Text;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The single place where exceptions become RFC 9457 problem details. Services throw {@link ApiException};
 * framework, validation, persistence and security failures are translated here so that no caller ever sees a
 * stack trace or a 500 for bad input.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://gongkai.local/problems/";

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        return build(e, Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        List<ApiException.Violation> violations = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> violations.add(new ApiException.Violation(fieldOf(v),
                        Text.of(v.getMessage(), v.getMessage()))));
        return build(ApiException.invalid(violations), locale, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return build(notLoggedIn(), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return build(notLoggedIn(), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return build(ApiException.forbidden("FORBIDDEN", "您的账号没有执行此操作的权限。",
                "Your account is not allowed to do this."), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return badJson(json, headers, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // A query or path parameter that does not convert (size=lots, from=2024-13-01): the caller's input
            // is wrong, not the address.
            return build(ApiException.badRequest("INVALID_PARAMETER", "请求参数的格式不正确。",
                    "A request parameter has the wrong format."), Languages.of(headers), uri);
        }
        ApiException mapped = switch (status) {
            case 404 -> ApiException.notFound("NOT_FOUND", "请求的资源不存在。", "No such resource.");
            case 405 -> new ApiException(405, "METHOD_NOT_ALLOWED", Text.of("不支持该请求方法。", "Method not allowed."));
            case 406 -> new ApiException(406, "NOT_ACCEPTABLE", Text.of("无法提供所请求的格式。", "Requested format is not available."));
            case 413 -> ApiException.payloadTooLarge("上传的内容过大。", "The request body is too large.");
            case 415 -> ApiException.unsupportedMediaType("不支持该内容类型。", "Unsupported content type.");
            default -> new ApiException(status, "BAD_REQUEST", Text.of("请求格式不正确。", "The request is malformed."));
        };
        return build(mapped, Languages.of(headers), uri);
    }

    /** Anything else: unwrap to a known cause (stale write, duplicate key, service error) or answer 500. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ApiException api) {
                return build(api, locale, uri);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return build(Conflicts.staleWrite(), locale, uri);
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException) {
                return build(ApiException.conflict("DUPLICATE", "该记录与已有记录冲突（重复）。",
                        "This record conflicts with an existing one (duplicate)."), locale, uri);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri == null ? "?" : uri.getPath());
        ApiException internal = new ApiException(500, "INTERNAL_ERROR",
                Text.of("服务器内部错误，请稍后重试。事件编号：" + incident,
                        "Internal error; please retry later. Incident " + incident));
        return build(internal, locale, uri);
    }

    private Response badJson(Exception e, HttpHeaders headers, UriInfo uri) {
        String field = null;
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = sb.toString();
        }
        ApiException problem = field == null || field.isEmpty()
                ? ApiException.badRequest("MALFORMED_JSON", "请求内容不是有效的 JSON。", "The request body is not valid JSON.")
                : ApiException.invalidField(field, "该字段的值格式不正确。", "This field has a value of the wrong type or format.");
        return build(problem, Languages.of(headers), uri);
    }

    private static ApiException notLoggedIn() {
        return ApiException.unauthorized("请先登录（缺少或无效的访问令牌）。", "Sign in first (missing or invalid access token).");
    }

    static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                afterParameter = true;
                continue;
            }
            // Bean Validation puts a list position on the node *inside* the list (days, date[0]); the client needs
            // it on the list itself (days[0].date), as the services write it.
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && position != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + position + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return afterParameter ? parameter : v.getPropertyPath().toString();
        }
        return String.join(".", names);
    }

    static Response build(ApiException e, Locale locale, UriInfo uri) {
        List<Problem.FieldViolation> violations = e.violations().isEmpty() ? null : e.violations().stream()
                .map(v -> new Problem.FieldViolation(v.field(), v.message().in(locale)))
                .toList();
        Long retryAfter = e instanceof RetryLaterException r ? r.retryAfterSeconds() : null;
        Problem body = new Problem(TYPE_BASE + e.code().toLowerCase(Locale.ROOT).replace('_', '-'),
                Response.Status.fromStatusCode(e.status()) == null ? "Error"
                        : Response.Status.fromStatusCode(e.status()).getReasonPhrase(),
                e.status(), e.detail().in(locale), uri == null ? null : uri.getPath(), e.code(), violations, retryAfter);
        Response.ResponseBuilder rb = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (retryAfter != null) {
            rb.header("Retry-After", retryAfter);
        }
        if (e.status() == 401) {
            rb.header("WWW-Authenticate", "Bearer");
        }
        return rb.build();
    }
}
