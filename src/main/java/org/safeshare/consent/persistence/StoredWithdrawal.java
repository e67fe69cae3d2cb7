package org.safeshare.consent.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.consent.persistence.StoredConsentTerms.Names;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * A withdrawal as stored in {@code consent_withdrawal.withdrawal}: its own record, apart from the domain's
 * {@link Withdrawal}, for the reason {@link StoredConsentTerms} gives. Names are those written since the first version.
 */
record StoredWithdrawal(LocalDate withdrawnOn, String withdrawnBy, List<String> purposes, List<UUID> recipientOrganisations, String note) {

    static StoredWithdrawal of(Withdrawal w) {
        return new StoredWithdrawal(w.withdrawnOn(), w.withdrawnBy(), Names.names(w.purposes()), Names.sorted(w.recipientOrganisations()),
                w.note());
    }

    Withdrawal withdrawal() {
        return new Withdrawal(withdrawnOn, withdrawnBy, Names.all(PurposeCategory.class, purposes), Names.set(recipientOrganisations), note);
    }
}
