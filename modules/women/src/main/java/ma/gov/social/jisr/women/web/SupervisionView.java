package ma.gov.social.jisr.women.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseRow;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/** The supervisor's list: open cases they supervise that need them, each with why it is there. */
@Named
@ViewScoped
public class SupervisionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    private PagedModel<CaseRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> cases.supervision(CasesView.MODULE, page),
                () -> cases.supervisionCount(CasesView.MODULE), r -> Long.toString(r.id()));
    }

    /** Why the case is on the list: message keys of the women's bundle. */
    public List<String> reasons(CaseRow row) {
        LocalDate today = LocalDate.now();
        List<String> why = new ArrayList<>();
        if (row.nextFollowUp() != null && row.nextFollowUp().isBefore(today)) {
            why.add("supervision.overdueFollowUp");
        }
        if (row.referralDue() != null && row.referralDue().isBefore(today)) {
            why.add("supervision.overdueReferral");
        }
        if (row.attention() != null) {
            why.add("attention." + row.attention());
        }
        return why;
    }

    public PagedModel<CaseRow> getModel() {
        return model;
    }
}
