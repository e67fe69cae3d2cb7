package org.safeshare.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeshare.audit.ViewAudit;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gathers a request's reads and writes its one view event before the page is rendered (so a failed audit write means
 * the page is not shown), or at the end for what is left: a refusal, or a request that ended in an error.
 * JSON bodies are written before postHandle, so {@link ViewAuditingBeforeBody} writes theirs first.
 */
@Configuration(proxyBeanMethods = false)
class ViewAuditing implements WebMvcConfigurer, HandlerInterceptor {

    private final ViewAudit views;

    ViewAuditing(ViewAudit views) {
        this.views = views;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ViewAudit.begin();
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        views.flush();
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        views.flush();
    }
}
