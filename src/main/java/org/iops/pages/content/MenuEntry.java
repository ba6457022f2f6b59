package org.iops.pages.content;

/** A page as the pages' menu lists it: its address and its title in the reader's language (or in English). */
public record MenuEntry(String slug, String title) {

    public String path() {
        return "/pages/" + slug;
    }
}
