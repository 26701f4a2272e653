#!/usr/bin/env bash
# The installed size of the main job: a fresh venv with `pip install .` (the README's first
# command), and whether PyTorch came with it (it must not: only the stanza extra needs it).
#     bash benchmarks/install_size.sh [VENV]      (default: a new folder under /tmp, removed after)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
venv="${1:-$(mktemp -d /tmp/hedgecheck-install.XXXXXX)/venv}"
python3 -m venv "$venv"
"$venv/bin/pip" install -q "$repo" 2> >(grep -v '^WARNING: Location' >&2)
echo "installed size: $(du -sh "$venv" | cut -f1)"
if "$venv/bin/python" -c 'import torch' 2>/dev/null; then echo "PyTorch: installed"; else echo "PyTorch: not installed"; fi
cd "$repo" && "$venv/bin/hedgecheck" annotate --format text examples/depeche-fr.txt | head -3
[ -n "${1:-}" ] || rm -rf "$(dirname "$venv")"
