package org.safeshare.referrals;

import java.util.UUID;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.ReferralType;

/**
 * A referral as the referrer writes it (Working Together to Safeguard Children 2023, flowchart 1): about whom (a person
 * their organisation holds; the family comes from that record), the concern in their own words with what they saw or
 * were told (facts) apart from what they think (opinion) and from what happened before (historical), the risk, whether
 * the child is in immediate danger, what the family has been told and what they said (or why they were not told), and
 * the other agencies involved. {@code decisionId}: the information sharing decision whose "refer now" started it.
 */
public record NewReferral(ReferralType type, UUID personId, UUID decisionId, Boolean immediateDanger, String concernFacts,
        String concernOpinion, String concernHistorical, String risk, FamilyTold familyTold, String familyResponse,
        String otherAgencies) {}
