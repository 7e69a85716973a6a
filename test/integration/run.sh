#!/usr/bin/env bash
# Offline integration tests for Wenmi in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, Node extension host,
# Debian chromium driven by playwright-core). See test/integration/README.md.
#
#   bash test/integration/run.sh [all|suite|ui|web|install]  (default: all)
#
#   suite    mocha suite (test/integration/suite) inside the extension host, twice:
#            with the fixture folder open, and with no folder open
#   ui       playwright-core drives the workbench (driver/ui.js)
#   web      the same UI driver against the extension as VS Code for the Web runs it: no "main", only the
#            "browser" build, in a web-worker extension host (driver/web-extension.js, driver/web-scenario.json)
#   install  only install the prerequisites (apt packages, code-server) and exit
#
# Environment:
#   WENMI_E2E_RUNNER=electron   run the suite with @vscode/test-cli (.vscode-test.mjs, downloads VS Code)
#                               instead of code-server; the UI part always uses code-server
#   WENMI_E2E_EXT=<dir>         extension to load instead of the repo root (debugging the runner only;
#                               skips `npm run build`)
#   WENMI_E2E_KEEP=<n>          keep the last n run folders in .wenmi-e2e/ (default 5)
#   VERBOSE=1                   also print browser console and workbench log lines
set -euo pipefail

MODE=${1:-all}
case "$MODE" in all|suite|ui|web|install) ;; *) echo "usage: $0 [all|suite|ui|web|install]" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/test/integration
CS_VERSION=4.100.3                       # last code-server release whose engines allow Node 20
CACHE=$ROOT/.vscode-test/code-server     # gitignored install cache
CS=$CACHE/node_modules/code-server
VSC=$CS/lib/vscode
CHROME=${CHROME_PATH:-/usr/bin/chromium}
EXT_DIR=${WENMI_E2E_EXT:-$ROOT}
RUNNER=${WENMI_E2E_RUNNER:-code-server}
SUITE_JS=$ROOT/out/integration/suite/index.js
STAMP=$(date +%Y%m%d-%H%M%S)-$$
RUN=$ROOT/.wenmi-e2e/run-$STAMP
ARTIFACTS=$ROOT/test-artifacts/ui

export CHROME_PATH=$CHROME
# node-gyp must not fetch headers from nodejs.org: the nodesource package ships them in /usr/include/node
[ -f /usr/include/node/node_api.h ] && export npm_config_nodedir=/usr
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_loglevel=${npm_config_loglevel:-error}

PIDS=()
RESULTS=()
FAILED=0
T_ALL=$SECONDS

log() { printf '\n=== [%s] %s\n' "$(date +%T)" "$*"; }
die() { echo "run.sh: $*" >&2; exit 1; }
XDG_RUNTIME=
cleanup() {
  local p
  for p in "${PIDS[@]:-}"; do
    [ -n "$p" ] && kill -TERM -- "-$p" 2>/dev/null || true    # only the process groups started here (setsid)
  done
  [ -n "$XDG_RUNTIME" ] && rm -rf "$XDG_RUNTIME"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# record(name, rc, seconds, detail)
record() {
  local status=PASS
  [ "$2" -eq 0 ] || { status=FAIL; FAILED=1; }
  RESULTS+=("$(printf '%-4s  %-34s %4ss  %s' "$status" "$1" "$3" "$4")")
}

# ------------------------------------------------------------------ prerequisites
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi; }

