package ma.gov.social.jisr.upgrades.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreFacts;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.LineStatus;

/** Writes plan lines a few hundred per INSERT: one round trip per batch instead of one per centre. */
final class LineWriter {
    private static final int BATCH = 200;
    private static final String INSERT = "insert into upg_line (programme_year, centre_id, region_code, province_code,"
            + " centre_code, name_ar, name_fr, centre_type, area, latest_score, region_rank, score, p_condition,"
            + " p_served, p_waiting, p_rural, p_group, estimated_cost, status, swapped_in) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Sql sql;
    private final int year;
    private final List<Object> params = new ArrayList<>();
    private int rows;

    LineWriter(Sql sql, int year) {
        this.sql = sql;
        this.year = year;
    }

    void add(Candidate c, int rank, Dirhams cost, LineStatus status) {
        add(c, rank, cost, status, false);
    }

    void add(Candidate c, int rank, Dirhams cost, LineStatus status, boolean swappedIn) {
        CentreFacts f = c.centre();
        Collections.addAll(params, year, f.centreId(), f.regionCode(), f.provinceCode(), f.code(), f.nameAr(),
                f.nameFr(), f.type(), f.area(), f.latestScore(), rank, decimal(c.score()),
                decimal(c.parts().condition()), decimal(c.parts().served()), decimal(c.parts().waiting()),
                decimal(c.parts().rural()), decimal(c.parts().group()), cost, status, swappedIn);
        if (++rows == BATCH) {
            flush();
        }
    }

    /** Scores and parts are doubles (not money); their columns keep two and four places. */
    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    void flush() {
        if (rows > 0) {
            sql.update(INSERT + String.join(", ", Collections.nCopies(rows, ROW)), params.toArray());
            params.clear();
            rows = 0;
        }
    }
}
