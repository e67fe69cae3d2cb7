package org.safeshare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * Checks a page with errors against the GOV.UK error pattern: the summary links each error to a field, in the order the
 * fields appear; the field's form group carries govuk-form-group--error, a text input, textarea or select carries its own
 * error class, and the message beside the field (id "field-error") says what the summary says. Parsed with AttoParser,
 * the HTML parser Thymeleaf already brings.
 */
public final class GovukErrors {

    private GovukErrors() {}

    /** The summary's messages by field id, in the summary's order, once the page has passed every check. */
    public static Map<String, String> check(String html) {
        Document page = parse(html);
        List<Element> all = new ArrayList<>();
        collect(page, all);
        Element summary = all.stream().filter(e -> hasClass(e, "govuk-error-summary")).findFirst().orElseThrow(
                () -> new AssertionError("no error summary on the page"));
        Map<String, String> summarised = new LinkedHashMap<>();
        List<Element> links = new ArrayList<>();
        collect(summary, links);
        links.stream().filter(e -> e.elementNameMatches("a")).forEach(a -> summarised.put(a.getAttributeValue("href").substring(1), text(a)));
        assertThat(summarised).as("error summary links").isNotEmpty();

        List<String> pageOrder = new ArrayList<>();
        for (Element e : all) {
            String id = e.getAttributeValue("id");
            if (id != null && summarised.containsKey(id)) {
                pageOrder.add(id);
            }
        }
        assertThat(List.copyOf(summarised.keySet())).as("the error summary follows the order of the form").isEqualTo(pageOrder);
        summarised.forEach((id, message) -> checkField(all, id, message));
        return summarised;
    }

    /** The ids that appear more than once on the page (axe's duplicate-id rules; a label or error link would find the first). */
    public static List<String> duplicateIds(String html) {
        List<Element> all = new ArrayList<>();
        collect(parse(html), all);
        Map<String, Integer> seen = new LinkedHashMap<>();
        all.stream().map(e -> e.getAttributeValue("id")).filter(java.util.Objects::nonNull).forEach(id -> seen.merge(id, 1, Integer::sum));
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private static void checkField(List<Element> all, String id, String message) {
        Element field = byId(all, id);
        String name = field.getElementName();
        String type = field.getAttributeValue("type");
        boolean choice = "radio".equals(type) || "checkbox".equals(type);
        if (!choice) {
            String expected = switch (name) {
                case "textarea" -> "govuk-textarea--error";
                case "select" -> "govuk-select--error";
                default -> "govuk-input--error";
            };
            assertThat(hasClass(field, expected)).as("%s carries %s", id, expected).isTrue();
        }
        INestableNode up = field.getParent();
        while (up instanceof Element e && !hasClass(e, "govuk-form-group--error")) {
            up = e.getParent();
        }
        assertThat(up).as("%s sits in a govuk-form-group--error", id).isInstanceOf(Element.class);
        Element error = byId(all, id + "-error");
        assertThat(hasClass(error, "govuk-error-message")).as("%s-error is a govuk-error-message", id).isTrue();
        assertThat(text(error).replace("Error:", "").trim()).as("the message beside %s", id).isEqualTo(message);
    }

    private static Element byId(List<Element> all, String id) {
        return all.stream().filter(e -> id.equals(e.getAttributeValue("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    private static Document parse(String html) {
        try {
            return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html);
        } catch (org.attoparser.ParseException e) {
            throw new AssertionError("page is not parseable HTML", e);
        }
    }

    private static void collect(INestableNode node, List<Element> into) {
        for (INode child : node.getChildren()) {
            if (child instanceof Element e) {
                into.add(e);
                collect(e, into);
            }
        }
    }

    private static boolean hasClass(Element e, String name) {
        String classes = e.getAttributeValue("class");
        return classes != null && List.of(classes.trim().split("\\s+")).contains(name);
    }

    private static String text(INestableNode node) {
        StringBuilder out = new StringBuilder();
        for (INode child : node.getChildren()) {
            if (child instanceof Text t) {
                out.append(t.getContent());
            } else if (child instanceof INestableNode n) {
                out.append(text(n));
            }
        }
        return org.springframework.web.util.HtmlUtils.htmlUnescape(out.toString()).replaceAll("\\s+", " ").trim();
    }
}
