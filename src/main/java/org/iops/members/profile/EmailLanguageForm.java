package org.iops.members.profile;

import java.util.Optional;
import org.iops.web.Language;

/** The language a member chooses for their emails, on their own page. */
public class EmailLanguageForm {

    private String emailLanguage = "";

    public String getEmailLanguage() {
        return emailLanguage;
    }

    public void setEmailLanguage(String emailLanguage) {
        this.emailLanguage = emailLanguage == null ? "" : emailLanguage;
    }

    /** The chosen language, if it is one the site's emails are written in. */
    Optional<Language> chosen() {
        return Language.SHIPPED.stream().filter(l -> l.code().equals(emailLanguage)).findFirst();
    }
}
