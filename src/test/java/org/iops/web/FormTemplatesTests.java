package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template builds its forms from the components in {@code web/form/}: the CSRF input, the fields (label, hint,
 * control and error, with their ARIA attributes) and the error summary are written in one place each, so a fix to
 * one (an attribute for screen readers, the token's name) reaches every form. What the components do not cover yet
 * (checkboxes and radio groups) is listed here, by template, with the reason.
 */
class FormTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    private static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_CSRF = Pattern.compile("csrfParameter\\(\\)|csrfToken\\(\\)|name=\"_csrf\"");
    private static final Pattern OWN_SUMMARY = Pattern.compile("error-summary|data-error-summary");
    private static final Pattern OWN_FIELD_ERROR = Pattern.compile("class=\"field-error\"");
    /** A control the field component renders: a text-like input (any type but these), a textarea, a select. */
    private static final Pattern OWN_CONTROL = Pattern.compile(
            "<textarea\\b|<select\\b|<input\\b(?![^>]*type=\"(hidden|checkbox|radio|submit)\")",
            Pattern.CASE_INSENSITIVE);

    /** POST forms without the CSRF input, and why. */
    private static final Map<String, String> WITHOUT_CSRF = Map.of(
            "notifications/unsubscribe.jte", "RFC 8058: the signed token in the address is the proof");

    /** Templates writing a field's error themselves, and why. */
    private static final Map<String, String> OWN_FIELD_ERRORS = Map.of(
            "members/join.jte", "the privacy consent is a checkbox, which the field component does not render",
            "units/admin.jte", "the member to give a role to is a radio group",
            "pages/admin/preview.jte", "the preview's Markdown problem is a message of the preview, not a field's");

    /** Templates writing a control the field component could render, and why. */
    private static final Map<String, String> OWN_CONTROLS = Map.of(
            "polls/ballot.jte", "a ranked ballot is a grid of selects, one per option, under one legend");

    @Test
    void everyPostFormCarriesTheCsrfComponentAndNoTemplateWritesTheTokenItself() {
        List<String> problems = new ArrayList<>();
        templates().forEach((name, text) -> {
            if (!name.equals("web/form/csrf.jte") && OWN_CSRF.matcher(text).find()) {
                problems.add(name + " writes the CSRF input itself");
            }
            Matcher form = POST_FORM.matcher(text);
            while (form.find()) {
                if (!form.group(1).contains("@template.web.form.csrf(") && !WITHOUT_CSRF.containsKey(name)) {
                    problems.add(name + " has a POST form without @template.web.form.csrf");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void errorsAndControlsComeFromTheComponents() {
        List<String> problems = new ArrayList<>();
        templates().forEach((name, text) -> {
            if (name.startsWith("web/form/")) {
                return;
            }
            if (OWN_SUMMARY.matcher(text).find()) {
                problems.add(name + " writes an error summary of its own");
            }
            if (OWN_FIELD_ERROR.matcher(text).find() && !OWN_FIELD_ERRORS.containsKey(name)) {
                problems.add(name + " writes a field's error itself");
            }
            if (OWN_CONTROL.matcher(text).find() && !OWN_CONTROLS.containsKey(name)) {
                problems.add(name + " writes a text field, a textarea or a select itself");
            }
        });
        assertThat(problems).isEmpty();
        for (String listed : concat(WITHOUT_CSRF, OWN_FIELD_ERRORS, OWN_CONTROLS)) {
            assertThat(TEMPLATES.resolve(listed)).as("a listed template that no longer exists: take it off").exists();
        }
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        String handMade = """
                <form method="post" action="/x">
                    <input type="hidden" name="${page.csrfParameter()}" value="${page.csrfToken()}">
                    <div class="error-summary" data-error-summary></div>
                    <input type="text" name="title"><p class="field-error">x</p>
                </form>""";
        Matcher form = POST_FORM.matcher(handMade);
        assertThat(form.find()).isTrue();
        assertThat(form.group(1)).doesNotContain("@template.web.form.csrf(");
        assertThat(OWN_CSRF.matcher(handMade).find()).isTrue();
        assertThat(OWN_SUMMARY.matcher(handMade).find()).isTrue();
        assertThat(OWN_FIELD_ERROR.matcher(handMade).find()).isTrue();
        assertThat(OWN_CONTROL.matcher(handMade).find()).isTrue();
        assertThat(OWN_CONTROL.matcher("<input type=\"hidden\" name=\"q\"><input type=\"checkbox\" id=\"c\">").find())
                .isFalse();
    }

    @SafeVarargs
    private static List<String> concat(Map<String, String>... lists) {
        return Stream.of(lists).flatMap(list -> list.keySet().stream()).toList();
    }

    private static Map<String, String> templates() {
        assertThat(TEMPLATES).as("run from the project's directory").isDirectory();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            Map<String, String> byName = new java.util.TreeMap<>();
            files.filter(file -> file.toString().endsWith(".jte")).forEach(file -> byName.put(
                    TEMPLATES.relativize(file).toString().replace('\\', '/'), read(file)));
            assertThat(byName).as("the templates").hasSizeGreaterThan(50);
            return byName;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
