package org.safeshare.organisations;

/**
 * Who an organisation is when it shares, in one row: its partnership, whether it is a public authority and within the
 * duty to share (ADR 0011), and the information sharing advice its partnership judges decisions by ("2024" or "2018").
 * Recording a decision needs no more of the organisation than this, its name included for the record it answers with
 * (docs/performance.md).
 */
public record SharingStanding(OrganisationId id, String name, PartnershipId partnershipId, boolean publicAuthority,
        boolean coveredByDutyToShare, String guidanceVersion) {}
