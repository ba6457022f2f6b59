package org.iops.comments.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iops.comments.thread.Comment;
import org.jspecify.annotations.Nullable;

/** What the comment form sends: the item, the comment answered (for a reply) and the text. */
public class CommentForm {

    static final String INVALID = "comments.field.invalid";

    private @Nullable String item;
    private @Nullable String answering;

    @NotBlank(message = "comments.text.required")
    @Size(max = Comment.MAX_LENGTH, message = "comments.text.tooLong")
    private @Nullable String body;

    public @Nullable String getItem() {
        return item;
    }

    public void setItem(@Nullable String item) {
        this.item = item;
    }

    public @Nullable String getAnswering() {
        return answering;
    }

    public void setAnswering(@Nullable String answering) {
        this.answering = answering;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }
}
