package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.IntakeDetails;
import ma.gov.social.jisr.women.api.WomenService;

/**
 * A woman's case file: the kernel's file (opened once, audited; break the glass for a restricted case) with
 * the module's intake, risk and shelter tabs among the kernel's tabs.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The tabs of the page (the kernel's fragments name theirs the same way). */
    static final List<String> TABS = List.of("intake", "risk", "plan", "services", "shelter", "referrals", "consent",
            "followUp", "documents", "history");

    @Inject
    private CaseFileTabs tabs;
    @Inject
    private WomenService women;
    @Inject
    private CentreDirectory centres;
    @Inject
    private LocaleSelector locale;

    private Long id;
    private transient IntakeDetails intake;

    public String load() {
        if (id == null) {
            Messages.error("casework.notFound");
            return "/women/cases?faces-redirect=true";
        }
        if (!tabs.open(id)) {
            return tabs.isGlassNeeded() ? null : "/women/cases?faces-redirect=true";
        }
        if (!"women".equals(tabs.getFile().module())) {
            Messages.error("casework.notFound");
            return "/women/cases?faces-redirect=true";
        }
        return null;
    }

    public CaseFile getFile() {
        return tabs.getFile();
    }

    public IntakeDetails getIntake() {
        if (intake == null && tabs.getFile() != null) {
            try {
                intake = women.intakeOf(tabs.getCaseId()).orElse(null);
            } catch (JisrException refusal) {
                Messages.error(refusal);
            }
        }
        return intake;
    }

    public String getCentreName() {
        CaseFile file = tabs.getFile();
        return file == null ? "" : centres.card(file.centreId()).map(c -> c.name(locale.getLanguage()))
                .orElse("");
    }

    public String getCentreCode() {
        CaseFile file = tabs.getFile();
        return file == null ? "" : centres.card(file.centreId()).map(CentreCard::code).orElse("");
    }

    /** The tab the page opens on: the one a full-page post asked for, else the intake. */
    public String getActiveTab() {
        String tab = tabs.getActiveTab();
        return tab == null || !TABS.contains(tab) ? TABS.get(0) : tab;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