ensure_apt() {
  local need=() build_tools=0
  # build tools are only needed when code-server still has to be installed
  cs_complete || build_tools=1
  [ -x "$CHROME" ] || need+=(chromium)
  command -v rg >/dev/null || need+=(ripgrep)
  # a small CJK font, so that screenshots show 汉字 instead of boxes (4 MB)
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || need+=(fonts-wqy-microhei)
  if [ $build_tools = 1 ]; then
    { command -v make >/dev/null && command -v g++ >/dev/null; } || need+=(build-essential)
    command -v python3 >/dev/null || need+=(python3)
    [ -f /usr/include/krb5.h ] || [ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
  fi
  [ ${#need[@]} -eq 0 ] && return 0
  log "apt-get install ${need[*]}"
  local t0=$SECONDS
  as_root timeout 300 apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  echo "apt packages installed in $((SECONDS-t0))s"
}

NATIVE=(
  "$CACHE/node_modules/argon2/lib/binding/napi-v3/argon2.node"
  "$VSC/node_modules/@vscode/spdlog/build/Release/spdlog.node"
  "$VSC/node_modules/node-pty/build/Release/pty.node"
  "$VSC/node_modules/native-watchdog/build/Release/watchdog.node"
  "$VSC/node_modules/kerberos/build/Release/kerberos.node"
  "$VSC/node_modules/@parcel/watcher-linux-x64-glibc/watcher.node"
)
cs_complete() {
  local f
  for f in "${NATIVE[@]}"; do [ -f "$f" ] || return 1; done
  [ -x "$VSC/node_modules/@vscode/ripgrep/bin/rg" ] && [ -L "$VSC/node_modules.asar" ] && [ -f "$CACHE/.complete" ]
}

install_code_server() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/../code-server.lock"
  flock 9                                         # two concurrent runs must not install at the same time
  if cs_complete; then exec 9>&-; return 0; fi
  log "installing code-server $CS_VERSION into ${CACHE#"$ROOT"/} (npm --ignore-scripts + targeted native rebuilds)"
  local t0=$SECONDS
  rm -rf "$CACHE/node_modules" "$CACHE/.complete"   # start over after a partial install
  (
    set -e
    cd "$CACHE"
    echo '{"name":"wenmi-code-server-host","version":"1.0.0","private":true}' > package.json
    # --ignore-scripts: code-server's postinstall runs @vscode/ripgrep's, which downloads from GitHub
    timeout 300 npm install --ignore-scripts --no-package-lock "code-server@$CS_VERSION" >/dev/null
    # argon2: the prebuilt download fails offline and falls back to a source build (checked below)
    timeout 300 npm rebuild argon2 >"$CACHE/argon2.log" 2>&1 &
    local argon=$!
    cd "$VSC"
    timeout 300 npm install --omit=dev --ignore-scripts --no-package-lock >/dev/null
    # built-in extensions' dependencies download while the native addons compile
    (cd extensions && timeout 300 npm install --omit=dev --ignore-scripts --no-package-lock >/dev/null && node postinstall.mjs >/dev/null) &
    local exts=$!
    JOBS=max timeout 600 npm rebuild kerberos @vscode/spdlog native-watchdog @vscode/deviceid >/dev/null
    # node-pty's install script builds pty.node and then runs `npx node-gyp configure`, which fails
    # under `yes=false`; the addon is built by then (checked below).
    JOBS=max timeout 300 npm rebuild node-pty >/dev/null 2>&1 || true
    wait $exts
    wait $argon || true
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg    # instead of the GitHub download
    ln -sfn node_modules node_modules.asar                       # the rest of code-server's postinstall.sh
    ln -sfn code-linux.sh bin/remote-cli/code-server
    ln -sfn browser-linux.sh bin/helpers/browser.sh
  ) || die "code-server install failed"
  local f
  for f in "${NATIVE[@]}"; do [ -f "$f" ] || die "code-server install incomplete: missing ${f#"$ROOT"/}"; done
  touch "$CACHE/.complete"
  exec 9>&-
  echo "code-server installed in $((SECONDS-t0))s ($(du -sh "$CACHE" | cut -f1))"
}

# ------------------------------------------------------------------ build
build_extension() {
  if [ -n "${WENMI_E2E_EXT:-}" ]; then
    echo "WENMI_E2E_EXT=$EXT_DIR: loading that extension, not building the repo"
  else
    # The production bundle (minified, as the .vsix ships it): what a user's editor loads, and what the suite's
    # ACTIVATION line should measure.
    (cd "$ROOT" && timeout 300 npm run --silent build -- --production) || return 1
    [ -f "$ROOT/dist/extension.js" ] || { echo "npm run build did not produce dist/extension.js"; return 1; }
  fi
  # compile in place (no rm -rf: a concurrent run may be loading these files); drop outputs of deleted tests
  local js
  while IFS= read -r js; do
    local rel=${js#"$ROOT/out/integration/"}
    [ -f "$HERE/${rel%.js}.ts" ] || rm -f "$js" "$js.map"
  done < <(find "$ROOT/out/integration" -name '*.js' 2>/dev/null)
  (cd "$ROOT" && timeout 120 node node_modules/typescript/bin/tsc -p test/integration/tsconfig.json) || return 1
  [ -f "$SUITE_JS" ] || { echo "suite did not compile to ${SUITE_JS#"$ROOT"/}"; return 1; }
}

# ------------------------------------------------------------------ code-server
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_healthz() { # url seconds
  node -e '
    const [url, secs] = process.argv.slice(1);
    const end = Date.now() + secs * 1000;
    const retry = () => (Date.now() > end ? process.exit(1) : setTimeout(poll, 250));
    function poll() { require("http").get(url, (r) => { r.resume(); r.statusCode === 200 ? process.exit(0) : retry(); }).on("error", retry); }
    poll();
  ' "$1" "$2"
}

RUNENV=()
start_code_server() {
  mkdir -p "$RUN/home" "$RUN/ud/User" "$RUN/exts"
  # a short runtime dir: VS Code's IPC socket paths must stay under 107 characters
  XDG_RUNTIME=$(mktemp -d /tmp/wenmi-e2e-XXXXXX)
  # code-server and chromium write config/caches into HOME and XDG dirs: keep them inside the run folder
  RUNENV=(env HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share"
          XDG_CACHE_HOME="$RUN/home/.cache" XDG_RUNTIME_DIR="$XDG_RUNTIME")
  cat > "$RUN/ud/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "security.workspace.trust.enabled": false,
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.suggest.showWords": false,
  "editor.wordBasedSuggestions": "off",
  "files.hotExit": "off",
  "files.autoSave": "off",
  "git.enabled": false,
  "chat.disableAIFeatures": true
}
EOF
  PORT=$(free_port)
  URL="http://127.0.0.1:$PORT"
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
  log "starting code-server $CS_VERSION on $URL"
  local t0=$SECONDS
  "${RUNENV[@]}" setsid node "$CS/out/node/entry.js" --config "$RUN/config.yaml" --user-data-dir "$RUN/ud" \
      --extensions-dir "$RUN/exts" --disable-telemetry --disable-update-check --disable-workspace-trust \
      --disable-getting-started-override --ignore-last-opened --disable-file-downloads \
      > "$RUN/code-server.log" 2>&1 &
  PIDS+=($!)
  if ! wait_healthz "$URL/healthz" 60; then
    cat "$RUN/code-server.log"
    die "code-server did not start (log above)"
  fi
  echo "code-server up in $((SECONDS-t0))s"
}

# ------------------------------------------------------------------ parts
suite_code_server() { # label, then --folder <dir> | --empty
  local label=$1; shift
  log "(a) mocha suite in the extension host: $label"
  local t0=$SECONDS rc=0
  "${RUNENV[@]}" timeout 300 node "$HERE/driver/run-suite.js" --url "$URL" --extension "$EXT_DIR" \
      --tests "$SUITE_JS" --profile "$RUN/chrome-$label" "$@" 2>&1 | tee "$RUN/suite-$label.log" || rc=$?
  record "suite ($label)" "$rc" $((SECONDS-t0)) "$(counts "$RUN/suite-$label.log")"
}

counts() { # mocha's summary lines -> "N passing, M failing"
  local p f k
  p=$(grep -aoE '^ *[0-9]+ passing' "$1" | tail -1 | grep -oE '[0-9]+' || true)
  f=$(grep -aoE '^ *[0-9]+ failing' "$1" | tail -1 | grep -oE '[0-9]+' || true)
  k=$(grep -aoE '^ *[0-9]+ pending' "$1" | tail -1 | grep -oE '[0-9]+' || true)
  if [ -z "$p$f" ]; then echo "no mocha summary (see ${1#"$ROOT"/})"; return; fi
  echo "${p:-0} passing, ${f:-0} failing${k:+, $k pending}"
}

suite_electron() {
  log "(a) mocha suite with @vscode/test-cli (.vscode-test.mjs, downloads VS Code)"
  local t0=$SECONDS rc=0 xvfb=()
  [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && xvfb=(xvfb-run -a)
  (cd "$ROOT" && timeout 900 "${xvfb[@]}" node node_modules/@vscode/test-cli/out/bin.mjs) 2>&1 | tee "$RUN/suite-electron.log" || rc=$?
  record "suite (electron, all configs)" "$rc" $((SECONDS-t0)) "$(counts "$RUN/suite-electron.log")"
}

ui_part() {
  log "(b) UI run: playwright-core + chromium against the workbench"
  # the UI edits documents: give it a private copy of the fixture workspace
  rm -rf "$RUN/ui-workspace" && cp -r "$HERE/workspace" "$RUN/ui-workspace"
  rm -rf "$ARTIFACTS" && mkdir -p "$ARTIFACTS"
  local t0=$SECONDS rc=0
  "${RUNENV[@]}" timeout 300 node "$HERE/driver/ui.js" --url "$URL" --extension "$EXT_DIR" \
      --folder "$RUN/ui-workspace" --profile "$RUN/chrome-ui" --shots "$ARTIFACTS" 2>&1 | tee "$RUN/ui.log" || rc=$?
  local steps; steps=$(grep -aoE 'steps: [0-9]+/[0-9]+ passed' "$RUN/ui.log" | tail -1 || true)
  record "ui (playwright)" "$rc" $((SECONDS-t0)) "${steps:-no step summary (see ${RUN#"$ROOT"/}/ui.log)}"
}

web_part() {
  log "(c) web: the browser build alone (no \"main\") in a web-worker extension host, driven by playwright-core"
  # the fixture workspace, and a team pack with a draft that breaks its term (read through vscode.workspace.fs)
  rm -rf "$RUN/web-workspace" && cp -r "$HERE/workspace" "$RUN/web-workspace" && cp -r "$HERE/web-workspace/." "$RUN/web-workspace/"
  mkdir -p "$ARTIFACTS"
  local t0=$SECONDS rc=0
  node "$HERE/driver/web-extension.js" "$EXT_DIR" "$RUN/web-extension" || rc=$?
  if [ "$rc" -eq 0 ]; then
    "${RUNENV[@]}" WENMI_UI_SCENARIO="$HERE/driver/web-scenario.json" timeout 300 node "$HERE/driver/ui.js" --url "$URL" \
        --extension "$RUN/web-extension" --folder "$RUN/web-workspace" --profile "$RUN/chrome-web" --shots "$ARTIFACTS/web" 2>&1 | tee "$RUN/web.log" || rc=$?
  fi
  local steps; steps=$(grep -aoE 'steps: [0-9]+/[0-9]+ passed' "$RUN/web.log" 2>/dev/null | tail -1 || true)
  record "web (web-worker host)" "$rc" $((SECONDS-t0)) "${steps:-no step summary (see ${RUN#"$ROOT"/}/web.log)}"
}

prune_runs() {
  local keep=${WENMI_E2E_KEEP:-5}
  ls -1dt "$ROOT"/.wenmi-e2e/run-* 2>/dev/null | tail -n +$((keep + 1)) | xargs -r rm -rf
}

# ------------------------------------------------------------------ main
[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || die "Node 20 is required (code-server $CS_VERSION); have $(node -v)"
mkdir -p "$RUN"
prune_runs

need_cs=1
[ "$MODE" = suite ] && [ "$RUNNER" = electron ] && need_cs=0

t0=$SECONDS
if [ $need_cs = 1 ]; then
  ensure_apt
  [ -x "$CHROME" ] || die "chromium not found at $CHROME"
  install_code_server
fi
record "install (apt, code-server)" 0 $((SECONDS-t0)) "$([ $need_cs = 1 ] && echo "code-server $CS_VERSION cached in .vscode-test/")"
[ "$MODE" = install ] && { printf '  %s\n' "${RESULTS[@]}"; exit 0; }

log "build: npm run build -- --production + compile the suite (test/integration/tsconfig.json -> out/integration)"
t0=$SECONDS rc=0
build_extension || rc=$?
record "build (extension + suite)" "$rc" $((SECONDS-t0)) ""
[ "$rc" -eq 0 ] || { printf '\n  %s\n' "${RESULTS[@]}"; die "build failed"; }

[ $need_cs = 1 ] && start_code_server

if [ "$MODE" = all ] || [ "$MODE" = suite ]; then
  if [ "$RUNNER" = electron ]; then
    suite_electron
  else
    suite_code_server folder --folder "$HERE/workspace"
    suite_code_server no-folder --empty
  fi
fi
if [ "$MODE" = all ] || [ "$MODE" = ui ]; then
  ui_part
fi
if [ "$MODE" = all ] || [ "$MODE" = web ]; then
  web_part
fi

log "SUMMARY ($((SECONDS-T_ALL))s in all; logs in ${RUN#"$ROOT"/}, screenshots in ${ARTIFACTS#"$ROOT"/})"
printf '  %s\n' "${RESULTS[@]}"
exit $FAILED
