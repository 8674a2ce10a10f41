package ma.gov.social.jisr.funding.internal;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.ProjectFilter;
import ma.gov.social.jisr.funding.api.ProjectRow;
import ma.gov.social.jisr.funding.api.ProjectStatus;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Submissions within the caller's territory, by id: the next page seeks past the last id. */
final class ProjectQuery {
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private final String nameColumn;

    ProjectQuery(ProjectFilter f, FundingGate gate) {
        nameColumn = gate.nameColumn();
        if (f.callId() != null) {
            and("p.call_id = ?", f.callId());
        }
        if (f.associationId() != null) {
            and("p.association_id = ?", f.associationId());
        }
        if (f.provinceCode() != null) {
            and("p.province_code = ?", f.provinceCode());
        }
        if (f.domain() != null) {
            and("p.domain = ?", f.domain().name());
        }
        if (f.status() != null) {
            and("p.status = ?", f.status().name());
        }
        where.append(gate.where());
        params.addAll(List.of(gate.params()));
    }

    private void and(String condition, Object value) {
        where.append(" and ").append(condition);
        params.add(value);
    }

    List<ProjectRow> rows(Sql sql, PageRequest page) {
        List<Object> values = new ArrayList<>(params);
        String seek = "";
        int offset = page.offset();
        if (page.after() != null) {
            seek = " and p.id > ?";
            values.add(page.after().id());
            offset = 0;
        }
        values.add(offset);
        values.add(page.limit());
        return sql.list("select p.id, p.reference, p.title, " + nameColumn + " association_name, p.province_code,"
                + " p.domain, p.amount_requested,"
                + " p.status from fun_project p join fun_association a on a.id = p.association_id" + where + seek
                + " order by p.id limit ?, ?", r -> new ProjectRow(r.number("id"), r.string("reference"),
                r.string("title"), r.string("association_name"), r.string("province_code"),
                r.enumValue("domain", FundingDomain.class), r.dirhams("amount_requested"),
                r.enumValue("status", ProjectStatus.class)), values.toArray());
    }

    long count(Sql sql) {
        return sql.number("select count(*) from fun_project p" + where, params.toArray());
    }
}
