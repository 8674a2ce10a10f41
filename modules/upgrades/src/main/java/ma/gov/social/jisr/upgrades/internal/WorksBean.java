package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.ProgrammeStatus;
import ma.gov.social.jisr.upgrades.api.WorksDocument;
import ma.gov.social.jisr.upgrades.api.WorksService;
import ma.gov.social.jisr.upgrades.api.WorksStatus;
import ma.gov.social.jisr.upgrades.api.WorksStep;

@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class WorksBean implements WorksService {
    @Inject
    private ProgrammeStore store;
    @Inject
    private CentreUpgrades centres;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public PlanLine line(int year, long centreId) {
        List<PlanLine> found = LineReader.lines(store.db().rows(LineReader.LINE
                + " where programme_year = ? and centre_id = ? and status = 'CHOSEN'", year, centreId));
        if (found.isEmpty() || !me.scope().covers(found.get(0).regionCode(), found.get(0).provinceCode())) {
            throw new JisrException("works.notFound");
        }
        return found.get(0);
    }

    @Override
    public void advance(int year, long centreId, long version, WorksStep step) {
        if (store.lock(year).status() != ProgrammeStatus.APPROVED) {
            throw new JisrException("works.notApproved", year);
        }
        PlanLine line = line(year, centreId);
        if (line.version() != version) {
            throw new JisrException("common.changedMeanwhile");
        }
        WorksRules.check(line, step, LocalDate.now());
        String column = switch (step.to()) {
            case ORDERED -> "ordered_on";
            case STARTED -> "started_on";
            case FINISHED -> "finished_on";
            case RECEIVED -> "received_on";
            case PLANNED -> throw new JisrException("works.step.order", WorksStatus.ORDERED.name());
        };
        store.db().update("update upg_line set works_status = ?, " + column + " = ?, contractor = coalesce(?, contractor),"
                + " actual_cost = coalesce(?, actual_cost), version = version + 1, updated_at = ?, updated_by = ?"
                + " where programme_year = ? and centre_id = ? and version = ?", step.to().name(), step.on(),
                step.to() == WorksStatus.ORDERED ? step.contractor().strip() : null,
                step.to() == WorksStatus.FINISHED ? step.actualCost() : null, LocalDateTime.now(), me.username(),
                year, centreId, version);
        if (step.to() == WorksStatus.FINISHED) {
            centres.upgradeFinished(centreId, year, PlanBean.works(year), step.actualCost());
        }
        audit.record(AuditEntry.of("upgrades", "works", year + "/" + centreId, AuditAction.UPDATE)
                .inTerritory(line.regionCode(), line.provinceCode()).withDetail(step.to() + " on " + step.on()));
    }

    @Override
    public long attach(int year, long centreId, String fileName, byte[] content) {
        PlanLine line = line(year, centreId);
        String type = WorksRules.documentType(fileName, content);
        String name = fileName.replaceAll(".*[/\\\\]", "");
        store.db().update("insert into upg_document (programme_year, centre_id, file_name, content_type, size_bytes,"
                + " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", year, centreId,
                name.length() > 200 ? name.substring(name.length() - 200) : name, type, content.length, content,
                me.username(), LocalDateTime.now());
        long id = Db.number(store.db().column("select last_insert_id()").get(0));
        audit.record(AuditEntry.of("upgrades", "works", year + "/" + centreId, AuditAction.UPDATE)
                .inTerritory(line.regionCode(), line.provinceCode()).withDetail("document " + name));
        return id;
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<WorksDocument> documents(int year, long centreId) {
        line(year, centreId);
        return store.db().rows("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from upg_document"
                + " where programme_year = ? and centre_id = ? order by id", year, centreId).stream()
                .map(r -> new WorksDocument(Db.number(r[0]), (String) r[1], (String) r[2], (int) Db.number(r[3]),
                        (String) r[4], Db.time(r[5]))).toList();
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public byte[] content(long documentId) {
        List<Object[]> found = store.db().rows("select programme_year, centre_id, content from upg_document where id = ?",
                documentId);
        if (found.isEmpty()) {
            throw new JisrException("works.notFound");
        }
        line((int) Db.number(found.get(0)[0]), Db.number(found.get(0)[1]));
        return (byte[]) found.get(0)[2];
    }
}
