package org.iops.pages.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new public page: its address and its first, English, text. Messages are keys of the pages bundle. */
public class NewPageForm {

    @NotBlank(message = "pages.admin.error.slugRequired")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "pages.admin.error.slugInvalid")
    private String slug = "";

    @NotBlank(message = "pages.admin.error.titleRequired")
    @Size(max = PageForm.MAX_TITLE, message = "pages.admin.error.titleTooLong")
    private String title = "";

    @NotBlank(message = "pages.admin.error.bodyRequired")
    @Size(max = PageForm.MAX_BODY, message = "pages.admin.error.bodyTooLong")
    private String body = "";

    public String getSlug() { return slug; }
    public void setSlug(String v) { slug = v == null ? "" : v.strip().toLowerCase(java.util.Locale.ROOT); }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v == null ? "" : v.strip(); }
    public String getBody() { return body; }
    public void setBody(String v) { body = v == null ? "" : v.replace("\r\n", "\n"); }
}
