package org.safeshare.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Strips the GDS Transport {@code @font-face} rules from GOV.UK Frontend's CSS. The font is licensed
 * for GOV.UK services only, so it is not served; without this every page asked for four font files
 * that answered 404. The font stacks fall back to Arial, as GOV.UK Frontend intends off GOV.UK.
 */
final class WithoutGovukFont implements ResourceTransformer {

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        Resource transformed = chain.transform(request, resource);
        String name = transformed.getFilename();
        if (name == null || !name.endsWith(".css")) {
            return transformed;
        }
        String css = transformed.getContentAsString(StandardCharsets.UTF_8);
        return new TransformedResource(transformed, FONT_FACE.matcher(css).replaceAll("").getBytes(StandardCharsets.UTF_8));
    }
}
