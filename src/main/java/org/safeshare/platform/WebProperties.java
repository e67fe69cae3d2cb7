package org.safeshare.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP edge. {@code baseUrl}: the service's public address (https://safeshare.example.org), the
 * only source of absolute URLs, since a request's Host header is whatever the caller chose; empty
 * means every address we send is relative. {@code maxRequestBody}: the largest request body accepted.
 */
@ConfigurationProperties("safeshare.web")
public record WebProperties(@DefaultValue("") String baseUrl, @DefaultValue("1MB") DataSize maxRequestBody) {

    public WebProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?")) {
            throw new IllegalArgumentException("SAFESHARE_BASE_URL must be an http(s) address such as https://safeshare.example.org");
        }
    }
}
