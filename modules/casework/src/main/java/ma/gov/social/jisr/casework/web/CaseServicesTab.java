package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.ServiceGiven;

/** Services given from the module's catalogue, and a new one. */
@Named
@ViewScoped
public class CaseServicesTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWork work;
    @Inject
    private CaseFileTabs tabs;

    private String code;
    private LocalDate givenOn = LocalDate.now();
    private String note;
    private transient List<ServiceGiven> services;

    public void give() {
        if (CaseActions.run(() -> work.giveService(tabs.getCaseId(), code, givenOn, note), "case.service.given")) {
            code = null;
            note = null;
            services = null;
        }
    }

    public List<ServiceGiven> getServices() {
        if (services == null) {
            services = work.services(tabs.getCaseId());
        }
        return services;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
