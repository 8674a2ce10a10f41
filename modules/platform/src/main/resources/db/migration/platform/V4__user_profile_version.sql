-- Counts administrators' changes of an account's profile (name, e-mail, roles, territory), so that a
-- change made from a stale screen is refused instead of overwriting another administrator's. The row's
-- own version column cannot serve: every login (and failed attempt) changes the row.
ALTER TABLE plt_user ADD COLUMN profile_version INT NOT NULL DEFAULT 0;
