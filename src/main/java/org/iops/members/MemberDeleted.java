package org.iops.members;

import java.util.UUID;

/**
 * A member deleted their account: their personal data is gone and what they wrote is shown as by a former member.
 * Modules that keep personal data of their own about the member remove it when they receive this.
 */
public record MemberDeleted(UUID memberId) {
}
