# Sourced by .ci/run and `tools/dev fresh-check`: a brand-new Debian 12 (bookworm) minbase
# root made with debootstrap, commands run inside it with chroot, and nothing left behind.
#
# Every chroot runs in its own mount namespace (unshare --mount): /proc, /sys, /dev (FUSE
# for the SMB tests), /dev/pts, a tmpfs /dev/shm and a tmpfs /tmp are mounted there only,
# so they vanish with the namespace whatever happens (error, Ctrl+C, kill -9); an EXIT
# trap also unmounts them in order and removes the roots.
#
# Developers may set PASSAGES_FRESH_BASE=DIR to a root this script made before
# (PASSAGES_FRESH_KEEP=1 keeps them) to skip debootstrap; CI never does.

fresh_work=""

fresh_log() { printf '== [%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# The host's Debian mirror (deb822 .sources first, then sources.list), else deb.debian.org.
fresh_mirror() {
  local uri
  uri=$(awk '/^URIs:/ {u=$2} /^Suites:/ && $0 ~ /bookworm([ \t]|$)/ && u != "" {print u; exit}' \
          /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [ -z "$uri" ] && uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' \
                          /etc/apt/sources.list 2>/dev/null || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

fresh_cleanup() {
  local rc=$?
  if [ -n "$fresh_work" ] && [ -d "$fresh_work" ]; then
    # The namespaces are gone with their processes; unmount anything a crash left anyway.
    local m
    for m in $(findmnt -rn -o TARGET | grep -F "$fresh_work/" | sort -r); do
      umount -l "$m" 2>/dev/null || true
    done
    if [ "${PASSAGES_FRESH_KEEP:-}" = "1" ]; then
      fresh_log "kept the roots in $fresh_work"
    elif ! findmnt -rn -o TARGET | grep -qF "$fresh_work/"; then
      rm -rf --one-file-system "$fresh_work"
    fi
  fi
  return $rc
}

# fresh_begin: a work folder for the roots, cleaned on every exit path.
fresh_begin() {
  command -v debootstrap >/dev/null || {
    fresh_log "installing debootstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  }
  fresh_work=$(mktemp -d /var/tmp/passages-fresh.XXXXXX)
  trap fresh_cleanup EXIT
  trap 'exit 130' INT TERM
}

# fresh_root NAME: makes $fresh_work/NAME, a pristine minbase root, and echoes its path.
fresh_root() {
  local root="$fresh_work/$1"
  if [ -n "${PASSAGES_FRESH_BASE:-}" ]; then
    fresh_log "copying the base root $PASSAGES_FRESH_BASE to $root"
    cp -a "$PASSAGES_FRESH_BASE" "$root"
  elif [ -d "$fresh_work/.base" ]; then
    cp -a "$fresh_work/.base" "$root"
  else
    local mirror
    mirror=$(fresh_mirror)
    fresh_log "debootstrap --variant=minbase bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$fresh_work/.base" "$mirror" >"$fresh_work/debootstrap.log" 2>&1 || {
      tail -20 "$fresh_work/debootstrap.log" >&2
      return 1
    }
    # The same suites as the host (updates, security), with the host's Debian keyring.
    local f
    if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
      for f in /etc/apt/sources.list.d/*.sources; do
        grep -q 'debian-archive-keyring' "$f" && cp "$f" "$fresh_work/.base/etc/apt/sources.list.d/"
      done
      if ls "$fresh_work/.base/etc/apt/sources.list.d/"*.sources >/dev/null 2>&1; then
        rm -f "$fresh_work/.base/etc/apt/sources.list"
      fi
    fi
    cp -a "$fresh_work/.base" "$root"
  fi
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  [ -s "$root/etc/hosts" ] || printf "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n" >"$root/etc/hosts"
  echo "$root"
}

# fresh_run ROOT COMMAND: runs COMMAND with bash in ROOT (cwd /src when it exists), in a
# private mount namespace, with a clean environment.
fresh_run() {
  local root="$1" command="$2"
  unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
    root="$1"; command="$2"
    unmount_all() {
      for m in dev/shm dev/pts dev tmp sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
    }
    trap unmount_all EXIT
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
    mount -t tmpfs -o mode=1777 tmp "$root/tmp"
    cd_to=/; [ -d "$root/src" ] && cd_to=/src
    env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      LANG=C.UTF-8 TERM=dumb CI="${CI:-}" PASSAGES_JOBS="${PASSAGES_JOBS:-2}" \
      chroot "$root" /bin/bash -euo pipefail -c "cd $cd_to && $command"
  ' fresh-run "$root" "$command"
}

# fresh_copy_source ROOT: the checkout's committed tree (plus tracked, uncommitted edits
# when run by a developer) at ROOT/src.
fresh_copy_source() {
  local root="$1" top tree
  top=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
  tree=$(git -C "$top" stash create 2>/dev/null || true)
  mkdir -p "$root/src"
  git -C "$top" archive "${tree:-HEAD}" | tar -x -C "$root/src"
}
