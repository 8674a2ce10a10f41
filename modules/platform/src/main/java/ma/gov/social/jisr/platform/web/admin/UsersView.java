package ma.gov.social.jisr.platform.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.users.UserAdministrationService;
import ma.gov.social.jisr.platform.api.users.UserFilter;
import ma.gov.social.jisr.platform.api.users.UserSummary;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/** The account list of the administrator's territory, filtered and paged in the database. */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministrationService users;

    private String text;
    private String role;
    private Boolean enabled;
    private PagedModel<UserSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> users.rows(filter(), page), () -> users.count(filter()),
                u -> Long.toString(u.id()));
    }

    private UserFilter filter() {
        return new UserFilter(text, role, enabled);
    }

    public void search() {
        model.refresh();
    }

    public List<String> getRoles() {
        return Roles.ASSIGNABLE;
    }

    public String roleLabels(UserSummary user) {
        return user.roles().stream().sorted().map(r -> Messages.text("role." + r)).collect(Collectors.joining(", "));
    }

    public PagedModel<UserSummary> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
