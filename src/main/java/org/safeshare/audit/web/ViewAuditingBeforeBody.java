package org.safeshare.audit.web;

import org.safeshare.audit.ViewAudit;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Writes a JSON request's view event before its body is written: no read leaves unaudited. */
@ControllerAdvice
class ViewAuditingBeforeBody implements ResponseBodyAdvice<Object> {

    private final ViewAudit views;

    ViewAuditingBeforeBody(ViewAudit views) {
        this.views = views;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        views.flush();
        return body;
    }
}
