package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.WomanPage;

/**
 * A registered woman's page: her registration, cooperatives, trainings, funding requests and milestones.
 * Read once per visit, since the service audits each reading of it.
 */
@Named
@ViewScoped
public class WomanView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LIST = "/women/empowerment/registrations?faces-redirect=true";

    @Inject
    private EmpowermentService empowerment;

    private Long person;
    private WomanPage page;

    public String load() {
        if (person == null) {
            return LIST;
        }
        try {
            page = empowerment.woman(person);
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return LIST;
        }
    }

    /** Whether she came to the i-th of her trainings (the page's two lists run in parallel). */
    public boolean attended(int index) {
        return index < page.attended().size() && Boolean.TRUE.equals(page.attended().get(index));
    }

    public WomanPage getPage() {
        return page;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }
}
