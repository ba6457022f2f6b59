package org.iops.units;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the accounts module: where to email a member, in their language, for the messages the units
 * module sends to admins. The address never reaches a page.
 */
public interface MemberContacts {

    /** How to reach a member by email. */
    record Contact(String email, Locale locale) {
    }

    /** The member's confirmed address and language, if the account exists, is confirmed and is not deleted. */
    Optional<Contact> contactOf(UUID memberId);
}
