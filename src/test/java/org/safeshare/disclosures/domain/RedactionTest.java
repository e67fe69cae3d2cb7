package org.safeshare.disclosures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Identities at risk are withheld wherever they appear; a draft's problems name their field paths. */
class RedactionTest {

    @Test
    void everyMentionOfANameAtRiskIsWithheldWhateverItsCaseLongestNameFirst() {
        var item = new ItemContent.FreeText(ItemKind.FACT, "Joan Pike rang; JOAN PIKE said Joan's son Tom saw it", "Joan Pike, neighbour",
                List.of(new Identity(Identity.Role.REFERRER, "Joan"), new Identity(Identity.Role.REFERRER, "Joan Pike"),
                        new Identity(Identity.Role.THIRD_PARTY, "Tom")));
        var redacted = Redaction.redacted(item);
        assertThat(redacted.text()).isEqualTo("[referrer withheld] rang; [referrer withheld] said [referrer withheld]'s son [third party withheld] saw it");
        assertThat(redacted.source()).isEqualTo("[referrer withheld], neighbour");
        assertThat(redacted.identities()).isEmpty();
    }

    @Test
    void aNameWithRegularExpressionCharactersIsTakenLiterally() {
        var item = new ItemContent.FreeText(ItemKind.OPINION, "Mr A.B. (uncle) visited", "Mr A.B. (uncle)",
                List.of(new Identity(Identity.Role.THIRD_PARTY, "Mr A.B. (uncle)")));
        assertThat(Redaction.redacted(item).text()).isEqualTo("[third party withheld] visited");
    }

    @Test
    void aDraftsProblemsNameTheirFieldPaths() {
        var draft = new DisclosureDraft(UUID.randomUUID(), List.of(UUID.randomUUID()), Set.of(),
                List.of(new DisclosureDraft.FreeTextDraft(ItemKind.FIELD, "x".repeat(4001), " ", List.of(new Identity(Identity.Role.REFERRER, " ")))),
                "Referral", null, true, LocalDate.of(2030, 1, 1), null, null);
        assertThat(DisclosureRules.problemsWith(draft, LocalDate.of(2026, 12, 1))).extracting(Problem::field)
                .containsExactly("items[0].kind", "items[0].text", "items[0].source", "items[0].identities[0].name", "transparency.toldOn",
                        "transparency.toldBy");
    }
}
