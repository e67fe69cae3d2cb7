package org.safeshare.disclosures.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.disclosures.ReleaseState;
import org.safeshare.disclosures.domain.Identity;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.PersonField;

/**
 * The disclosure API maps its values to the domain's by name (ADR 0022): a value the domain gains, or renames, must be
 * given its API name here on purpose, rather than fail a partner system's call at run time.
 */
class DisclosureValuesTest {

    @Test
    void everyDomainValueHasItsNamesakeInTheApiAndEveryApiValueInTheDomain() {
        sameNames(DisclosureValues.ItemKind.class, ItemKind.class);
        sameNames(DisclosureValues.PersonField.class, PersonField.class);
        sameNames(DisclosureValues.IdentityRole.class, Identity.Role.class);
        sameNames(DisclosureValues.ReleaseState.class, ReleaseState.class);
    }

    private static void sameNames(Class<? extends Enum<?>> api, Class<? extends Enum<?>> domain) {
        assertThat(names(api)).as(api.getSimpleName()).containsExactlyInAnyOrderElementsOf(names(domain));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }
}
