#!/usr/bin/env bash
# Start-up benchmark: how long the README's run command takes to a ready hub (build, provisioning,
# boot, deployment), and how much the application adds to a server boot, against a baseline
# measured in the same run on the same machine (the same provisioned WildFly booting without the
# application), so that the ratio means something on a noisy shared machine.
#
#   bench/startup.sh          warm: Maven repository populated, target/ from an earlier build
#   bench/startup.sh --cold   cold: a fresh clone and an empty Maven repository (downloads everything)
#   bench/startup.sh --tests  also time the README's test command (warm, or cold with --cold)
#
# Needs ports 8080/9990 free (it runs the hub as the README does) and 10580/12490 for the server boots.
# Prints one Markdown table row per measurement, for docs/benchmarks.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cold=false
tests=false
for arg in "$@"; do
  case $arg in
    --cold) cold=true ;;
    --tests) tests=true ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
maven_opts=()
if $cold; then
  git clone --quiet "$repo" "$work/clone"
  cd "$work/clone"
  maven_opts=(-Dmaven.repo.local="$work/m2")
else
  cd "$repo"
fi

now() { date +%s.%N; }
elapsed() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

wait_ready() { # url, optional text the answer must contain
  until [[ "$(curl -fsS "$1" 2>/dev/null)" == *"${2:-UP}"* ]]; do sleep 0.2; done
}

run_to_ready() {
  local start
  start=$(now)
  setsid ./mvnw "${maven_opts[@]}" -B -q -DskipTests -Dkurkiaura.data.dir="$work/data" wildfly:run >"$work/run.log" 2>&1 &
  local pid=$!
  wait_ready http://127.0.0.1:9990/health/ready '"graph-store","status":"UP"'
  wait_ready http://127.0.0.1:8080/ '<html'
  elapsed "$start"
  kill -TERM -- -"$pid"
  wait "$pid" 2>/dev/null || true
}

server_boot() { # name, and "with-app" to boot with the WAR in deployments/
  local base="$work/$1"
  mkdir -p "$base/deployments"
  cp -r target/server/standalone/configuration "$base/"
  local ready_text=UP
  if [ "${2:-}" = with-app ]; then
    cp target/kurkiaura.war "$base/deployments/"
    ready_text='"graph-store","status":"UP"'
  fi
  local start
  start=$(now)
  setsid target/server/bin/standalone.sh -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=2500 \
    -Dkurkiaura.data.dir="$work/$1-data" >"$work/$1.log" 2>&1 &
  local pid=$!
  wait_ready http://127.0.0.1:12490/health/ready "$ready_text"
  elapsed "$start"
  kill -TERM -- -"$pid"
  wait "$pid" 2>/dev/null || true
}

label=$($cold && echo cold || echo warm)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
first=$(run_to_ready)
second=$(run_to_ready)
baseline=$(server_boot baseline)
with_app=$(server_boot hub with-app)
echo "| $(date -u +%F) | $machine | run command to ready, $label | ${first} s |"
echo "| $(date -u +%F) | $machine | run command to ready, second start (data kept) | ${second} s |"
echo "| $(date -u +%F) | $machine | baseline: same WildFly, no application, to ready | ${baseline} s |"
echo "| $(date -u +%F) | $machine | same WildFly with the WAR deployed at boot, first start, to ready | ${with_app} s |"
echo "| $(date -u +%F) | $machine | ratio: boot with the WAR / boot without | $(printf '%.1f' "$(echo "$with_app / $baseline" | bc -l)") |"
if $tests; then
  start=$(now)
  ./mvnw "${maven_opts[@]}" -B -q verify >"$work/verify.log" 2>&1
  echo "| $(date -u +%F) | $machine | test command (./mvnw verify), $label | $(elapsed "$start") s |"
fi
