#!/bin/sh
# fuzz/build.sh - build factdiff's libFuzzer targets with clang.
#
#   fuzz/build.sh SRCDIR OUTDIR SOURCE...
#
# Compiles the library SOURCEs (paths relative to SRCDIR, as
# libfactdiff_a_SOURCES lists them) with $FUZZ_CC (default clang) under
# libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer into
# OUTDIR/libfactdiff-fuzz.a, then links OUTDIR/fuzz-<target> for each
# fuzz/fuzz-*.c.  The autotools build (gcc) is not touched: the objects
# live in OUTDIR.  Objects are rebuilt when any source or header is newer
# than the archive.
set -eu
srcdir=$1 out=$2
shift 2
cc=${FUZZ_CC:-clang}
pkgs="glib-2.0 json-glib-1.0 libxxhash"
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
cflags="-std=c17 -g -O1 -fno-omit-frame-pointer $san \
  -I$srcdir/src -I$srcdir -DG_LOG_DOMAIN=\"factdiff\" \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -D_GNU_SOURCE \
  -DPACKAGE_NAME=\"factdiff\" -DPACKAGE_VERSION=\"fuzz\" \
  $(pkg-config --cflags $pkgs)"
libs="$(pkg-config --libs $pkgs) -lm"

command -v "$cc" > /dev/null 2>&1 \
  || { echo "fuzz/build.sh: $cc not found (set FUZZ_CC)" >&2; exit 2; }
mkdir -p "$out/obj"
lib=$out/libfactdiff-fuzz.a
stale=no
if [ ! -f "$lib" ]; then
  stale=yes
elif [ -n "$(find "$srcdir/src" -newer "$lib" \( -name '*.c' -o -name '*.h' \) \
           | head -n 1)" ]; then
  stale=yes
fi
if [ $stale = yes ]; then
  rm -f "$lib" "$out"/obj/*.o
  objs=
  for s in "$@"; do
    case $s in *.c) ;; *) continue ;; esac
    o=$out/obj/$(echo "$s" | tr / _ | sed 's/\.c$/.o/')
    echo "  CC(fuzz) $s"
    # shellcheck disable=SC2086
    $cc $cflags -fsanitize=fuzzer-no-link -c "$srcdir/$s" -o "$o"
    objs="$objs $o"
  done
  # shellcheck disable=SC2086
  ar rcs "$lib" $objs
fi
for t in "$srcdir"/fuzz/fuzz-*.c; do
  name=$(basename "$t" .c)
  if [ ! -x "$out/$name" ] || [ "$t" -nt "$out/$name" ] \
     || [ "$lib" -nt "$out/$name" ] \
     || [ "$srcdir/fuzz/fuzz-common.h" -nt "$out/$name" ]; then
    echo "  CCLD(fuzz) $name"
    # shellcheck disable=SC2086
    $cc $cflags -fsanitize=fuzzer "$t" "$lib" $libs -o "$out/$name"
  fi
done
