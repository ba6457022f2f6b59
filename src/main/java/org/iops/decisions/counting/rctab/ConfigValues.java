package org.iops.decisions.counting.rctab;

import java.util.Set;
import org.iops.decisions.counting.CountingException;
import tools.jackson.databind.JsonNode;

/** Reading values of an RCTab configuration: text as RCTab reads it, integers in range, refusals. */
final class ConfigValues {

    private ConfigValues() {}

    static void refuseUnknownKeys(JsonNode node, Set<String> known, String where) {
        node.propertyNames().forEach(key -> {
            if (!known.contains(key)) {
                fail(where + "unknown option \"" + key + "\"");
            }
        });
    }

    static int integer(JsonNode node, String key, long min, long max, String where) {
        String value = text(node, key);
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new CountingException(key + " must be an integer from " + min + " to " + max + where);
        }
        if (parsed < min || parsed > max) {
            fail(key + " must be an integer from " + min + " to " + max + where);
        }
        return (int) parsed;
    }

    static String textOrNull(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    static void fail(String message) {
        throw new CountingException(message);
    }
}
