package org.safeshare.accounts.web;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what each of the user's roles can do from here. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("roles", actor.roles().stream().map(Role::label).sorted().toList());
        model.addAttribute("worksWithPeople", actor.worksWithPeople());
        model.addAttribute("sections", sections(actor));
        return "accounts/home";
    }

    /** One section per role held, in the order a user would most often need them. */
    private static List<Section> sections(Actor actor) {
        List<Section> sections = new ArrayList<>();
        if (actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD)) {
            sections.add(new Section("Designated safeguarding lead",
                    "Find the children your setting is worried about and see who is around them: parents, carers and who holds parental responsibility.",
                    List.of(new Link("Find a person", "/people"), new Link("Partner organisations and secure contacts", "/organisations"))));
        }
        if (actor.has(Role.MASH_OFFICER)) {
            sections.add(new Section("MASH officer",
                    "Check a child's record and family, and find the secure contact points of partner agencies.",
                    List.of(new Link("Find a person", "/people"), new Link("Partner organisations and secure contacts", "/organisations"))));
        }
        if (actor.has(Role.INFORMATION_GOVERNANCE_LEAD) || actor.has(Role.CALDICOTT_GUARDIAN)) {
            sections.add(new Section(actor.has(Role.CALDICOTT_GUARDIAN) ? "Caldicott guardian" : "Information governance lead",
                    "See which organisations are in the partnership and how to reach them securely.",
                    List.of(new Link("Partner organisations", "/organisations"))));
        }
        if (actor.has(Role.PRACTITIONER)) {
            sections.add(new Section("Practitioner",
                    "Search before you add anyone: the person may already be recorded by your organisation.",
                    List.of(new Link("Find a person", "/people"), new Link("Add a person", "/people/new"))));
        }
        if (actor.has(Role.ORGANISATION_ADMINISTRATOR)) {
            sections.add(new Section("Organisation administrator",
                    "Add users to your organisation, give them roles, and disable accounts or reset authenticators.",
                    List.of(new Link("Manage users", "/organisation/users"), new Link("Add a user", "/organisation/users/new"))));
        }
        if (actor.has(Role.PARTNERSHIP_ADMINISTRATOR)) {
            sections.add(new Section("Partnership administrator",
                    "See every organisation in the partnership with its identifiers and secure contact points.",
                    List.of(new Link("Organisations in the partnership", "/organisations"))));
        }
        if (actor.has(Role.AUDITOR)) {
            sections.add(new Section("Auditor",
                    "Review the organisations in the partnership.",
                    List.of(new Link("Organisations in the partnership", "/organisations"))));
        }
        return sections;
    }

    /** A block of the home page for one role. */
    record Section(String heading, String description, List<Link> links) {}

    /** A link on the home page. */
    record Link(String label, String href) {}
}
