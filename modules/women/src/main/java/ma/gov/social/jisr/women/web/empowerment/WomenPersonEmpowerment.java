package ma.gov.social.jisr.women.web.empowerment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurRow;

/** The person's page fragment: her registration with the empowerment programme, or the way to register her. */
@Named
@RequestScoped
public class WomenPersonEmpowerment {
    @Inject
    private EmpowermentService empowerment;

    private final Map<Long, Optional<EntrepreneurRow>> read = new HashMap<>();

    public EntrepreneurRow of(Long personId) {
        if (personId == null) {
            return null;
        }
        return read.computeIfAbsent(personId, id -> Optional.ofNullable(empowerment.registrationOf(id))).orElse(null);
    }
}
