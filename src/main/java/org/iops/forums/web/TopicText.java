package org.iops.forums.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iops.text.MemberText;
import org.springframework.validation.FieldError;

/** A topic's title and opening text, as the topic form and the translation form send them (messages: forums keys). */
public class TopicText {

    static final int MAX_TITLE = 200;
    static final String INVALID = "forums.field.invalid";

    @NotBlank(message = "forums.title.required")
    @Size(max = MAX_TITLE, message = "forums.title.tooLong")
    private String title = "";

    @NotBlank(message = "forums.body.required")
    @Size(max = MemberText.MAX_LENGTH, message = "forums.body.tooLong")
    private String body = "";

    static Object[] limits(FieldError error) {
        return switch (error.getField()) {
            case "title" -> new Object[] {MAX_TITLE};
            case "body" -> new Object[] {MemberText.MAX_LENGTH};
            default -> new Object[0];
        };
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
}
