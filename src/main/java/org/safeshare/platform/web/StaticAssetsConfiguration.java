package org.safeshare.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its webjar. Only the images are mapped under /assets: the GDS
 * Transport font is licensed for GOV.UK services only, so its {@code @font-face} rules are stripped
 * ({@link WithoutGovukFont}) and the CSS falls back to Arial.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

    private static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/govuk/*")
                .addResourceLocations(GOVUK).setCacheControl(week)
                .resourceChain(true).addTransformer(new WithoutGovukFont());
        registry.addResourceHandler("/assets/images/**").addResourceLocations(GOVUK + "assets/images/").setCacheControl(week);
        registry.addResourceHandler("/static/**").addResourceLocations("classpath:/static/").setCacheControl(CacheControl.noCache());
    }
}
