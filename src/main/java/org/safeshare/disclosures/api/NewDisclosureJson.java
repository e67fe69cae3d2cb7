package org.safeshare.disclosures.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.NewDisclosure;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.disclosures.domain.Identity;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;

/** The body of {@code POST /api/v1/disclosures}, apart from the facade's command. */
record NewDisclosureJson(UUID personId, UUID decisionId, UUID requestId, List<UUID> recipients, String purpose, List<PersonField> fields,
        List<ItemJson> items, String conditions, TransparencyJson transparency) {

    record ItemJson(ItemKind kind, String text, String source, List<IdentityJson> identities) {}

    record IdentityJson(Identity.Role role, String name) {}

    record TransparencyJson(Boolean told, LocalDate toldOn, String toldBy, String notToldReason) {}

    NewDisclosure command() {
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        if (personId == null) {
            problems.add(new InvalidRequestException.FieldProblem("personId", "Send the id of the person the disclosure is about"));
        }
        List<DisclosureDraft.FreeTextDraft> drafts = new ArrayList<>();
        List<ItemJson> sent = items == null ? List.of() : items;
        for (int i = 0; i < sent.size(); i++) {
            ItemJson item = sent.get(i);
            if (item == null) {
                problems.add(new InvalidRequestException.FieldProblem("items[" + i + "]", "Send an item, not null"));
                continue;
            }
            List<IdentityJson> names = item.identities() == null ? List.of() : item.identities();
            for (int j = 0; j < names.size(); j++) {
                if (names.get(j) == null || names.get(j).role() == null || names.get(j).name() == null) {
                    problems.add(new InvalidRequestException.FieldProblem("items[" + i + "].identities[" + j + "]",
                            "Send the role (REFERRER or THIRD_PARTY) and the name of each person whose identity is at risk"));
                }
            }
            drafts.add(new DisclosureDraft.FreeTextDraft(item.kind(), item.text(), item.source(), names.stream()
                    .filter(n -> n != null && n.role() != null && n.name() != null).map(n -> new Identity(n.role(), n.name())).toList()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        TransparencyJson t = transparency == null ? new TransparencyJson(null, null, null, null) : transparency;
        return new NewDisclosure(new PersonId(personId), new DisclosureDraft(decisionId, recipients, fields == null ? null
                : java.util.Set.copyOf(fields), drafts, purpose, conditions, t.told(), t.toldOn(), t.toldBy(), t.notToldReason()),
                Optional.ofNullable(requestId));
    }
}
