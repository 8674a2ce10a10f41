package ma.gov.social.jisr.funding.api;

import java.util.List;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/** A line of the associations list; the RIB shows masked, and whether a change waits for approval. */
public record AssociationRow(long id, String registrationNo, String nameAr, String nameFr, String provinceCode,
                             AssociationStatus status, String ribMasked, boolean ribChangePending)
        implements Keyed {
    @Override
    public PageKey keyUnder(String sortField) {
        return sortField == null ? new PageKey(List.of(nameFr), id) : null;
    }
}
