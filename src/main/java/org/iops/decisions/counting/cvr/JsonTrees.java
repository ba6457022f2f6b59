package org.iops.decisions.counting.cvr;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON trees read and written with Jackson's streaming layer only. An {@code ObjectMapper} costs
 * the {@code tally} command about 0.2 s of start-up (a thousand classes: date formats, locales,
 * serializers) for a configuration of a few dozen keys and a report of a few rounds; the parser,
 * generator and node classes are all it needs. Trees come out as {@code ObjectMapper.readTree}
 * builds them (last duplicate key wins, floats as doubles).
 */
public final class JsonTrees {

    /** Jackson's JSON token streams, shared (thread-safe). */
    public static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /** A parser over {@code json}. */
    public static JsonParser parser(String json) {
        return FACTORY.createParser(ObjectReadContext.empty(), json);
    }

    /** A parser over {@code json} bytes (UTF-8 or as detected). */
    public static JsonParser parser(byte[] json) {
        return FACTORY.createParser(ObjectReadContext.empty(), json);
    }

    /** A parser over a stream; closing the parser closes the stream. */
    public static JsonParser parser(java.io.InputStream json) {
        return FACTORY.createParser(ObjectReadContext.empty(), json);
    }

    /** A parser over a file. */
    public static JsonParser parser(java.io.File json) {
        return FACTORY.createParser(ObjectReadContext.empty(), json);
    }

    /** The whole document {@code json} as a tree, or null when it is empty. */
    public static JsonNode read(String json) {
        try (JsonParser parser = parser(json)) {
            return parser.nextToken() == null ? null : readValue(parser);
        }
    }

    /** The document in {@code json} bytes as a tree, or null when it is empty. */
    public static JsonNode read(byte[] json) {
        try (JsonParser parser = parser(json)) {
            return parser.nextToken() == null ? null : readValue(parser);
        }
    }

    /** The value at the parser's current token as a tree; leaves the parser on the value's last token. */
    public static JsonNode readValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, readValue(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /** {@code tree} as text, laid out by {@code printer}. */
    public static String write(JsonNode tree, PrettyPrinter printer) {
        StringWriter text = new StringWriter();
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonGenerator generator = FACTORY.createGenerator(context, text)) {
            writeValue(generator, tree);
        }
        return text.toString();
    }

    private static void writeValue(JsonGenerator generator, JsonNode node) {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                generator.writeName(property.getKey());
                writeValue(generator, property.getValue());
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (node.isString()) {
            generator.writeString(node.asString());
        } else if (node.isInt()) {
            generator.writeNumber(node.intValue());
        } else if (node.isIntegralNumber()) {
            generator.writeNumber(node.bigIntegerValue());
        } else if (node.isDouble() || node.isFloat()) {
            generator.writeNumber(node.doubleValue());
        } else if (node.isNumber()) {
            generator.writeNumber(node.decimalValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else {
            generator.writeNull();
        }
    }
}
