package org.iops.forums.web;

import jakarta.validation.constraints.NotBlank;

/** What a translator sends: the language, and the topic's title and opening text in it. */
public class TopicTranslationForm extends TopicText {

    @NotBlank(message = "forums.translation.error.language")
    private String language = "";

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language.strip();
    }
}
