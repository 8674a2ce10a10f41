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

/** Following the works of an approved plan: steps, photos and documents. */
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
        return store.sql().one(LineReader.LINE + " where programme_year = ? and centre_id = ? and status = 'CHOSEN'",
                LineReader.PLAN_LINE, year, centreId).filter(l -> me.scope().covers(l.regionCode(), l.provinceCode()))
                .orElseThrow(() -> new JisrException("works.notFound"));
    }

    @Override
    public void advance(int year, long centreId, long version, WorksStep step) {
        if (store.lock(year).status() != ProgrammeStatus.APPROVED) {
            throw new JisrException("works.notApproved", year);
        }
        PlanLine line = line(year, centreId);
        WorksEntity works = store.em().find(WorksEntity.class, new WorksEntity.Key(year, centreId));
        if (line.version() != version || works.version() != version) {
            throw new JisrException("common.changedMeanwhile");
        }
        WorksRules.check(line, step, LocalDate.now());
        works.advance(step, me.username(), LocalDateTime.now());
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
        long id = store.sql().insert("insert into upg_document (programme_year, centre_id, file_name, content_type,"
                + " size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", year, centreId,
                name.length() > 200 ? name.substring(name.length() - 200) : name, type, content.length, content,
                me.username(), LocalDateTime.now());
        audit.record(AuditEntry.of("upgrades", "works", year + "/" + centreId, AuditAction.UPDATE)
                .inTerritory(line.regionCode(), line.provinceCode()).withDetail("document " + name));
        return id;
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<WorksDocument> documents(int year, long centreId) {
        line(year, centreId);
        return store.sql().list("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
                + " from upg_document where programme_year = ? and centre_id = ? order by id",
                r -> new WorksDocument(r.number("id"), r.string("file_name"), r.string("content_type"),
                        r.integer("size_bytes"), r.string("uploaded_by"), r.time("uploaded_at")), year, centreId);
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public byte[] content(long documentId) {
        record Stored(int year, long centreId, byte[] content) {
        }
        Stored found = store.sql().one("select programme_year, centre_id, content from upg_document where id = ?",
                r -> new Stored(r.integer("programme_year"), r.number("centre_id"), r.bytes("content")), documentId)
                .orElseThrow(() -> new JisrException("works.notFound"));
        line(found.year(), found.centreId());
        return found.content();
    }
}
