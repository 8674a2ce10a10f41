package ma.gov.social.jisr.women.api.empowerment;

import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The indicators of a period, one line per region (a national view) or per province (a region's), and the
 * total. Requests are counted by the day they were received: of those, how many were accepted, financed,
 * launched and found still active at the first-year follow-up. {@code byRegion}: a line's code is a region's
 * (a national account with no region chosen), else a province's.
 */
public record EmpowermentFigures(boolean byRegion, List<Line> lines, Line total) {
    public record Line(String code, long selfEmployed, long cooperativeMembers, long requests, long accepted,
                       long financed, Dirhams financedAmount, long trained, long launched, long activeAfterYear) {
        public long registered() {
            return selfEmployed + cooperativeMembers;
        }
    }
}
