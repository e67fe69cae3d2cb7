package org.safeshare.referrals.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Who may see a referral: on the referrer's side, the referrer, their organisation's DSLs and its partner system; the
 * receiving MASH's officers and partner system; and the DSLs of organisations the MASH asked about it through the
 * exchange. Anyone else finds nothing (Working Together to Safeguard Children 2023; UK GDPR Article 5(1)(f)).
 */
public final class ReferralAccess {

    private ReferralAccess() {}

    /** Who is reading: the user, their organisation, and the roles that matter here. */
    public record Reader(UUID user, UUID organisation, boolean dsl, boolean mashOfficer, boolean partnerSystem) {}

    /** Who the referral concerns: its referrer and organisation, the receiving MASH, and the organisations it involved. */
    public record Parties(UUID referredBy, UUID referringOrganisation, UUID receivingOrganisation, Set<UUID> involved) {
        public Parties {
            involved = Set.copyOf(involved);
        }
    }

    public static boolean maySee(Reader reader, Parties parties) {
        return onReferrersSide(reader, parties) || atTheMash(reader, parties)
                || parties.involved().contains(reader.organisation()) && (reader.dsl() || reader.partnerSystem());
    }

    /** The referrer, their DSLs and their partner system: who hears the outcome and may disagree with it. */
    public static boolean onReferrersSide(Reader reader, Parties parties) {
        return reader.organisation().equals(parties.referringOrganisation())
                && (reader.user().equals(parties.referredBy()) || reader.dsl() || reader.partnerSystem());
    }

    /** The receiving MASH's officers and partner system: who rate, ask, decide and answer disagreements. */
    public static boolean atTheMash(Reader reader, Parties parties) {
        return reader.organisation().equals(parties.receivingOrganisation()) && (reader.mashOfficer() || reader.partnerSystem());
    }
}
