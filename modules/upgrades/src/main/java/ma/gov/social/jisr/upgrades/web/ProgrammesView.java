package ma.gov.social.jisr.upgrades.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeService;

/** The programme years, newest first. */
@Named
@RequestScoped
public class ProgrammesView {
    @Inject
    private ProgrammeService programmes;
    private List<Programme> list;

    public List<Programme> getProgrammes() {
        if (list == null) {
            list = programmes.programmes();
        }
        return list;
    }
}
