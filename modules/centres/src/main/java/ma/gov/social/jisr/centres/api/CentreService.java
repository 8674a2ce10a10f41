package ma.gov.social.jisr.centres.api;

import java.io.OutputStream;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.export.ExportFormat;

/** The registry of social centres, within the caller's territory. A centre outside it is "not found". */
public interface CentreService {
    List<CentreRow> rows(CentreFilter filter, PageRequest page);

    long count(CentreFilter filter);

    CentreDetails get(long id);

    long create(CentreData data);

    /** Refused if someone else saved the centre since {@code version} was read. */
    void update(long id, long version, CentreData data);

    void recordInspection(long id, Inspection inspection);

    void recordUpgrade(long id, Upgrade upgrade);

    /** Centres of a province that have a position. */
    List<MapPoint> map(String provinceCode);

    /** Writes the filtered list; returns the number of rows. Audited. */
    long export(CentreFilter filter, ExportFormat format, OutputStream out);
}
