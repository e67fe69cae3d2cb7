package org.safeshare.demo;

import java.util.List;
import java.util.Set;
import org.safeshare.platform.security.Role;

/** The demo sign-ins, one or more for every role; README lists them. */
final class DemoUsers {

    private DemoUsers() {}

    /** A demo user: the key of their organisation in {@link DemoPartnership}, and their roles. */
    record DemoUser(String organisation, String email, String name, Set<Role> roles) {}

    static final List<DemoUser> ALL = List.of(
            new DemoUser("oakfield", "dsl@oakfield-primary.example", "Dana Shah", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("oakfield", "teacher@oakfield-primary.example", "Tom Price", Set.of(Role.PRACTITIONER)),
            new DemoUser("oakfield", "admin@oakfield-primary.example", "Olu Adeyemi", Set.of(Role.ORGANISATION_ADMINISTRATOR)),
            new DemoUser("oakfield", "auditor@oakfield-primary.example", "Ruth Akande", Set.of(Role.AUDITOR)),
            new DemoUser("academy", "dsl@riverside-academy.example", "Grace Okafor", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("surgery", "gp@brook-lane.example", "Dr Priya Nair", Set.of(Role.PRACTITIONER)),
            new DemoUser("surgery", "caldicott@brook-lane.example", "Dr Alan Reid", Set.of(Role.CALDICOTT_GUARDIAN)),
            new DemoUser("hospital", "ed.nurse@riverside-hospital.example", "Megan Hughes", Set.of(Role.PRACTITIONER)),
            new DemoUser("hospital", "ig@riverside-hospital.example", "Sunil Patel", Set.of(Role.INFORMATION_GOVERNANCE_LEAD)),
            new DemoUser("police", "ppu.officer@riverside-police.example", "DC Jo Turner", Set.of(Role.PRACTITIONER)),
            new DemoUser("csc", "social.worker@riverside-csc.example", "Kemi Bello", Set.of(Role.PRACTITIONER)),
            new DemoUser("csc", "partnership.admin@riverside-csc.example", "Rachel Moore",
                    Set.of(Role.PARTNERSHIP_ADMINISTRATOR, Role.ORGANISATION_ADMINISTRATOR)),
            new DemoUser("csc", "auditor@riverside-csc.example", "Ian Fletcher", Set.of(Role.PARTNERSHIP_AUDITOR)),
            new DemoUser("mash", "mash.officer@riverside-mash.example", "Lena Novak", Set.of(Role.MASH_OFFICER, Role.PRACTITIONER)),
            new DemoUser("early-help", "early.help@riverside-early-help.example", "Chris Evans", Set.of(Role.PRACTITIONER)),
            new DemoUser("early-help", "dsl@riverside-early-help.example", "Sam Patel", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("health-visiting", "health.visitor@riverside-health.example", "Nadia Clarke", Set.of(Role.PRACTITIONER)),
            new DemoUser("health-visiting", "safeguarding.lead@riverside-health.example", "Joy Mensah",
                    Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("charity", "worker@safe-harbour.example", "Amira Hassan", Set.of(Role.PRACTITIONER)),
            new DemoUser("hillford", "dsl@hillford-primary.example", "Ben Carter", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("hillford", "admin@hillford-primary.example", "Hana Ito", Set.of(Role.ORGANISATION_ADMINISTRATOR)),
            // The DSLs who triage information requests to the surgery, the police and the charity (issue 11).
            new DemoUser("surgery", "dsl@brook-lane.example", "Dr Emma Shaw", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("police", "dsl@riverside-police.example", "DS Ade Bakare", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
            new DemoUser("charity", "dsl@safe-harbour.example", "Marcus Reid", Set.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.PRACTITIONER)));
}
