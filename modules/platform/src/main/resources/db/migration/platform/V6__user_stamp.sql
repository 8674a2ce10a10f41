-- Who changed an account last and when, like every other record (the platform's one created/updated
-- stamp). Nullable, as in the registries' tables; existing accounts were last changed, as far as anyone
-- knows, when they were created.
ALTER TABLE plt_user ADD COLUMN updated_at DATETIME(3), ADD COLUMN updated_by VARCHAR(60);
UPDATE plt_user SET updated_at = created_at, updated_by = created_by;
