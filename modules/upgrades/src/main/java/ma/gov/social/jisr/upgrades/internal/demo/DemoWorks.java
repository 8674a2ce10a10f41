package ma.gov.social.jisr.upgrades.internal.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.WorksStatus;
import ma.gov.social.jisr.upgrades.internal.PlanBean;

/**
 * The works of an approved demo plan, each centre at its own step: ordered from a contractor, started,
 * finished at an actual cost near the estimate (the centre's history then shows the upgrade done and asks
 * for an inspection), received with its report as a PDF. Dates follow one another and stop at
 * {@link DemoData#AS_OF}; works that would end later are still under way.
 */
final class DemoWorks {
    /** How many centres reached each step. */
    record Progress(Map<WorksStatus, Integer> steps) {
        @Override
        public String toString() {
            return steps.toString().toLowerCase().replaceAll("[{}]", "");
        }
    }

    private static final List<String> CONTRACTORS = List.of("Atlas Bâtiment SARL", "Entreprise Nour Travaux",
            "Souss Génie Civil", "Oriental BTP", "Rif Équipements SARL", "Sahara Travaux", "Tensift Aménagement",
            "Saïss Rénovation", "Chaouia Bâtiment", "Bouregreg Construction");

    private final Sql sql;
    private final DemoCentres centres;
    private final Random random;

    DemoWorks(Sql sql, DemoCentres centres, Random random) {
        this.sql = sql;
        this.centres = centres;
        this.random = random;
    }

    Progress advance(int year, LocalDate approved) {
        Map<WorksStatus, Integer> steps = new EnumMap<>(WorksStatus.class);
        record Line(long centreId, Dirhams estimate, String regionCode) {
        }
        for (Line line : sql.list("select centre_id, estimated_cost, region_code from upg_line"
                + " where programme_year = ? and status = 'CHOSEN' order by centre_id", r -> new Line(r.number("centre_id"),
                r.dirhams("estimated_cost"), r.string("region_code")), year)) {
            WorksStatus reached = advance(year, line.centreId(), line.estimate(),
                    "MA-06".equals(line.regionCode()) ? "coord.casa" : "admin", approved);
            steps.merge(reached, 1, Integer::sum);
        }
        return new Progress(steps);
    }

    private WorksStatus advance(int year, long centreId, Dirhams estimate, String by, LocalDate approved) {
        int roll = random.nextInt(100);
        WorksStatus target = roll < 15 ? WorksStatus.PLANNED : roll < 35 ? WorksStatus.ORDERED
                : roll < 65 ? WorksStatus.STARTED : roll < 85 ? WorksStatus.FINISHED : WorksStatus.RECEIVED;
        if (target == WorksStatus.PLANNED) {
            return target;
        }
        LocalDate ordered = approved.plusDays(14 + random.nextInt(90));
        LocalDate started = ordered.plusDays(14 + random.nextInt(45));
        LocalDate finished = started.plusDays(60 + random.nextInt(90));
        LocalDate received = finished.plusDays(10 + random.nextInt(35));
        if (finished.isAfter(DemoData.AS_OF) && target.compareTo(WorksStatus.STARTED) > 0) {
            target = WorksStatus.STARTED;
        }
        if (received.isAfter(DemoData.AS_OF) && target == WorksStatus.RECEIVED) {
            target = WorksStatus.FINISHED;
        }
        String contractor = CONTRACTORS.get(random.nextInt(CONTRACTORS.size()));
        // within 12 % of the estimate, to the hundred dirhams
        Dirhams actual = new Dirhams(estimate.amount().multiply(BigDecimal.valueOf(88 + random.nextInt(25)))
                .movePointLeft(2).setScale(-2, RoundingMode.HALF_UP).setScale(2));
        boolean done = target.compareTo(WorksStatus.FINISHED) >= 0;
        LocalDate last = switch (target) {
            case ORDERED -> ordered;
            case STARTED -> started;
            case FINISHED -> finished;
            default -> received;
        };
        sql.update("update upg_line set works_status = ?, ordered_on = ?, contractor = ?, started_on = ?, finished_on = ?,"
                + " actual_cost = ?, received_on = ?, version = ?, updated_at = ?, updated_by = ?"
                + " where programme_year = ? and centre_id = ?", target, ordered, contractor,
                target.compareTo(WorksStatus.STARTED) >= 0 ? started : null, done ? finished : null,
                done ? actual : null, target == WorksStatus.RECEIVED ? received : null, target.ordinal(),
                last.atTime(11, 0), by, year, centreId);
        if (done) {
            centres.upgradeFinished(centreId, year, PlanBean.works(year), actual, finished);
        }
        if (target == WorksStatus.RECEIVED) {
            byte[] report = receptionReport(year, centreId, contractor, received, actual);
            sql.update("insert into upg_document (programme_year, centre_id, file_name, content_type, size_bytes, content,"
                    + " uploaded_by, uploaded_at) values (?, ?, ?, 'application/pdf', ?, ?, ?, ?)", year, centreId,
                    "pv-reception-" + centreId + ".pdf", report.length, report, by, received.atTime(15, 0));
        }
        return target;
    }

    /** A one-page acceptance report, as the works' file would hold. */
    private static byte[] receptionReport(int year, long centreId, String contractor, LocalDate on, Dirhams cost) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document();
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph("Procès-verbal de réception des travaux"));
        pdf.add(new Paragraph("Programme de mise à niveau " + year + " - centre n° " + centreId));
        pdf.add(new Paragraph("Entreprise : " + contractor));
        pdf.add(new Paragraph("Réception prononcée le " + on + ", sans réserve."));
        pdf.add(new Paragraph("Coût réel : " + cost));
        pdf.close();
        return out.toByteArray();
    }
}
