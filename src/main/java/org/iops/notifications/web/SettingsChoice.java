package org.iops.notifications.web;

/** One kind's row of the email choices: the field's name and id (the kind's), its label's key and the chosen value. */
public record SettingsChoice(String name, String labelKey, String value) {
}
