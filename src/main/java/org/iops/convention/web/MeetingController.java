package org.iops.convention.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.iops.convention.meetings.MeetingRecords;
import org.iops.convention.meetings.MeetingRefusedException;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.iops.units.UnitStatus;
import org.iops.web.CurrentMember;
import org.iops.web.FormErrors;
import org.iops.web.PageContextFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A chapter's admins record that the chapter met (until events exist). */
@Controller
class MeetingController {

    static final int SHOWN = 12;

    private final MeetingRecords meetings;
    private final UnitDirectory units;
    private final Permissions permissions;

    MeetingController(MeetingRecords meetings, UnitDirectory units, Permissions permissions) {
        this.meetings = meetings;
        this.units = units;
        this.permissions = permissions;
    }

    @GetMapping("/units/{id}/meetings")
    String meetings(@PathVariable UnitId id, Model model) {
        UnitRef chapter = chapter(id);
        recorder(chapter);
        return render(model, chapter, new MeetingForm(), FormErrors.NONE);
    }

    @PostMapping("/units/{id}/meetings")
    String record(@PathVariable UnitId id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UnitRef chapter = chapter(id);
        UUID recorder = recorder(chapter);
        FormErrors errors = FormErrors.of(result, "convention.meeting.date.invalid");
        LocalDate metOn = null;
        if (!result.hasFieldErrors("metOn")) {
            try {
                metOn = LocalDate.parse(form.getMetOn());
            } catch (DateTimeParseException malformed) {
                errors = errors.with("metOn", "convention.meeting.date.invalid");
            }
        }
        if (metOn != null && !result.hasErrors()) {
            try {
                meetings.record(chapter.id().value(), metOn, form.getNote(), recorder);
                redirect.addFlashAttribute("notice", "convention.meeting.recorded");
                return "redirect:/units/" + chapter.id() + "/meetings";
            } catch (MeetingRefusedException refused) {
                errors = errors.with(refused.field(), refused.messageKey());
            }
        }
        response.setStatus(422);
        return render(model, chapter, form, errors);
    }

    private String render(Model model, UnitRef chapter, MeetingForm form, FormErrors errors) {
        LocalDate today = meetings.today();
        model.addAttribute("meetings", new MeetingsPage(chapter, meetings.recent(chapter.id().value(), SHOWN), form,
                errors, today.toString(), today.minusYears(1).toString()));
        return "convention/meetings";
    }

    private UnitRef chapter(UnitId id) {
        return units.find(id).filter(unit -> unit.level() == UnitLevel.CHAPTER)
                .filter(unit -> unit.status() != UnitStatus.ARCHIVED && unit.status() != UnitStatus.MERGED)
                .orElseThrow(() -> new NotFoundException("chapter " + id));
    }

    private UUID recorder(UnitRef chapter) {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null) {
            throw new AccessDeniedException("sign in first");
        }
        if (!permissions.may(member.memberId(), ConventionActions.RECORD_MEETING, chapter.id())) {
            throw new ForbiddenException(ConventionActions.RECORD_MEETING.name());
        }
        return member.memberId();
    }
}
