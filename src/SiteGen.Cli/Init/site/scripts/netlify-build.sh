#!/usr/bin/env bash
# Netlify's build image has no .NET 10: install the SDK when it is missing, then SiteGen (the version pinned
# in .config/dotnet-tools.json), then check, build and check links.
# Usage: scripts/netlify-build.sh <base-url>
set -euo pipefail
base_url="${1:?usage: netlify-build.sh <base-url>}"
# grep without -q reads to the end, so dotnet never gets SIGPIPE, which pipefail would count as "no SDK".
if ! dotnet --list-sdks 2>/dev/null | grep '^10\.' >/dev/null; then
  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore
dotnet sitegen check
dotnet sitegen build --base-url "$base_url"
dotnet sitegen check-links --base-url "$base_url"
