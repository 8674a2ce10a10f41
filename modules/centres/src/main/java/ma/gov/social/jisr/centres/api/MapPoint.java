package ma.gov.social.jisr.centres.api;

import java.math.BigDecimal;

/** A centre on the map of a province. */
public record MapPoint(long id, String code, String nameAr, String nameFr, CentreType type, CentreStatus status,
                       BigDecimal latitude, BigDecimal longitude) {
}
