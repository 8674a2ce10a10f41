-- Run once as a MariaDB administrator to prepare an external database for Jisr.
-- Flyway then creates and upgrades every table when the application starts.
CREATE DATABASE IF NOT EXISTS jisr CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'jisr'@'%' IDENTIFIED BY 'change-me';
-- TRIGGER: the audit log's append-only guard; CREATE, ALTER, INDEX, REFERENCES: migrations.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER ON jisr.* TO 'jisr'@'%';
