package org.iops.decisions.counting.rctab;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Compares detailed reports as JSON trees, ignoring the fields that say who generated them and when. */
public final class ReportComparison {

    private static final Set<String> GENERATION_FIELDS = Set.of("generatedBy", "GeneratedDate", "generatedDate");

    private ReportComparison() {}

    /** The first difference between the reports, or null if they agree. */
    public static String firstDifference(JsonNode expected, JsonNode actual) {
        return difference("$", withoutGenerationFields(expected), withoutGenerationFields(actual));
    }

    static JsonNode withoutGenerationFields(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            GENERATION_FIELDS.forEach(object::remove);
        }
        for (JsonNode child : node) {
            strip(child);
        }
    }

    private static String difference(String path, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                if (e == null || a == null) {
                    return path + "." + name + ": expected " + e + " but was " + a;
                }
                String inner = difference(path + "." + name, e, a);
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": expected " + expected.size() + " elements but was " + actual.size() + ": " + actual;
            }
            Iterator<JsonNode> e = expected.iterator();
            Iterator<JsonNode> a = actual.iterator();
            for (int i = 0; e.hasNext(); i++) {
                String inner = difference(path + "[" + i + "]", e.next(), a.next());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return path + ": expected " + expected + " but was " + actual;
    }
}
