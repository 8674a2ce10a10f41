package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.Decision;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentFigures;
import ma.gov.social.jisr.women.api.empowerment.LateMilestone;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;
import ma.gov.social.jisr.women.api.empowerment.RequestData;
import ma.gov.social.jisr.women.api.empowerment.RequestDetails;
import ma.gov.social.jisr.women.api.empowerment.RequestFilter;
import ma.gov.social.jisr.women.api.empowerment.RequestRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;

/**
 * Funding requests: received and followed by the women's case workers and coordinators; reviewed by the
 * coordinators; financed by coordinators or the partnership officers who run the programmes.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
public class RequestBean implements ProjectRequestService {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private Requests requests;
    @Inject
    private RequestActs acts;
    @Inject
    private Milestones milestones;
    @Inject
    private RequestPages pages;
    @Inject
    private EmpScope scope;
    @Inject
    private AuditLog audit;

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
    public long submit(RequestData data) {
        return requests.submit(data);
    }

    @Override
    public List<RequestRow> requests(RequestFilter filter, PageRequest page) {
        return requests.list(filter, page);
    }

    @Override
    public long count(RequestFilter filter) {
        return requests.count(filter);
    }

    @Override
    public Map<RequestStage, Long> stages(RequestFilter filter) {
        return requests.stages(filter == null ? RequestFilter.all() : filter);
    }

    @Override
    public RequestDetails request(long id) {
        return pages.details(id);
    }

    @Override
    @RolesAllowed(Roles.REGIONAL_COORDINATOR)
    public void decide(long id, long version, Decision decision) {
        acts.decide(id, version, decision);
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER})
    public void finance(long id, long version, Programme programme, Dirhams amount, LocalDate on) {
        acts.finance(id, version, programme, amount, on);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
    public void plan(long id, long version, String adviser, Map<Milestone, LocalDate> plannedOn) {
        milestones.plan(id, version, adviser, plannedOn);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
    public void reach(long id, Milestone step, LocalDate on, Boolean stillActive, String note) {
        milestones.reach(id, step, on, stillActive, note);
    }

    @Override
    public List<LateMilestone> late(boolean mineOnly) {
        return milestones.late(mineOnly);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
    public long attach(long requestId, String fileName, byte[] content) {
        return pages.attach(requestId, fileName, content);
    }

    @Override
    public PaperContent paper(long paperId) {
        return pages.paper(paperId);
    }

    @Override
    public EmpowermentFigures figures(String regionCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new JisrException("emp.ind.period");
        }
        return new EmpowermentCounts(new Sql(dataSource), scope.scope(), scope.region(regionCode, "emp-indicators"),
                from, to).figures();
    }

    @Override
    public void exporting(String regionCode, LocalDate from, LocalDate to, String format) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new JisrException("emp.ind.period");
        }
        String region = scope.region(regionCode, "emp-indicators");
        audit.recordNow(AuditEntry.of(EmpScope.MODULE, "emp-indicators", null, AuditAction.EXPORT)
                .inTerritory(region, null).withDetail(format + " " + from + ".." + to));
    }
}
