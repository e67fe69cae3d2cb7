package org.safeshare.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.safeshare.platform.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Addresses we send back are relative, or built from {@link WebProperties#baseUrl()}; never from the
 * request's Host header, which would let anyone who can reach the service (or poison a cache in front
 * of it) send a user's browser or a partner system elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class PublicAddresses {

    /** Tomcat writes a redirect's Location as given (a path), not made absolute with the request's Host. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> relativeRedirects() {
        return factory -> factory.addContextCustomizers(context -> context.setUseRelativeRedirects(true));
    }

    /** Springdoc would otherwise name the request's own host as the API's server. */
    @Bean
    OpenAPI safeshareApi(WebProperties web) {
        return new OpenAPI()
                .info(new Info().title("Safeshare API").version("v1"))
                .servers(List.of(new Server().url(web.baseUrl().isEmpty() ? "/" : web.baseUrl())));
    }
}
