package org.iops.text;

/**
 * Thrown when text longer than {@link MemberText#MAX_LENGTH} is given to render. A form checks
 * {@link MemberText#fits(String)} first and tells the writer; reaching this exception means a caller forgot to.
 */
public class MemberTextTooLongException extends IllegalArgumentException {

    MemberTextTooLongException(int length) {
        super("Member text of " + length + " characters is longer than the " + MemberText.MAX_LENGTH + " allowed");
    }
}
