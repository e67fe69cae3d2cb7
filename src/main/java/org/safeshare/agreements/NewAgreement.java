package org.safeshare.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safeshare.organisations.OrganisationId;

/** What someone asks to record; {@link org.safeshare.agreements.domain.AgreementRules} says what is missing. */
public record NewAgreement(String title, Set<OrganisationId> parties, Set<AgreedPurpose> purposes, List<String> informationCategories,
        Set<LawfulBasisCited> lawfulBases, LocalDate startsOn, LocalDate reviewOn, LocalDate endsOn, String dpiaReference,
        List<String> signatories) {}
