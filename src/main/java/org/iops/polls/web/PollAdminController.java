package org.iops.polls.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.iops.decisions.counting.methods.Fraction;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.decisions.counting.methods.VoteBase;
import org.iops.governance.GoverningRules;
import org.iops.polls.PollDefaults;
import org.iops.polls.PollId;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.Language;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's admins open a stand-alone poll: its type, options, seats, period, secrecy, weighting, quorum and
 * threshold, the form starting from the unit's {@link PollDefaults} (a governing rule).
 */
@Controller
class PollAdminController {

    private final Polls polls;
    private final Permissions permissions;
    private final UnitDirectory units;
    private final GoverningRules rules;
    private final Clock clock;

    PollAdminController(Polls polls, Permissions permissions, UnitDirectory units, GoverningRules rules, Clock clock) {
        this.polls = polls;
        this.permissions = permissions;
        this.units = units;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/polls/new")
    String form(@PathVariable UnitId id, @ModelAttribute("page") PageContext page, Model model) {
        UnitRef unit = require(id);
        PollDefaults defaults = rules.current(PollDefaults.RULE, id);
        PollForm form = new PollForm();
        form.setDays(defaults.votingDays());
        form.setQuorum(defaults.quorumPercent());
        form.setThreshold(defaults.threshold());
        form.setSecrecy(defaults.secret() ? "SECRET" : "OPEN");
        form.setLanguage(page.lang());
        return show(unit, form, FormErrors.NONE, page, model);
    }

    @PostMapping("/units/{id}/polls/new")
    String open(@PathVariable UnitId id, @Valid @ModelAttribute("form") PollForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID admin = Readers.signedIn();
        UnitRef unit = require(id);
        FormErrors errors = FormErrors.of(result, "polls.form.invalid");
        PollType type = parse(PollType.class, form.getType());
        List<String> options = form.optionList();
        boolean question = type == PollType.CONSENT || type == PollType.YES_NO;
        if (type == null) {
            errors = errors.with("type", "polls.form.typeRequired");
        } else if (!question && (options.size() < 2 || options.size() != options.stream().distinct().count())) {
            errors = errors.with("options", "polls.form.optionsRequired");
        } else if (!question && options.stream().anyMatch(o -> o.length() > 200)) {
            errors = errors.with("options", "polls.form.optionTooLong");
        }
        int seats = question || type == PollType.MEETING_TIME ? 1 : form.getSeats();
        if (type != null && !question && seats >= Math.max(options.size(), 2)) {
            errors = errors.with("seats", "polls.form.seatsBelowOptions");
        }
        Weighting weighting = parse(Weighting.class, form.getWeighting());
        if (weighting == null || (weighting == Weighting.CHAPTER_WEIGHTED
                && (unit.level() == UnitLevel.CHAPTER || type == PollType.RANKED || type == PollType.SCHULZE))) {
            errors = errors.with("weighting", "polls.form.weightingDirectOnly");
        }
        Secrecy secrecy = parse(Secrecy.class, form.getSecrecy());
        if (secrecy == null) {
            errors = errors.with("secrecy", "polls.form.invalid");
        }
        Threshold threshold = threshold(form.getThreshold());
        if (threshold == null) {
            errors = errors.with("threshold", "polls.form.invalid");
        }
        if (Language.SHIPPED.stream().noneMatch(l -> l.code().equals(form.getLanguage()))) {
            errors = errors.with("language", "polls.form.invalid");
        }
        Instant opens = opens(form.getOpensOn());
        if (opens == null) {
            errors = errors.with("opensOn", "polls.form.opensOnInvalid");
        }
        if (errors.any()) {
            response.setStatus(422);
            return show(unit, form, errors, page, model);
        }
        Quorum quorum = form.getQuorum() == 0 ? Quorum.none() : Quorum.fractionOfElectorate(Fraction.of(form.getQuorum(), 100));
        PollId poll = polls.open(new PollSpec(id, admin, form.getTitle(), form.getDescription(), form.getLanguage(), type,
                question ? List.of() : options, seats, opens, opens.plus(Duration.ofDays(form.getDays())), secrecy,
                weighting, quorum, threshold, null));
        redirect.addFlashAttribute("notice", page.t("polls.form.opened"));
        return "redirect:/polls/" + poll;
    }

    static Threshold threshold(String name) {
        return switch (name) {
            case "SIMPLE_MAJORITY" -> Threshold.simpleMajority();
            case "TWO_THIRDS" -> Threshold.twoThirds();
            case "MAJORITY_OF_BALLOTS" -> Threshold.moreThan(Fraction.HALF, VoteBase.ALL_BALLOTS);
            default -> null;
        };
    }

    private Instant opens(String date) {
        Instant now = clock.instant();
        if (date.isEmpty()) {
            return now;
        }
        try {
            Instant day = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
            return day.isBefore(now) ? (day.plus(Duration.ofDays(1)).isAfter(now) ? now : null) : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private UnitRef require(UnitId id) {
        UnitRef unit = units.find(id).orElseThrow(() -> new NotFoundException("unit"));
        if (!permissions.may(Readers.signedIn(), PollActions.OPEN, id)) {
            throw new ForbiddenException(PollActions.OPEN.name());
        }
        return unit;
    }

    private String show(UnitRef unit, PollForm form, FormErrors errors, PageContext page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("choices", PollFormOptions.of(page, unit.level() != UnitLevel.CHAPTER));
        return "polls/new";
    }
}
