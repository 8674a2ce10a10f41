#!/usr/bin/env bash
# Loads a dump of config/backup.sh into a NEW database (never over a live one): restore.sh DUMP DATABASE.
# Then point JISR_DB_URL at it (or rename the databases while Jisr is stopped) and start Jisr: Flyway finds
# its history in the dump and applies only what a newer release adds.
# Same credentials as backup.sh, from ~/.my.cnf ([mariadb] group), with CREATE on the new database.
set -euo pipefail
dump=${1:?usage: restore.sh DUMP DATABASE}
database=${2:?usage: restore.sh DUMP DATABASE}
mariadb -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$dump" | mariadb --default-character-set=utf8mb4 "$database"
