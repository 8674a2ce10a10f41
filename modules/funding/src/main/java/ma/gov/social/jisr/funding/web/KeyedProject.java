package ma.gov.social.jisr.funding.web;

import java.util.List;
import ma.gov.social.jisr.funding.api.ProjectRow;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/**
 * A submission on a list page. The service seeks its next page past the last id, but its row does not say
 * so itself: this says it for it, so that the platform's lazy model carries the key one page on.
 */
public record KeyedProject(ProjectRow project) implements Keyed {
    @Override
    public PageKey keyUnder(String sortField) {
        return sortField == null ? new PageKey(List.of(), project.id()) : null;
    }
}
