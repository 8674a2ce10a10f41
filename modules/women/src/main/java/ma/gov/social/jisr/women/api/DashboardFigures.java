package ma.gov.social.jisr.women.api;

import java.util.Map;

/**
 * The regional dashboard: cases by kind of violence, channel, current risk level and province, and
 * referrals by outcome, within the caller's territory (counts only, no person).
 */
public record DashboardFigures(Map<String, Long> byKind, Map<String, Long> byChannel, Map<String, Long> byRisk,
                               Map<String, Long> byProvince, Map<String, Long> referralsByStatus, long openCases) {
}
