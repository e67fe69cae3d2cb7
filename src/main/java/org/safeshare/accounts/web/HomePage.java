package org.safeshare.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeshare.accounts.HomePageSection;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what each of the user's roles can do from here. */
@Controller
class HomePage {

    private final SignInNotices notices;
    private final List<HomePageSection> homeSections;

    HomePage(SignInNotices notices, List<HomePageSection> homeSections) {
        this.notices = notices;
        this.homeSections = homeSections;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("signInNotices", notices.unseen(actor.id()));
        model.addAttribute("roles", actor.roles().stream().map(Role::label).sorted().toList());
        model.addAttribute("worksWithPeople", actor.worksWithPeople());
        model.addAttribute("sections", sections(actor));
        model.addAttribute("moduleSections", homeSections.stream().flatMap(s -> s.forUser(actor).stream())
                .sorted(java.util.Comparator.comparingInt(HomePageSection.Section::order)).toList());
        return "accounts/home";
    }

    private static final Link FIND = new Link("Find a person", "/people");
    private static final Link DIRECTORY = new Link("Organisations in the partnership", "/organisations");
    private static final Link AGREEMENTS = new Link("Information sharing agreements", "/agreements");
    private static final Link ADVICE = new Link("Requests for advice", "/advice");
    private static final Link ALERTS = new Link("Outside views of your records", "/audit/alerts");
    private static final Link CONSENT_DUE = new Link("Consent expiring or withdrawn", "/consents/due");
    private static final Link CONSENT_WITHDRAWN = new Link("Consent withdrawn by organisations that shared with you", "/consents/withdrawals");
    private static final Link LINK_REVIEW = new Link("Records that may be the same child", "/matching/review");
    private static final Link LINK_THRESHOLDS = new Link("Record linkage thresholds", "/matching/thresholds");
    private static final Link MASH_QUEUE = new Link("MASH queue: referrals awaiting a decision", "/mash/queue");
    private static final Link TIMELINESS = new Link("How promptly referrals are decided", "/mash/timeliness");
    private static final Link REFERRALS = new Link("Referrals sent and their outcomes", "/referrals");
    private static final Link SHOULD_I_SHARE = new Link("Should I share? (without choosing a person)", "/decisions/new");

    /** One section per role, in the order a user holding several would most often need them. */
    private static final Map<Role, Section> SECTIONS = sections();

    private static Map<Role, Section> sections() {
        Map<Role, Section> sections = new LinkedHashMap<>();
        sections.put(Role.DESIGNATED_SAFEGUARDING_LEAD, new Section("Designated safeguarding lead",
                "Find the children your setting is worried about and see who is around them: parents, carers and who holds parental responsibility.",
                List.of(FIND, ADVICE, ALERTS, CONSENT_DUE, CONSENT_WITHDRAWN, DIRECTORY, REFERRALS)));
        sections.put(Role.MASH_OFFICER, new Section("MASH officer",
                "Check a child's record and family, and find the secure contact points of partner agencies.", List.of(FIND, LINK_REVIEW, DIRECTORY, MASH_QUEUE, TIMELINESS)));
        sections.put(Role.CALDICOTT_GUARDIAN, new Section("Caldicott guardian",
                "Advise practitioners on sharing, and see how to reach partner organisations securely.", List.of(ADVICE, ALERTS, DIRECTORY)));
        sections.put(Role.INFORMATION_GOVERNANCE_LEAD, new Section("Information governance lead",
                "Advise practitioners on sharing, keep the information sharing agreements, and review sharing outside them.",
                List.of(ADVICE, AGREEMENTS, new Link("Sharing outside any agreement", "/agreements/outside"), LINK_REVIEW, DIRECTORY, LINK_THRESHOLDS)));
        sections.put(Role.PRACTITIONER, new Section("Practitioner",
                "Worried about someone? Find them and choose 'Should I share?' on their record. Search before you add anyone.",
                List.of(FIND, SHOULD_I_SHARE, new Link("Add a person", "/people/new"), CONSENT_DUE, CONSENT_WITHDRAWN, REFERRALS,
                        new Link("Your actions", "/actions"))));
        sections.put(Role.ORGANISATION_ADMINISTRATOR, new Section("Organisation administrator",
                "Add users to your organisation, give them roles, disable accounts or reset authenticators, and choose who approves sharing without consent.",
                List.of(new Link("Manage users", "/organisation/users"), new Link("Add a user", "/organisation/users/new"),
                        new Link("Who must approve sharing without consent", "/organisation/consent-policy"),
                        new Link("Teams", "/organisation/teams"))));
        sections.put(Role.PARTNERSHIP_ADMINISTRATOR, new Section("Partnership administrator",
                "See every organisation in the partnership, correct whether each is a public authority, choose the information sharing advice decisions are judged by, and enter commencement dates of new law.",
                List.of(DIRECTORY, new Link("Information sharing advice followed", "/partnership/guidance"),
                        new Link("Commencement dates of new law", "/partnership/commencement"),
                        new Link("Deadlines of information requests", "/partnership/request-deadlines"),
                        new Link("Days the offices are closed", "/partnership/closed-days"),
                        AGREEMENTS, new Link("Notifications not sent", "/partnership/notifications/failed"), LINK_THRESHOLDS,
                        new Link("Actions across the partnership", "/partnership/actions"), TIMELINESS)));
        sections.put(Role.AUDITOR, new Section("Auditor",
                "Search your organisation's tamper-evident audit trail: who viewed or changed which record, by person, user, action and date.",
                List.of(new Link("Search the audit trail", "/audit/search"))));
        sections.put(Role.PARTNERSHIP_AUDITOR, new Section("Partnership auditor",
                "Search the partnership's tamper-evident audit trail: who viewed or changed which record, by person, user, organisation, action and date.",
                List.of(new Link("Search the audit trail", "/audit/search"), DIRECTORY, new Link("Actions across the partnership", "/partnership/actions"),
                        TIMELINESS)));
        return java.util.Collections.unmodifiableMap(sections);
    }

    private static List<Section> sections(Actor actor) {
        return SECTIONS.entrySet().stream().filter(e -> actor.has(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** A block of the home page for one role. */
    record Section(String heading, String description, List<Link> links) {}

    /** A link on the home page. */
    record Link(String label, String href) {}
}
