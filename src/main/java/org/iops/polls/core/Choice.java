package org.iops.polls.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iops.polls.PollType;
import org.jspecify.annotations.Nullable;

/**
 * What one ballot says, as stored in {@code poll_ballots.choice}: an answer ({@code YES}, {@code BLOCK}...) for a
 * question, the option's position for a single choice, positions joined by {@code ,} for approval, by {@code >} in
 * rank order for ranked and Schulze ballots, and one letter per proposed time ({@code Y} yes, {@code M} if need be,
 * {@code N} no) for a meeting time. A block carries its reason.
 */
public record Choice(String encoded, @Nullable String reason) {

    static final int REASON_LIMIT = 2000;
    static final Set<String> CONSENT = Set.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK");
    static final Set<String> YES_NO = Set.of("YES", "NO", "ABSTAIN");

    /**
     * Reads a ballot from the voting form's fields: {@code answer} (and {@code reason}) for questions, {@code option}
     * (one or several) for single choice and approval, {@code rank-<position>} for ranked ballots and {@code
     * time-<position>} for a meeting time. Anything the poll cannot take is refused with its message key.
     */
    public static Choice read(PollType type, int options, Map<String, String[]> form) {
        return switch (type) {
            case CONSENT -> answer(form, CONSENT);
            case YES_NO -> new Choice(answer(form, YES_NO).encoded(), null);
            case SINGLE_CHOICE -> {
                List<Integer> marked = positions(form.get("option"), options);
                if (marked.size() != 1) {
                    throw refused("polls.vote.chooseOne");
                }
                yield new Choice(String.valueOf(marked.get(0)), null);
            }
            case APPROVAL -> new Choice(String.join(",", positions(form.get("option"), options).stream().sorted()
                    .map(String::valueOf).toList()), null);
            case RANKED, SCHULZE -> ranked(form, options);
            case MEETING_TIME -> times(form, options);
        };
    }

    /**
     * The ballot as the voting form's fields would send it, each as {@code name=value} (the inverse of {@link #read}):
     * what the form shows checked when a member changes an open vote.
     */
    public Set<String> formFields(PollType type) {
        Set<String> fields = new HashSet<>();
        if (encoded.isEmpty()) {
            return fields;
        }
        switch (type) {
            case CONSENT, YES_NO -> fields.add("answer=" + encoded);
            case SINGLE_CHOICE, APPROVAL -> Arrays.stream(encoded.split(",")).forEach(p -> fields.add("option=" + p));
            case RANKED, SCHULZE -> {
                List<Integer> order = order();
                for (int rank = 1; rank <= order.size(); rank++) {
                    fields.add("rank-" + order.get(rank - 1) + "=" + rank);
                }
            }
            case MEETING_TIME -> {
                for (int i = 0; i < encoded.length(); i++) {
                    fields.add("time-" + i + "=" + encoded.charAt(i));
                }
            }
        }
        return fields;
    }

    /** The options of a ranked ballot, in rank order (positions). */
    public List<Integer> order() {
        return encoded.isEmpty() ? List.of() : Arrays.stream(encoded.split("[>,]")).map(Integer::valueOf).toList();
    }

    private static Choice answer(Map<String, String[]> form, Set<String> allowed) {
        String answer = single(form, "answer");
        if (answer == null || !allowed.contains(answer)) {
            throw refused("polls.vote.chooseAnswer");
        }
        if (!answer.equals("BLOCK")) {
            return new Choice(answer, null);
        }
        String reason = single(form, "reason");
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw refused("polls.vote.blockReason");
        }
        if (reason.length() > REASON_LIMIT) {
            throw refused("polls.vote.reasonTooLong");
        }
        return new Choice(answer, reason);
    }

    private static Choice ranked(Map<String, String[]> form, int options) {
        TreeMap<Integer, Integer> byRank = new TreeMap<>();
        for (Map.Entry<String, String[]> field : form.entrySet()) {
            if (!field.getKey().startsWith("rank-")) {
                continue;
            }
            int position = position(field.getKey().substring(5), options);
            String[] values = field.getValue();
            if (values.length > 1) {
                throw refused("polls.vote.rankedTwice");
            }
            String value = values.length == 0 ? "" : values[0].strip();
            if (value.isEmpty()) {
                continue;
            }
            int rank = number(value, options);
            if (rank < 1 || byRank.put(rank, position) != null) {
                throw refused("polls.vote.rankTaken");
            }
        }
        if (byRank.isEmpty()) {
            throw refused("polls.vote.rankOne");
        }
        List<String> order = new ArrayList<>();
        byRank.values().forEach(position -> order.add(String.valueOf(position)));
        return new Choice(String.join(">", order), null);
    }

    private static Choice times(Map<String, String[]> form, int options) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < options; i++) {
            String answer = single(form, "time-" + i);
            if (answer == null || !Set.of("Y", "M", "N").contains(answer)) {
                throw refused("polls.vote.everyTime");
            }
            letters.append(answer);
        }
        for (String field : form.keySet()) {
            if (field.startsWith("time-")) {
                position(field.substring(5), options);
            }
        }
        return new Choice(letters.toString(), null);
    }

    private static List<Integer> positions(String @Nullable [] values, int options) {
        List<Integer> marked = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String value : values == null ? new String[0] : values) {
            int position = position(value, options);
            if (!seen.add(position)) {
                throw refused("polls.vote.markedTwice");
            }
            marked.add(position);
        }
        return marked;
    }

    private static int position(String text, int options) {
        int position = number(text, options);
        if (position < 0 || position >= options) {
            throw refused("polls.vote.unknownOption");
        }
        return position;
    }

    private static int number(String text, int options) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw refused("polls.vote.unknownOption");
        }
        return Integer.parseInt(text);
    }

    private static @Nullable String single(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw refused("polls.vote.chooseAnswer");
        }
        return values[0];
    }

    private static BallotRefusedException refused(String key) {
        return new BallotRefusedException(key, 422);
    }
}
