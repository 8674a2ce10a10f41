package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.files.ContentCheck;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService.PaperContent;
import ma.gov.social.jisr.women.api.empowerment.RequestDetails;
import ma.gov.social.jisr.women.api.empowerment.RequestDetails.Paper;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/**
 * A request's page (audited as a reading of personal data) and its papers: accepted by what their content
 * is, kept in the database, every download audited before its first byte.
 */
@ApplicationScoped
public class RequestPages {
    static final int MAX_PAPER_BYTES = 5 * 1024 * 1024;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private Requests requests;
    @Inject
    private Milestones milestones;
    @Inject
    private PersonDirectory persons;
    @Inject
    private StaffDirectory staff;

    RequestDetails details(long id) {
        Sql sql = new Sql(dataSource);
        RequestDetails d = sql.one("select q.*, c.name cooperative_name from wom_emp_request q left join"
                + " wom_emp_cooperative c on c.id = q.cooperative_id where q.id = ?", RequestPages::details, id)
                .orElseThrow(() -> new JisrException("emp.notFound"));
        scope.opens(Requests.RECORD, id, d.regionCode(), d.provinceCode());
        PersonCard woman = persons.card(d.personId()).orElse(null);
        String adviserName = d.adviser() == null ? null : staff.member(d.adviser()).map(StaffMember::fullName)
                .orElse(d.adviser());
        List<Paper> papers = sql.list("select id, file_name, content_type, size_bytes, added_at, added_by from"
                + " wom_emp_document where request_id = ? order by added_at", RequestPages::paper, id);
        scope.read(Requests.RECORD, id, d.regionCode(), d.provinceCode());
        return new RequestDetails(d.id(), d.version(), d.personId(), woman == null ? "" : woman.fullName(),
                woman == null ? null : woman.nationalId(), d.cooperativeId(), d.cooperativeName(), d.idea(),
                d.sector(), d.amountAsked(), d.regionCode(), d.provinceCode(), d.receivedOn(), d.stage(),
                d.decidedOn(), d.decidedBy(), d.reason(), d.adviser(), adviserName, d.programme(),
                d.financedAmount(), d.financedOn(), milestones.of(id), papers);
    }

    long attach(long requestId, String fileName, byte[] content) {
        Requests.State s = requests.state(requestId, false);
        if (content == null || content.length == 0) {
            throw new JisrException("emp.paper.empty");
        }
        if (content.length > MAX_PAPER_BYTES) {
            throw new JisrException("emp.paper.tooLarge", MAX_PAPER_BYTES / (1024 * 1024));
        }
        String type = ContentCheck.acceptedType(content).orElseThrow(() -> new JisrException("emp.paper.type"));
        Sql sql = new Sql(dataSource);
        long id = sql.number("select nextval(wom_emp_seq)");
        sql.update("insert into wom_emp_document (id, request_id, file_name, content_type, size_bytes, sha256,"
                + " content, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, requestId,
                ContentCheck.safeName(fileName, type), type, content.length, ContentCheck.sha256(content), content,
                LocalDateTime.now(), scope.username());
        scope.changed(Requests.RECORD, requestId, AuditAction.UPDATE, s.regionCode(), s.provinceCode(),
                "paper " + id);
        return id;
    }

    PaperContent paper(long paperId) {
        Sql sql = new Sql(dataSource);
        long requestId = sql.one("select request_id from wom_emp_document where id = ?", r -> r.number("request_id"),
                paperId).orElseThrow(() -> new JisrException("emp.notFound"));
        Requests.State s = requests.state(requestId, false);
        scope.read("emp-paper", paperId, s.regionCode(), s.provinceCode());
        return sql.one("select id, file_name, content_type, size_bytes, added_at, added_by, content from"
                + " wom_emp_document where id = ?", r -> new PaperContent(paper(r), r.bytes("content")), paperId)
                .orElseThrow();
    }

    private static Paper paper(Row r) throws SQLException {
        return new Paper(r.number("id"), r.string("file_name"), r.string("content_type"), r.integer("size_bytes"),
                r.time("added_at"), r.string("added_by"));
    }

    private static RequestDetails details(Row r) throws SQLException {
        return new RequestDetails(r.number("id"), r.integer("version"), r.number("person_id"), null, null,
                r.nullableNumber("cooperative_id"), r.string("cooperative_name"), r.string("idea"),
                r.enumValue("sector", Sector.class), r.dirhams("amount_asked"), r.string("region_code"),
                r.string("province_code"), r.date("received_on"), r.enumValue("stage", RequestStage.class),
                r.date("decided_on"), r.string("decided_by"), r.string("reason"), r.string("adviser"), null,
                r.enumValue("programme", Programme.class), r.dirhams("financed_amount"), r.date("financed_on"),
                List.of(), List.of());
    }
}
