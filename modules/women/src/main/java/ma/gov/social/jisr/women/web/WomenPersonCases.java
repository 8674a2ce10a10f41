package ma.gov.social.jisr.women.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.CaseRow;
import ma.gov.social.jisr.casework.api.CaseService;

/** The person's page fragment: her women's cases that the caller may open. */
@Named
@RequestScoped
public class WomenPersonCases {
    @Inject
    private CaseService cases;

    private final Map<Long, List<CaseRow>> read = new HashMap<>();

    public List<CaseRow> of(Long personId) {
        if (personId == null) {
            return List.of();
        }
        return read.computeIfAbsent(personId, id -> cases.casesOf(CasesView.MODULE, id));
    }
}
