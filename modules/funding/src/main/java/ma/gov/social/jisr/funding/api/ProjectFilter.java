package ma.gov.social.jisr.funding.api;

/** Which submissions a list shows; null fields do not filter. */
public record ProjectFilter(Long callId, Long associationId, String provinceCode, FundingDomain domain,
                            ProjectStatus status) {
    public static ProjectFilter ofCall(long callId) {
        return new ProjectFilter(callId, null, null, null, null);
    }
}
