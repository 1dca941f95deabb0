#!/usr/bin/env bash
# Netlify's build image has no .NET 10: install the SDK into the build cache, then build the site.
# Usage: scripts/netlify-build.sh <base-url>
set -euo pipefail
base_url="${1:?usage: netlify-build.sh <base-url>}"
dotnet_dir="$HOME/.dotnet"
if [ ! -x "$dotnet_dir/dotnet" ]; then
  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0 --install-dir "$dotnet_dir"
fi
export PATH="$dotnet_dir:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/SiteGen.Cli -c Release -o .sitegen
.sitegen/sitegen check
.sitegen/sitegen build --base-url "$base_url"
.sitegen/sitegen check-links --base-url "$base_url"
