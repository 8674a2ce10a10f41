package ma.gov.social.jisr.platform.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.users.NewUser;
import ma.gov.social.jisr.platform.api.users.UserAdministrationService;
import ma.gov.social.jisr.platform.api.users.UserSummary;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Opens an account, or changes one: profile, roles, territory, password reset, enable/disable, unlock. */
@Named
@ViewScoped
public class UserView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministrationService users;
    @Inject
    private TerritoryService territories;
    @Inject
    private CurrentUser me;

    private Long id;
    private UserSummary existing;
    /** The profile version this screen shows; the save hands it back, so a stale screen is refused. */
    private int version;
    private String username;
    private String fullName;
    private String email;
    private String language = "ar";
    private List<String> roles = new ArrayList<>();
    private ScopeLevel scopeLevel;
    private String regionCode;
    private String provinceCode;
    private String password;

    /** Called by the view's f:viewAction once the id parameter is known. */
    public String load() {
        TerritorialScope mine = me.scope();
        scopeLevel = mine.level();
        regionCode = territories.regionOf(mine);
        provinceCode = mine.level() == ScopeLevel.PROVINCE ? mine.code() : null;
        if (id == null) {
            return null;
        }
        try {
            existing = users.get(id);
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/platform/admin/users?faces-redirect=true";
        }
        version = existing.version();
        username = existing.username();
        fullName = existing.fullName();
        email = existing.email();
        roles = new ArrayList<>(existing.roles());
        TerritorialScope scope = existing.scope();
        scopeLevel = scope.level();
        regionCode = territories.regionOf(scope);
        provinceCode = scope.level() == ScopeLevel.PROVINCE ? scope.code() : null;
        return null;
    }

    public String save() {
        try {
            if (existing == null) {
                id = users.create(new NewUser(username, fullName, email, new HashSet<>(roles), scope(), language,
                        password == null ? new char[0] : password.toCharArray()));
                Messages.info("user.created", username);
            } else {
                users.update(id, version, fullName, email, new HashSet<>(roles), scope());
                Messages.info("user.saved");
            }
            return "/platform/admin/users?faces-redirect=true";
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        } finally {
            password = null;
        }
    }

    public void resetPassword() {
        act(() -> users.resetPassword(id, password == null ? new char[0] : password.toCharArray()), "user.passwordReset");
        password = null;
    }

    public void toggleEnabled() {
        boolean enable = !existing.enabled();
        act(() -> users.setEnabled(id, enable), enable ? "user.enabledNow" : "user.disabledNow");
    }

    public void unlock() {
        act(() -> users.unlock(id), "user.unlocked");
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            existing = users.get(id);
            Messages.info(successKey);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    private TerritorialScope scope() {
        if (scopeLevel == null) {
            return null;
        }
        return switch (scopeLevel) {
            case NATIONAL -> TerritorialScope.national();
            case REGION -> regionCode == null ? null : TerritorialScope.region(regionCode);
            case PROVINCE -> provinceCode == null ? null : TerritorialScope.province(provinceCode);
        };
    }

    /** Only the levels an administrator of my scope may hand out. */
    public List<ScopeLevel> getScopeLevels() {
        return switch (me.scope().level()) {
            case NATIONAL -> List.of(ScopeLevel.NATIONAL, ScopeLevel.REGION, ScopeLevel.PROVINCE);
            case REGION -> List.of(ScopeLevel.REGION, ScopeLevel.PROVINCE);
            case PROVINCE -> List.of(ScopeLevel.PROVINCE);
        };
    }

    public List<Region> getRegions() {
        String myRegion = territories.regionOf(me.scope());
        return territories.regions().stream().filter(r -> myRegion == null || r.code().equals(myRegion)).toList();
    }

    public List<Province> getProvinces() {
        return territories.provincesWithin(me.scope()).stream()
                .filter(p -> regionCode == null || p.regionCode().equals(regionCode)).toList();
    }

    public List<String> getAssignableRoles() {
        return Roles.ASSIGNABLE;
    }

    public boolean isCreating() {
        return existing == null;
    }

    public UserSummary getExisting() {
        return existing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public ScopeLevel getScopeLevel() {
        return scopeLevel;
    }

    public void setScopeLevel(ScopeLevel scopeLevel) {
        this.scopeLevel = scopeLevel;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
