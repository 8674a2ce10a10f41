#!/usr/bin/env bash
# Loads a dump of config/backup.sh into a NEW database (never over a live one): restore.sh DUMP DATABASE.
# Then point JISR_DB_URL at it (or rename the databases while Jisr is stopped) and start Jisr: Flyway finds
# its history in the dump and applies only what a newer release adds.
# Same option file as backup.sh (~/.my.cnf or JISR_MY_CNF), for an account with CREATE, INSERT, ALTER, INDEX,
# TRIGGER, CREATE VIEW and REFERENCES on the new database. If loading fails, the new database is incomplete:
# drop it before trying again (this script never writes into a database that exists).
set -euo pipefail
dump=${1:?usage: restore.sh DUMP DATABASE}
database=${2:?usage: restore.sh DUMP DATABASE}
mariadb ${JISR_MY_CNF:+--defaults-file="$JISR_MY_CNF"} -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# The dump names each trigger's definer (the account that ran the migration); on another server that account
# may not exist, and the audit log's guards would then fail: the restoring account becomes their definer.
gunzip -c "$dump" | sed -E 's#/\*!50017 DEFINER=[^*]*\*/##' | mariadb ${JISR_MY_CNF:+--defaults-file="$JISR_MY_CNF"} --default-character-set=utf8mb4 "$database"
