package org.iops.blogs.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iops.shared.Text;
import org.iops.text.MemberText;

/** What a translator sends: the language, and the post's title and text in it. */
public class TranslationForm {

    @NotBlank(message = "blogs.error.languageUnknown")
    private String language = "";

    @NotBlank(message = "blogs.error.titleRequired")
    @Size(max = PostForm.MAX_TITLE, message = "blogs.error.titleTooLong")
    private String title = "";

    @NotBlank(message = "blogs.error.bodyRequired")
    @Size(max = MemberText.MAX_LENGTH, message = "blogs.error.bodyTooLong")
    private String body = "";

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = cleaned(language);
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
        this.body = body == null ? "" : cleaned(body.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String cleaned(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }
}
