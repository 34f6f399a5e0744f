#!/usr/bin/env bash
# The hub's systemd unit and its sample configuration:
# - systemd's parser accepts every line (it only warns on bad ones, so any output fails);
# - the hardening keeps the exposure score at or under 2.0 (0 safe .. 10 unsafe; the
#   threshold is given in tenths);
# - the unit's command line, with the sample's variables, starts the built hub on TLS,
#   and the unit's stop signal stops it cleanly.
#
#   testhubunit.sh SYSTEMD_ANALYZE UNIT CONF_SAMPLE HUB_BINARY
set -euo pipefail

systemd_analyze=$1
unit=$2
sample=$3
hub=$4
work=$(mktemp -d)
hub_pid=""
cleanup() {
    if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

value() { sed -n "s/^$1=//p" "$unit"; }
[ "$(value User)" = cruscotto-hub ] || fail "the unit does not run as the cruscotto-hub user"
[ "$(value EnvironmentFile)" = /etc/cruscotto-hub/cruscotto-hub.conf ] || fail "EnvironmentFile is '$(value EnvironmentFile)'"
[ "$(value ProtectSystem)" = strict ] || fail "ProtectSystem is not strict"
[ "$(value NoNewPrivileges)" = yes ] || fail "NoNewPrivileges is not yes"
exec_start=$(value ExecStart)
binary=${exec_start%% *}
[ "$binary" = /usr/bin/cruscotto-hub ] || fail "ExecStart runs '$binary'"

# systemd checks that the command exists: point it at the built hub.
sed "s|^ExecStart=/usr/bin/cruscotto-hub|ExecStart=$hub|" "$unit" >"$work/cruscotto-hub.service"
verify_output=$("$systemd_analyze" verify --man=no "$work/cruscotto-hub.service" 2>&1) || fail "verify: $verify_output"
[ -z "$verify_output" ] || fail "systemd-analyze verify: $verify_output"

security=$("$systemd_analyze" security --offline=yes --threshold=20 "$unit" 2>&1) ||
    fail "exposure over 2: $(grep 'Overall exposure' <<<"$security")"
grep 'Overall exposure' <<<"$security"

# The sample names every variable the command line uses, and nothing is left unset.
for variable in LISTEN TLS_CERT TLS_KEY; do
    grep -q "^$variable=" "$sample" || fail "the sample configuration does not set $variable"
    grep -qF "\${$variable}" <<<"$exec_start" || fail "ExecStart does not use \${$variable}"
done

# Run the unit's command line as systemd would, with a test certificate, on any free port.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
    -keyout "$work/hub.key" -out "$work/hub.crt" >/dev/null 2>&1 || fail "openssl could not make a test certificate"
sed -e "s|^LISTEN=.*|LISTEN=127.0.0.1:0|" -e "s|^TLS_CERT=.*|TLS_CERT=$work/hub.crt|" \
    -e "s|^TLS_KEY=.*|TLS_KEY=$work/hub.key|" "$sample" >"$work/cruscotto-hub.conf"
command_line=${exec_start/#\/usr\/bin\/cruscotto-hub/$hub}
command_line=${command_line//\/var\/lib\/cruscotto-hub/$work/data}
while IFS='=' read -r key val; do
    command_line=${command_line//\$\{$key\}/$val}
done < <(grep -E '^[A-Z_]+=' "$work/cruscotto-hub.conf")
[[ $command_line != *\$\{* ]] || fail "unexpanded variables in: $command_line"
read -ra argv <<<"$command_line"
"${argv[@]}" >"$work/out" 2>"$work/err" &
hub_pid=$!
for _ in $(seq 1 100); do
    grep -q '^listening on ' "$work/out" && break
    kill -0 "$hub_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q '^listening on ' "$work/out" || fail "the hub did not start: $(cat "$work/err")"
[ -d "$work/data" ] || fail "the hub made no data directory"
kill -"$(value KillSignal | sed 's/^SIG//')" "$hub_pid"
status=0
wait "$hub_pid" || status=$?
hub_pid=""
[ $status -eq 0 ] || fail "the hub exited $status on the unit's stop signal: $(cat "$work/err")"
echo "hub unit: parsed, hardened, started on $(sed 's/^listening on //' "$work/out" | head -1) and stopped"
