package org.iops.convention.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iops.convention.ConventionPreconditions;

/** A new version of the preconditions, as the international's admins type it, with their note. */
public class PreconditionsForm {

    @Min(value = 0, message = "convention.form.number") @Max(value = 10_000_000, message = "convention.form.number")
    private int members;
    @Min(value = 0, message = "convention.form.number") @Max(value = 100_000, message = "convention.form.number")
    private int minChapters;
    @Min(value = 1, message = "convention.form.number") @Max(value = 100_000, message = "convention.form.number")
    private int maxChapters;
    @Min(value = 1, message = "convention.form.number") @Max(value = 100_000, message = "convention.form.number")
    private int chapterMembers;
    @Min(value = 1, message = "convention.form.number") @Max(value = 365, message = "convention.form.days")
    private int meetingDays;
    @Min(value = 0, message = "convention.form.percent") @Max(value = 100, message = "convention.form.percent")
    private int womenPercent;
    @Min(value = 0, message = "convention.form.number") @Max(value = 250, message = "convention.form.number")
    private int countries;
    @Min(value = 0, message = "convention.form.number") @Max(value = 7, message = "convention.form.continentsMax")
    private int continents;
    @NotBlank(message = "convention.form.note.required")
    @Size(max = 500, message = "convention.form.note.tooLong")
    private String note = "";

    static PreconditionsForm of(ConventionPreconditions rule) {
        PreconditionsForm form = new PreconditionsForm();
        form.members = rule.members();
        form.minChapters = rule.minChapters();
        form.maxChapters = rule.maxChapters();
        form.chapterMembers = rule.chapterMembers();
        form.meetingDays = rule.meetingDays();
        form.womenPercent = rule.womenPercent();
        form.countries = rule.countries();
        form.continents = rule.continents();
        return form;
    }

    ConventionPreconditions value() {
        return new ConventionPreconditions(members, minChapters, maxChapters, chapterMembers, meetingDays,
                womenPercent, countries, continents);
    }

    @AssertTrue(message = "convention.form.range")
    public boolean isMaxChaptersInRange() {
        return maxChapters >= minChapters;
    }

    public int getMembers() { return members; }
    public void setMembers(int v) { members = v; }
    public int getMinChapters() { return minChapters; }
    public void setMinChapters(int v) { minChapters = v; }
    public int getMaxChapters() { return maxChapters; }
    public void setMaxChapters(int v) { maxChapters = v; }
    public int getChapterMembers() { return chapterMembers; }
    public void setChapterMembers(int v) { chapterMembers = v; }
    public int getMeetingDays() { return meetingDays; }
    public void setMeetingDays(int v) { meetingDays = v; }
    public int getWomenPercent() { return womenPercent; }
    public void setWomenPercent(int v) { womenPercent = v; }
    public int getCountries() { return countries; }
    public void setCountries(int v) { countries = v; }
    public int getContinents() { return continents; }
    public void setContinents(int v) { continents = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v == null ? "" : v.strip(); }
}
