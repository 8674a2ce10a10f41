package ma.gov.social.jisr.funding.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.ProjectData;
import ma.gov.social.jisr.funding.api.ProjectDetails;
import ma.gov.social.jisr.funding.api.ProjectStatus;
import ma.gov.social.jisr.funding.api.Rejection;
import ma.gov.social.jisr.funding.api.TargetCategory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** A project with its budget lines and targets, as its page and its agreement read it. */
final class ProjectReader {
    private final Sql sql;

    ProjectReader(Sql sql) {
        this.sql = sql;
    }

    List<BudgetLine> lines(long projectId) {
        return sql.list("select label, total, own_contribution from fun_budget_line where project_id = ?"
                + " order by position", r -> new BudgetLine(r.string("label"), r.dirhams("total"),
                r.dirhams("own_contribution")), projectId);
    }

    /** {@code nameColumn}: the association's name column, {@link FundingGate#nameColumn}. */
    ProjectDetails details(long id, List<FileInfo> documents, String nameColumn) {
        Map<TargetCategory, Integer> targets = new EnumMap<>(TargetCategory.class);
        sql.list("select category, people from fun_project_target where project_id = ?",
                r -> targets.put(r.enumValue("category", TargetCategory.class), r.integer("people")), id);
        List<BudgetLine> lines = lines(id);
        return sql.one("select p.*, c.reference call_reference, " + nameColumn + " association_name,"
                + " (select g.id from fun_agreement g where g.project_id = p.id) agreement_id"
                + " from fun_project p join fun_call c on c.id = p.call_id"
                + " join fun_association a on a.id = p.association_id where p.id = ?",
                r -> new ProjectDetails(id, r.number("version"), r.string("reference"), new ProjectData(
                        r.number("call_id"), r.number("association_id"), r.string("title"),
                        r.enumValue("domain", FundingDomain.class),
                        CallStore.enums(r.string("components"), FundingDomain.class), targets,
                        r.integer("duration_months"), r.time("received_at"), lines, r.dirhams("amount_requested")),
                        r.string("call_reference"), r.string("association_name"), r.string("region_code"),
                        r.string("province_code"), r.enumValue("status", ProjectStatus.class), r.decimal("score"),
                        r.nullableInteger("ranking"), r.enumValue("rejection", Rejection.class),
                        r.string("rejection_note"), documents, r.nullableNumber("agreement_id")), id)
                .orElseThrow(() -> new JisrException("funding.project.notFound"));
    }
}
