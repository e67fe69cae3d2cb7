package org.safeshare.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safeshare.accounts.security.PendingSignIn;
import org.safeshare.accounts.security.SecondFactor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second sign-in step: a code from an authenticator app, or setting one up the first time. */
@Controller
class SecondFactorPages {

    private final SecondFactor secondFactor;
    private final AuthenticatorSetUpPage setUpPage;

    SecondFactorPages(SecondFactor secondFactor, AuthenticatorSetUpPage setUpPage) {
        this.secondFactor = secondFactor;
        this.setUpPage = setUpPage;
    }

    @GetMapping("/sign-in/verify")
    String verifyPage(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "accounts/verify";
    }

    @PostMapping("/sign-in/verify")
    String verify(@AuthenticationPrincipal PendingSignIn pending, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String cleaned = code.replaceAll("\\s", "");
        if (!cleaned.matches("\\d{6}")) {
            model.addAttribute("errors", FormErrors.none().add("code", "Enter the 6-digit code from your authenticator app"));
            return "accounts/verify";
        }
        if (secondFactor.verify(pending.userId(), cleaned, request.getRemoteAddr())) {
            secondFactor.completeSignIn(pending.userId(), request, response);
            return "redirect:/";
        }
        if (secondFactor.isPaused(pending.userId(), request.getRemoteAddr())) {
            abandon(request);
            return "redirect:/sign-in?error=locked";
        }
        model.addAttribute("errors", FormErrors.none().add("code", "The code is not correct or has expired. Enter the code shown in your authenticator app now"));
        return "accounts/verify";
    }

    @GetMapping("/sign-in/set-up-authenticator")
    String setUpPage(@AuthenticationPrincipal PendingSignIn pending, HttpSession session, Model model) {
        if (!pending.mustEnrolAuthenticator()) {
            return "redirect:/sign-in/verify"; // owes a code from the authenticator it has: no new one instead
        }
        return setUpPage.show(pending.userId(), session, model, FormErrors.none(), "/sign-in/set-up-authenticator");
    }

    @PostMapping("/sign-in/set-up-authenticator")
    String setUp(@AuthenticationPrincipal PendingSignIn pending, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!pending.mustEnrolAuthenticator()) {
            return "redirect:/sign-in/verify";
        }
        HttpSession session = request.getSession();
        if (!setUpPage.confirm(pending.userId(), session, code)) {
            return setUpPage.show(pending.userId(), session, model,
                    FormErrors.none().add("code", "Enter the 6-digit code your authenticator app shows for Safeshare"),
                    "/sign-in/set-up-authenticator");
        }
        secondFactor.completeSignIn(pending.userId(), request, response);
        return "redirect:/";
    }

    private static void abandon(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
