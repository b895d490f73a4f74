#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine. Installs what the browser journey and the
# PDF checks need when it is missing (Chromium, ChromeDriver, a font with Vietnamese
# glyphs, pdftotext), starts a
# throwaway PostgreSQL cluster from the installed server binaries, runs `cargo test`
# against it, and stops the cluster. Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need[*]} for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "The browser tests need: ${need[*]}. Install them (apt-get install ${need[*]}) and run again." >&2
    exit 1
  fi
fi

exec cargo run --quiet -- db-exec -- cargo test --all-targets "$@"
