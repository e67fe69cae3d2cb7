package org.safeshare.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recipient organisation told, through the service, that consent it received information on was withdrawn. */
public record WithdrawalNotice(UUID id, ConsentId consentId, UUID decisionId, String senderOrganisation, String personName,
        LocalDate withdrawnOn, String covers, Instant sentAt) {}
