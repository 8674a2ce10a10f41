package ma.gov.social.jisr.upgrades.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.gov.social.jisr.upgrades.api.DashboardRow;
import ma.gov.social.jisr.upgrades.api.DashboardService;

/** The upgrade programme at a glance on the home page: the latest year's target, approved and finished. */
@Named
@RequestScoped
public class UpgradesHomeTile {
    @Inject
    private DashboardService dashboard;

    private DashboardRow latest;
    private boolean loaded;

    public DashboardRow getLatest() {
        if (!loaded) {
            List<DashboardRow> years = dashboard.years();
            latest = years.isEmpty() ? null : years.get(years.size() - 1);
            loaded = true;
        }
        return latest;
    }
}
