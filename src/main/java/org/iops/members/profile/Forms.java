package org.iops.members.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.iops.members.privacy.Audience;
import org.iops.shared.Text;

/** The small forms of the member's own page. Validation messages are message keys. */
public final class Forms {

    private Forms() {
    }

    static String clean(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public static class ProfileForm {
        @NotBlank(message = "members.displayName.required")
        @Size(max = 60, message = "members.displayName.tooLong")
        private String displayName = "";
        @Size(max = 120, message = "members.realName.tooLong")
        private String realName = "";
        @Size(max = 500, message = "members.bio.tooLong")
        private String bio = "";

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = clean(v); }
        public String getRealName() { return realName; }
        public void setRealName(String v) { realName = clean(v); }
        public String getBio() { return bio; }
        public void setBio(String v) { bio = clean(v); }
    }

    public static class ResidenceForm {
        @NotBlank(message = "members.country.required")
        private String country = "";
        @NotBlank(message = "members.locality.required")
        @Size(max = 100, message = "members.locality.tooLong")
        private String locality = "";
        @Size(max = 100, message = "members.neighbourhood.tooLong")
        private String neighbourhood = "";

        public String getCountry() { return country; }
        public void setCountry(String v) { country = clean(v); }
        /** A chapter picked from "Did you mean…?": it replaces the town typed. */
        private String suggestion = "";
        /** The member confirmed the town typed although it is near a chapter's name. */
        private boolean newPlace;
        /** Chapters whose names are near the town typed, to ask about; empty unless asking. */
        private java.util.List<String> near = java.util.List.of();

        public String getLocality() { return locality; }
        public void setLocality(String v) { locality = clean(v); }
        public String getSuggestion() { return suggestion; }
        public void setSuggestion(String v) { suggestion = clean(v); }
        public boolean isNewPlace() { return newPlace; }
        public void setNewPlace(boolean v) { newPlace = v; }
        public java.util.List<String> near() { return near; }
        void near(java.util.List<String> names) { near = java.util.List.copyOf(names); }
        public String getNeighbourhood() { return neighbourhood; }
        public void setNeighbourhood(String v) { neighbourhood = clean(v); }
    }

    public static class PrivacyForm {
        @NotNull(message = "members.field.invalid")
        private Audience locality = Audience.CHAPTER;
        @NotNull(message = "members.field.invalid")
        private Audience neighbourhood = Audience.CHAPTER;
        @NotNull(message = "members.field.invalid")
        private Audience realName = Audience.ADMINS;
        @NotNull(message = "members.field.invalid")
        private Audience bio = Audience.MEMBERS;
        @NotNull(message = "members.field.invalid")
        private Audience email = Audience.ADMINS;
        private boolean hidden;

        public Audience getLocality() { return locality; }
        public void setLocality(Audience v) { locality = v; }
        public Audience getNeighbourhood() { return neighbourhood; }
        public void setNeighbourhood(Audience v) { neighbourhood = v; }
        public Audience getRealName() { return realName; }
        public void setRealName(Audience v) { realName = v; }
        public Audience getBio() { return bio; }
        public void setBio(Audience v) { bio = v; }
        public Audience getEmail() { return email; }
        public void setEmail(Audience v) { email = v; }
        public boolean isHidden() { return hidden; }
        public void setHidden(boolean v) { hidden = v; }
    }

    public static class EmailForm {
        @NotBlank(message = "members.email.required")
        @Email(message = "members.email.invalid")
        @Size(max = 254, message = "members.email.invalid")
        private String newEmail = "";
        private String emailPassword = "";

        public String getNewEmail() { return newEmail; }
        public void setNewEmail(String v) { newEmail = clean(v); }
        public String getEmailPassword() { return emailPassword; }
        public void setEmailPassword(String v) { emailPassword = v == null ? "" : v; }
    }

    public static class PasswordForm {
        private String currentPassword = "";
        private String newPassword = "";

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String v) { currentPassword = v == null ? "" : v; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String v) { newPassword = v == null ? "" : v; }
    }
}
