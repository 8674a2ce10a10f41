package ma.gov.social.jisr.children.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.CaseRow;
import ma.gov.social.jisr.casework.api.CaseService;

/** The person's page fragment: the child's cases that the caller may open. */
@Named
@RequestScoped
public class ChildPersonCases {
    @Inject
    private CaseService cases;

    private final Map<Long, List<CaseRow>> read = new HashMap<>();

    public List<CaseRow> of(Long personId) {
        return personId == null ? List.of() : read.computeIfAbsent(personId, id -> cases.casesOf(CaseView.MODULE, id));
    }
}
