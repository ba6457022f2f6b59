package org.iops.notifications.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.inbox.Preferences;
import org.iops.notifications.mail.Kinds;
import org.iops.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's email choices: for every kind every module declared, immediately, in the daily or the weekly
 * digest, or never (the notification list shows it either way). A value that is none of these is refused (422),
 * changing nothing.
 */
@Controller
class PreferencesController {

    private final Kinds kinds;
    private final Preferences preferences;

    PreferencesController(Kinds kinds, Preferences preferences) {
        this.kinds = kinds;
        this.preferences = preferences;
    }

    @GetMapping("/me/notifications")
    String form(Model model) {
        UUID member = Readers.signedIn().memberId();
        Map<String, Delivery> chosen = preferences.chosen(member);
        Map<String, String> values = new LinkedHashMap<>();
        for (NotificationKind kind : kinds.list()) {
            values.put(kind.name(), chosen.getOrDefault(kind.name(), kind.defaultDelivery()).name());
        }
        return render(model, values, FormErrors.NONE);
    }

    @PostMapping("/me/notifications")
    String save(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID member = Readers.signedIn().memberId();
        Map<String, Delivery> choices = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        FormErrors errors = FormErrors.NONE;
        Map<String, Delivery> chosen = preferences.chosen(member);
        for (NotificationKind kind : kinds.list()) {
            String sent = form.get(kind.name());
            Delivery current = chosen.getOrDefault(kind.name(), kind.defaultDelivery());
            if (sent == null) {
                values.put(kind.name(), current.name());
                continue;
            }
            values.put(kind.name(), sent);
            Delivery delivery = Arrays.stream(Delivery.values()).filter(d -> d.name().equals(sent)).findFirst()
                    .orElse(null);
            if (delivery == null) {
                errors = errors.with(kind.name(), "notifications.settings.invalid");
            } else {
                choices.put(kind.name(), delivery);
            }
        }
        if (errors.any()) {
            response.setStatus(422);
            return render(model, values, errors);
        }
        preferences.choose(member, choices);
        redirect.addFlashAttribute("notice", "notifications.settings.saved");
        return "redirect:/me/notifications";
    }

    private String render(Model model, Map<String, String> values, FormErrors errors) {
        List<SettingsChoice> choices = kinds.list().stream().map(kind -> new SettingsChoice(kind.name(), kind.settingKey(),
                values.get(kind.name()))).toList();
        model.addAttribute("choices", choices);
        model.addAttribute("errors", errors);
        return "notifications/settings";
    }

}
