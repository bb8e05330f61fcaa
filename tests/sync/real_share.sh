#!/usr/bin/env bash
# Sync through a real SMB share on loopback (Samba + smbnetfs) and onto a real full
# disk (a 1 MiB tmpfs), driving the real passages-cli binary.
#
#   real_share.sh PASSAGES_CLI smb|full
#
# Needs root (smbd on port 445, FUSE, mount). When not root or the tools are missing it
# says so loudly and exits 77 (ctest counts it as skipped); CI runs as root.
set -uo pipefail
cli="$1"
mode="$2"
export PASSAGES_LANGUAGE=en
# The admin password of the share (read from the environment, never an argument).
export PASSAGES_ADMIN_PASSWORD="real share test admin"

skip() { echo "SKIPPED: $*" >&2; echo "*** the real-share test '$mode' did NOT run: $* ***" >&2; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || skip "not root"

work=$(mktemp -d /tmp/passages-share-XXXXXX)
pids=()
cleanup() {
  [ -n "${mnt:-}" ] && { fusermount3 -u "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null; }
  [ -n "${tmpfs:-}" ] && umount "$tmpfs" 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  sleep 0.5
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

# Three desks log for a while: two on the main site, one in a centre associé.
log_some() { # db pole count n day
  local i
  for i in $(seq 1 "$4"); do
    "$cli" --db "$1" log --pole "$2" --count "$3" --at "2024-0$5-1${i}T1$i:00" > /dev/null || fail "log $1"
  done
}
prepare_desks() {
  "$cli" --db "$work/a.db" init --site villette --desk "Accueil 1" > /dev/null || fail init
  "$cli" --db "$work/b.db" init --site villette --desk "Accueil 2" > /dev/null || fail init
  "$cli" --db "$work/c.db" init --site bagnolet --desk "Accueil Bagnolet" > /dev/null || fail init
  log_some "$work/a.db" emploi 1 5 3
  log_some "$work/b.db" orientation 2 4 4
  log_some "$work/c.db" creation 3 3 5
}
expected_total=$((5 * 1 + 4 * 2 + 3 * 3))

total_of() { # report json -> total
  sed -n 's/.*"total":\([0-9]*\)}.*/\1/p'
}

case "$mode" in
smb)
  command -v smbd > /dev/null && command -v smbnetfs > /dev/null || skip "samba/smbnetfs not installed"
  [ -e /dev/fuse ] || skip "no /dev/fuse"
  mkdir -p "$work"/{shared,smb/private,smb/lock,smb/state,smb/cache,smb/pid,mnt,home/.smb}
  chmod 777 "$work/shared"
  cat > "$work/smb/smb.conf" <<CONF
[global]
  interfaces = lo
  bind interfaces only = yes
  smb ports = 445
  pid directory = $work/smb/pid
  lock directory = $work/smb/lock
  state directory = $work/smb/state
  cache directory = $work/smb/cache
  private dir = $work/smb/private
  log file = $work/smb/log.%m
  map to guest = Bad User
  server min protocol = SMB2
  disable spoolss = yes
  load printers = no
[share]
  path = $work/shared
  guest ok = yes
  read only = no
  force user = root
CONF
  # Its own session: smbd signals its whole process group when it stops.
  setsid smbd --foreground --no-process-group --configfile="$work/smb/smb.conf" > "$work/smb/smbd.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/445) 2>/dev/null && break
    sleep 0.2
  done
  (exec 3<>/dev/tcp/127.0.0.1/445) 2>/dev/null || { cat "$work/smb/smbd.out" >&2; skip "smbd did not start"; }
  export HOME="$work/home"
  printf '[global]\n  client min protocol = SMB2\n' > "$HOME/.smb/smb.conf"
  printf 'host 127.0.0.1 visible=true\nsmb_query_browsers false\n' > "$HOME/.smb/smbnetfs.conf"
  chmod 600 "$HOME/.smb/smb.conf" "$HOME/.smb/smbnetfs.conf"
  mnt="$work/mnt"
  smbnetfs "$mnt" -o allow_other 2>"$work/smbnetfs.err" || smbnetfs "$mnt" 2>>"$work/smbnetfs.err" || { cat "$work/smbnetfs.err" >&2; skip "smbnetfs could not mount"; }
  share="$mnt/127.0.0.1/share"
  for _ in $(seq 1 50); do [ -d "$share" ] && break; sleep 0.2; done
  [ -d "$share" ] || skip "the SMB share did not appear under $share"
  echo "real SMB share mounted at $share (smbd on 127.0.0.1:445)"

  prepare_desks
  out=$("$cli" --db "$work/a.db" sync --share "$share" 2>&1); echo "$out"
  echo "$out" | grep -q "not a prepared" || fail "an unprepared share was accepted"
  "$cli" share init --share "$share" || fail "share init over SMB"
  [ -f "$work/shared/SHARE_ID" ] || fail "SHARE_ID did not reach the server side"
  for d in a b c; do "$cli" --db "$work/$d.db" sync --share "$share" || fail "sync $d over SMB"; done
  "$cli" share approve --share "$share" --all || fail "approving the desks over SMB"
  # More tallies, a correction of nothing, a second round: batches 2.
  log_some "$work/a.db" droit 1 2 6
  expected_total=$((expected_total + 2))
  "$cli" --db "$work/a.db" sync --share "$share" || fail "second sync over SMB"
  # A damaged file dropped on the share by someone: quarantined, never imported.
  inst=$(ls "$work/shared/desks" | head -1)
  year=$(ls "$work/shared/desks/$inst" | head -1)
  echo "garbage" > "$work/shared/desks/$inst/$year/${inst}_00000099_0123456789abcdef_a1.jsonl"
  json=$("$cli" report --share "$share" --cache "$work/cache.db" --year 2024 --by site --format json) || fail "report --share over SMB"
  echo "$json"
  got=$(echo "$json" | total_of)
  [ "$got" = "$expected_total" ] || fail "consolidated total $got, expected $expected_total"
  "$cli" share approve --share "$share" --all || fail "approving the consolidating PC"
  health=$("$cli" consolidate --share "$share" --cache "$work/cache.db" --rebuild) || fail "rebuild over SMB"
  echo "$health"
  echo "$health" | grep -q "quarantined" || fail "the damaged file was not reported"
  got=$("$cli" report --share "$share" --cache "$work/cache.db" --year 2024 --by pole --format json | total_of)
  [ "$got" = "$expected_total" ] || fail "rebuilt total $got, expected $expected_total"
  # The consolidation's receipts came back through SMB: the desk reads them.
  ls "$work/shared/receipts" | grep -q '\.json$' || fail "no receipt reached the server side"
  out=$("$cli" --db "$work/a.db" sync --share "$share" 2>&1) || fail "sync after the consolidation"
  echo "$out"
  echo "$out" | grep -q "2 of 2 batches confirmed" || fail "the receipts were not read over SMB"
  # The share disappears (server stopped): a clear failure, the tallies stay pending.
  "$cli" --db "$work/b.db" log --pole emploi --at 2024-07-01T10:00 > /dev/null
  kill "${pids[0]}"; sleep 1
  out=$("$cli" --db "$work/b.db" sync --share "$share" 2>&1) && fail "sync succeeded with the server down"
  echo "$out"
  echo "$out" | grep -q "1 row still pending" || fail "the pending count is not reported"
  echo "PASSED: sync through a real SMB share ($expected_total tallies consolidated)"
  ;;
full)
  command -v mount > /dev/null || skip "no mount"
  tmpfs="$work/tiny"
  mkdir -p "$tmpfs"
  mount -t tmpfs -o size=1m tmpfs "$tmpfs" 2>/dev/null || skip "cannot mount a tmpfs here"
  "$cli" share init --share "$tmpfs" || fail "share init on tmpfs"
  prepare_desks
  # Fill the share, leaving a few KiB: the next batch cannot fit.
  dd if=/dev/zero of="$tmpfs/filler" bs=1k count=2000 2>/dev/null
  { echo "at,pole,count"; for i in $(seq 1 300); do echo "2024-08-01T10:00,emploi,1"; done; } > "$work/many.csv"
  "$cli" --db "$work/a.db" import --csv "$work/many.csv" > /dev/null || fail "import"
  out=$("$cli" --db "$work/a.db" sync --share "$tmpfs" 2>&1) && fail "sync succeeded on a full share"
  echo "$out"
  echo "$out" | grep -qi "full" || fail "the message does not say the share is full"
  echo "$out" | grep -q "305 rows still pending" || fail "the pending rows are not reported"
  ls -A "$tmpfs/desks"/*/* 2>/dev/null | grep -q partial && fail "a temporary file was left on the share"
  rm -f "$tmpfs/filler"
  "$cli" --db "$work/a.db" sync --share "$tmpfs" || fail "sync after space was freed"
  "$cli" share approve --share "$tmpfs" --all || fail "approving the desk"
  got=$("$cli" report --share "$tmpfs" --cache "$work/cache.db" --year 2024 --by pole --format json | total_of)
  [ "$got" = "305" ] || fail "consolidated total $got, expected 305"
  echo "PASSED: a full share fails clearly, loses nothing, and succeeds once space is freed"
  ;;
*) echo "usage: $0 PASSAGES_CLI smb|full" >&2; exit 2 ;;
esac
