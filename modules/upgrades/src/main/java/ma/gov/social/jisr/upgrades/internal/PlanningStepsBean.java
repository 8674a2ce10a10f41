package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.jobs.JobLeases;
import ma.gov.social.jisr.upgrades.api.batch.PlanningSteps;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;

/** The planning job's steps; they run as the administrator who started the job. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PlanningStepsBean implements PlanningSteps {
    @Inject
    private JobLeases leases;
    @Inject
    private ProgrammeStore store;
    @Inject
    private CentreUpgrades candidates;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    public void allocate(int year) {
        ProgrammeEntity programme = store.lockDraft(year);
        programme.replanning();
        new Planner(store.sql(), candidates).allocate(programme.settings());
    }

    @Override
    public List<String> regions(int year) {
        return store.sql().list("select region_code from upg_region where programme_year = ? order by region_code",
                r -> r.string("region_code"), year);
    }

    @Override
    public void planRegion(int year, String regionCode) {
        // a shared lock: the regions plan side by side, while an approval waits for them to end
        ProgrammeSettings s = store.shareDraft(year);
        new Planner(store.sql(), candidates).planRegion(s, regionCode);
    }

    @Override
    public void finish(int year, long executionId) {
        store.lockDraft(year).drafted(executionId, LocalDateTime.now());
        audit.record(AuditEntry.of("upgrades", "programme", year, AuditAction.UPDATE).inScope(me.scope())
                .withDetail("draft plan written by execution " + executionId));
    }

    @Override
    public void ended(long executionId) {
        // the run ended here: its server stops renewing the lease (the repository says how it ended)
        store.sql().list("select programme_year from upg_programme where execution_id = ?",
                r -> r.integer("programme_year"), executionId)
                .forEach(year -> leases.ended(ProgrammeBean.leaseKey(year), executionId));
    }
}
