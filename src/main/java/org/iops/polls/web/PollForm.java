package org.iops.polls.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** What an admin sends to open a poll in their unit. */
public class PollForm {

    @NotBlank(message = "polls.form.titleRequired")
    @Size(max = 200, message = "polls.form.titleTooLong")
    private String title = "";

    @Size(max = 20000, message = "polls.form.descriptionTooLong")
    private String description = "";

    private String language = "en";

    @NotBlank(message = "polls.form.typeRequired")
    private String type = "YES_NO";

    private String options = "";

    @Min(value = 1, message = "polls.form.seatsRange")
    @Max(value = 50, message = "polls.form.seatsRange")
    private int seats = 1;

    private String opensOn = "";

    @Min(value = 1, message = "polls.form.daysRange")
    @Max(value = 365, message = "polls.form.daysRange")
    private int days = 14;

    private String secrecy = "SECRET";

    private String weighting = "DIRECT";

    @Min(value = 0, message = "polls.form.quorumRange")
    @Max(value = 100, message = "polls.form.quorumRange")
    private int quorum = 20;

    private String threshold = "SIMPLE_MAJORITY";

    /** The options, one per line, blank lines left out. */
    List<String> optionList() {
        return Arrays.stream(options.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title.strip(); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description == null ? "" : description; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language == null ? "" : language; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type == null ? "" : type; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options == null ? "" : options; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public String getOpensOn() { return opensOn; }
    public void setOpensOn(String opensOn) { this.opensOn = opensOn == null ? "" : opensOn.strip(); }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public String getSecrecy() { return secrecy; }
    public void setSecrecy(String secrecy) { this.secrecy = secrecy == null ? "" : secrecy; }
    public String getWeighting() { return weighting; }
    public void setWeighting(String weighting) { this.weighting = weighting == null ? "" : weighting; }
    public int getQuorum() { return quorum; }
    public void setQuorum(int quorum) { this.quorum = quorum; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String threshold) { this.threshold = threshold == null ? "" : threshold; }
}
