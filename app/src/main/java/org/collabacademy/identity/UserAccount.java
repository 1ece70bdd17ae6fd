package org.collabacademy.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.collabacademy.base.Language;
import org.jspecify.annotations.Nullable;

/** A person who signs in: learner, trainer, moderator or administrator. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** Always stored in lower case, so that sign-in and the uniqueness check ignore case. */
    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "language")
    private @Nullable String language;

    private @Nullable String organization;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String email, String displayName, @Nullable String organization, String passwordHash, Set<Role> roles,
                @Nullable Language language, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.organization = organization == null || organization.isBlank() ? null : organization.strip();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.roles.add(Role.LEARNER);
        this.language = language == null ? null : language.tag();
        this.createdAt = createdAt;
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        roles.add(Role.LEARNER);
    }

    boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Optional<Language> language() {
        return language == null ? Optional.empty() : Language.ofTag(language);
    }

    void setLanguage(Language language) {
        this.language = language.tag();
    }

    Instant createdAt() {
        return createdAt;
    }

    String organization() {
        return organization == null ? "" : organization;
    }

    UserSummary summary() {
        return new UserSummary(id(), email, displayName, organization(), roles(), enabled, createdAt);
    }
}
