package org.safeshare.disclosures.api;

import static org.safeshare.platform.web.SameName.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.NewDisclosure;
import org.safeshare.disclosures.api.DisclosureValues.IdentityRole;
import org.safeshare.disclosures.api.DisclosureValues.ItemKind;
import org.safeshare.disclosures.api.DisclosureValues.PersonField;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.disclosures.domain.Identity;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;

/**
 * The body of {@code POST /api/v1/disclosures}, apart from the facade's command. Its parts have schema names of their own:
 * under the response's names ({@code ItemJson}, ...) the OpenAPI document described one of the two for both.
 */
record NewDisclosureJson(UUID personId, UUID decisionId, UUID requestId, List<UUID> recipients, String purpose, List<PersonField> fields,
        List<ItemJson> items, String conditions, TransparencyJson transparency) {

    @Schema(name = "NewDisclosureItem")
    record ItemJson(ItemKind kind, String text, String source, List<IdentityJson> identities) {}

    @Schema(name = "NewDisclosureIdentity")
    record IdentityJson(IdentityRole role, String name) {}

    @Schema(name = "NewDisclosureTransparency")
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
            drafts.add(new DisclosureDraft.FreeTextDraft(as(org.safeshare.disclosures.domain.ItemKind.class, item.kind()), item.text(),
                    item.source(), names.stream().filter(n -> n != null && n.role() != null && n.name() != null)
                            .map(n -> new Identity(as(Identity.Role.class, n.role()), n.name())).toList()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        TransparencyJson t = transparency == null ? new TransparencyJson(null, null, null, null) : transparency;
        return new NewDisclosure(new PersonId(personId), new DisclosureDraft(decisionId, recipients, fields == null ? null
                : java.util.Set.copyOf(fields.stream().map(f -> as(org.safeshare.disclosures.domain.PersonField.class, f)).toList()), drafts,
                purpose, conditions, t.told(), t.toldOn(), t.toldBy(), t.notToldReason()), Optional.ofNullable(requestId));
    }
}
