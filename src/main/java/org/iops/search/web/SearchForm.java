package org.iops.search.web;

import org.jspecify.annotations.Nullable;

/** The search form's fields as the address carries them, unchecked: {@link SearchInput} checks them. */
public class SearchForm {

    private @Nullable String q;
    private @Nullable String unit;
    private @Nullable String type;
    private @Nullable String author;
    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String language;
    private @Nullable String after;

    public String getQ() {
        return q == null ? "" : q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public String getUnit() {
        return unit == null ? "" : unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public String getType() {
        return type == null ? "" : type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public String getAuthor() {
        return author == null ? "" : author;
    }

    public void setAuthor(@Nullable String author) {
        this.author = author;
    }

    public String getFrom() {
        return from == null ? "" : from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public String getTo() {
        return to == null ? "" : to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public String getLanguage() {
        return language == null ? "" : language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public String getAfter() {
        return after == null ? "" : after;
    }

    public void setAfter(@Nullable String after) {
        this.after = after;
    }
}
