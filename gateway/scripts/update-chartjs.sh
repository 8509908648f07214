#!/usr/bin/env bash
# Refreshes the committed Chart.js build from the npm registry with the machine's npm (no bundler, no
# downloaded Node.js). Usage: gateway/scripts/update-chartjs.sh [version]   (default: the 4.x line)
set -euo pipefail
version="${1:-4}"
target="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/META-INF/resources/vendor/chartjs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "chart.js@${version}" >/dev/null && tar xzf chart.js-*.tgz)
cp "$work/package/dist/chart.umd.min.js" "$work/package/LICENSE.md" "$target/"
grep -m1 '"version"' "$work/package/package.json" | sed 's/[^0-9.]//g' > "$target/VERSION"
echo "Chart.js $(cat "$target/VERSION") copied to $target"
