package org.collabacademy.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.collabacademy.base.SignedIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Equal by e-mail, so that the session registry finds every
 * session of one account (needed to end them when the account is disabled).
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, SignedIn {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final String organization;
    private @Nullable String passwordHash;
    private final List<SimpleGrantedAuthority> authorities;
    private final boolean enabled;

    SignedInUser(UserAccount account) {
        this.id = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.organization = account.organization();
        this.passwordHash = account.passwordHash();
        this.authorities = account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        this.enabled = account.enabled();
    }

    @Override
    public long userId() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String organization() {
        return organization;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignedInUser user && user.email.equals(email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + email + "]";
    }
}
