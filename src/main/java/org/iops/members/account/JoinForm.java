package org.iops.members.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The join form as typed. Messages are message keys. */
public class JoinForm {

    @NotBlank(message = "members.email.required")
    @Email(message = "members.email.invalid")
    @Size(max = 254, message = "members.email.invalid")
    private String email = "";

    private String password = "";

    @NotBlank(message = "members.displayName.required")
    @Size(max = 60, message = "members.displayName.tooLong")
    private String displayName = "";

    @Size(max = 120, message = "members.realName.tooLong")
    private String realName = "";

    @NotBlank(message = "members.country.required")
    private String country = "";

    @NotBlank(message = "members.locality.required")
    @Size(max = 100, message = "members.locality.tooLong")
    private String locality = "";

    @Size(max = 100, message = "members.neighbourhood.tooLong")
    private String neighbourhood = "";

    @Size(max = 500, message = "members.bio.tooLong")
    private String bio = "";

    @jakarta.validation.constraints.AssertTrue(message = "members.join.consentRequired")
    private boolean privacyConsent;

    public boolean isPrivacyConsent() { return privacyConsent; }
    public void setPrivacyConsent(boolean privacyConsent) { this.privacyConsent = privacyConsent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = nonNull(email); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null ? "" : password; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = nonNull(displayName); }
    public String getRealName() { return realName; }
    public void setRealName(String realName) { this.realName = nonNull(realName); }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = nonNull(country); }
    /** A chapter picked from "Did you mean…?": it replaces the town typed. */
    private String suggestion = "";
    /** The member confirmed that the town typed is right although it is near a chapter's name. */
    private boolean newPlace;

    public String getSuggestion() { return suggestion; }
    public void setSuggestion(String suggestion) { this.suggestion = nonNull(suggestion); }
    public boolean isNewPlace() { return newPlace; }
    public void setNewPlace(boolean newPlace) { this.newPlace = newPlace; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = nonNull(locality); }
    public String getNeighbourhood() { return neighbourhood; }
    public void setNeighbourhood(String neighbourhood) { this.neighbourhood = nonNull(neighbourhood); }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = nonNull(bio); }

    static String nonNull(String text) {
        String cleaned = org.iops.shared.Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }
}
