#!/usr/bin/env bash
# Sourced by deploy/local/run.sh and .ci/run: makes sure a PostgreSQL server is reachable and has
# the role the services and tests use (sakip / sakip, CREATEDB). In order of preference:
#   1. the server given by SAKIP_PG_HOST / SAKIP_PG_PORT / SAKIP_PG_USER / SAKIP_PG_PASSWORD
#      (that role must exist and be allowed to create databases);
#   2. the local server on 127.0.0.1:5432 (started with pg_ctlcluster when installed but stopped);
#   3. a private cluster initialised from the installed binaries in .local/pgdata on port 55432.
# A second role, SAKIP_PG_APP_USER / SAKIP_PG_APP_PASSWORD (sakip_app / sakip_app), is the one the
# services query with: it owns nothing, and the migrations (run as the first role) grant it its rights.
# Exports SAKIP_PG_HOST, SAKIP_PG_PORT, SAKIP_PG_USER, SAKIP_PG_PASSWORD, SAKIP_PG_APP_USER,
# SAKIP_PG_APP_PASSWORD and, for the tests, SAKIP_TEST_DB_URL / SAKIP_TEST_DB_USER /
# SAKIP_TEST_DB_PASSWORD / SAKIP_TEST_DB_APP_USER / SAKIP_TEST_DB_APP_PASSWORD.

sakip_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done | sort -V | tail -n 1
}

sakip_as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

sakip_pg_ensure() {
  local root=$1
  export SAKIP_PG_USER=${SAKIP_PG_USER:-sakip} SAKIP_PG_PASSWORD=${SAKIP_PG_PASSWORD:-sakip}
  if [ -n "${SAKIP_PG_HOST:-}" ]; then
    export SAKIP_PG_PORT=${SAKIP_PG_PORT:-5432}
    echo "PostgreSQL: using ${SAKIP_PG_HOST}:${SAKIP_PG_PORT} as ${SAKIP_PG_USER} (from SAKIP_PG_HOST)"
  else
    export SAKIP_PG_HOST=127.0.0.1
    if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && command -v pg_lsclusters >/dev/null \
        && [ "$(id -u)" = "0" ] && pg_lsclusters -h 2>/dev/null | grep -q .; then
      local ver name
      read -r ver name _ < <(pg_lsclusters -h | head -n 1)
      echo "PostgreSQL: starting the installed cluster $ver/$name"
      pg_ctlcluster "$ver" "$name" start || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
    fi
    if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
      export SAKIP_PG_PORT=5432
      echo "PostgreSQL: using the local server on 127.0.0.1:5432"
      if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "do \$\$ begin
          if not exists (select from pg_roles where rolname = '${SAKIP_PG_USER}') then
            create role ${SAKIP_PG_USER} login createdb password '${SAKIP_PG_PASSWORD}';
          end if; end \$\$;" >/dev/null
      fi
    else
      sakip_pg_private "$root"
    fi
  fi
  export SAKIP_PG_APP_USER=${SAKIP_PG_APP_USER:-sakip_app} SAKIP_PG_APP_PASSWORD=${SAKIP_PG_APP_PASSWORD:-sakip_app}
  sakip_pg_ensure_app_role || return 1
  export SAKIP_TEST_DB_URL="jdbc:postgresql://${SAKIP_PG_HOST}:${SAKIP_PG_PORT}/postgres"
  export SAKIP_TEST_DB_USER=$SAKIP_PG_USER SAKIP_TEST_DB_PASSWORD=$SAKIP_PG_PASSWORD
  export SAKIP_TEST_DB_APP_USER=$SAKIP_PG_APP_USER SAKIP_TEST_DB_APP_PASSWORD=$SAKIP_PG_APP_PASSWORD
  if ! PGPASSWORD=$SAKIP_PG_PASSWORD psql -q -h "$SAKIP_PG_HOST" -p "$SAKIP_PG_PORT" -U "$SAKIP_PG_USER" \
      -d postgres -c "select 1" >/dev/null; then
    echo "PostgreSQL at ${SAKIP_PG_HOST}:${SAKIP_PG_PORT} does not accept ${SAKIP_PG_USER}/<password>" >&2
    return 1
  fi
}

