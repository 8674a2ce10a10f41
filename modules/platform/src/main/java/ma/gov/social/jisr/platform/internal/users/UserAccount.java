package ma.gov.social.jisr.platform.internal.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import ma.gov.social.jisr.platform.api.persistence.Stamp;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * A staff account. Changed only through its intent methods. The stamp says who last changed the account
 * (profile, password, enabling, unlocking, language); logins and failed attempts are not changes by
 * anyone and leave it alone (they are in the audit log, and the last login has its own column).
 */
@Entity
@Table(name = "plt_user")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_user_seq")
    @SequenceGenerator(name = "plt_user_seq", sequenceName = "plt_user_seq", allocationSize = 20)
    private Long id;
    private String username;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_level")
    private ScopeLevel scopeLevel;
    @Column(name = "scope_code")
    private String scopeCode;
    @Column(name = "preferred_language")
    private String preferredLanguage = "ar";
    private boolean enabled = true;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;
    @Embedded
    private Stamp stamp;
    @Version
    private int version;
    /** Administrators' profile changes only (logins change the row too, hence not the version above). */
    @Column(name = "profile_version")
    private int profileVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    /** A new account with no roles yet; {@code temporaryPassword} makes its first login ask for another. */
    public UserAccount(String username, String passwordHash, boolean temporaryPassword, String by, LocalDateTime at) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporaryPassword;
        this.stamp = Stamp.created(by, at);
    }

    /** Name, e-mail, rights and territory, as an administrator sets them (checked by {@link UserRules}). */
    public void profile(String name, String mail, Set<String> grantedRoles, TerritorialScope scope, String by,
                        LocalDateTime at) {
        this.fullName = name;
        this.email = mail;
        this.roles = new HashSet<>(grantedRoles);
        this.scopeLevel = scope.level();
        this.scopeCode = scope.code();
        stamp.changed(by, at);
    }

    public void chooseLanguage(String language, String by, LocalDateTime at) {
        this.preferredLanguage = language;
        stamp.changed(by, at);
    }

    /** An administrator's reset: the next login must choose another password, and any lock ends. */
    public void resetPassword(String temporaryHash, String by, LocalDateTime at) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        unlock(by, at);
    }

    /** The owner's own choice of password. */
    public void changePassword(String hash, LocalDateTime at) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        stamp.changed(username, at);
    }

    public void enable(boolean on, String by, LocalDateTime at) {
        this.enabled = on;
        stamp.changed(by, at);
    }

    public void unlock(String by, LocalDateTime at) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        stamp.changed(by, at);
    }

    /** A wrong password that does not lock the account yet. */
    public void failedLogin(int failuresInARow) {
        this.failedAttempts = failuresInARow;
        this.lockedUntil = null;
    }

    /** Too many wrong passwords: locked until {@code end}, and the count starts again afterwards. */
    public void lockUntil(LocalDateTime end) {
        this.failedAttempts = 0;
        this.lockedUntil = end;
    }

    public void loggedIn(LocalDateTime at) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lastLoginAt = at;
    }

    public TerritorialScope scope() {
        return new TerritorialScope(scopeLevel, scopeCode);
    }

    public Stamp stamp() {
        return stamp;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public int getProfileVersion() {
        return profileVersion;
    }

    /** Refuses a change made on a screen that showed an older profile; counts this change otherwise. */
    public void changeProfile(int seenVersion) {
        UserRules.checkNotStale(profileVersion, seenVersion);
        profileVersion++;
    }

    public Set<String> getRoles() {
        return roles;
    }
}
