-- SHARE_WITH_SOCIAL_SERVICES (26 characters) did not fit the purpose columns: a consent to share with
-- another social module's team, and any referral to that team, were refused by the database.
ALTER TABLE cas_consent MODIFY purpose VARCHAR(32) NOT NULL;
ALTER TABLE cas_referral MODIFY purpose VARCHAR(32) NOT NULL;
