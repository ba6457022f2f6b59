package org.iops.convention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** That a chapter met: the day ({@code yyyy-mm-dd}, from a date input) and an optional note. */
public class MeetingForm {

    @NotBlank(message = "convention.meeting.date.required")
    private String metOn = "";
    @Size(max = 500, message = "convention.meeting.noteTooLong")
    private String note = "";

    public String getMetOn() { return metOn; }
    public void setMetOn(String v) { metOn = v == null ? "" : v.strip(); }
    public String getNote() { return note; }
    public void setNote(String v) { note = v == null ? "" : v.strip(); }
}
