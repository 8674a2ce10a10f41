package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.funding.api.ProofOfUseService;
import ma.gov.social.jisr.funding.api.Report;

/** Reports on use waiting for review in the caller's territory, oldest first: the next tranche waits on them. */
@Named("fundingReportsView")
@ViewScoped
public class ReportsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 100;

    @Inject
    private ProofOfUseService reports;

    private transient List<Report> waiting;

    public List<Report> getWaiting() {
        if (waiting == null) {
            waiting = reports.toReview(LIMIT);
        }
        return waiting;
    }
}
