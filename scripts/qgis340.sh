#!/usr/bin/env bash
# The QGIS 3.40 LTR tier: a Debian 13 (trixie) chroot with the distribution's
# QGIS 3.40, Python 3.13, GEOS 3.13 and its own shapely 2.1 / pyproj, in which
# a named subset of the tests runs against this checkout.
#
#   scripts/qgis340.sh build          # make the chroot if missing or outdated
#   scripts/qgis340.sh test [ARGS]    # build if needed, run tests/qgis340.txt in it; ARGS
#                                     # are pytest options, or test paths to run instead
#   scripts/qgis340.sh shell          # a shell in the chroot, checkout mounted (debugging)
#
# The chroot is cached OUTSIDE the clone, in $LEKP_QGIS340_CHROOT (default
# /var/cache/lekp/trixie-qgis340), and rebuilt when missing or when the
# package lists below change (their hash is the stamp).  Building takes about
# two minutes: debootstrap --variant=minbase, then apt-get inside.
#
# At run time the checkout and ../shared are bind-mounted at the SAME absolute
# paths inside the chroot, so every path a test computes holds in both QGIS.
# All mounts are made in a private mount namespace (unshare --mount): they
# exist only for the run and vanish with it, whatever way it ends; a trap
# unmounts them explicitly too.  Needs root (CI runs .ci/run as root).
#
# Which tests run here: tests/qgis340.txt, one pytest node id per line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROOT="${LEKP_QGIS340_CHROOT:-/var/cache/lekp/trixie-qgis340}"
MIRROR="${LEKP_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE=trixie
VENV=/opt/lekp-venv

# Debian 13's own QGIS stack: shapely and pyproj MUST be these (built against
# the GEOS and PROJ QGIS links), never wheels.
APT_PACKAGES=(
  qgis python3-qgis qgis-providers python3-gdal python3-shapely python3-pyproj
  python3-requests python3-venv python3-pip xvfb xauth ca-certificates
)
# pytest-qgis is pinned per QGIS version: 2.1.0 with QGIS 3.22 (.venv on the
# host, pyproject.toml), a current release here for Python 3.13 / QGIS 3.40.
PIP_PACKAGES=(pytest==8.4.2 pytest-qgis==5.0.2 pytest-timeout==2.4.0)
# Bump RECIPE when the build steps change in a way the lists do not show.
RECIPE=2
STAMP="$(printf '%s\n' "$RECIPE" "$SUITE" "${APT_PACKAGES[@]}" "${PIP_PACKAGES[@]}" | sha256sum | cut -c1-16)"

