package org.safeshare.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details in one shape for every API error; detail never echoes exception text. */
public final class Problems {

    private static final String TYPE_BASE = "https://safeshare.example/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug(status)));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no record at this address, or you do not have access to it.";
            case UNAUTHORIZED -> "Send a valid bearer token in the Authorization header.";
            case FORBIDDEN -> "Your account or token is not allowed to do this.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case BAD_REQUEST -> "The request could not be understood.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This address answers in application/json only.";
            case SERVICE_UNAVAILABLE -> "The service is too busy to answer now. Try again in a few seconds.";
            case CONTENT_TOO_LARGE -> "The request body is larger than this service accepts. Nothing was changed.";
            default -> "Something went wrong. Quote the request id if you contact support.";
        };
    }

    /**
     * The problem as JSON text, for the edges that answer before Spring's message converters exist or
     * run (Tomcat's valve, the body cap). The detail is one of our own sentences, never caller input.
     */
    static String json(HttpStatus status, String detail) {
        ProblemDetail problem = of(status, detail);
        return "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replace(' ', '-');
    }

    /** The problem as a plain map, extension members flattened beside the standard ones as RFC 9457 asks. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
