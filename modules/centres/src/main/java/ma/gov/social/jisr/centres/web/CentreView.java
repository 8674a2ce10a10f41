package ma.gov.social.jisr.centres.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import java.time.LocalDate;
import ma.gov.social.jisr.centres.api.CentreDetails;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.Condition;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.funding.web.AssociationPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** A centre's page: what it is, its latest inspection and inspections, its upgrade history (and adding to it). */
@Named
@ViewScoped
public class CentreView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CentreService centres;
    /** Names the managing association as the partner registry does, in the reader's script. */
    @Inject
    private AssociationPicker partner;

    private Long id;
    private CentreDetails centre;
    private Integer upgradeYear = LocalDate.now().getYear();
    private String upgradeWorks;
    private Dirhams upgradeCost;
    private UpgradeStatus upgradeStatus = UpgradeStatus.PLANNED;

    public String load() {
        if (id == null) {
            return "/centres/centres?faces-redirect=true";
        }
        try {
            centre = centres.get(id);
            partner.choose(centre.data().partnerAssociationId());
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/centres/centres?faces-redirect=true";
        }
    }

    public void addUpgrade() {
        try {
            centres.recordUpgrade(id, new Upgrade(upgradeYear == null ? 0 : upgradeYear, upgradeWorks, upgradeCost,
                    upgradeStatus));
            centre = centres.get(id);
            upgradeWorks = null;
            upgradeCost = null;
            Messages.info("upgrade.recorded");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public Condition getCondition() {
        return Condition.of(centre.latestInspection() == null ? null : centre.latestInspection().overall());
    }

    public UpgradeStatus[] getUpgradeStatuses() {
        return UpgradeStatus.values();
    }

    public AssociationPicker.Choice getPartner() {
        return partner.getChosen();
    }

    public CentreDetails getCentre() {
        return centre;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getUpgradeYear() {
        return upgradeYear;
    }

    public void setUpgradeYear(Integer upgradeYear) {
        this.upgradeYear = upgradeYear;
    }

    public String getUpgradeWorks() {
        return upgradeWorks;
    }

    public void setUpgradeWorks(String upgradeWorks) {
        this.upgradeWorks = upgradeWorks;
    }

    public Dirhams getUpgradeCost() {
        return upgradeCost;
    }

    public void setUpgradeCost(Dirhams upgradeCost) {
        this.upgradeCost = upgradeCost;
    }

    public UpgradeStatus getUpgradeStatus() {
        return upgradeStatus;
    }

    public void setUpgradeStatus(UpgradeStatus upgradeStatus) {
        this.upgradeStatus = upgradeStatus;
    }
}
