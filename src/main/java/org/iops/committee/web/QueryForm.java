package org.iops.committee.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.iops.committee.queries.QueryService;
import org.iops.text.MemberText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.FieldError;

/** Circulating a query: its title, its text in Markdown, its language and the day answers close (at its end, UTC). */
public class QueryForm {

    static final String INVALID = "committee.field.invalid";

    @NotBlank(message = "committee.title.required")
    @Size(max = QueryService.MAX_TITLE, message = "committee.title.tooLong")
    private String title = "";

    @NotBlank(message = "committee.body.required")
    @Size(max = MemberText.MAX_LENGTH, message = "committee.body.tooLong")
    private String body = "";

    @Pattern(regexp = "en|es|fr|de", message = "committee.language.invalid")
    private String language = "en";

    @NotNull(message = "committee.deadline.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    static QueryForm starting(String language, Instant defaultDeadline) {
        QueryForm form = new QueryForm();
        form.setLanguage(language);
        form.setDeadline(LocalDate.ofInstant(defaultDeadline, ZoneOffset.UTC));
        return form;
    }

    /** Answers close at the end of the chosen day, UTC. */
    Instant deadlineInstant() {
        return deadline.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Object[] limits(FieldError error) {
        return switch (error.getField()) {
            case "title" -> new Object[] {QueryService.MAX_TITLE};
            case "body" -> new Object[] {MemberText.MAX_LENGTH};
            default -> new Object[0];
        };
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
