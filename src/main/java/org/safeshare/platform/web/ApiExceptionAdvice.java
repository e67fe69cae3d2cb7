package org.safeshare.platform.web;

import java.util.List;
import java.util.Map;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every exception from a JSON API controller into RFC 9457 problem details. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, Problems.defaultDetail(HttpStatus.NOT_FOUND), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> unknownId(MethodArgumentTypeMismatchException e) {
        // A malformed id names no record: the same answer as an unknown one.
        return problem(HttpStatus.NOT_FOUND, Problems.defaultDetail(HttpStatus.NOT_FOUND), null);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request has fields that are not valid. Nothing was changed.", e.errors());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, Problems.defaultDetail(HttpStatus.FORBIDDEN), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (ServiceBusy.causedBy(e)) {
            log.warn("Answered 503: no database connection became free in time");
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            ResponseEntity<Object> busy = problem(status, Problems.defaultDetail(status), null);
            return ResponseEntity.status(busy.getStatusCode()).headers(busy.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, ServiceBusy.RETRY_AFTER).body(busy.getBody());
        }
        FailureLog.failed(log, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.defaultDetail(HttpStatus.INTERNAL_SERVER_ERROR), null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidRequestException.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidRequestException.FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return invalid(new InvalidRequestException(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // A field the request does not have (often a misspelt one) is named, never silently dropped.
        if (e.getCause() instanceof UnrecognizedPropertyException unknown && !unknown.getPath().isEmpty()) {
            return invalid(new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem(path(unknown),
                    "This is not a field of this request: check its spelling, or remove it"))));
        }
        // Well-formed JSON with a value of the wrong kind names its field; anything else is malformed JSON.
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem(path(mismatch),
                    expected(mismatch.getTargetType())))));
        }
        // StreamReadFeature.STRICT_DUPLICATE_DETECTION: the parser is positioned on the repeated key.
        if (e.getCause() instanceof StreamReadException read && read.processor() instanceof JsonParser parser
                && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate")) {
            return invalid(new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem(
                    path(parser.streamReadContext()), "Give each field once"))));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape. Nothing was changed.", null);
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String segment = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.currentName();
            path.insert(0, (c.inObject() && c.getParent() != null && !c.getParent().inRoot() ? "." : "") + segment);
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "Use one of: " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Answer with true or false (every yes-or-no question must be answered)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "Use a whole number";
        }
        if (type == String.class) {
            return "Use text in double quotes";
        }
        return "This value is not of the expected kind";
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        return problem(status, Problems.defaultDetail(status), null);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<InvalidRequestException.FieldProblem> errors) {
        if (status.is4xxClientError()) {
            log.info("Refused with {}", status.value());
        }
        ProblemDetail problem = Problems.of(status, detail);
        Map<String, Object> body = Problems.asMap(problem);
        if (errors != null) {
            body.put("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
