package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;
import ma.gov.social.jisr.women.api.empowerment.RequestFilter;
import ma.gov.social.jisr.women.api.empowerment.RequestRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;

/**
 * The requests by stage, as columns in the order a request goes through them (rejections last): how many
 * are at each stage, and the latest few as cards. A column's whole list is the requests screen, filtered.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int CARDS = 8;
    private static final int IDEA_SHOWN = 90;

    @Inject
    private ProjectRequestService requests;

    /** A stage's column: its count and its latest requests. */
    public record Column(RequestStage stage, long count, List<RequestRow> cards) {
    }

    private String regionCode;
    private String provinceCode;
    private transient List<Column> columns;

    /** Counted before the page is drawn, so that a refusal shows above the board. */
    public void load() {
        getColumns();
    }

    public void search() {
        columns = null;
        load();
    }

    public void regionChanged() {
        provinceCode = null;
    }

    public List<Column> getColumns() {
        if (columns == null) {
            columns = new ArrayList<>();
            try {
                RequestFilter filter = new RequestFilter(regionCode, provinceCode, null, null, null);
                Map<RequestStage, Long> counts = requests.stages(filter);
                for (RequestStage s : RequestStage.values()) {
                    long count = counts.getOrDefault(s, 0L);
                    columns.add(new Column(s, count, count == 0 ? List.of()
                            : requests.requests(filter.withStage(s), PageRequest.first(CARDS))));
                }
            } catch (JisrException refusal) {
                Messages.error(refusal);
                columns = List.of();
            }
        }
        return columns;
    }

    /** More requests at the stage than its column shows. */
    public boolean more(Column column) {
        return column.count() > column.cards().size();
    }

    public String brief(String idea) {
        return Ideas.brief(idea, IDEA_SHOWN);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode == null || provinceCode.isBlank() ? null : provinceCode;
    }
}
