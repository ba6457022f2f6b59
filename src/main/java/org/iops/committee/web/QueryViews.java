package org.iops.committee.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.queries.Answer;
import org.iops.committee.queries.Query;
import org.iops.committee.queries.QueryRepository;
import org.iops.committee.queries.QueryRepository.AnswerRow;
import org.iops.committee.queries.QueryRepository.Step;
import org.iops.committee.queries.QueryStatus;
import org.iops.committee.queries.Tally;
import org.iops.text.MemberText;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.iops.committee.web.CommitteeViews.AnswerLine;
import org.iops.committee.web.CommitteeViews.Count;
import org.iops.committee.web.CommitteeViews.QueryLine;
import org.iops.committee.web.CommitteeViews.QueryView;
import org.iops.committee.web.CommitteeViews.StepLine;
import org.iops.committee.web.CommitteeViews.TallyView;

/** The views of a query made for one reader, in their language. */
@Component
class QueryViews {

    private final QueryRepository queries;
    private final CommitteeReaders readers;
    private final MemberText text;

    QueryViews(QueryRepository queries, CommitteeReaders readers, MemberText text) {
        this.queries = queries;
        this.readers = readers;
        this.text = text;
    }

    QueryView view(Query query, String unitName, String unitPath, PageContext page) {
        List<AnswerRow> answers = queries.answers(query.id());
        List<Step> steps = queries.steps(query.id());
        Set<UUID> people = new HashSet<>();
        if (query.author() != null) {
            people.add(query.author());
        }
        answers.forEach(row -> add(people, row.member()));
        steps.forEach(step -> add(people, step.member()));
        Map<UUID, String> names = readers.names(people);
        List<AnswerLine> lines = answers.stream().filter(row -> row.answer() != null)
                .map(row -> new AnswerLine(readers.name(row.member(), names, page), page.t(row.answer().messageKey()),
                        row.reason(), page.dateTime(row.answeredAt()),
                        page.t("committee.via." + String.valueOf(row.via()).toLowerCase(java.util.Locale.ROOT))))
                .toList();
        List<StepLine> history = steps.stream().map(step -> step(step, names, page)).toList();
        return new QueryView(query.id().toString(), query.path(), query.title(), text.render(query.body()).html(),
                unitName, unitPath, readers.name(query.author(), names, page), page.dateTime(query.createdAt()),
                page.dateTime(query.deadline()), page.t(query.status().messageKey()),
                query.status() == QueryStatus.OPEN, tally(query, answers, page), lines,
                procedure(query.procedures(), page), history);
    }

    TallyView tally(Query query, List<AnswerRow> answers, PageContext page) {
        Tally tally = Tally.of(answers.stream().map(AnswerRow::answer).toList());
        List<Count> counts = List.of(new Count(page.t("committee.answer.consent"), tally.consent(), "consent"),
                new Count(page.t("committee.answer.object"), tally.object(), "object"),
                new Count(page.t("committee.answer.block"), tally.block(), "block"),
                new Count(page.t("committee.answer.abstain"), tally.abstain(), "abstain"),
                new Count(page.t("committee.answer.noreply"), tally.noReply(), "noreply"));
        boolean closed = query.status() != QueryStatus.OPEN;
        String rule = page.t(query.procedures().nonReplies() == CommitteeProcedures.NonReplies.CONSENT
                ? (closed ? "committee.tally.countedAsConsent" : "committee.tally.willCountAsConsent")
                : (closed ? "committee.tally.notCounted" : "committee.tally.willNotCount"), tally.noReply());
        String verdict = closed ? page.t("committee.verdict." + tally.verdict(query.procedures()).name()
                .toLowerCase(java.util.Locale.ROOT).replace("_", "")) : null;
        return new TallyView(counts, rule, verdict);
    }

    String procedure(CommitteeProcedures procedures, PageContext page) {
        return page.t("committee.procedures.summary", page.t("committee.nonReplies." + procedures.nonReplies().name()
                .toLowerCase(java.util.Locale.ROOT).replace("_", "")), procedures.objectionPercent(),
                procedures.answerDays(), procedures.pollDays());
    }

    QueryLine line(Query query, PageContext page) {
        return new QueryLine(query.title(), query.path(), page.t(query.status().messageKey()),
                page.dateTime(query.deadline()));
    }

    static List<FormOption> answerOptions(PageContext page) {
        List<FormOption> options = new ArrayList<>();
        for (Answer answer : Answer.GIVEN) {
            options.add(FormOption.of(answer.name(), page.t(answer.messageKey())));
        }
        return options;
    }

    private StepLine step(Step step, Map<UUID, String> names, PageContext page) {
        String who = readers.name(step.member(), names, page);
        List<String> d = step.detail();
        String when = page.dateTime(step.at());
        return switch (step.kind()) {
            case "circulated" -> new StepLine(when, page.t("committee.step.circulated", who, Long.parseLong(d.get(0))),
                    null, null);
            case "answered", "changed" -> new StepLine(when, page.t("committee.step." + step.kind(), who,
                    page.t(Answer.valueOf(d.get(0)).messageKey())), null, null);
            case "closed" -> new StepLine(when, page.t("committee.step.closed", Long.parseLong(d.get(0)),
                    Long.parseLong(d.get(1)), Long.parseLong(d.get(2)), Long.parseLong(d.get(3)),
                    Long.parseLong(d.get(4)), page.t("committee.nonReplies." + d.get(5).toLowerCase(java.util.Locale.ROOT)
                            .replace("_", "")),
                    page.t("committee.verdict." + d.get(6).toLowerCase(java.util.Locale.ROOT).replace("_", ""))),
                    null, null);
            case "escalated" -> new StepLine(when, page.t("committee.step.escalated." + d.get(0)
                    .toLowerCase(java.util.Locale.ROOT).replace("_", "")), "/polls/" + d.get(1),
                    page.t("committee.poll.open"));
            case "pollClosed", "runoffClosed" -> new StepLine(when, page.t("committee.step." + step.kind(),
                    page.t("committee.pollOutcome." + d.get(0).toLowerCase(java.util.Locale.ROOT).replace("_", "")),
                    d.get(1).isEmpty() ? page.t("committee.poll.noWinner") : d.get(1), Long.parseLong(d.get(2)),
                    Long.parseLong(d.get(3))), null, null);
            case "runoff" -> new StepLine(when, page.t("committee.step.runoff", who), "/polls/" + d.get(0),
                    page.t("committee.poll.open"));
            default -> new StepLine(when, step.kind(), null, null);
        };
    }

    private static void add(Set<UUID> people, @Nullable UUID member) {
        if (member != null) {
            people.add(member);
        }
    }
}
