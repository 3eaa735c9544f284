#!/usr/bin/env bash
# Regenerates src/OmbudsmanSite.Infrastructure/Identity/CommonPasswords.txt: the 30,000 most common
# passwords of zxcvbn 4.4.2's frequency lists (MIT, Dan Wheeler and Dropbox; the list comes from
# Mark Burnett's ten million passwords), one per line, most common first. Run by hand; the build
# only embeds the file.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund zxcvbn@4.4.2
node -e 'const f = require("zxcvbn/lib/frequency_lists.js"); process.stdout.write(f.passwords.join("\n") + "\n");' \
  > "$root/src/OmbudsmanSite.Infrastructure/Identity/CommonPasswords.txt"
wc -l "$root/src/OmbudsmanSite.Infrastructure/Identity/CommonPasswords.txt"
