package org.safeshare.disclosures.domain;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the recipient reads of a free-text item while its identities at risk are withheld: every mention of each name,
 * in the text and the source, replaced by "[referrer withheld]" or "[third party withheld]", and the list of names
 * emptied. The preview shows exactly this, so the sender sees what will leave the organisation.
 */
public final class Redaction {

    private Redaction() {}

    public static ItemContent.FreeText redacted(ItemContent.FreeText item) {
        String text = item.text();
        String source = item.source();
        // Longest names first, so that "Jane Smith" is withheld whole before "Jane" is looked for.
        List<Identity> byLength = item.identities().stream().sorted(Comparator.comparingInt((Identity i) -> i.name().length()).reversed())
                .toList();
        for (Identity identity : byLength) {
            text = withheld(text, identity);
            source = withheld(source, identity);
        }
        return new ItemContent.FreeText(item.kind(), text, source, List.of());
    }

    private static String withheld(String in, Identity identity) {
        Pattern name = Pattern.compile(Pattern.quote(identity.name().strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return name.matcher(in).replaceAll(Matcher.quoteReplacement(identity.role().placeholder()));
    }
}
