package ma.gov.social.jisr.casework.internal;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The restricted cases this session opened by breaking the glass: the rest of the file (tabs, documents)
 * may be read without asking again until the session ends. Nothing survives the session.
 */
@SessionScoped
public class BrokenGlass implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Set<Long> cases = new HashSet<>();

    synchronized void broke(long caseId) {
        cases.add(caseId);
    }

    synchronized boolean broken(long caseId) {
        return cases.contains(caseId);
    }
}
