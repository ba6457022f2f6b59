package org.iops.committee.queries;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a committee member may begin an email reply with, in the four languages, and what each answers. Accents
 * and case do not matter ("Abstención", "abstencion"); the rest of the reply is the reason.
 */
final class ReplyWords {

    private static final Map<String, Answer> WORDS = Map.ofEntries(
            Map.entry("consent", Answer.CONSENT), Map.entry("object", Answer.OBJECT),
            Map.entry("block", Answer.BLOCK), Map.entry("abstain", Answer.ABSTAIN),
            // es
            Map.entry("consiento", Answer.CONSENT), Map.entry("consentimiento", Answer.CONSENT),
            Map.entry("objeto", Answer.OBJECT), Map.entry("objecion", Answer.OBJECT),
            Map.entry("bloqueo", Answer.BLOCK), Map.entry("bloquear", Answer.BLOCK),
            Map.entry("abstencion", Answer.ABSTAIN), Map.entry("abstengo", Answer.ABSTAIN),
            // fr
            Map.entry("consentement", Answer.CONSENT), Map.entry("consens", Answer.CONSENT),
            Map.entry("objection", Answer.OBJECT), Map.entry("blocage", Answer.BLOCK),
            Map.entry("bloque", Answer.BLOCK), Map.entry("abstention", Answer.ABSTAIN),
            Map.entry("abstiens", Answer.ABSTAIN),
            // de
            Map.entry("zustimmung", Answer.CONSENT), Map.entry("einverstanden", Answer.CONSENT),
            Map.entry("einwand", Answer.OBJECT), Map.entry("veto", Answer.BLOCK), Map.entry("blockade", Answer.BLOCK),
            Map.entry("enthaltung", Answer.ABSTAIN));

    /** A reply's answer and reason. */
    record Reply(Answer answer, String reason) {
    }

    private ReplyWords() {
    }

    /** The answer the reply's first word names, with the rest as the reason; empty when the word is none of them. */
    static Optional<Reply> read(String text) {
        String trimmed = text.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        Answer answer = WORDS.get(plain(trimmed.substring(0, end)));
        if (answer == null) {
            return Optional.empty();
        }
        String reason = trimmed.substring(end).replaceFirst("^[\\s:;,.!\\-–—]+", "").strip();
        return Optional.of(new Reply(answer, reason));
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
