package org.iops.pages.content;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.iops.shared.Text;
import org.springframework.validation.FieldError;

/** What an admin sends when editing a page in one language. Messages are keys of the pages bundle. */
public class PageForm {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 60_000;
    static final int MAX_NOTE = 300;
    /** The message for a value that could not be read at all; every other message names its field's problem. */
    static final String INVALID = "pages.admin.error.invalid";
    private static final Map<String, Integer> LIMITS = Map.of("title", MAX_TITLE, "body", MAX_BODY, "note", MAX_NOTE);

    @NotBlank(message = "pages.admin.error.titleRequired")
    @Size(max = MAX_TITLE, message = "pages.admin.error.titleTooLong")
    private String title = "";

    @NotBlank(message = "pages.admin.error.bodyRequired")
    @Size(max = MAX_BODY, message = "pages.admin.error.bodyTooLong")
    private String body = "";

    @Size(max = MAX_NOTE, message = "pages.admin.error.noteTooLong")
    private String note = "";

    /** The revision the editor started from; 0 for a language that has no text yet. */
    @Min(0)
    private int version;

    static PageForm of(String title, String body, int version) {
        PageForm form = new PageForm();
        form.setTitle(title);
        form.setBody(body);
        form.version = version;
        return form;
    }

    /** Without control characters and surrounding spaces, so that validation sees what would be stored. */
    private static String cleaned(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }

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
        // browsers send CRLF line ends; stored Markdown uses LF so that revisions compare cleanly
        this.body = body == null ? "" : cleaned(body.replace("\r\n", "\n").replace('\r', '\n'));
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = cleaned(note);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    /** A too-long field's message names the limit and the length sent: "at most 200 characters (you sent 250)". */
    static Object[] limits(FieldError error) {
        Integer limit = LIMITS.get(error.getField());
        return limit == null ? new Object[0] : new Object[] {limit, String.valueOf(error.getRejectedValue()).length()};
    }
}
