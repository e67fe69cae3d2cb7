package org.safeshare.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.actions.OwnerRef;
import org.safeshare.actions.setup.ActionsSetUp;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.organisations.Organisation;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.LondonDates;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's journey: after a strategy discussion the MASH recorded its decision to share with the health visiting
 * service and gave the health visitor an action; it is two days overdue and has reached the health visiting DSL. The
 * decision is recorded as the MASH officer (the demo's one record made in a user's name: the action needs a real
 * record to be set on); the action itself is recorded by set-up.
 */
@Component
@Profile("demo")
class DemoActions {

    static final String WHAT_TO_DO = "Visit the family at home within the week and check on the baby's care";
    private static final String FACTS = """
            {"guidanceVersion": "2024",
             "subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
             "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
             "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                             "criminalOffence": false, "identitiesAtRisk": false},
             "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                         "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
             "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
             "legalRequirement": "NONE",
             "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}}""";

    private final AccountsSetUp accounts;
    private final Decisions decisions;
    private final ActionsSetUp actions;
    private final JsonMapper json;
    private final Clock clock;

    DemoActions(AccountsSetUp accounts, Decisions decisions, ActionsSetUp actions, JsonMapper json, Clock clock) {
        this.accounts = accounts;
        this.decisions = decisions;
        this.actions = actions;
        this.json = json;
        this.clock = clock;
    }

    void seed(Map<String, Organisation> orgs) {
        Organisation mash = orgs.get("mash");
        Organisation healthVisiting = orgs.get("health-visiting");
        UserAccount officer = user(mash, "mash.officer@riverside-mash.example");
        if (actions.exists(officer.id().value(), WHAT_TO_DO)) {
            return;
        }
        UserAccount visitor = user(healthVisiting, "health.visitor@riverside-health.example");
        Actor asOfficer = new Actor(officer.id().value(), Actor.Kind.USER, officer.displayName(), mash.id().value(),
                mash.partnershipId().value(), officer.roles());
        DecisionTaken taken = new DecisionTaken(DecisionTaken.Choice.SHARE, "Strategy discussion: bruising reported by school", null,
                "Child protection enquiry (Children Act 1989 section 47)", healthVisiting.id().value(), "Health visitor",
                List.of(new DecisionTaken.InformationItem("Outcome of the strategy discussion", "Section 47 enquiry started",
                        DecisionTaken.FactOrOpinion.FACT, null)),
                DecisionTaken.SharingMethod.SECURE_PORTAL, null, DecisionTaken.SubjectInformed.WILL_INFORM, null, "Risk", null, null);
        if (!(decisions.record(asOfficer, Optional.empty(), json.readValue(FACTS, SharingFacts.class), taken)
                instanceof DecisionChange.Recorded recorded)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(LondonDates.LONDON));
        actions.action(new ActionsSetUp.SeededAction(mash.partnershipId().value(), SubjectKind.DECISION, recorded.id().value(),
                "Sharing decision recorded by Riverside MASH on " + LondonDates.date(clock.instant().minus(Duration.ofDays(7))),
                "/decisions/" + recorded.id(), officer.id().value(), officer.displayName(), mash.id().value(),
                new OwnerRef(OwnerRef.Kind.USER, healthVisiting.id().value(), visitor.id().value()), visitor.displayName(), WHAT_TO_DO,
                "A home visit is recorded, and any new concern referred to the MASH the same day", today.minusDays(2),
                clock.instant().minus(Duration.ofDays(7))));
    }

    private UserAccount user(Organisation organisation, String email) {
        DemoUsers.DemoUser demo = DemoUsers.ALL.stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
        return ((AccountChange.Done) accounts.user(organisation.id(), new NewUser(demo.email(), demo.name(), demo.roles(),
                DemoPartnership.PASSWORD))).user();
    }
}
