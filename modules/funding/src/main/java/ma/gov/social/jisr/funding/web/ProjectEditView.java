package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.TargetCategory;
import ma.gov.social.jisr.platform.api.JisrException;
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

    @Inject
    private CallService calls;
    @Inject
    private ProjectService projects;
    @Inject
    private AssociationPicker association;

    private long callId;
    private Long associationId;
    private CallDetails call;
    private final ProjectForm form = new ProjectForm();
    private final List<DocumentSlot> slots = new ArrayList<>();

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
        association.choose(associationId);
    }

    public String submit() {
        if (association.chosenId() == null) {
            Messages.error("projectEdit.associationRequired");
            return null;
        }
        List<NewFile> files = slots.stream().filter(DocumentSlot::isChosen).map(DocumentSlot::file).toList();
        try {
            long id = projects.submit(form.data(callId, association.chosenId()), files);
            Messages.info("projectEdit.submitted");
            return "/funding/project?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
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

    public AssociationPicker getAssociation() {
        return association;
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