log() { printf '\033[1m[qgis340]\033[0m %s\n' "$*"; }
die() { printf '[qgis340] %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mounts): run as root, e.g. sudo bash $0 $*"

# Refuse to delete a tree that still has something mounted below it (a bind
# mount of the checkout would be deleted with it).
mounted_below() {
  awk -v p="$1/" 'index($5 "/", p) == 1 {found=1} END {exit !found}' /proc/self/mountinfo
}

LOCK="$(dirname "$CHROOT")/.$(basename "$CHROOT").lock"

# One build at a time (exclusive lock); test runs share the chroot (shared
# lock, held while they run) and a rebuild waits for them.
build() {
  mkdir -p "$(dirname "$CHROOT")"
  exec 9>"$LOCK"
  flock 9
  if [ -x "$CHROOT$VENV/bin/python" ] && [ "$(cat "$CHROOT/.lekp-stamp" 2>/dev/null)" = "$STAMP" ]; then
    flock -u 9
    return 0
  fi
  _build
  flock -u 9
}

_build() {
  local started=$SECONDS
  if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  fi
  local new="$CHROOT.new"
  if [ -e "$new" ]; then
    mounted_below "$new" && die "$new has mounts below it; unmount them first"
    rm -rf "$new"
  fi
  log "debootstrap $SUITE into $new"
  debootstrap --variant=minbase "$SUITE" "$new" "$MIRROR" >"$new.log" 2>&1 \
    || { tail -n 30 "$new.log" >&2; die "debootstrap failed (log: $new.log)"; }
  cp /etc/resolv.conf "$new/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"  # no services start in the chroot
  chmod +x "$new/usr/sbin/policy-rc.d"
  log "apt-get install ${APT_PACKAGES[*]}"
  in_chroot "$new" "" apt-get update -qq
  in_chroot "$new" "" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${APT_PACKAGES[@]}" >>"$new.log" 2>&1 || { tail -n 30 "$new.log" >&2; die "apt-get failed (log: $new.log)"; }
  log "venv $VENV (system site-packages: Debian's QGIS, shapely, pyproj) + ${PIP_PACKAGES[*]}"
  in_chroot "$new" "" python3 -m venv --system-site-packages "$VENV"
  # pip trusts what the host trusts (a proxy's CA, for one) and uses its index.
  cp /etc/ssl/certs/ca-certificates.crt "$new/etc/lekp-host-ca.crt"
  in_chroot "$new" "" env PIP_CERT=/etc/lekp-host-ca.crt ${PIP_INDEX_URL:+PIP_INDEX_URL="$PIP_INDEX_URL"} \
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-cache-dir "${PIP_PACKAGES[@]}"
  # Debian's pyproj finds PROJ's data under sys.prefix, which a venv moves.
  mkdir -p "$new$VENV/share" && ln -sfn /usr/share/proj "$new$VENV/share/proj"
  in_chroot "$new" "" "$VENV/bin/python" -c '
import pyproj, shapely
assert shapely.__file__.startswith("/usr/lib/python3/"), f"shapely must be Debian 13s own: {shapely.__file__}"
assert pyproj.__file__.startswith("/usr/lib/python3/"), f"pyproj must be Debian 13s own: {pyproj.__file__}"
assert pyproj.Transformer.from_crs(4326, 31370, always_xy=True).transform(5.4, 50.9)[0] > 200000
'
  in_chroot "$new" "" apt-get clean
  echo "$STAMP" >"$new/.lekp-stamp"
  if [ -e "$CHROOT" ]; then
    mounted_below "$CHROOT" && die "$CHROOT has mounts below it; unmount them first"
    rm -rf "$CHROOT"
  fi
  mv "$new" "$CHROOT"
  mv "$new.log" "$CHROOT.log"
  log "built $CHROOT in $((SECONDS - started)) s: $(in_chroot "$CHROOT" "" dpkg-query -W -f='qgis ${Version}' qgis)"
}

# in_chroot DIR MOUNT_CHECKOUT CMD...: run CMD in the chroot DIR, in a private
# mount namespace with /proc, /dev, /sys, a fresh /tmp and (when
# MOUNT_CHECKOUT is non-empty) the checkout and ../shared at their own paths.
in_chroot() {
  local dir="$1" checkout="$2"
  shift 2
  local shared=""
  [ -n "$checkout" ] && [ -d "$checkout/../shared" ] && shared="$(cd "$checkout/../shared" && pwd)"
  local tmp
  tmp="$(mktemp -d /tmp/lekp-qgis340.XXXXXX)"
  local rc=0
  unshare --mount --propagation private -- /bin/bash -c "$IN_NAMESPACE" in-namespace \
    "$dir" "$checkout" "$shared" "$tmp" "$@" || rc=$?
  rm -rf "$tmp"
  return $rc
}

# Runs as root in the private mount namespace: mount, chroot, run, unmount.
# (Passed with bash -c, not on stdin, so the command keeps the caller's stdin.)
IN_NAMESPACE="$(cat <<'EOS'
set -euo pipefail
dir="$1" checkout="$2" shared="$3" tmp="$4"
shift 4
mounts=()
cleanup() {
  local i
  for ((i=${#mounts[@]}-1; i>=0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() {  # bind SRC DEST [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounts+=("$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}
mount -t proc proc "$dir/proc"; mounts+=("$dir/proc")
mount -t sysfs sysfs "$dir/sys"; mounts+=("$dir/sys")
bind /dev "$dir/dev"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$dir/dev/pts" 2>/dev/null && mounts+=("$dir/dev/pts") || true
mount -t tmpfs -o size=2g shm "$dir/dev/shm" && mounts+=("$dir/dev/shm")
bind "$tmp" "$dir/tmp"
chmod 1777 "$dir/tmp"
[ -n "$checkout" ] && bind "$checkout" "$dir$checkout"
[ -n "$shared" ] && bind "$shared" "$dir$shared" ro
rc=0
# a clean environment; a proxy the host uses is passed on
proxies=()
for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  [ -n "${!var:-}" ] && proxies+=("$var=${!var}")
done
chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" "${proxies[@]}" \
  PATH="/usr/bin:/usr/sbin:/bin:/sbin:$VENV_BIN" "$@" || rc=$?
exit $rc
EOS
)"
export VENV_BIN="$VENV/bin"

run_tests() {
  build
  exec 9>"$LOCK"
  flock -s 9
  # Without a test path among the arguments, the list in tests/qgis340.txt runs
  # (with the arguments as options); with one, only what the arguments name.
  local args=("$@") arg listed=()
  local named=""
  for arg in "$@"; do case "$arg" in -*) ;; *) [ -e "$ROOT/${arg%%::*}" ] && named=1 ;; esac; done
  if [ -z "$named" ]; then
    mapfile -t listed < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$ROOT/tests/qgis340.txt")
    args=("${listed[@]}" "$@")
  fi
  # The translations (.qm) are compiled by setup.sh in the checkout; the
  # chroot sees them through the bind mount.
  in_chroot "$CHROOT" "$ROOT" /bin/sh -c 'mkdir -m 700 /tmp/xdg && cd "$0" && exec "$@"' "$ROOT" \
    env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg PYTHONDONTWRITEBYTECODE=1 \
    PIP_CERT=/etc/lekp-host-ca.crt LEKP_QGIS_TIER=3.40 \
    "$VENV/bin/python" -m pytest -p no:cacheprovider -o qgis_gui_enabled=false \
    -W ignore::pytest.PytestConfigWarning "${args[@]}"
}

case "${1:-test}" in
  build) build ;;
  test) shift || true; run_tests "$@" ;;
  shell) build; in_chroot "$CHROOT" "$ROOT" /bin/sh -c 'cd "$0" && exec bash' "$ROOT" ;;
  *) die "usage: $0 build | test [pytest args] | shell" ;;
esac
