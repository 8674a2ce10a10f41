package ma.gov.social.jisr.platform.internal.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.users.NewUser;
import ma.gov.social.jisr.platform.api.users.UserAdministrationService;
import ma.gov.social.jisr.platform.api.users.UserFilter;
import ma.gov.social.jisr.platform.api.users.UserSummary;
import ma.gov.social.jisr.platform.internal.audit.AuditWriter;

@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserAdministrationBean implements UserAdministrationService {
    @Inject
    private UserRepository users;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private AuditWriter audit;

    @Override
    public List<UserSummary> rows(UserFilter filter, PageRequest page) {
        return new UserListQuery(filter, me.scope(), provincesOfMyScope()).select(users.em(), page.sortField(),
                page.ascending()).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(UserAdministrationBean::summary).toList();
    }

    @Override
    public long count(UserFilter filter) {
        return new UserListQuery(filter, me.scope(), provincesOfMyScope()).count(users.em()).getSingleResult();
    }

    @Override
    public UserSummary get(long id) {
        return summary(visible(id));
    }

    @Override
    public long create(NewUser user) {
        String username = user.username() == null ? null : user.username().trim().toLowerCase(Locale.ROOT);
        UserRules.checkUsername(username);
        UserRules.checkProfile(user.fullName(), user.email(), user.roles());
        UserRules.checkLanguage(user.preferredLanguage());
        checkScopeIsMine(user.scope());
        UserRules.checkPassword(user.temporaryPassword(), username);
        if (users.byUsername(username).isPresent()) {
            throw new JisrException("user.username.taken", username);
        }
        LocalDateTime now = LocalDateTime.now();
        UserAccount account = new UserAccount(username, hasher.hash(user.temporaryPassword()), true, me.username(),
                now);
        account.profile(user.fullName().trim(), blankToNull(user.email()), user.roles(), user.scope(), me.username(),
                now);
        account.chooseLanguage(user.preferredLanguage(), me.username(), now);
        users.add(account);
        users.em().flush();
        record(account, AuditAction.CREATE, "roles " + user.roles() + ", scope " + user.scope());
        return account.getId();
    }

    @Override
    public void update(long id, int version, String fullName, String email, Set<String> roles,
                       TerritorialScope scope) {
        UserAccount account = visibleForUpdate(id);
        account.changeProfile(version);
        change(account, fullName, email, roles, scope);
    }

    private void change(UserAccount account, String fullName, String email, Set<String> roles,
                        TerritorialScope scope) {
        UserRules.checkProfile(fullName, email, roles);
        checkScopeIsMine(scope);
        boolean rightsChange = !account.getRoles().equals(roles) || !account.scope().equals(scope);
        if (rightsChange && account.getUsername().equals(me.username())) {
            throw new JisrException("user.cannotChangeOwnRights");
        }
        account.profile(fullName.trim(), blankToNull(email), roles, scope, me.username(), LocalDateTime.now());
        record(account, AuditAction.UPDATE, "roles " + roles + ", scope " + scope);
    }

    @Override
    public void resetPassword(long id, char[] temporaryPassword) {
        UserAccount account = visible(id);
        UserRules.checkPassword(temporaryPassword, account.getUsername());
        account.resetPassword(hasher.hash(temporaryPassword), me.username(), LocalDateTime.now());
        record(account, AuditAction.PASSWORD_RESET, null);
    }

    @Override
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = visible(id);
        if (account.getUsername().equals(me.username())) {
            throw new JisrException("user.cannotChangeOwnRights");
        }
        account.enable(enabled, me.username(), LocalDateTime.now());
        record(account, AuditAction.UPDATE, enabled ? "enabled" : "disabled");
    }

    @Override
    public void unlock(long id) {
        UserAccount account = visible(id);
        account.unlock(me.username(), LocalDateTime.now());
        record(account, AuditAction.UPDATE, "unlocked");
    }

    /** An account outside my territory does not exist for me (no hint that it does). */
    private UserAccount visible(long id) {
        UserAccount account = users.em().find(UserAccount.class, id);
        if (account == null || !withinMyScope(account.scope())) {
            throw new JisrException("user.notFound");
        }
        return account;
    }

    /**
     * Locked, so that two administrators saving at once are taken one after the other: the second then
     * sees the first one's profile version.
     */
    private UserAccount visibleForUpdate(long id) {
        UserAccount account = users.em().find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !withinMyScope(account.scope())) {
            throw new JisrException("user.notFound");
        }
        return account;
    }

    private boolean withinMyScope(TerritorialScope scope) {
        return me.scope().contains(scope, scope.isNational() ? null : territories.regionOf(scope));
    }

    private void checkScopeIsMine(TerritorialScope scope) {
        if (scope == null) {
            throw new JisrException("user.scope.required");
        }
        String region = territories.regionOf(scope); // refuses unknown territory codes
        if (!me.scope().contains(scope, region)) {
            throw new JisrException("user.scope.outsideMine");
        }
    }

    private List<String> provincesOfMyScope() {
        return territories.provincesWithin(me.scope()).stream().map(Province::code).toList();
    }

    private void record(UserAccount account, AuditAction action, String detail) {
        audit.write(AuditEntry.of("platform", "user", account.getId(), action).withDetail(detail)
                .inScope(account.scope()), me.username());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static UserSummary summary(UserAccount a) {
        LocalDateTime now = LocalDateTime.now();
        return new UserSummary(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getRoles(), a.scope(),
                a.getPreferredLanguage(), a.isEnabled(), a.getLockedUntil() != null && now.isBefore(a.getLockedUntil()),
                a.isMustChangePassword(), a.getLastLoginAt(), a.getProfileVersion());
    }
}
