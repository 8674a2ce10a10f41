package ma.gov.social.jisr.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.api.CurrentUser;

/** The home page: who I am, where I work, what I may do. */
@Named
@RequestScoped
public class IndexView {
    @Inject
    private CurrentUser currentUser;

    public List<String> getRoleLabels() {
        return Roles.ASSIGNABLE.stream().filter(currentUser::hasRole).map(r -> Messages.text("role." + r)).toList();
    }
}
