package ma.gov.social.jisr.funding.api;

import java.math.BigDecimal;
import java.util.List;

/** A project's page: the submission, where it stands, and (once decided) its score, rank and any rejection. */
public record ProjectDetails(long id, long version, String reference, ProjectData data, String callReference,
                             String associationName, String regionCode, String provinceCode, ProjectStatus status,
                             BigDecimal score, Integer ranking, Rejection rejection, String rejectionNote,
                             List<FileInfo> documents, Long agreementId) {
}
