package ma.gov.social.jisr.funding.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * Drafts a call for proposals or corrects its draft. Everything typed stays on the screen when the service
 * refuses it; the grid may be incomplete while a draft, it must sum to 100 only to be published. Named for
 * its module, as the women's listening calls have pages of their own.
 */
@Named("fundingCallEditView")
@ViewScoped
public class CallEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CallService calls;
    @Inject
    private StaffDirectory staff;

    private long id;
    private long version;
    private boolean editable = true;
    private final CallForm form = new CallForm();
    private transient List<SelectItem> evaluatorOptions;

    public void load() {
        if (id == 0) {
            return;
        }
        try {
            CallDetails call = calls.get(id);
            if (call.status() != CallStatus.DRAFT) {
                editable = false;
                Messages.error("funding.call.notDraft");
                return;
            }
            version = call.version();
            form.fill(call.data());
        } catch (JisrException refusal) {
            editable = false;
            Messages.error(refusal);
        }
    }

    public String save() {
        try {
            long saved = id;
            if (id == 0) {
                saved = calls.create(form.data());
            } else {
                calls.update(id, version, form.data());
            }
            Messages.info("callEdit.saved");
            return "/funding/call?faces-redirect=true&id=" + saved;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void addRow() {
        form.getGrid().add(new GridRow());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < form.getGrid().size()) {
            form.getGrid().remove(index);
        }
    }

    public int getWeightTotal() {
        return form.getGrid().stream().mapToInt(r -> r.getWeight() == null ? 0 : r.getWeight()).sum();
    }

    /**
     * Who may score: national partnership officers and administrators, as the service checks. A name already
     * on the call stays offered even if its account changed since, so that saving never drops it unseen.
     */
    public List<SelectItem> getEvaluatorOptions() {
        if (evaluatorOptions == null) {
            evaluatorOptions = new ArrayList<>();
            Set<String> listed = new LinkedHashSet<>();
            for (StaffMember m : staff.covering(Set.of(Roles.PARTNERSHIP_OFFICER, Roles.ADMINISTRATOR), null, null)) {
                if (m.scope().isNational() && listed.add(m.username())) {
                    evaluatorOptions.add(new SelectItem(m.username(), m.fullName() + " (" + m.username() + ")"));
                }
            }
            for (String username : form.getEvaluators()) {
                if (listed.add(username)) {
                    evaluatorOptions.add(new SelectItem(username, username));
                }
            }
        }
        return evaluatorOptions;
    }

    public FundingDomain[] getAllDomains() {
        return FundingDomain.values();
    }

    /** A call asks for a submission's papers; expense receipts belong to reports on use, not here. */
    public DocumentKind[] getAllDocuments() {
        return java.util.Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.RECEIPT)
                .toArray(DocumentKind[]::new);
    }

    public TieRule[] getTieRules() {
        return TieRule.values();
    }

    public CallForm getForm() {
        return form;
    }

    public boolean isEditable() {
        return editable;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
