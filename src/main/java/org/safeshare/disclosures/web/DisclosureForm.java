package org.safeshare.disclosures.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.disclosures.domain.Identity;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.disclosures.domain.Problem;
import org.safeshare.platform.web.FormErrors;
import org.springframework.util.MultiValueMap;

/**
 * The disclosure form's fields as typed ({@link SendForm}, the allow-list) and the draft they make. Free-text items
 * have {@value #SLOTS} slots; a slot left wholly blank is no item. Problems' field paths map to the inputs' ids.
 */
final class DisclosureForm {

    static final int SLOTS = 3;
    private static final List<String> ITEM_PARTS = List.of("Kind", "Text", "Source", "Referrer", "ThirdParties");

    static final List<String> ORDER = order();

    private DisclosureForm() {}

    private static List<String> order() {
        List<String> order = new ArrayList<>(List.of("decisionId", "recipients", "purpose", "fields"));
        IntStream.range(0, SLOTS).forEach(i -> ITEM_PARTS.forEach(p -> order.add("item" + i + p)));
        order.addAll(List.of("conditions", "told", "toldOn", "toldBy", "notToldReason"));
        return List.copyOf(order);
    }

    /** The draft, and any date the page could not read (added to {@code problems} under the day input's id). */
    static DisclosureDraft draft(MultiValueMap<String, String> f, Map<String, String> problems) {
        List<DisclosureDraft.FreeTextDraft> items = new ArrayList<>();
        for (int slot : usedSlots(f)) {
            String p = "item" + slot;
            List<Identity> identities = new ArrayList<>();
            text(f, p + "Referrer").ifPresent(n -> identities.add(new Identity(Identity.Role.REFERRER, n)));
            text(f, p + "ThirdParties").ifPresent(t -> Arrays.stream(t.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(n -> identities.add(new Identity(Identity.Role.THIRD_PARTY, n))));
            items.add(new DisclosureDraft.FreeTextDraft(enumOf(ItemKind.class, f.getFirst(p + "Kind")), text(f, p + "Text").orElse(null),
                    text(f, p + "Source").orElse(null), identities));
        }
        String told = f.getFirst("told");
        return new DisclosureDraft(uuid(f.getFirst("decisionId")), uuids(f.get("recipients")), enums(f.get("fields")), items,
                text(f, "purpose").orElse(null), text(f, "conditions").orElse(null), "yes".equals(told) ? Boolean.TRUE
                : "no".equals(told) ? Boolean.FALSE : null, "yes".equals(told) ? date(f, problems) : null, text(f, "toldBy").orElse(null),
                text(f, "notToldReason").orElse(null));
    }

    /** The page's errors in form order, each problem's path turned into its input's id. */
    static FormErrors errors(MultiValueMap<String, String> f, List<Problem> problems, Map<String, String> pageProblems) {
        Map<String, String> byId = new LinkedHashMap<>(pageProblems);
        List<Integer> slots = usedSlots(f);
        for (Problem problem : problems) {
            byId.putIfAbsent(id(problem.field(), slots, f), problem.message());
        }
        return FormErrors.of(byId).inOrder(ORDER);
    }

    static String id(String path, List<Integer> slots, MultiValueMap<String, String> f) {
        if (path.startsWith("items[")) {
            int index = Integer.parseInt(path.substring(6, path.indexOf(']')));
            String slot = "item" + (index < slots.size() ? slots.get(index) : 0);
            String rest = path.substring(path.indexOf(']') + 1);
            if (rest.startsWith(".identities")) {
                boolean referrerNamed = text(f, slot + "Referrer").isPresent();
                return slot + (referrerNamed && rest.startsWith(".identities[0]") ? "Referrer" : "ThirdParties");
            }
            return rest.isEmpty() ? slot + "Text" : slot + Character.toUpperCase(rest.charAt(1)) + rest.substring(2);
        }
        return switch (path) {
            case "transparency.told" -> "told";
            case "transparency.toldOn" -> "toldOn";
            case "transparency.toldBy" -> "toldBy";
            case "transparency.notToldReason" -> "notToldReason";
            case "items" -> "item0Text";
            default -> path;
        };
    }

    static List<Integer> usedSlots(MultiValueMap<String, String> f) {
        return IntStream.range(0, SLOTS).filter(i -> ITEM_PARTS.stream().anyMatch(p -> text(f, "item" + i + p).isPresent())).boxed().toList();
    }

    static Optional<UUID> requestId(MultiValueMap<String, String> f) {
        return Optional.ofNullable(uuid(f.getFirst("requestId")));
    }

    /** The GOV.UK date input's one reading (a two-figure year is not 26 AD). */
    private static LocalDate date(MultiValueMap<String, String> f, Map<String, String> problems) {
        return org.safeshare.platform.web.DateInput.of(f, "toldOn").read("toldOn", "The date they were told", problems);
    }

    static Optional<String> text(MultiValueMap<String, String> f, String name) {
        return Optional.ofNullable(f.getFirst(name)).filter(s -> !s.isBlank());
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<UUID> uuids(List<String> values) {
        return values == null ? List.of() : values.stream().map(DisclosureForm::uuid).filter(Objects::nonNull).toList();
    }

    private static Set<PersonField> enums(List<String> values) {
        return values == null ? Set.of() : values.stream().map(v -> enumOf(PersonField.class, v)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }
}