# The services' query role: created by the local superuser when we are root, else by the first role
# (which then needs CREATEROLE); an existing role is left as it is.
sakip_pg_ensure_app_role() {
  local sql="do \$\$ begin
      if not exists (select from pg_roles where rolname = '${SAKIP_PG_APP_USER}') then
        create role ${SAKIP_PG_APP_USER} login password '${SAKIP_PG_APP_PASSWORD}';
      end if; end \$\$;"
  if PGPASSWORD=$SAKIP_PG_APP_PASSWORD psql -q -h "$SAKIP_PG_HOST" -p "$SAKIP_PG_PORT" -U "$SAKIP_PG_APP_USER" \
      -d postgres -c "select 1" >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = "0" ] && [ "$SAKIP_PG_PORT" = "5432" ] && [ "$SAKIP_PG_HOST" = "127.0.0.1" ]; then
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "$sql" >/dev/null && return 0
  fi
  PGPASSWORD=$SAKIP_PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$SAKIP_PG_HOST" -p "$SAKIP_PG_PORT" \
      -U "$SAKIP_PG_USER" -d postgres -c "$sql" >/dev/null && return 0
  echo "PostgreSQL at ${SAKIP_PG_HOST}:${SAKIP_PG_PORT}: role ${SAKIP_PG_APP_USER} is missing and ${SAKIP_PG_USER} cannot create it" >&2
  return 1
}

# A private cluster owned by the postgres user (initdb refuses to run as root), loopback only.
sakip_pg_private() {
  local root=$1 bin data=$1/.local/pgdata
  bin=$(sakip_pg_bin)
  [ -n "$bin" ] || { echo "no PostgreSQL server binaries found (apt-get install postgresql)" >&2; return 1; }
  export SAKIP_PG_PORT=55432
  mkdir -p "$root/.local"
  if [ ! -f "$data/PG_VERSION" ]; then
    echo "PostgreSQL: initialising a private cluster in $data"
    mkdir -p "$data"
    [ "$(id -u)" = "0" ] && chown postgres "$data"
    local pw; pw=$(mktemp); echo "$SAKIP_PG_PASSWORD" > "$pw"; chmod 644 "$pw"
    sakip_as_postgres "$bin/initdb" -q -D "$data" -U "$SAKIP_PG_USER" --pwfile="$pw" --auth=scram-sha-256 >/dev/null
    rm -f "$pw"
  fi
  if ! pg_isready -q -h 127.0.0.1 -p "$SAKIP_PG_PORT"; then
    echo "PostgreSQL: starting the private cluster on 127.0.0.1:$SAKIP_PG_PORT"
    sakip_as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
      -o "-p $SAKIP_PG_PORT -c listen_addresses=127.0.0.1 -k /tmp" start >/dev/null
    export SAKIP_PG_PRIVATE_DATA=$data SAKIP_PG_PRIVATE_BIN=$bin
  fi
}

sakip_pg_stop_private() {
  if [ -n "${SAKIP_PG_PRIVATE_DATA:-}" ]; then
    sakip_as_postgres "$SAKIP_PG_PRIVATE_BIN/pg_ctl" -D "$SAKIP_PG_PRIVATE_DATA" -m fast stop >/dev/null || true
  fi
}

# Creates the databases if they do not exist yet.
sakip_pg_create_databases() {
  local db
  for db in "$@"; do
    if ! PGPASSWORD=$SAKIP_PG_PASSWORD psql -qtA -h "$SAKIP_PG_HOST" -p "$SAKIP_PG_PORT" -U "$SAKIP_PG_USER" \
        -d postgres -c "select 1 from pg_database where datname = '$db'" | grep -q 1; then
      PGPASSWORD=$SAKIP_PG_PASSWORD psql -q -h "$SAKIP_PG_HOST" -p "$SAKIP_PG_PORT" -U "$SAKIP_PG_USER" \
        -d postgres -c "create database $db" >/dev/null
    fi
  done
}
