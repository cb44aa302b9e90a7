"""Builds kb's Python wheels from kb binaries already built, laid out as maturin's `bin`
bindings lay them out: one wheel per platform holding the binary as a script, so
`pip install kb-ssg` puts `kb` on the PATH (the way ruff and uv ship). Version, summary,
licence and home come from Cargo.toml.

    python3 scripts/package-pypi.py OUT_DIR TARGET=BINARY ...

TARGET is a release target (x86_64-unknown-linux-musl, ...). Writes OUT_DIR/kb_ssg-<version>-
py3-none-<platform>.whl for each and prints each file written. The release workflow runs it on
every platform's binary; tests/release.rs runs it on the kb just built and installs the result.
"""

import base64
import hashlib
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "kb-ssg"

# The platform tags of each release target. The Linux builds are static (musl), so one wheel
# serves glibc and musl systems alike.
PLATFORMS = {
    "x86_64-unknown-linux-musl": "manylinux_2_17_x86_64.manylinux2014_x86_64.musllinux_1_1_x86_64",
    "aarch64-unknown-linux-musl": "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64",
    "x86_64-apple-darwin": "macosx_10_12_x86_64",
    "aarch64-apple-darwin": "macosx_11_0_arm64",
    "x86_64-pc-windows-msvc": "win_amd64",
}


def cargo(key):
    """`key = "value"` of Cargo.toml's [package] table."""
    manifest = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    package = manifest.split("\n[package]\n", 1)[-1].split("\n[", 1)[0]
    found = re.search(rf'^{key} = "(.*)"$', package, re.MULTILINE)
    if not found:
        sys.exit(f"Cargo.toml: [package] has no {key}")
    return found.group(1)


def digest(data):
    hashed = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + hashed.decode()


def wheel(out, target, binary):
    version = cargo("version")
    dist = f"{NAME.replace('-', '_')}-{version}"
    exe = "kb.exe" if target.endswith("windows-msvc") else "kb"
    tags = PLATFORMS[target]
    metadata = (
        "Metadata-Version: 2.1\n"
        f"Name: {NAME}\n"
        f"Version: {version}\n"
        f"Summary: {cargo('description')}\n"
        f"License: {cargo('license')}\n"
        f"Home-page: {cargo('repository')}\n"
        f"Project-URL: Source, {cargo('repository')}\n"
    )
    wheel_file = (
        "Wheel-Version: 1.0\n"
        "Generator: kb scripts/package-pypi.py\n"
        "Root-Is-Purelib: false\n"
        + "".join(f"Tag: py3-none-{tag}\n" for tag in tags.split("."))
    )
    files = [
        (f"{dist}.data/scripts/{exe}", Path(binary).read_bytes(), 0o755),
        (f"{dist}.dist-info/METADATA", metadata.encode(), 0o644),
        (f"{dist}.dist-info/WHEEL", wheel_file.encode(), 0o644),
    ]
    record = "".join(f"{name},{digest(data)},{len(data)}\n" for name, data, _ in files)
    record += f"{dist}.dist-info/RECORD,,\n"
    files.append((f"{dist}.dist-info/RECORD", record.encode(), 0o644))
    path = Path(out) / f"{dist}-py3-none-{tags}.whl"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data, mode in files:
            # A fixed date: the same binary makes the same wheel.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def main(args):
    if len(args) < 2:
        sys.exit("usage: python3 scripts/package-pypi.py OUT_DIR TARGET=BINARY ...")
    out = Path(args[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    for arg in args[1:]:
        target, _, binary = arg.partition("=")
        if target not in PLATFORMS or not binary:
            sys.exit(f"{arg}: expected TARGET=BINARY, TARGET one of {', '.join(PLATFORMS)}")
        print(wheel(out, target, binary))


if __name__ == "__main__":
    main(sys.argv[1:])
