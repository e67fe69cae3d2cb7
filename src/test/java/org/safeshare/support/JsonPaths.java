package org.safeshare.support;

import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The field paths of a JSON document ("subject.id", "items[].kind"), for the tests that freeze the field set of an API
 * body: a renamed, added or dropped field anywhere in it changes the set.
 */
public final class JsonPaths {

    private JsonPaths() {}

    /** Every field path of the document. */
    public static TreeSet<String> of(JsonNode node) {
        TreeSet<String> fields = new TreeSet<>();
        collect(node, "", fields);
        return fields;
    }

    /** Adds the field paths under {@code node} to {@code fields}, each prefixed with {@code at}; an array is "at[]". */
    public static void collect(JsonNode node, String at, TreeSet<String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                fields.add(path);
                collect(field.getValue(), path, fields);
            }
        } else if (node.isArray()) {
            fields.remove(at);
            fields.add(at + "[]");
            node.forEach(element -> collect(element, at + "[]", fields));
        }
    }
}
