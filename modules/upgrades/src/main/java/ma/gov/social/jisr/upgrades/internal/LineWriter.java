package ma.gov.social.jisr.upgrades.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ma.gov.social.jisr.centres.api.Candidate;
import ma.gov.social.jisr.upgrades.api.LineStatus;

/** Writes plan lines a few hundred per INSERT: one round trip per batch instead of one per centre. */
final class LineWriter {
    private static final int BATCH = 200;
    private static final String INSERT = "insert into upg_line (programme_year, centre_id, region_code, province_code,"
            + " centre_code, name_ar, name_fr, centre_type, area, latest_score, region_rank, score, p_condition,"
            + " p_served, p_waiting, p_rural, p_group, estimated_cost, status, swapped_in) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Db db;
    private final int year;
    private final List<Object> params = new ArrayList<>();
    private int rows;

    LineWriter(Db db, int year) {
        this.db = db;
        this.year = year;
    }

    void add(Candidate c, int rank, BigDecimal cost, LineStatus status) {
        add(c, rank, cost, status, false);
    }

    void add(Candidate c, int rank, BigDecimal cost, LineStatus status, boolean swappedIn) {
        Collections.addAll(params, year, c.centreId(), c.regionCode(), c.provinceCode(), c.code(), c.nameAr(),
                c.nameFr(), c.type().name(), c.area().name(), c.latestScore(), rank, BigDecimal.valueOf(c.score()),
                BigDecimal.valueOf(c.parts().condition()), BigDecimal.valueOf(c.parts().served()),
                BigDecimal.valueOf(c.parts().waiting()), BigDecimal.valueOf(c.parts().rural()),
                BigDecimal.valueOf(c.parts().group()), cost, status.name(), swappedIn);
        if (++rows == BATCH) {
            flush();
        }
    }

    void flush() {
        if (rows > 0) {
            db.update(INSERT + String.join(", ", Collections.nCopies(rows, ROW)), params.toArray());
            params.clear();
            rows = 0;
        }
    }
}
