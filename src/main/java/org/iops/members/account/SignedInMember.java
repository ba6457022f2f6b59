package org.iops.members.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.iops.web.CurrentMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in member. Its username is the member id, not the address, so changing one's address
 * keeps sessions and remember-me working. Stored in the session, so it holds no more than it needs.
 */
public final class SignedInMember implements UserDetails, CurrentMember, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UUID memberId;
    private final String displayName;
    private final boolean verified;
    private final boolean suspended;
    private String passwordHash;

    SignedInMember(UUID memberId, String displayName, boolean verified, String passwordHash) {
        this(memberId, displayName, verified, false, passwordHash);
    }

    SignedInMember(UUID memberId, String displayName, boolean verified, boolean suspended, String passwordHash) {
        this.memberId = memberId;
        this.displayName = displayName;
        this.verified = verified;
        this.suspended = suspended;
        this.passwordHash = passwordHash;
    }

    @Override
    public UUID memberId() {
        return memberId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** The same member under a new display name, for the session after a profile edit. */
    public SignedInMember withDisplayName(String newName) {
        return new SignedInMember(memberId, newName, verified, suspended, passwordHash);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return memberId.toString();
    }

    /** An unverified member may not sign in until they follow the link in the verification email. */
    @Override
    public boolean isEnabled() {
        return verified;
    }

    /** A member suspended by an admin may not sign in, by password or remember-me, until reinstated. */
    @Override
    public boolean isAccountNonLocked() {
        return !suspended;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInMember that && that.memberId.equals(memberId);
    }

    @Override
    public int hashCode() {
        return memberId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInMember[" + memberId + "]";
    }
}
