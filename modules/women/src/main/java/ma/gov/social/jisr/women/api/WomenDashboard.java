package ma.gov.social.jisr.women.api;

public interface WomenDashboard {
    /** Figures of the caller's territory, or of one region within it. */
    DashboardFigures figures(String regionCode);
}
