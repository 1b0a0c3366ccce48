#!/usr/bin/env bash
# Runs `standpoint export` on each hostile file of docs/reliability.md, beside
# one good document, and prints per case: exit status, wall and CPU time, peak memory,
# documents exported and the warnings printed. Usage (from the repository):
#   swift build -c release && bash docs/hostile-files.sh .build/release/standpoint
set -uo pipefail
bin=$(realpath "${1:-.build/debug/standpoint}")
work=$(mktemp -d /tmp/standpoint-hostile.XXXXXX)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
good="China urged NATO to abandon the Cold War mentality. Officials warned against new blocs."

make_case() {  # name, then commands that create the hostile file(s) in $dir
  dir="$work/$1"; mkdir -p "$dir"; printf '%s\n' "$good" > "$dir/good.txt"
}

run_case() {
  local name=$1; shift
  local start end status rss cpu docs
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/$name.rss" timeout 300 ${runas:-} "$bin" export "$@" "$work/$name" \
    > "$work/$name.json" 2> "$work/$name.err"
  status=$?
  end=$(date +%s.%N)
  read -r user sys rss < <(tail -1 "$work/$name.rss")
  cpu=$(echo "$user + $sys" | bc)
  docs=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["documents"]))' "$work/$name.json" 2>/dev/null || echo "-")
  printf '| %s | %d | %.1f s | %.1f s | %d MB | %s |' "$name" "$status" "$(echo "$end - $start" | bc)" "$cpu" $((rss / 1024)) "$docs"
  sed -e "s|$work/$name/||g" -e 's/^standpoint: //' -e 's/|/\\|/g' "$work/$name.err" | head -3 | tr '\n' ';'
  printf ' |\n'
}

echo "| case | exit | wall time | CPU time | peak RSS | documents | stderr (first lines) |"
echo "|---|---|---|---|---|---|---|"

make_case line-50MB
python3 -c "import sys; sys.stdout.write(('the council urged restraint and warned against escalation ' * 900000)[:50*1024*1024])" > "$dir/line.txt"
run_case line-50MB

make_case lines-1M
python3 -c "import sys; sys.stdout.write('x.\n' * 1000000)" > "$dir/lines.txt"
run_case lines-1M

make_case html-100k-nested
python3 -c "import sys; sys.stdout.write('<div>' * 100000 + 'Deep text.' + '</div>' * 100000)" > "$dir/deep.html"
run_case html-100k-nested

make_case md-100k-nested
python3 -c "import sys; sys.stdout.write('[' * 100000 + 'x' + '](u)' * 100000 + '\n' + '>' * 100000 + ' q\n')" > "$dir/deep.md"
run_case md-100k-nested

make_case symlink-loop
mkdir "$dir/sub"; ln -s .. "$dir/sub/loop"; ln -s a.txt "$dir/b.txt"; ln -s b.txt "$dir/a.txt"
run_case symlink-loop

make_case fifo
mkfifo "$dir/pipe.txt"
run_case fifo

make_case unreadable
printf 'secret\n' > "$dir/locked.txt"; chmod 000 "$dir/locked.txt"
# root reads every file: run this case as nobody when root (the binary must be reachable by nobody)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 "$work" "$dir"; chmod 644 "$dir/good.txt"
  runas="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
run_case unreadable
runas=""

make_case control-chars-in-name
: > "$dir/$(printf 'evil\n\033[31mred\a.txt')"
run_case control-chars-in-name

make_case over-size-limit
head -c 2000000 /dev/zero | tr '\0' 'a' > "$dir/big.txt"
run_case over-size-limit --max-file-size 1M

make_case binary-and-empty
head -c 4096 "$bin" > "$dir/program.txt"; : > "$dir/empty.md"
run_case binary-and-empty
