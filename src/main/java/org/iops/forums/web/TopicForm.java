package org.iops.forums.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.iops.content.Visibility;
import org.iops.forums.store.Topic;
import org.iops.web.FormOption;
import org.iops.web.Language;
import org.iops.web.PageContext;

/** Starting or editing a topic: its title, its text in Markdown, the language it is written in and who may read it. */
public class TopicForm extends TopicText {

    @Pattern(regexp = "en|es|fr|de", message = "forums.language.invalid")
    private String language = "en";

    @NotNull(message = "forums.visibility.required")
    private Visibility visibility = Visibility.MEMBERS;

    static TopicForm of(Topic topic) {
        TopicForm form = new TopicForm();
        form.setTitle(topic.title());
        form.setBody(topic.body());
        form.setLanguage(topic.language());
        form.setVisibility(topic.visibility());
        return form;
    }

    static TopicForm in(String language) {
        TopicForm form = new TopicForm();
        form.setLanguage(language);
        return form;
    }

    /** The choices of the language and visibility selects. */
    static List<FormOption> languages() {
        return Language.SHIPPED.stream().map(l -> FormOption.inLanguage(l.code(), l.nativeName(), l.code())).toList();
    }

    static List<FormOption> visibilities(PageContext page) {
        return List.of(Visibility.values()).stream()
                .map(v -> FormOption.of(v.name(), page.t("forums.visibility." + v.name() + ".choice"))).toList();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }
}
