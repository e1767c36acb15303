#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d/).
# For every database named in ANTQ_DATABASES (default "registry members campaigns welfare awards") it creates, as
# vn.antq.persistence.DatabaseProvisioner does:
#   <db>_owner  LOGIN, owns the database, runs the Flyway migrations
#   <db>_app    LOGIN NOSUPERUSER NOBYPASSRLS, owns nothing, CONNECT only; the migrations grant it
#               its table privileges
#   <db>_national  NOLOGIN NOBYPASSRLS, granted to <db>_app: the Ministry's read-only national reads
#               (SET LOCAL ROLE inside a read-only transaction; the migrations grant it SELECT)
# Passwords come from <DB>_OWNER_PASSWORD and <DB>_APP_PASSWORD (upper case), e.g.
# REGISTRY_OWNER_PASSWORD and REGISTRY_APP_PASSWORD; a missing one stops the initialisation.
set -euo pipefail

antq_provision() {
  local db upper owner_password app_password
  # Every name and password is checked before anything is created.
  for db in ${ANTQ_DATABASES:-registry members campaigns welfare awards}; do
    if [[ ! $db =~ ^[a-z][a-z0-9_]{0,40}$ ]]; then
      echo "01-roles.sh: not a safe database name: '$db'" >&2
      return 1
    fi
    upper=${db^^}
    owner_password=${upper}_OWNER_PASSWORD
    app_password=${upper}_APP_PASSWORD
    if [[ -z ${!owner_password:-} || -z ${!app_password:-} ]]; then
      echo "01-roles.sh: set $owner_password and $app_password for database '$db'" >&2
      return 1
    fi
  done
  for db in ${ANTQ_DATABASES:-registry members campaigns welfare awards}; do
    upper=${db^^}
    owner_password=${upper}_OWNER_PASSWORD
    app_password=${upper}_APP_PASSWORD
    echo "01-roles.sh: database $db, roles ${db}_owner and ${db}_app"
    # Values reach SQL only through psql variables quoted by format(%I, %L): no injection.
    psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
      --set db="$db" --set owner="${db}_owner" --set app="${db}_app" \
      --set owner_password="${!owner_password}" --set app_password="${!app_password}" <<'SQL'
SELECT format('%s ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD %L',
              CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') THEN 'ALTER' ELSE 'CREATE' END,
              :'owner', :'owner_password') \gexec
SELECT format('%s ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS PASSWORD %L',
              CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') THEN 'ALTER' ELSE 'CREATE' END,
              :'app', :'app_password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'app') \gexec
SELECT format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', :'db' || '_national')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'db' || '_national') \gexec
SELECT format('GRANT %I TO %I WITH INHERIT FALSE', :'db' || '_national', :'app') \gexec
SQL
  done
}

antq_provision
