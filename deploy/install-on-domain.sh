#!/usr/bin/env bash
#
# Installs casereviews on a Payara Server 6 domain that is already running, with its data in
# PostgreSQL, or upgrades it to a new EAR. Safe to run again: what is already there is updated
# (the database password alias, the pool's settings, the mail session, the configuration values)
# and the EAR is redeployed; Flyway then upgrades the schema in place, keeping the data.
#
#   deploy/install-on-domain.sh [SETTINGS_FILE]
#
# The settings come from the environment, or from SETTINGS_FILE (lines VARIABLE=value in shell
# syntax; a value there replaces the environment's). deploy/install-on-domain.settings.example
# lists them all. Keep the file readable by you alone (chmod 600): it holds the database password.
#
# It stops at the first step that fails, saying which and why, with asadmin's own words.

set -u

# --- settings -------------------------------------------------------------------------------

if [ $# -gt 1 ]; then
  echo "usage: $0 [SETTINGS_FILE]" >&2
  exit 2
fi
if [ $# -eq 1 ]; then
  if [ ! -r "$1" ]; then
    echo "install-on-domain: cannot read the settings file $1" >&2
    exit 2
  fi
  # shellcheck disable=SC1090
  . "$1"
fi

ASADMIN=${ASADMIN:-asadmin}
ADMIN_HOST=${ADMIN_HOST:-localhost}
ADMIN_PORT=${ADMIN_PORT:-4848}
ADMIN_USER=${ADMIN_USER:-admin}
ADMIN_PASSWORD_FILE=${ADMIN_PASSWORD_FILE:-}
DOMAINS_DIR=${DOMAINS_DIR:-}
DB_HOST=${DB_HOST:-}
DB_PORT=${DB_PORT:-5432}
DB_NAME=${DB_NAME:-casereviews}
DB_USER=${DB_USER:-casereviews}
DB_PASSWORD=${DB_PASSWORD:-}
DB_PASSWORD_FILE=${DB_PASSWORD_FILE:-}
POSTGRESQL_DRIVER=${POSTGRESQL_DRIVER:-}
MAIL_HOST=${MAIL_HOST:-}
MAIL_PORT=${MAIL_PORT:-25}
MAIL_USER=${MAIL_USER:-casereviews}
MAIL_FROM=${MAIL_FROM:-}
INITIAL_ADMIN_PASSWORD=${INITIAL_ADMIN_PASSWORD:-}
CASEREVIEWS_CONFIG=${CASEREVIEWS_CONFIG:-}
EAR=${EAR:-}

# The names the application looks for, and those of what this script creates for it.
POOL=casereviews-pool
JDBC_RESOURCE=jdbc/casereviews
DB_ALIAS=casereviews-db
MAIL_SESSION=mail/casereviews
APP_NAME=casereviews

# --- helpers --------------------------------------------------------------------------------

fail() {
  echo >&2
  echo "install-on-domain: FAILED: $*" >&2
  exit 1
}

# Each step with the seconds since the start, so that a slow one shows.
step() {
  echo "==> [${SECONDS} s] $*"
}

# asadmin against the domain, as the administrator. PASSWORD_FILE may be replaced for a command
# that needs another password in the file (the database password for its alias).
PASSWORD_FILE=$ADMIN_PASSWORD_FILE
asadmin() {
  if [ -n "$PASSWORD_FILE" ]; then
    "$ASADMIN" --interactive=false --host "$ADMIN_HOST" --port "$ADMIN_PORT" \
      --user "$ADMIN_USER" --passwordfile "$PASSWORD_FILE" "$@"
  else
    "$ASADMIN" --interactive=false --host "$ADMIN_HOST" --port "$ADMIN_PORT" \
      --user "$ADMIN_USER" "$@"
  fi
}

# Runs asadmin; on failure stops with the message given and asadmin's output.
asadmin_or_fail() {
  local message=$1
  shift
  local output
  if ! output=$(asadmin "$@" 2>&1); then
    fail "$message
asadmin $1 said:
$output"
  fi
  LAST_OUTPUT=$output
}

# Whether a line of "asadmin list-..." output is exactly NAME.
listed() {
  local name=$1
  shift
  asadmin "$@" 2>/dev/null | grep -qxF "$name"
}

# Escapes the characters asadmin's --property syntax gives a meaning to (: = \).
property_value() {
  printf '%s' "$1" | sed -e 's/[\\:=]/\\&/g'
}

# --- checks before changing anything --------------------------------------------------------

missing=""
for variable in DB_HOST POSTGRESQL_DRIVER MAIL_HOST MAIL_FROM EAR; do
  if [ -z "${!variable}" ]; then
    missing="$missing $variable"
  fi
done
if [ -z "$DB_PASSWORD" ] && [ -z "$DB_PASSWORD_FILE" ]; then
  missing="$missing DB_PASSWORD(or DB_PASSWORD_FILE)"
fi
if [ -n "$missing" ]; then
  fail "these settings are missing:$missing (see deploy/install-on-domain.settings.example)"
fi
if [ -n "$DB_PASSWORD_FILE" ]; then
  [ -r "$DB_PASSWORD_FILE" ] || fail "cannot read DB_PASSWORD_FILE $DB_PASSWORD_FILE"
  DB_PASSWORD=$(head -n 1 "$DB_PASSWORD_FILE")
fi
[ -r "$EAR" ] || fail "cannot read the EAR $EAR"
[ -r "$POSTGRESQL_DRIVER" ] || fail "cannot read the PostgreSQL driver $POSTGRESQL_DRIVER"
if [ -n "$ADMIN_PASSWORD_FILE" ] && [ ! -r "$ADMIN_PASSWORD_FILE" ]; then
  fail "cannot read ADMIN_PASSWORD_FILE $ADMIN_PASSWORD_FILE"
fi
command -v "$ASADMIN" >/dev/null 2>&1 ||
  fail "cannot run asadmin ($ASADMIN): set ASADMIN to the path of Payara's bin/asadmin"

WORK=$(mktemp -d) || fail "cannot make a temporary folder"
trap 'rm -rf "$WORK"' EXIT
chmod 700 "$WORK"

step "Domain: the admin port at $ADMIN_HOST:$ADMIN_PORT as $ADMIN_USER"
asadmin_or_fail "cannot reach the domain's admin port at $ADMIN_HOST:$ADMIN_PORT as $ADMIN_USER: \
is the domain running, and are ADMIN_PORT, ADMIN_USER and ADMIN_PASSWORD_FILE right?" \
  get property.administrative.domain.name
DOMAIN_NAME=$(printf '%s\n' "$LAST_OUTPUT" | sed -n 's/^property\.administrative\.domain\.name=//p')
[ -n "$DOMAIN_NAME" ] || fail "the domain at $ADMIN_HOST:$ADMIN_PORT did not say its name"
echo "    domain $DOMAIN_NAME"

# --- the PostgreSQL driver ------------------------------------------------------------------

step "PostgreSQL driver"
asadmin_or_fail "cannot list the domain's libraries" list-libraries --type common
if printf '%s\n' "$LAST_OUTPUT" | grep -q '^postgresql.*\.jar$'; then
  echo "    already in the domain: $(printf '%s\n' "$LAST_OUTPUT" | grep '^postgresql.*\.jar$' |
    tr '\n' ' ')(no restart needed)"
else
  asadmin_or_fail "cannot add the PostgreSQL driver $POSTGRESQL_DRIVER to the domain" \
    add-library --type common "$POSTGRESQL_DRIVER"
  echo "    added $(basename "$POSTGRESQL_DRIVER"); restarting the domain so that it loads it"
  # restart-domain is run where the domain's folder is: name the domain, or asadmin would pick
  # (and even start) another domain of this Payara installation
  restart=(restart-domain)
  if [ -n "$DOMAINS_DIR" ]; then
    restart+=(--domaindir "$DOMAINS_DIR")
  fi
  asadmin_or_fail "the domain $DOMAIN_NAME did not restart after the driver was added. The \
restart needs this script to run on the server's machine, with the asadmin of the domain's \
Payara (or DOMAINS_DIR naming the folder that holds the domain's folder); else restart the domain \
yourself and run the script again." "${restart[@]}" "$DOMAIN_NAME"
  restarted=""
  for _ in $(seq 1 60); do
    if asadmin uptime >/dev/null 2>&1; then
      restarted=yes
      break
    fi
    sleep 2
  done
  [ -n "$restarted" ] ||
    fail "the domain did not answer on $ADMIN_HOST:$ADMIN_PORT within 2 minutes of its restart"
fi

# --- the database password, as an alias -----------------------------------------------------

step "Database password: the password alias $DB_ALIAS"
ALIAS_FILE=$WORK/alias-password
(
  umask 077
  if [ -n "$ADMIN_PASSWORD_FILE" ]; then
    cat "$ADMIN_PASSWORD_FILE"
    echo
  fi
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$DB_PASSWORD"
) >"$ALIAS_FILE"
if listed "$DB_ALIAS" list-password-aliases; then
  PASSWORD_FILE=$ALIAS_FILE asadmin_or_fail "cannot update the password alias $DB_ALIAS" \
    update-password-alias "$DB_ALIAS"
  echo "    updated"
else
  PASSWORD_FILE=$ALIAS_FILE asadmin_or_fail "cannot create the password alias $DB_ALIAS" \
    create-password-alias "$DB_ALIAS"
  echo "    created"
fi
rm -f "$ALIAS_FILE"

# --- the connection pool and jdbc/casereviews -----------------------------------------------

step "Connection pool $POOL: database $DB_NAME on $DB_HOST:$DB_PORT as $DB_USER"
if listed "$POOL" list-jdbc-connection-pools; then
  pool=resources.jdbc-connection-pool.$POOL.property
  asadmin_or_fail "cannot update the connection pool $POOL" set \
    "$pool.serverName=$DB_HOST" "$pool.portNumber=$DB_PORT" "$pool.databaseName=$DB_NAME" \
    "$pool.user=$DB_USER" "$pool.password=\${ALIAS=$DB_ALIAS}"
  echo "    updated"
else
  asadmin_or_fail "cannot create the connection pool $POOL" create-jdbc-connection-pool \
    --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
    --property "serverName=$(property_value "$DB_HOST"):portNumber=$DB_PORT:databaseName=$(property_value "$DB_NAME"):user=$(property_value "$DB_USER"):password=\${ALIAS=$DB_ALIAS}" \
    "$POOL"
  echo "    created"
fi
asadmin_or_fail "the domain cannot reach the PostgreSQL database $DB_NAME on $DB_HOST:$DB_PORT \
as $DB_USER. Check that PostgreSQL runs there, that it accepts this server (pg_hba.conf), that the \
database and user exist and that DB_PASSWORD is theirs." ping-connection-pool "$POOL"
echo "    reached the database"

step "JDBC resource $JDBC_RESOURCE"
if listed "$JDBC_RESOURCE" list-jdbc-resources; then
  echo "    already there"
else
  asadmin_or_fail "cannot create the JDBC resource $JDBC_RESOURCE" create-jdbc-resource \
    --connectionpoolid "$POOL" "$JDBC_RESOURCE"
  echo "    created"
fi

# --- the mail session -----------------------------------------------------------------------

step "Mail session $MAIL_SESSION: $MAIL_HOST:$MAIL_PORT, from $MAIL_FROM"
if listed "$MAIL_SESSION" list-javamail-resources; then
  mail=resources.mail-resource.$MAIL_SESSION
  asadmin_or_fail "cannot update the mail session $MAIL_SESSION" set \
    "$mail.host=$MAIL_HOST" "$mail.user=$MAIL_USER" "$mail.from=$MAIL_FROM" \
    "$mail.property.mail-smtp-port=$MAIL_PORT"
  echo "    updated"
else
  asadmin_or_fail "cannot create the mail session $MAIL_SESSION" create-javamail-resource \
    --mailhost "$MAIL_HOST" --mailuser "$MAIL_USER" --fromaddress "$MAIL_FROM" \
    --property "mail-smtp-port=$MAIL_PORT:mail-smtp-connectiontimeout=10000:mail-smtp-timeout=30000" \
    "$MAIL_SESSION"
  echo "    created"
fi

# --- configuration values -------------------------------------------------------------------

set_config() {
  asadmin_or_fail "cannot set the configuration value $1" set-config-property \
    "--propertyName=$1" "--propertyValue=$2" --source=domain
  echo "    $1"
}

step "Configuration values"
if [ -n "$INITIAL_ADMIN_PASSWORD" ]; then
  set_config casereviews.admin.initial-password "$INITIAL_ADMIN_PASSWORD"
fi
while IFS= read -r line; do
  line=${line#"${line%%[![:space:]]*}"}
  case $line in
    '' | '#'*) continue ;;
    casereviews.*=*) set_config "${line%%=*}" "${line#*=}" ;;
    *) fail "CASEREVIEWS_CONFIG: '$line' is not a line casereviews.key=value" ;;
  esac
done <<EOF
$CASEREVIEWS_CONFIG
EOF

# --- the application ------------------------------------------------------------------------

if asadmin list-applications 2>/dev/null | grep -q "^$APP_NAME[[:space:]]"; then
  step "Upgrading $APP_NAME to $EAR (Flyway upgrades the schema, keeping the data)"
else
  step "Deploying $APP_NAME from $EAR (Flyway creates the schema)"
fi
asadmin_or_fail "the EAR $EAR did not deploy. The domain's server.log says why; a line naming \
$JDBC_RESOURCE means the database could not be reached or its schema not upgraded." \
  deploy --force=true --name "$APP_NAME" "$EAR"

http_port=$(asadmin get \
  configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port \
  2>/dev/null | sed -n 's/.*port=//p')
echo
echo "casereviews is installed (in ${SECONDS} s): http://$ADMIN_HOST:${http_port:-8080}/casereviews/"
if [ -n "$INITIAL_ADMIN_PASSWORD" ]; then
  echo "On a new database, sign in as admin with INITIAL_ADMIN_PASSWORD, then change it."
else
  echo "On a new database, the server.log has the password of the first user 'admin' (shown once)."
fi
