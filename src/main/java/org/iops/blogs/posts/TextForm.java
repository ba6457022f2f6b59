package org.iops.blogs.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.iops.shared.Text;
import org.iops.text.MemberText;
import org.springframework.validation.FieldError;

/** A title and a Markdown text, as a post's and a translation's forms send them. Messages are keys of the blogs bundle. */
public class TextForm {

    static final int MAX_TITLE = 200;
    static final String INVALID = "blogs.error.invalid";
    private static final Map<String, Integer> LIMITS = Map.of("title", MAX_TITLE, "body", MemberText.MAX_LENGTH);

    @NotBlank(message = "blogs.error.titleRequired")
    @Size(max = MAX_TITLE, message = "blogs.error.titleTooLong")
    private String title = "";

    @NotBlank(message = "blogs.error.bodyRequired")
    @Size(max = MemberText.MAX_LENGTH, message = "blogs.error.bodyTooLong")
    private String body = "";

    @NotBlank(message = "blogs.error.languageUnknown")
    private String language = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = cleaned(title);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        // browsers send CRLF line ends; stored Markdown uses LF
        this.body = body == null ? "" : cleaned(body.replace("\r\n", "\n").replace('\r', '\n'));
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = cleaned(language);
    }

    /** Without control characters and surrounding spaces, so that validation sees what would be stored. */
    static String cleaned(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }

    /** A too-long field's message names the limit and the length sent. */
    static Object[] limits(FieldError error) {
        Integer limit = LIMITS.get(error.getField());
        return limit == null ? new Object[0] : new Object[] {limit, String.valueOf(error.getRejectedValue()).length()};
    }
}
