package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PagedModel;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;
import ma.gov.social.jisr.women.api.empowerment.RequestFilter;
import ma.gov.social.jisr.women.api.empowerment.RequestRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/**
 * The funding requests of the caller's territory, newest first, a page at a time. The board's columns and
 * other screens link here already filtered (region, province, stage in the address).
 */
@Named
@ViewScoped
public class RequestsView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Enough of an idea to recognise it in a list; the request page has all of it. */
    private static final int IDEA_SHOWN = 70;

    @Inject
    private ProjectRequestService requests;

    private String regionCode;
    private String provinceCode;
    private RequestStage stage;
    private Sector sector;
    private Programme programme;
    private final PagedModel<RequestRow> list = new PagedModel<>(this::rows, this::count, r -> Long.toString(r.id()));

    private RequestFilter filter() {
        return new RequestFilter(regionCode, provinceCode, stage, sector, programme);
    }

    /** A region outside the caller's territory (an edited address) shows the refusal, not an error page. */
    private List<RequestRow> rows(PageRequest page) {
        try {
            return requests.requests(filter(), page);
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return List.of();
        }
    }

    private long count() {
        try {
            return requests.count(filter());
        } catch (JisrException refusal) {
            return 0;
        }
    }

    public void search() {
        list.refresh();
    }

    /** A province of another region would match nothing: choosing a region starts its provinces afresh. */
    public void regionChanged() {
        provinceCode = null;
    }

    public String brief(String idea) {
        return Ideas.brief(idea, IDEA_SHOWN);
    }

    /** "more than 100 000" rather than a number the service stopped counting at. */
    public boolean isCapped() {
        return list.getTotal() > ProjectRequestService.COUNT_LIMIT;
    }

    public PagedModel<RequestRow> getList() {
        return list;
    }

    public RequestStage[] getStages() {
        return RequestStage.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = blankAsNull(regionCode);
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = blankAsNull(provinceCode);
    }

    public RequestStage getStage() {
        return stage;
    }

    public void setStage(RequestStage stage) {
        this.stage = stage;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    private static String blankAsNull(String code) {
        return code == null || code.isBlank() ? null : code;
    }
}
