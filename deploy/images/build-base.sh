#!/usr/bin/env bash
# Builds target/distribu-jre-base.tar, the base image of every Distribu image: a
# distroless-style root filesystem made of the Debian 13 packages pinned in packages.lock
# (glibc, libstdc++, zlib, libjpeg and lcms for thumbnails, CA certificates, time zones and
# OpenJDK 25's headless JRE), a non-root user 65532 and Java's trust store. No container
# engine and no registry: apt-get downloads the packages from Debian with a state folder of
# its own (the machine's apt setup is left alone), each .deb must match its SHA-256, and the
# image is a Docker archive Jib reads as `tar://`. Same lock file, same bytes.
#
#   deploy/images/build-base.sh            build unless the image matches packages.lock
#   deploy/images/build-base.sh --update   write packages.lock from today's Debian 13
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/target"
image="$target/distribu-jre-base.tar"
lock="$here/packages.lock"
stamp="$target/distribu-jre-base.lock.sha256"
work="$target/base"

if [[ "${1:-}" != "--update" && -f "$image" && -f "$stamp" && "$(sha256sum < "$lock")" == "$(cat "$stamp")" ]]; then
	exit 0
fi
for tool in apt-get dpkg-deb sha256sum tar java; do
	command -v "$tool" >/dev/null || { echo "build-base.sh needs $tool (a Debian machine with a JDK)" >&2; exit 1; }
done

rm -rf "$work"
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/debs" "$work/rootfs"
touch "$work/apt/status"
cat > "$work/apt/sources.list" <<SOURCES
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security trixie-security main
SOURCES
apt_options=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache" -o "Dir::State::status=$work/apt/status"
	-o APT::Sandbox::User=root)
apt-get "${apt_options[@]}" -qq update

if [[ "${1:-}" == "--update" ]]; then
	header="$(grep '^#' "$lock")"
	{
		echo "$header"
		grep -v '^#' "$lock" | while read -r name _ _; do
			apt-cache "${apt_options[@]}" show "$name" | awk -v name="$name" '/^Version:/{v=$2} /^SHA256:/{print name, v, $2; exit}'
		done
	} > "$lock.new"
	mv "$lock.new" "$lock"
	echo "packages.lock updated; run build-base.sh again to build the image"
	exit 0
fi

grep -v '^#' "$lock" | while read -r name version sha256; do
	(cd "$work/debs" && apt-get "${apt_options[@]}" -qq download "$name=$version")
	deb="$(ls "$work/debs/${name}_"*.deb)"
	actual="$(sha256sum "$deb" | cut -d' ' -f1)"
	if [[ "$actual" != "$sha256" ]]; then
		echo "$deb: SHA-256 $actual, packages.lock says $sha256" >&2
		exit 1
	fi
	dpkg-deb -x "$deb" "$work/rootfs"
done

rootfs="$work/rootfs"
rm -rf "$rootfs"/usr/share/{doc,man,info,lintian,bug} "$rootfs"/usr/share/locale
# usrmerge: /bin and /lib are links into /usr, as on Debian 13 itself.
for dir in bin sbin lib lib64; do
	if [[ -d "$rootfs/usr/$dir" && ! -e "$rootfs/$dir" ]]; then ln -s "usr/$dir" "$rootfs/$dir"; fi
done
mkdir -p "$rootfs/etc/ssl/certs/java" "$rootfs/tmp" "$rootfs/home/nonroot"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$rootfs/etc/group"
java "$here/CaCerts.java" "$rootfs/usr/share/ca-certificates/mozilla" "$rootfs/etc/ssl/certs/java/cacerts" >/dev/null
ln -sf /usr/share/zoneinfo/Etc/UTC "$rootfs/etc/localtime"
java_home="$(cd "$rootfs" && ls -d usr/lib/jvm/java-25-openjdk-amd64)"

# One layer, byte for byte the same from the same packages.
layer="$work/layer.tar"
(cd "$rootfs" && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --mode='u+w' -cf "$layer" -- *)
diff_id="sha256:$(sha256sum "$layer" | cut -d' ' -f1)"
cat > "$work/config.json" <<CONFIG
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z","config":{"User":"65532:65532","WorkingDir":"/home/nonroot","Env":["PATH=/$java_home/bin:/usr/bin:/bin","JAVA_HOME=/$java_home","LANG=C.UTF-8","TZ=UTC"]},"rootfs":{"type":"layers","diff_ids":["$diff_id"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/build-base.sh from packages.lock"}]}
CONFIG
config_id="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mkdir -p "$work/archive"
cp "$work/config.json" "$work/archive/$config_id.json"
cp "$layer" "$work/archive/layer.tar"
printf '[{"Config":"%s.json","RepoTags":["distribu/jre-base:25"],"Layers":["layer.tar"]}]\n' "$config_id" > "$work/archive/manifest.json"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/archive" -cf "$image" \
	manifest.json "$config_id.json" layer.tar
sha256sum < "$lock" > "$stamp"
rm -rf "$work"
echo "Base image $image: $(du -h "$image" | cut -f1), config sha256:$config_id, layer $diff_id"
