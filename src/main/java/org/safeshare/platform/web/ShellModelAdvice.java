package org.safeshare.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.safeshare.platform.DemoProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs from the platform: the CSP nonce and whether this is a demo. */
@ControllerAdvice
class ShellModelAdvice {

    private final DemoProperties demo;

    ShellModelAdvice(DemoProperties demo) {
        this.demo = demo;
    }

    @ModelAttribute("cspNonce")
    String cspNonce(HttpServletRequest request) {
        return (String) request.getAttribute(ContentSecurityPolicyFilter.NONCE_ATTRIBUTE);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo.enabled();
    }

    @ModelAttribute("requestId")
    String requestId(HttpServletRequest request) {
        return (String) request.getAttribute(RequestIdFilter.ATTRIBUTE);
    }
}
