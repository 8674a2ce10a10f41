package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.children.api.ChildrenService;
import ma.gov.social.jisr.children.api.WatchItem;

/** The watch list: emergencies overdue, measures past review, children turning 18, life projects to review. */
@Named
@ViewScoped
public class WatchView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ChildrenService children;

    private transient List<WatchItem> items;

    public List<WatchItem> getItems() {
        if (items == null) {
            items = children.watchList(CaseView.TRANSITION_NOTICE_DAYS);
        }
        return items;
    }
}
