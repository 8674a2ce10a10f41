package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.RibChange;

/** The RIB changes of the territory waiting for the caller's approval (their own are not listed). */
@Named
@ViewScoped
public class RibChangesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 200;

    @Inject
    private AssociationService associations;

    private transient List<RibChange> waiting;

    public List<RibChange> getWaiting() {
        if (waiting == null) {
            waiting = associations.ribChangesToApprove(LIMIT);
        }
        return waiting;
    }
}
