#!/usr/bin/env bash
# Jisr's backup: one consistent dump of the jisr database, compressed, kept JISR_BACKUP_DAYS days. Run it
# nightly (cron or a systemd timer) on a machine that reaches MariaDB; it takes no lock that stops Jisr
# (InnoDB, --single-transaction), so run it while Jisr serves.
#   JISR_BACKUP_DIR   where the dumps go (on another disk than the database's)
#   JISR_BACKUP_DAYS  how long they are kept (default 35)
#   JISR_DB_NAME      the database (default jisr)
# The server, account and password come from an option file, never the command line: the [client] group of
# the running account's ~/.my.cnf, or, when JISR_MY_CNF names one, that file only (readable by its owner
# only). The account needs SELECT, SHOW VIEW, TRIGGER, LOCK TABLES on jisr. The dump holds no CREATE DATABASE:
# config/restore.sh loads it into whichever database it is given. The bank files of disbursement runs need no
# backup of their own: a missing one is written again from the database, byte for byte.
set -euo pipefail
dir=${JISR_BACKUP_DIR:?set JISR_BACKUP_DIR}
database=${JISR_DB_NAME:-jisr}
file="$dir/$database-$(date +%Y%m%d-%H%M%S).sql.gz"
mkdir -p "$dir"
trap 'rm -f "$file.part"' EXIT # a failed dump leaves no half file behind
# --routines --triggers: the audit log's append-only guard is a trigger. --skip-add-locks: with the LOCK TABLES
# a dump writes around each table's rows, its sequences' SETVAL fails on restore ("Table '..._seq' was not
# locked with LOCK TABLES", found by the restore drill): a backup that does not restore.
mariadb-dump ${JISR_MY_CNF:+--defaults-file="$JISR_MY_CNF"} --single-transaction --skip-add-locks --quick \
    --routines --triggers --hex-blob --default-character-set=utf8mb4 \
    "$database" | gzip > "$file.part"
mv "$file.part" "$file"
find "$dir" -name "$database-*.sql.gz" -mtime +"${JISR_BACKUP_DAYS:-35}" -delete
echo "$file"
