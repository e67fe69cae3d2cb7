package org.safeshare.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.security.Reauthentication;
import org.safeshare.accounts.security.Sessions;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's own account: roles, authenticator, keeping a session alive and signing out everywhere. */
@Controller
@RecordForms.Bound
class AccountPages {

    private final UserRepository users;
    private final AuthenticatorSetUpPage setUpPage;
    private final Sessions sessions;
    private final SignInNotices notices;
    private final Reauthentication reauthentication;
    private final Clock clock;

    AccountPages(UserRepository users, AuthenticatorSetUpPage setUpPage, Sessions sessions, SignInNotices notices,
            Reauthentication reauthentication, Clock clock) {
        this.reauthentication = reauthentication;
        this.users = users;
        this.setUpPage = setUpPage;
        this.sessions = sessions;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal Actor actor, Model model) {
        UserAccount user = users.find(new UserId(actor.id())).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().map(r -> r.label()).sorted().toList());
        return "accounts/account";
    }

    @GetMapping("/account/authenticator")
    String authenticatorPage(@AuthenticationPrincipal Actor actor, HttpSession session, Model model) {
        return showSetUp(actor, session, model, FormErrors.none());
    }

    /**
     * Replacing (or first setting up) the authenticator from a signed-in session: the new app's code,
     * and proof it is the holder, a code from the current app or the password (issue 9 item 3).
     */
    @PostMapping("/account/authenticator")
    String setUpAuthenticator(@AuthenticationPrincipal Actor actor, @ModelAttribute AuthenticatorForm form, HttpServletRequest request,
            HttpSession session, Model model) {
        String code = form.code();
        Reauthentication.Proof needed = reauthentication.proofNeeded(actor.id());
        if (!setUpPage.matchesPending(session, code)) {
            return showSetUp(actor, session, model, FormErrors.none().add("code", "Enter the 6-digit code your new authenticator app shows for Safeshare"));
        }
        String proof = needed == Reauthentication.Proof.CURRENT_CODE ? form.currentCode() : form.password();
        if (!reauthentication.confirms(actor.id(), proof, request.getRemoteAddr())) {
            return showSetUp(actor, session, model, needed == Reauthentication.Proof.CURRENT_CODE
                    ? FormErrors.none().add("currentCode", "Enter the code your current authenticator app shows now")
                    : FormErrors.none().add("password", "Enter your password"));
        }
        if (!setUpPage.confirm(actor.id(), session, code)) {
            return showSetUp(actor, session, model, FormErrors.none().add("code", "Enter the 6-digit code your new authenticator app shows for Safeshare"));
        }
        return "redirect:/account?authenticator=set-up";
    }

    private String showSetUp(Actor actor, HttpSession session, Model model, FormErrors errors) {
        model.addAttribute("proofNeeded", reauthentication.proofNeeded(actor.id()).name());
        return setUpPage.show(actor.id(), session, model, errors, "/account/authenticator");
    }

    @PostMapping("/account/sign-in-notices/seen")
    String signInNoticesSeen(@AuthenticationPrincipal Actor actor) {
        notices.markSeen(actor.id(), clock.instant());
        return "redirect:/";
    }

    /** Called by the idle-timeout warning's "Stay signed in": touching the session is the point. */
    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(@AuthenticationPrincipal Actor actor, HttpServletRequest request, HttpServletResponse response) {
        sessions.signOutEverywhere(actor);
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/signed-out?reason=everywhere";
    }
}
