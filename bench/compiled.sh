#!/usr/bin/env bash
# The compiled build, tested and timed: compile the per-claim modules with mypyc in
# place (their .so files shadow the .py files while they are there), run the whole
# test suite on them, compare their output with pure Python's byte for byte, and
# remove them. Needs mypy and a C compiler: pip install -e ".[test]" mypy
set -euo pipefail
cd "$(dirname "$0")/.."
SITE=$(python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
# only what this script made is removed: mypy's own runtime lives in the same folder
COPIED=()
cleanup() {
    rm -f dangjian_cli/*.so ./*__mypyc.*.so
    for f in "${COPIED[@]}"; do rm -f "$SITE/$f"; done
    rm -rf build
}
trap cleanup EXIT
python -m dangjian_cli extract seeds/ bench/out/corpus -q -o /tmp/dangjian-pure.jsonl 2>/dev/null \
    || python -m dangjian_cli extract seeds/ -q -o /tmp/dangjian-pure.jsonl
DANGJIAN_COMPILE=1 python setup.py -q build_ext --inplace
# the compiled modules' shared runtime is built at the top of the checkout: copied where every
# process of this environment finds it (the `dangjian` script that tests run through bash included)
for f in ./*__mypyc.*.so; do
    f=$(basename "$f"); [ -e "$SITE/$f" ] && continue
    cp "$f" "$SITE/" && COPIED+=("$f")
done
python -c "import dangjian_cli.pipeline as p; assert p.__file__.endswith('.so'), p.__file__; print('compiled:', p.__file__)"
python -m dangjian_cli extract seeds/ bench/out/corpus -q -o /tmp/dangjian-compiled.jsonl 2>/dev/null \
    || python -m dangjian_cli extract seeds/ -q -o /tmp/dangjian-compiled.jsonl
cmp /tmp/dangjian-pure.jsonl /tmp/dangjian-compiled.jsonl && echo "output: byte for byte the same"
# the modules' own doctests are left to the pure run (pytest cannot collect a .py shadowed by a .so)
python -m pytest -o addopts="" -q --doctest-glob="*.md" tests docs README.md
