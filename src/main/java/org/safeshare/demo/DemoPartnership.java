package org.safeshare.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.accounts.NewUser;
import org.safeshare.consent.GroundApprovals;
import org.safeshare.organisations.ContactPoint;
import org.safeshare.organisations.ContactPoint.Kind;
import org.safeshare.organisations.Identifier;
import org.safeshare.organisations.IdentifierScheme;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Partnership;
import org.safeshare.organisations.setup.OrganisationsSetUp;
import org.safeshare.platform.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the made-up Riverside partnership (and a second, Hillford, to show that partnerships are
 * kept apart). Safe to run on every start: everything is found by name, email or token first.
 * README lists the sign-ins and tokens.
 */
@Component
@Profile("demo")
// Off for the audit command, which runs beside the service against its database (AuditCommand.start).
@ConditionalOnBooleanProperty(name = "safeshare.demo.seed", matchIfMissing = true)
class DemoPartnership implements ApplicationRunner {

    /** Every demo user's password; README documents it. Demo mode is refused on real databases. */
    static final String PASSWORD = "Safeshare-demo-2026";

    private final OrganisationsSetUp organisations;
    private final AccountsSetUp accounts;
    private final DemoPeople people;
    private final GroundApprovals approvals;
    private final DemoActions actions;
    private final TransactionTemplate transaction;

    DemoPartnership(OrganisationsSetUp organisations, AccountsSetUp accounts, DemoPeople people, GroundApprovals approvals,
            DemoActions actions, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.people = people;
        this.approvals = approvals;
        this.actions = actions;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Organisation> orgs = transaction.execute(t -> seed());
        // Its own transaction: the overdue action of issue 12's journey is recorded through the decisions module's rules.
        transaction.executeWithoutResult(t -> actions.seed(orgs));
    }

    private Map<String, Organisation> seed() {
        Partnership riverside = organisations.partnership("Riverside Safeguarding Children Partnership");
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        // Children's social care answers referrals out of hours through its emergency duty team ("Refer now" gives the number).
        Organisation csc = org(riverside, null, OrganisationType.CHILDRENS_SOCIAL_CARE, "Riverside Children's Social Care",
                IdentifierScheme.LOCAL_AUTHORITY_CODE, "999", "childrens.services@riverside-council.example", "0300 555 0100",
                new ContactPoint(Kind.OUT_OF_HOURS_TELEPHONE, "Riverside Emergency Duty Team (evenings, weekends and bank holidays)",
                        "0300 555 0199"));
        orgs.put("csc", csc);
        orgs.put("mash", org(riverside, csc.id(), OrganisationType.MASH, "Riverside MASH", null, null,
                "mash@riverside-council.example", "0300 555 0101"));
        orgs.put("early-help", org(riverside, csc.id(), OrganisationType.EARLY_HELP, "Riverside Early Help", null, null,
                "earlyhelp@riverside-council.example", "0300 555 0102"));
        orgs.put("oakfield", org(riverside, null, OrganisationType.PRIMARY_SCHOOL, "Oakfield Primary School",
                IdentifierScheme.SCHOOL_URN, "100001", "dsl@oakfield-primary.example", "0300 555 0110"));
        orgs.put("academy", org(riverside, null, OrganisationType.SECONDARY_SCHOOL, "Riverside Academy",
                IdentifierScheme.SCHOOL_URN, "100002", "safeguarding@riverside-academy.example", "0300 555 0120"));
        orgs.put("surgery", org(riverside, null, OrganisationType.GP_PRACTICE, "Brook Lane Surgery",
                IdentifierScheme.ODS_CODE, "Y00001", "brooklane.safeguarding@nhs.example", "0300 555 0130"));
        orgs.put("hospital", org(riverside, null, OrganisationType.HOSPITAL, "Riverside General Hospital Emergency Department",
                IdentifierScheme.ODS_CODE, "RZZ01", "ed.safeguarding@nhs.example", "0300 555 0140"));
        orgs.put("police", org(riverside, null, OrganisationType.POLICE, "Riverside Police Public Protection Unit",
                IdentifierScheme.POLICE_FORCE_CODE, "99", "ppu@riverside-police.example", "0300 555 0150"));
        orgs.put("health-visiting", org(riverside, null, OrganisationType.COMMUNITY_HEALTH, "Riverside Health Visiting Service",
                IdentifierScheme.ODS_CODE, "RZZ02", "healthvisiting.safeguarding@nhs.example", "0300 555 0170"));
        orgs.put("charity", org(riverside, null, OrganisationType.VOLUNTARY_SECTOR, "Safe Harbour Family Support",
                IdentifierScheme.CHARITY_NUMBER, "1000001", "safeguarding@safe-harbour.example", "0300 555 0160"));

        Partnership hillford = organisations.partnership("Hillford Safeguarding Partnership");
        orgs.put("hillford", org(hillford, null, OrganisationType.PRIMARY_SCHOOL, "Hillford Primary School",
                IdentifierScheme.SCHOOL_URN, "200001", "dsl@hillford-primary.example", "0300 555 0210"));

        DemoUsers.ALL.forEach(u -> user(orgs.get(u.organisation()).id(), u));
        orgs.forEach((key, org) -> accounts.apiClient(org.id(), org.name() + " case system", "demo-" + key + "-token"));
        // A team to address requests and disclosures to: the surgery's GP sits on it, its DSL does not need to (DSLs see all).
        accounts.team(orgs.get("surgery").id(), "Safeguarding team", List.of("gp@brook-lane.example"));
        people.seed(orgs, DemoUsers.ALL);
        // Each has someone in the role that approves (DemoUsers): the surgery's Caldicott guardian, the health visitors' lead.
        approvals.startWith(orgs.get("surgery").id(), Role.CALDICOTT_GUARDIAN);
        approvals.startWith(orgs.get("health-visiting").id(), Role.DESIGNATED_SAFEGUARDING_LEAD);
        return orgs;
    }

    private Organisation org(Partnership partnership, OrganisationId parent, OrganisationType type, String name,
            IdentifierScheme scheme, String identifier, String secureEmail, String telephone, ContactPoint... more) {
        List<Identifier> identifiers = scheme == null ? List.of() : List.of(new Identifier(scheme, identifier));
        List<ContactPoint> contacts = new java.util.ArrayList<>(List.of(new ContactPoint(Kind.SECURE_EMAIL, "Secure safeguarding mailbox", secureEmail),
                new ContactPoint(Kind.TELEPHONE, safeguardingLine(type), telephone)));
        contacts.addAll(List.of(more));
        return organisations.organisation(partnership.id(), Optional.ofNullable(parent), type, name, identifiers, contacts);
    }

    /** What practitioners call the safeguarding telephone line of each kind of organisation. */
    private static String safeguardingLine(OrganisationType type) {
        return switch (type) {
            case MASH -> "MASH duty line";
            case CHILDRENS_SOCIAL_CARE -> "Children's services front door";
            case POLICE -> "Public protection unit";
            case PRIMARY_SCHOOL, SECONDARY_SCHOOL, INDEPENDENT_SCHOOL, EARLY_YEARS_SETTING -> "Designated safeguarding lead";
            default -> "Safeguarding lead";
        };
    }

    private void user(OrganisationId organisation, DemoUsers.DemoUser user) {
        AccountChange change = accounts.user(organisation, new NewUser(user.email(), user.name(), user.roles(), PASSWORD));
        if (change instanceof AccountChange.Refused refused) {
            throw new IllegalStateException("Demo user " + user.email() + " refused: " + refused.problems());
        }
    }
}
