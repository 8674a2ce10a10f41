#!/usr/bin/env bash
# Jisr on Payara Server 6, from the unzipped distribution to the deployed application: the README's steps,
# exactly as IT operations run them and as the automated check (PayaraServerIT) runs them.
#   PAYARA_HOME     the unzipped fish.payara.distributions:payara (its payara6/ folder)
#   JISR_WAR        jisr.war, as built
#   JISR_DRIVER     the MariaDB driver jar (org.mariadb.jdbc:mariadb-java-client)
#   JISR_PASSWORDS  a file only its owner can read, with two lines: AS_ADMIN_PASSWORD=<the domain
#                   administrator's password> and AS_ADMIN_ALIASPASSWORD=<the database account's password>
#   JISR_PORTBASE   the domain's ports start there: administration +48, HTTP +80, HTTPS +81 (default 8000)
# and the server's environment (config/jisr.env.example) WITHOUT JISR_DB_PASSWORD: the server started here
# inherits it, and reads the database password from the domain's password alias instead.
set -euo pipefail
: "${PAYARA_HOME:?}" "${JISR_WAR:?}" "${JISR_DRIVER:?}" "${JISR_PASSWORDS:?}" "${JISR_DB_URL:?}" "${JISR_DB_USER:?}"
if [ -n "${JISR_DB_PASSWORD:-}" ]; then
    echo "JISR_DB_PASSWORD is set: the server would read it from its environment; the alias is the only copy" >&2
    exit 1
fi
# A step that fails leaves the domain as far as it got: delete it (asadmin delete-domain jisr) and run again.
config=$(cd "$(dirname "$0")" && pwd)
portbase=${JISR_PORTBASE:-8000}
asadmin() {
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$JISR_PASSWORDS" --port $((portbase + 48)) "$@"
}
# 1. A domain of its own, its administrator protected by the password of JISR_PASSWORDS
asadmin create-domain --portbase "$portbase" jisr
# 2. The MariaDB driver in the domain's lib folder: the pool belongs to the server, not to the application
cp "$JISR_DRIVER" "$PAYARA_HOME/glassfish/domains/jisr/lib/"
# 3. Start it: it inherits this shell's environment (JISR_DB_URL, JISR_DB_USER, JISR_MODE, ...)
asadmin start-domain jisr
#    and its log as one JSON object per line (Jisr's lines with "user" and "requestId")
asadmin set-log-file-format fish.payara.enterprise.server.logging.JSONLogFormatter
# 4. The database password as a password alias, kept encrypted in the domain, never in domain.xml
asadmin create-password-alias jisr-db-password
# 5. The pool, the resource and the batch runtime's repository: the same commands Payara Micro runs at boot
asadmin multimode --file "$config/post-boot-commands.asadmin"
# 6. The pool's password from the alias
asadmin set 'resources.jdbc-connection-pool.jisr-pool.property.password=${ALIAS=jisr-db-password}'
# 7. Deploy: asadmin fails when the application does not start
asadmin deploy --name jisr --contextroot jisr "$JISR_WAR"
