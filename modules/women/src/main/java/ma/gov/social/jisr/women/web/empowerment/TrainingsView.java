package ma.gov.social.jisr.women.web.empowerment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.TrainingData;
import ma.gov.social.jisr.women.api.empowerment.TrainingKind;
import ma.gov.social.jisr.women.api.empowerment.TrainingRow;

/** Training sessions of the caller's territory, by province and period; and a new session. */
@Named
@ViewScoped
public class TrainingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private EmpowermentService empowerment;
    @Inject
    private TerritoryOptions territory;

    private String provinceCode;
    private LocalDate from;
    private LocalDate to;
    private transient List<TrainingRow> rows;

    private TrainingKind kind = TrainingKind.DIGITAL;
    private String topic;
    private LocalDate heldOn;
    private String place;
    private String trainer;
    private Integer capacity;
    private String newProvince;

    /** Staff of one province mostly hold their own province's sessions. */
    @PostConstruct
    void start() {
        newProvince = territory.homeProvince();
    }

    public void search() {
        rows = null;
    }

    public String create() {
        try {
            long id = empowerment.createTraining(new TrainingData(kind, topic, heldOn, place, trainer,
                    capacity == null ? 0 : capacity, newProvince));
            Messages.info("emp.training.created");
            return "/women/empowerment/training?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** The list stops at the service's limit: the page then asks to narrow the search. */
    public boolean isCut() {
        return getRows().size() >= EmpowermentService.LIST_LIMIT;
    }

    public List<TrainingRow> getRows() {
        if (rows == null) {
            try {
                rows = empowerment.trainings(provinceCode, from, to);
            } catch (JisrException refusal) {
                Messages.error(refusal);
                rows = List.of();
            }
        }
        return rows;
    }

    public TrainingKind[] getKinds() {
        return TrainingKind.values();
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public void setKind(TrainingKind kind) {
        this.kind = kind;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getNewProvince() {
        return newProvince;
    }

    public void setNewProvince(String newProvince) {
        this.newProvince = newProvince;
    }
}
