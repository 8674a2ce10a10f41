-- An association-managed centre points at its association in the partner registry (the funding
-- module's). No foreign key across modules: the registry bean checks the id through the funding
-- api, and partner_name keeps the name as it stood when linked (and names a partner of an imported
-- centre whose association is not registered yet).
ALTER TABLE cen_centre ADD COLUMN partner_association_id BIGINT NULL AFTER partner_name;
ALTER TABLE cen_centre_import ADD COLUMN partner_association_id BIGINT NULL AFTER partner_name;
CREATE INDEX ix_cen_centre_partner ON cen_centre (partner_association_id);
