package org.safeshare.consent.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentMethod;
import org.safeshare.consent.domain.ConsentScope;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.domain.InformedElements;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.people.domain.ParentalResponsibilityBasis;

/**
 * One version's terms as stored in {@code consent_version.terms}: their own record, apart from the domain's
 * {@link ConsentTerms} and the API body, because a consent version must read the same for as long as it is kept (UK GDPR
 * Article 5(1)(d); the table refuses updates) while those may be renamed. Names are those written since the first version:
 * change one only with a reader for the old name. Enumerations are kept as their written names.
 */
record StoredConsentTerms(String answer, StoredGiver giver, Told told, Scope scope, String method, String evidence, LocalDate givenOn,
        LocalDate expiresOn, String childViews) {

    record StoredGiver(String kind, UUID personId, String name, String basis) {}

    record Told(String whatWillHappen, String whoWillBeTold, String whoTheyMayTell, String why) {}

    record Scope(List<String> purposes, List<UUID> recipientOrganisations, List<String> recipientTypes, List<String> informationCategories) {}

    static StoredConsentTerms of(ConsentTerms t) {
        Giver g = t.giver();
        InformedElements i = t.told();
        ConsentScope s = t.scope();
        return new StoredConsentTerms(Names.name(t.answer()),
                g == null ? null : new StoredGiver(Names.name(g.kind()), g.personId(), g.name(), Names.name(g.basis())),
                i == null ? null : new Told(i.whatWillHappen(), i.whoWillBeTold(), i.whoTheyMayTell(), i.why()),
                s == null ? null : new Scope(Names.names(s.purposes()), Names.sorted(s.recipientOrganisations()), Names.names(s.recipientTypes()),
                        Names.sorted(s.informationCategories())),
                Names.name(t.method()), t.evidence(), t.givenOn(), t.expiresOn(), t.childViews());
    }

    ConsentTerms terms() {
        return new ConsentTerms(Names.of(ConsentAnswer.class, answer),
                giver == null ? null : new Giver(Names.of(ConsentGiver.class, giver.kind()), giver.personId(), giver.name(),
                        Names.of(ParentalResponsibilityBasis.class, giver.basis())),
                told == null ? null : new InformedElements(told.whatWillHappen(), told.whoWillBeTold(), told.whoTheyMayTell(), told.why()),
                scope == null ? null : new ConsentScope(Names.all(PurposeCategory.class, scope.purposes()), Names.set(scope.recipientOrganisations()),
                        Names.all(OrganisationType.class, scope.recipientTypes()), Names.set(scope.informationCategories())),
                Names.of(ConsentMethod.class, method), evidence, givenOn, expiresOn, childViews);
    }

    /** Enumerations by their written names, and sets as sorted lists so the same terms are always written alike. */
    static final class Names {

        private Names() {}

        static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }

        static <E extends Enum<E>> E of(Class<E> type, String name) {
            return name == null ? null : Enum.valueOf(type, name);
        }

        static List<String> names(Collection<? extends Enum<?>> values) {
            return values == null ? null : values.stream().map(Enum::name).sorted().toList();
        }

        static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
            return values == null ? null : values.stream().sorted().toList();
        }

        static <E extends Enum<E>> Set<E> all(Class<E> type, Collection<String> names) {
            return names == null ? null : names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
        }

        static <T> Set<T> set(Collection<T> values) {
            return values == null ? null : Set.copyOf(values);
        }
    }
}
