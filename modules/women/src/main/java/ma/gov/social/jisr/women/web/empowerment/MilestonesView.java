package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.empowerment.LateMilestone;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;

/**
 * Milestones past their planned day: an adviser's own by default; a coordinator may see every adviser's of
 * the territory, to follow up with them.
 */
@Named
@ViewScoped
public class MilestonesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int IDEA_SHOWN = 70;

    @Inject
    private ProjectRequestService requests;
    @Inject
    private StaffDirectory directory;

    private boolean territory;
    private transient List<LateMilestone> late;
    private transient Map<String, String> advisers;

    /** Read before the page is drawn, so that a refusal shows above the list. */
    public void load() {
        late = null;
        getLate();
    }

    public List<LateMilestone> getLate() {
        if (late == null) {
            try {
                late = requests.late(!territory);
            } catch (JisrException refusal) {
                Messages.error(refusal);
                late = List.of();
            }
        }
        return late;
    }

    /** The adviser's name, looked up once per adviser of the list (their username if the account is gone). */
    public String adviser(String username) {
        if (username == null) {
            return "—";
        }
        if (advisers == null) {
            advisers = new HashMap<>();
        }
        return advisers.computeIfAbsent(username, u -> directory.member(u).map(StaffMember::fullName).orElse(u));
    }

    public String brief(String idea) {
        return Ideas.brief(idea, IDEA_SHOWN);
    }

    public boolean isTerritory() {
        return territory;
    }

    public void setTerritory(boolean territory) {
        this.territory = territory;
    }
}
