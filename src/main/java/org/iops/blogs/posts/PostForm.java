package org.iops.blogs.posts;

import jakarta.validation.constraints.NotBlank;

/** What an author sends when writing or editing a post: its text, language, who may read it and where it goes. */
public class PostForm extends TextForm {

    @NotBlank(message = "blogs.error.visibilityRequired")
    private String visibility = "PUBLIC";

    @NotBlank(message = "blogs.error.unitRequired")
    private String unit = "";

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = cleaned(visibility);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = cleaned(unit);
    }
}
