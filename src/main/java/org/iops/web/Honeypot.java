package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The honeypot of a public form: a field people never see ({@code web/form/honeypot.jte}, hidden by the stylesheet,
 * out of the tab order) that form-filling robots fill. A controller asks {@link #caught} first thing and, when it
 * is, answers exactly as a success would and writes nothing, so the robot learns nothing; one log line says so.
 */
public final class Honeypot {

    /** The field's name: one that form-filling robots like to fill. */
    public static final String FIELD = "website";

    private static final Logger log = LoggerFactory.getLogger(Honeypot.class);

    private Honeypot() {
    }

    /** Whether the request filled the honeypot; logs it once, with the form's name. */
    public static boolean caught(HttpServletRequest request, String form) {
        String value = request.getParameter(FIELD);
        if (value == null || value.isEmpty()) {
            return false;
        }
        log.warn("Honeypot of the {} form filled from {}: answered as a success, nothing written", form,
                request.getRemoteAddr());
        return true;
    }
}
