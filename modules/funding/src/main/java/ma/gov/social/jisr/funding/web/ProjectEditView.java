package ma.gov.social.jisr.funding.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationFilter;
import ma.gov.social.jisr.funding.api.AssociationRow;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.TargetCategory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * Enters a submission to a call from its paper file: the association, the project, its budget and its
 * papers, taken whole by the service or refused with the reason. On a refusal every field and every file
 * chosen stays as it was, so the user corrects one thing and sends again.
 */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final int SUGGESTIONS = 15;

    @Inject
    private CallService calls;
    @Inject
    private ProjectService projects;
    @Inject
    private AssociationService associations;
    @Inject
    private LocaleSelector locale;

    private long callId;
    private Long associationId;
    private CallDetails call;
    private AssociationChoice association;
    private final ProjectForm form = new ProjectForm();
    private final List<DocumentSlot> slots = new ArrayList<>();
    /** The associations last offered, so that the one picked is read back without opening its record. */
    private final Map<Long, AssociationChoice> offered = new HashMap<>();

    /** An association as the picker shows it: its name and registration number. */
    public record AssociationChoice(long id, String label) implements Serializable {
    }

    public void load() {
        try {
            call = calls.get(callId);
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return;
        }
        if (call.status() != CallStatus.PUBLISHED && call.status() != CallStatus.CLOSED) {
            Messages.error("funding.project.callNotReceiving");
            call = null;
            return;
        }
        form.setReceivedAt(LocalDateTime.now(MOROCCO).truncatedTo(ChronoUnit.MINUTES));
        if (call.data().domains().size() == 1) {
            form.setDomain(call.data().domains().iterator().next());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            if (call.data().requiredDocuments().contains(kind)) {
                slots.add(new DocumentSlot(kind, true));
            }
        }
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind != DocumentKind.RECEIPT && !call.data().requiredDocuments().contains(kind)) {
                slots.add(new DocumentSlot(kind, false));
            }
        }
        if (associationId != null) {
            try {
                AssociationDetails a = associations.get(associationId);
                association = new AssociationChoice(a.id(), label(a.name(locale.getLanguage()), a.registrationNo()));
            } catch (JisrException refusal) {
                Messages.error(refusal);
            }
        }
    }

    public String submit() {
        if (association == null) {
            Messages.error("projectEdit.associationRequired");
            return null;
        }
        List<NewFile> files = slots.stream().filter(DocumentSlot::isChosen).map(DocumentSlot::file).toList();
        try {
            long id = projects.submit(form.data(callId, association.id()), files);
            Messages.info("projectEdit.submitted");
            return "/funding/project?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public List<AssociationChoice> completeAssociation(String text) {
        List<AssociationRow> rows = associations.rows(new AssociationFilter(text, null, null, null, false),
                PageRequest.first(SUGGESTIONS));
        String language = locale.getLanguage();
        List<AssociationChoice> choices = rows.stream().map(r -> new AssociationChoice(r.id(),
                label("ar".equals(language) ? r.nameAr() : r.nameFr(), r.registrationNo()))).toList();
        choices.forEach(c -> offered.put(c.id(), c));
        return choices;
    }

    private static String label(String name, String registrationNo) {
        return name + " — " + registrationNo;
    }

    /** The picker sends the id; the choice is one just offered (or the one the page opened with). */
    public Converter<AssociationChoice> getAssociationConverter() {
        return new Converter<>() {
            @Override
            public AssociationChoice getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || !value.matches("\\d{1,18}")) {
                    return null;
                }
                long id = Long.parseLong(value);
                return association != null && association.id() == id ? association : offered.get(id);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, AssociationChoice value) {
                return value == null ? "" : Long.toString(value.id());
            }
        };
    }

    public void lineChanged() {
        form.linesChanged();
    }

    public void addLine() {
        form.getLines().add(new BudgetRow());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < form.getLines().size()) {
            form.getLines().remove(index);
            form.linesChanged();
        }
    }

    public void clearFile(DocumentSlot slot) {
        slot.clear();
    }

    public List<FundingDomain> getCallDomains() {
        return call == null ? List.of() : List.copyOf(call.data().domains());
    }

    public FundingDomain[] getAllDomains() {
        return FundingDomain.values();
    }

    public TargetCategory[] getTargetCategories() {
        return TargetCategory.values();
    }

    public List<DocumentSlot> getSlots() {
        return slots;
    }

    public ProjectForm getForm() {
        return form;
    }

    public CallDetails getCall() {
        return call;
    }

    public AssociationChoice getAssociation() {
        return association;
    }

    public void setAssociation(AssociationChoice association) {
        this.association = association;
    }

    public long getCallId() {
        return callId;
    }

    public void setCallId(long callId) {
        this.callId = callId;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public void setAssociationId(Long associationId) {
        this.associationId = associationId;
    }
}
