package org.iops.proposals.proposing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.iops.shared.Text;
import org.iops.text.MemberText;
import org.springframework.validation.FieldError;

/**
 * A proposal's title and text as the author writes or edits them, with, for a new one, its language, who may read it
 * and its periods in days (the unit's rules give the defaults). Messages are keys of the proposals bundle.
 */
public class ProposalForm {

    static final int MAX_TITLE = 200;
    static final String INVALID = "proposals.error.invalid";
    private static final Map<String, Integer> LIMITS = Map.of("title", MAX_TITLE, "body", MemberText.MAX_LENGTH);

    @NotBlank(message = "proposals.error.titleRequired")
    @Size(max = MAX_TITLE, message = "proposals.error.titleTooLong")
    private String title = "";

    @NotBlank(message = "proposals.error.bodyRequired")
    @Size(max = MemberText.MAX_LENGTH, message = "proposals.error.bodyTooLong")
    private String body = "";

    private String language = "";
    private String visibility = "UNIT";
    private String discussionDays = "";
    private String votingDays = "";

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
        this.body = markdown(body);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = cleaned(language);
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = cleaned(visibility);
    }

    public String getDiscussionDays() {
        return discussionDays;
    }

    public void setDiscussionDays(String discussionDays) {
        this.discussionDays = cleaned(discussionDays);
    }

    public String getVotingDays() {
        return votingDays;
    }

    public void setVotingDays(String votingDays) {
        this.votingDays = cleaned(votingDays);
    }

    /** Without control characters and surrounding spaces, so that validation sees what would be stored. */
    static String cleaned(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? "" : cleaned;
    }

    /** Markdown as stored: LF line ends (browsers send CRLF), cleaned. */
    static String markdown(String text) {
        return text == null ? "" : cleaned(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** A whole number of days in [1, max], or -1. */
    static int days(String text, int max) {
        if (!text.matches("\\d{1,3}")) {
            return -1;
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= max ? days : -1;
    }

    /** A too-long field's message names the limit and the length sent. */
    static Object[] limits(FieldError error) {
        Integer limit = LIMITS.get(error.getField());
        return limit == null ? new Object[0] : new Object[] {limit, String.valueOf(error.getRejectedValue()).length()};
    }
}
