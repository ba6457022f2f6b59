package org.iops.polls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iops.polls.PollType;
import org.iops.polls.core.Choice;
import org.iops.polls.core.Poll;
import org.iops.web.PageContext;

/** What a ballot says, in the reader's words: for the bulletin board and the open ballots of an open poll. */
final class ChoiceText {

    private ChoiceText() {
    }

    static String of(Poll poll, Choice choice, PageContext page) {
        List<String> options = poll.options();
        PollType type = poll.type();
        return switch (type) {
            case CONSENT, YES_NO -> page.t(answerKey(choice.encoded()))
                    + (choice.reason() == null ? "" : " (" + choice.reason() + ")");
            case SINGLE_CHOICE, APPROVAL -> choice.encoded().isEmpty() ? page.t("polls.choice.none")
                    : String.join(", ", choice.order().stream().map(options::get).toList());
            case RANKED, SCHULZE -> {
                List<String> ranks = new ArrayList<>();
                List<Integer> order = choice.order();
                for (int i = 0; i < order.size(); i++) {
                    ranks.add((i + 1) + ". " + options.get(order.get(i)));
                }
                yield String.join(", ", ranks);
            }
            case MEETING_TIME -> {
                List<String> times = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    times.add(options.get(i) + ": " + page.t(timeKey(choice.encoded().charAt(i))));
                }
                yield String.join("; ", times);
            }
        };
    }

    static String answerKey(String answer) {
        return "polls.answer." + answer.toLowerCase(Locale.ROOT);
    }

    static String timeKey(char answer) {
        return switch (answer) {
            case 'Y' -> "polls.time.yes";
            case 'M' -> "polls.time.ifNeedBe";
            default -> "polls.time.no";
        };
    }
}
