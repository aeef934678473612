# Shared by scripts/run and scripts/test: dependency check and meson build steps.
# Sourced, not executed; the caller has already set -euo pipefail.

# package:probe, where probe is a command name or the absolute path of a file the
# package ships.  binutils provides both the reference `as` and the `ld` the demo uses.
gasket_deps=(
	meson:meson
	ninja-build:ninja
	pkg-config:pkg-config
	g++:g++
	gcc:gcc
	binutils:as
	binutils:ld
	libboost-dev:/usr/include/boost/version.hpp
	libfmt-dev:/usr/include/fmt/format.h
	doctest-dev:/usr/include/doctest/doctest.h
	zlib1g-dev:/usr/include/zlib.h
	libzstd-dev:/usr/include/zstd.h
	python3:python3
)

ensure_deps() {
	local entry pkg probe missing=()
	for entry in "${gasket_deps[@]}"; do
		pkg=${entry%%:*}
		probe=${entry#*:}
		if [[ $probe == /* ]]; then
			[[ -e $probe ]] && continue
		else
			command -v "$probe" >/dev/null 2>&1 && continue
		fi
		[[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
	done
	((${#missing[@]} == 0)) && return 0

	if ((EUID == 0)) && command -v apt-get >/dev/null 2>&1; then
		echo "==> installing missing build dependencies: ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update
		apt-get install -y --no-install-recommends "${missing[@]}"
	else
		echo "error: missing build dependencies: ${missing[*]}" >&2
		echo "install them (Debian/Ubuntu) with: sudo apt-get install ${missing[*]}" >&2
		exit 1
	fi
}

# build_gasket DIR [MESON_OPTION...]: configure DIR if it is not yet a meson build
# directory (or apply the options to it if it is), then compile.
build_gasket() {
	local dir=$1
	shift
	if [[ -f $dir/meson-private/coredata.dat ]]; then
		(($# == 0)) || meson configure "$dir" "$@"
	else
		meson setup "$dir" "$@"
	fi
	meson compile -C "$dir"
}
