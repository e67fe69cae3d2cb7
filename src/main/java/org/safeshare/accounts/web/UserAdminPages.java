package org.safeshare.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.Accounts;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.domain.UserRules;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** An organisation administrator's pages for their own organisation's users. */
@Controller
@RecordForms.Bound
@RequestMapping("/organisation/users")
class UserAdminPages {

    private final Accounts accounts;

    UserAdminPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor admin, Model model) {
        model.addAttribute("users", accounts.usersOf(admin));
        return "accounts/users";
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal Actor admin, Model model) {
        return form(model, admin, new UserForm("", "", List.of()), FormErrors.none());
    }

    @PostMapping("/new")
    String add(@AuthenticationPrincipal Actor admin, @ModelAttribute NewUserForm form, Model model) {
        UserForm entered = new UserForm(form.email(), form.displayName(), form.roles());
        Set<Role> parsed = parseRoles(entered.roles());
        if (parsed == null) {
            return form(model, admin, entered, FormErrors.none().add("roles", "Select roles from the list"));
        }
        AccountChange change = accounts.add(admin, new NewUser(form.email(), form.displayName(), parsed, form.initialPassword()));
        return switch (change) {
            case AccountChange.Done done -> "redirect:/organisation/users/" + done.user().id() + "?added=true";
            case AccountChange.Refused refused -> form(model, admin, entered, FormErrors.of(refused.problems()));
        };
    }

    @GetMapping("/{id}")
    String user(@AuthenticationPrincipal Actor admin, @PathVariable String id, Model model) {
        return userPage(admin, accounts.user(admin, userId(id)), FormErrors.none(), model);
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal Actor admin, @PathVariable String id) {
        UserId user = userId(id);
        if (user.value().equals(admin.id())) {
            return "redirect:/organisation/users/" + id;
        }
        accounts.setEnabled(admin, user, false);
        return "redirect:/organisation/users/" + id + "?disabled=true";
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal Actor admin, @PathVariable String id) {
        accounts.setEnabled(admin, userId(id), true);
        return "redirect:/organisation/users/" + id + "?enabled=true";
    }

    @PostMapping("/{id}/reset-authenticator")
    String resetAuthenticator(@AuthenticationPrincipal Actor admin, @PathVariable String id, Model model) {
        return switch (accounts.resetAuthenticator(admin, userId(id))) {
            case AccountChange.Done done -> "redirect:/organisation/users/" + id + "?reset=true";
            case AccountChange.Refused refused -> userPage(admin, accounts.user(admin, userId(id)), FormErrors.of(refused.problems()), model);
        };
    }

    private static String userPage(Actor admin, UserAccount user, FormErrors errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().map(Role::label).sorted().toList());
        model.addAttribute("self", user.id().value().equals(admin.id()));
        model.addAttribute("errors", errors);
        return "accounts/user";
    }

    /** Offers only the roles this administrator may give, so the form never invites a refusal. */
    private static String form(Model model, Actor admin, UserForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("assignableRoles", UserRules.grantableRoles(admin.has(Role.PARTNERSHIP_ADMINISTRATOR)));
        return "accounts/new-user";
    }

    private static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return roles;
    }

    private static UserId userId(String id) {
        return new UserId(NotFoundException.idOf(id, "User"));
    }

    /** What the administrator typed, kept to show the form again. The password is never echoed. */
    record UserForm(String email, String displayName, List<String> roles) {}
}
