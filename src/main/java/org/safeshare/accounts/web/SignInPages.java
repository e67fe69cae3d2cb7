package org.safeshare.accounts.web;

import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in, signed-out and accessibility statement pages: the only pages anyone may see. */
@Controller
class SignInPages {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @AuthenticationPrincipal Object principal, Model model) {
        if (principal instanceof Actor) {
            return "redirect:/";
        }
        FormErrors errors = FormErrors.none();
        // One answer for an unknown address, a wrong password and a paused sign-in (OWASP ASVS 5.0 chapter 6).
        if ("credentials".equals(error)) {
            errors.add("email", "Enter a correct email address and password");
        } else if ("locked".equals(error)) {
            // Only reached after the right password: too many wrong authenticator codes.
            errors.add("email", "Signing in is paused after too many wrong codes. Try again later, or ask your organisation administrator");
        } else if ("throttled".equals(error)) {
            errors.add("email", "There have been too many sign-in attempts from your network. Wait 15 minutes, then try again");
        }
        model.addAttribute("errors", errors);
        return "accounts/sign-in";
    }

    @GetMapping("/signed-out")
    String signedOut(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("reason", reason == null ? "" : reason);
        return "accounts/signed-out";
    }

    @GetMapping("/accessibility-statement")
    String accessibility() {
        return "accounts/accessibility-statement";
    }
}
