package org.iops.notifications.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.notifications.Parameter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The parameters of a waiting notification as the outbox keeps them: a JSON array of one-entry objects. */
final class ParameterCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> ENTRIES = new TypeReference<>() {
    };

    private ParameterCodec() {
    }

    static String write(List<Parameter> parameters) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Parameter parameter : parameters) {
            entries.add(entry(parameter));
        }
        return JSON.writeValueAsString(entries);
    }

    private static Map<String, String> entry(Parameter parameter) {
        if (parameter instanceof Parameter.Text text) {
            return Map.of("text", text.value());
        }
        if (parameter instanceof Parameter.Message message) {
            return Map.of("message", message.key());
        }
        if (parameter instanceof Parameter.Date date) {
            return Map.of("date", date.value().toString());
        }
        if (parameter instanceof Parameter.Country country) {
            return Map.of("country", country.code());
        }
        if (parameter instanceof Parameter.Number number) {
            return Map.of("number", Long.toString(number.value()));
        }
        if (parameter instanceof Parameter.MemberAddress address) {
            return Map.of("memberAddress", address.memberId().toString());
        }
        return Map.of("recipientName", "");
    }

    static List<Parameter> read(String json) {
        List<Parameter> parameters = new ArrayList<>();
        for (Map<String, String> entry : JSON.readValue(json, ENTRIES)) {
            Map.Entry<String, String> only = entry.entrySet().iterator().next();
            String value = only.getValue();
            parameters.add(switch (only.getKey()) {
                case "text" -> Parameter.text(value);
                case "message" -> Parameter.message(value);
                case "date" -> Parameter.date(Instant.parse(value));
                case "country" -> Parameter.country(value);
                case "number" -> Parameter.number(Long.parseLong(value));
                case "recipientName" -> Parameter.recipientName();
                case "memberAddress" -> Parameter.memberAddress(UUID.fromString(value));
                default -> throw new IllegalArgumentException("unknown notification parameter " + only.getKey());
            });
        }
        return parameters;
    }
}
