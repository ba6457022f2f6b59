package org.iops.forums.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.iops.content.Visibility;
import org.iops.forums.store.Topic;
import org.iops.text.MemberText;
import org.iops.web.FormOption;
import org.iops.web.Language;
import org.iops.web.PageContext;
import org.springframework.validation.FieldError;

/** Starting or editing a topic: its title, its text in Markdown, the language it is written in and who may read it. */
public class TopicForm {

    static final int MAX_TITLE = 200;
    static final String INVALID = "forums.field.invalid";

    @NotBlank(message = "forums.title.required")
    @Size(max = MAX_TITLE, message = "forums.title.tooLong")
    private String title = "";

    @NotBlank(message = "forums.body.required")
    @Size(max = MemberText.MAX_LENGTH, message = "forums.body.tooLong")
    private String body = "";

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

    static Object[] limits(FieldError error) {
        return switch (error.getField()) {
            case "title" -> new Object[] {MAX_TITLE};
            case "body" -> new Object[] {MemberText.MAX_LENGTH};
            default -> new Object[0];
        };
    }

    /** The choices of the language and visibility selects. */
    static List<FormOption> languages() {
        return Language.SHIPPED.stream().map(l -> FormOption.inLanguage(l.code(), l.nativeName(), l.code())).toList();
    }

    static List<FormOption> visibilities(PageContext page) {
        return List.of(Visibility.values()).stream()
                .map(v -> FormOption.of(v.name(), page.t("forums.visibility." + v.name() + ".choice"))).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
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
