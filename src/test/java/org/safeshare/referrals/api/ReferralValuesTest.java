package org.safeshare.referrals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.referrals.domain.ReferralType;

/**
 * The referrals API maps its values to the domain's by name (ADR 0022): a value the domain gains, or renames, must be
 * given its API name here on purpose, rather than fail a partner system's call at run time.
 */
class ReferralValuesTest {

    @Test
    void everyDomainValueHasItsNamesakeInTheApiAndEveryApiValueInTheDomain() {
        sameNames(ReferralValues.ReferralType.class, ReferralType.class);
        sameNames(ReferralValues.FamilyTold.class, FamilyTold.class);
        sameNames(ReferralValues.Rating.class, Rating.class);
        sameNames(ReferralValues.Outcome.class, Outcome.class);
        sameNames(ReferralValues.Agency.class, Agency.class);
        sameNames(ReferralValues.DisagreementLevel.class, DisagreementLevel.class);
    }

    private static void sameNames(Class<? extends Enum<?>> api, Class<? extends Enum<?>> domain) {
        assertThat(names(api)).as(api.getSimpleName()).containsExactlyInAnyOrderElementsOf(names(domain));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }
}
