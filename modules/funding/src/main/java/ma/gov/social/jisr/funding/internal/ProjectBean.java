package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.funding.api.ProjectData;
import ma.gov.social.jisr.funding.api.ProjectDetails;
import ma.gov.social.jisr.funding.api.ProjectFilter;
import ma.gov.social.jisr.funding.api.ProjectRow;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.TargetCategory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Submissions to calls, entered by the staff of the association's territory; whole or not at all. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class ProjectBean implements ProjectService {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private FundingGate gate;
    @Inject
    private AssociationService associations;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public long submit(ProjectData data, List<NewFile> documents) {
        Sql sql = new Sql(dataSource);
        CallDetails call = new CallStore(sql).locked(data.callId());
        if (call.status() != CallStatus.PUBLISHED && call.status() != CallStatus.CLOSED) {
            throw new JisrException("funding.project.callNotReceiving");
        }
        AssociationDetails a = associations.get(data.associationId());
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents.forEach(f -> {
            FileStore.checked(f);
            kinds.add(f.kind());
        });
        SubmissionRules.check(call.data(), a, data, kinds, FundingClock.now());
        if (sql.number("select count(*) from fun_project where call_id = ? and association_id = ? and title = ?",
                call.id(), a.id(), data.title().strip()) > 0) {
            throw new JisrException("funding.project.duplicate");
        }
        long id = sql.ids("fun_project_seq", 50).getAsLong();
        long number = sql.number("select count(*) from fun_project where call_id = ?", call.id()) + 1;
        String reference = call.data().reference() + "-" + String.format("%04d", number);
        Dirhams own = data.lines().stream().map(BudgetLine::ownContribution).reduce(Dirhams.ZERO, Dirhams::plus);
        LocalDateTime now = LocalDateTime.now();
        sql.update("insert into fun_project (id, call_id, association_id, reference, title, domain, region_code,"
                + " province_code, components, duration_months, received_at, total_budget, own_contribution,"
                + " amount_requested, status, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)", id, call.id(), a.id(),
                reference, data.title().strip(), data.domain().name(), a.regionCode(), a.provinceCode(),
                CallStore.join(data.components()), data.durationMonths(), data.receivedAt(),
                data.amountRequested().plus(own).amount(), own.amount(), data.amountRequested().amount(), now,
                me.username(), now, me.username());
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < data.lines().size(); i++) {
            BudgetLine l = data.lines().get(i);
            lines.add(new Object[] {id, i + 1, l.label().strip(), l.total().amount(), l.ownContribution().amount()});
        }
        sql.batch("insert into fun_budget_line (project_id, position, label, total, own_contribution)"
                + " values (?, ?, ?, ?, ?)", lines);
        List<Object[]> targets = new ArrayList<>();
        for (Map.Entry<TargetCategory, Integer> t : data.targets().entrySet()) {
            targets.add(new Object[] {id, t.getKey().name(), t.getValue()});
        }
        sql.batch("insert into fun_project_target (project_id, category, people) values (?, ?, ?)", targets);
        FileStore files = new FileStore(sql);
        documents.forEach(f -> files.add(FileStore.Owner.PROJECT, id, f, me.username(), now));
        audit.record(gate.entry("project", id, AuditAction.CREATE, new FundingGate.Place(id, call.id(), a.id(),
                a.regionCode(), a.provinceCode()))
                .withDetail(reference + ", " + data.amountRequested() + ", " + documents.size() + " documents"));
        return id;
    }

    @Override
    public ProjectDetails get(long id) {
        gate.project(id);
        Sql sql = new Sql(dataSource);
        return new ProjectReader(sql).details(id, new FileStore(sql).of(FileStore.Owner.PROJECT, id),
                gate.nameColumn());
    }

    @Override
    public List<ProjectRow> rows(ProjectFilter filter, PageRequest page) {
        return new ProjectQuery(filter, gate).rows(new Sql(dataSource), page);
    }

    @Override
    public long count(ProjectFilter filter) {
        return new ProjectQuery(filter, gate).count(new Sql(dataSource));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void addDocument(long projectId, NewFile file) {
        FundingGate.Place place = gate.project(projectId);
        long id = new FileStore(new Sql(dataSource)).add(FileStore.Owner.PROJECT, projectId, file, me.username(),
                LocalDateTime.now());
        audit.record(gate.entry("project", projectId, AuditAction.UPDATE, place).withDetail("document " + id));
    }

    @Override
    public List<FileInfo> legalDocuments(long associationId) {
        associations.get(associationId);
        return new FileStore(new Sql(dataSource)).of(FileStore.Owner.ASSOCIATION, associationId);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void addLegalDocument(long associationId, NewFile file) {
        AssociationDetails a = associations.get(associationId);
        long id = new FileStore(new Sql(dataSource)).add(FileStore.Owner.ASSOCIATION, associationId, file,
                me.username(), LocalDateTime.now());
        audit.record(ma.gov.social.jisr.platform.api.audit.AuditEntry.of(AssociationBean.MODULE, "association",
                associationId, AuditAction.UPDATE).inTerritory(a.regionCode(), a.provinceCode())
                .withDetail("legal document " + id + " (" + file.kind() + ")"));
    }

    @Override
    public FileInfo document(long documentId) {
        return owned(documentId).info();
    }

    @Override
    public byte[] download(long documentId) {
        FileStore.Owned owned = owned(documentId);
        audit.record(gate.entry("document", documentId, AuditAction.EXPORT, placeOf(owned))
                .withDetail(owned.info().fileName()));
        return new FileStore(new Sql(dataSource)).content(documentId);
    }

    private FileStore.Owned owned(long documentId) {
        FileStore.Owned owned = new FileStore(new Sql(dataSource)).find(documentId)
                .orElseThrow(() -> new JisrException("funding.document.notFound"));
        placeOf(owned);
        return owned;
    }

    /** The project a file belongs to, checked against the caller's territory. */
    private FundingGate.Place placeOf(FileStore.Owned owned) {
        return switch (owned.owner()) {
            case PROJECT -> gate.project(owned.ownerId());
            case EXPENSE -> gate.tranche(new Sql(dataSource).number("select tranche_id from fun_report where id = ?",
                    owned.ownerId()));
            case ASSOCIATION -> {
                AssociationDetails a = associations.get(owned.ownerId());
                yield new FundingGate.Place(0, 0, a.id(), a.regionCode(), a.provinceCode());
            }
        };
    }
}
