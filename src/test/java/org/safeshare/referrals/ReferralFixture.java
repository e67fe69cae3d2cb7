package org.safeshare.referrals;

import java.util.List;
import java.util.UUID;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.ReferralType;
import org.safeshare.support.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo teacher referring Ava Thompson (Oakfield's record) to Riverside MASH, and who else is about. */
final class ReferralFixture {

    static final String TEACHER = "teacher@oakfield-primary.example";
    static final String OAKFIELD_DSL = "dsl@oakfield-primary.example";
    static final String MASH = "mash.officer@riverside-mash.example";
    static final String GP_DSL = "dsl@brook-lane.example";
    /** A third organisation's DSL, another partnership's DSL, Oakfield's administrator, a social worker, the GP practice's DSL. */
    static final List<String> OUTSIDERS = List.of("dsl@riverside-academy.example", "dsl@hillford-primary.example",
            "admin@oakfield-primary.example", "social.worker@riverside-csc.example", GP_DSL);

    private final JdbcClient jdbc;
    private final SignedIn signedIn;

    ReferralFixture(JdbcClient jdbc, SignedIn signedIn) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    /** Ava as the organisation of that user records her. */
    UUID ava(String user) {
        return jdbc.sql("select id from person where organisation_id = ? and nhs_number = '9990000018'")
                .param(signedIn.actor(user).organisationId()).query(UUID.class).single();
    }

    NewReferral referral() {
        return new NewReferral(ReferralType.CHILDRENS_SOCIAL_CARE, ava(TEACHER), null, false,
                "Ava came to school on Monday with bruises on both upper arms; she said her mum's boyfriend grabbed her.",
                "She seemed frightened to go home.", "Two earlier notes of lateness and hunger in the spring term.",
                "Significant harm is suspected: physical abuse at home.", FamilyTold.NOT_TOLD,
                "Telling her mother could put Ava at risk before social care acts.", "Brook Lane Surgery (GP)");
    }

    ReferralId sent(Referrals referrals) {
        return ((ReferralChange.Done) referrals.send(signedIn.actor(TEACHER), referral())).id();
    }
}
