-- The upgrade programme asks for a new inspection once a centre's works are finished; the inspection
-- that follows clears the request.
ALTER TABLE cen_centre ADD COLUMN inspection_requested_on DATE NULL;

-- Candidates of a region: open centres by region, and the latest upgrade of each centre, read from indexes.
CREATE INDEX ix_cen_centre_candidates ON cen_centre (region_code, status, latest_score);
CREATE INDEX ix_cen_upgrade_latest ON cen_upgrade (centre_id, status, upgrade_year);
