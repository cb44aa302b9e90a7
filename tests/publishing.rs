//! Publishing as a new user does it: the workflow `kb init --github-pages` writes, run the way
//! GitHub runs it (each `run:` step in order, in bash, with the environment and files GitHub
//! sets; the `uses:` actions stood in for), with kb's release served from a local folder
//! holding an archive made here from the kb just built; and the git commands of the publishing
//! guides, run on a stock git.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::{KB, repo};
use tempfile::TempDir;
use yaml_rust2::{Yaml, YamlLoader};

const HOME: &str = env!("CARGO_PKG_REPOSITORY");
const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The archive the workflow downloads: the Linux x86_64 release, as dist names and lays it out.
const ARCHIVE: &str = "kb-x86_64-unknown-linux-musl.tar.xz";
/// The PATH of the runner before the workflow adds to it.
const RUNNER_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// A folder laid out as kb's releases are (`v<VERSION>/<ARCHIVE>` and `v<VERSION>/sha256.sum`),
/// holding the kb just built; made once per test run.
fn releases() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("kb-releases");
        let _ = fs::remove_dir_all(&dir);
        let stem = ARCHIVE.trim_end_matches(".tar.xz");
        let staging = dir.join("staging");
        fs::create_dir_all(staging.join(stem)).unwrap();
        fs::copy(KB, staging.join(stem).join("kb")).unwrap();
        fs::copy(
            repo().join("README.md"),
            staging.join(stem).join("README.md"),
        )
        .unwrap();
        let release = dir.join(format!("v{VERSION}"));
        fs::create_dir_all(&release).unwrap();
        // Fast compression: the archive's size is not under test here.
        run_ok(
            Command::new("tar")
                .env("XZ_OPT", "-0")
                .arg("-cJf")
                .arg(release.join(ARCHIVE))
                .arg("-C")
                .arg(&staging)
                .arg(stem),
        );
        let sums = format!(
            "{} *kb-aarch64-apple-darwin.tar.xz\n{} *{ARCHIVE}\n\n",
            "0".repeat(64),
            sha256(&release.join(ARCHIVE))
        );
        fs::write(release.join("sha256.sum"), sums).unwrap();
        dir
    })
}

fn sha256(path: &Path) -> String {
    let out = run_ok(Command::new("sha256sum").arg(path));
    out.split_whitespace().next().unwrap().to_string()
}

fn run_ok(command: &mut Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// One step as it ran.
#[derive(Debug)]
struct StepRun {
    name: String,
    code: i32,
    stdout: String,
    stderr: String,
    took: Duration,
}

/// What a run of the workflow left: the steps that ran, per job, and what GitHub would show.
#[derive(Debug, Default)]
struct WorkflowRun {
    steps: BTreeMap<String, Vec<StepRun>>,
    summary: String,
    /// The folder `actions/upload-pages-artifact` uploaded, when it ran.
    uploaded: Option<PathBuf>,
    deployed: bool,
    /// The variables the build job's steps put into GITHUB_ENV.
    env: BTreeMap<String, String>,
}

impl WorkflowRun {
    fn step(&self, job: &str, name: &str) -> Option<&StepRun> {
        self.steps.get(job)?.iter().find(|step| step.name == name)
    }
    fn ran(&self, job: &str) -> Vec<&str> {
        let steps = self.steps.get(job).map(Vec::as_slice).unwrap_or_default();
        steps.iter().map(|step| step.name.as_str()).collect()
    }
}

/// A site made by `kb init --github-pages`, as pushed to the GitHub repository `repository`.
struct Pushed {
    tmp: TempDir,
    site: PathBuf,
    repository: String,
}

impl Pushed {
    fn new(repository: &str) -> Pushed {
        let tmp = tempfile::tempdir().unwrap();
        let out = Command::new(KB)
            .args(["init", "site", "--github-pages"])
            .current_dir(tmp.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let site = tmp.path().join("site");
        Pushed {
            tmp,
            site,
            repository: repository.to_string(),
        }
    }

    fn write(&self, relative: &str, text: &str) {
        let path = self.site.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn workflow(&self) -> Yaml {
        let text = fs::read_to_string(self.site.join(".github/workflows/pages.yml")).unwrap();
        YamlLoader::load_from_str(&text).unwrap().remove(0)
    }

    /// Runs the workflow with kb's releases served from `releases`; `pages_on` says whether
    /// GitHub Pages is on in the repository's settings.
    fn run(&self, releases: &Path, pages_on: bool) -> WorkflowRun {
        let workflow = self.workflow();
        let mut run = WorkflowRun::default();
        let jobs = workflow["jobs"].as_hash().expect("jobs");
        let mut succeeded: Vec<String> = Vec::new();
        for (name, job) in jobs {
            let name = name.as_str().unwrap();
            let needs: Vec<&str> = match &job["needs"] {
                Yaml::String(one) => vec![one.as_str()],
                Yaml::Array(many) => many.iter().filter_map(Yaml::as_str).collect(),
                _ => vec![],
            };
            if needs
                .iter()
                .any(|need| !succeeded.iter().any(|s| s == need))
            {
                continue;
            }
            // Each job runs on a fresh machine: only the build job checks the site out.
            let machine = self.tmp.path().join(format!("runner-{name}"));
            let workspace = machine.join("workspace");
            if job["steps"][0]["uses"]
                .as_str()
                .is_some_and(|uses| uses.starts_with("actions/checkout@"))
            {
                common::copy_dir(&self.site, &workspace);
            }
            fs::create_dir_all(&workspace).unwrap();
            fs::create_dir_all(machine.join("temp")).unwrap();
            let mut env = variables(&workflow["env"]);
            env.extend(variables(&job["env"]));
            // The one override: kb's releases come from the local folder.
            env.insert(
                "KB_RELEASES".into(),
                format!("file://{}", releases.display()),
            );
            if self.run_job(name, job, &machine, &env, pages_on, &mut run) {
                succeeded.push(name.to_string());
            }
        }
        run
    }

    /// Runs one job's steps in order until one fails; returns whether the job succeeded.
    fn run_job(
        &self,
        job_name: &str,
        job: &Yaml,
        machine: &Path,
        env: &BTreeMap<String, String>,
        pages_on: bool,
        run: &mut WorkflowRun,
    ) -> bool {
        let workspace = machine.join("workspace");
        let temp = machine.join("temp");
        let mut added_env: BTreeMap<String, String> = BTreeMap::new();
        let mut added_path: Vec<String> = Vec::new();
        let mut outcomes: BTreeMap<String, String> = BTreeMap::new();
        let steps = job["steps"].as_vec().expect("steps");
        for (i, step) in steps.iter().enumerate() {
            assert!(
                step["if"].is_badvalue(),
                "step {i} of {job_name} has an `if:`; teach this test to evaluate it"
            );
            let continue_on_error = step["continue-on-error"].as_bool().unwrap_or(false);
            let step_run = if let Some(uses) = step["uses"].as_str() {
                let ok = self.action(uses, step, &workspace, pages_on, run);
                StepRun {
                    name: uses.to_string(),
                    code: if ok { 0 } else { 1 },
                    stdout: String::new(),
                    stderr: String::new(),
                    took: Duration::ZERO,
                }
            } else {
                let script = step["run"].as_str().expect("a step runs or uses");
                assert!(
                    !script.contains("${{"),
                    "{job_name}: expressions belong in `env:`, not in the script (injection):\n{script}"
                );
                let files = ["output", "env", "path", "summary"].map(|file| {
                    let path = temp.join(format!("_runner_file_commands/{file}_{i}"));
                    fs::create_dir_all(path.parent().unwrap()).unwrap();
                    fs::write(&path, "").unwrap();
                    path
                });
                let script_file = temp.join(format!("_step_{i}.sh"));
                fs::write(&script_file, script).unwrap();
                let path = added_path
                    .iter()
                    .rev()
                    .map(String::as_str)
                    .chain([RUNNER_PATH])
                    .collect::<Vec<_>>()
                    .join(":");
                let mut command = Command::new("bash");
                command
                    .args(["--noprofile", "--norc", "-eo", "pipefail"])
                    .arg(&script_file)
                    .current_dir(&workspace)
                    .env_clear()
                    .env("PATH", path)
                    .env("HOME", machine.join("home"))
                    .env("LANG", "C.UTF-8")
                    .env("CI", "true")
                    .env("GITHUB_ACTIONS", "true")
                    .env("GITHUB_REPOSITORY", &self.repository)
                    .env(
                        "GITHUB_REPOSITORY_OWNER",
                        self.repository.split('/').next().unwrap(),
                    )
                    .env("GITHUB_REF", "refs/heads/main")
                    .env("GITHUB_REF_NAME", "main")
                    .env("GITHUB_EVENT_NAME", "push")
                    .env("GITHUB_WORKSPACE", &workspace)
                    .env("RUNNER_TEMP", &temp)
                    .env("RUNNER_OS", "Linux")
                    .env("RUNNER_ARCH", "X64")
                    .env("GITHUB_OUTPUT", &files[0])
                    .env("GITHUB_ENV", &files[1])
                    .env("GITHUB_PATH", &files[2])
                    .env("GITHUB_STEP_SUMMARY", &files[3])
                    .envs(env)
                    .envs(&added_env);
                for (key, value) in variables(&step["env"]) {
                    command.env(key, resolve(&value, &outcomes));
                }
                let started = Instant::now();
                let out = command.output().unwrap();
                let took = started.elapsed();
                let read = |path: &Path| fs::read_to_string(path).unwrap();
                check_outputs(&read(&files[0]));
                for line in read(&files[1]).lines().filter(|l| !l.is_empty()) {
                    let (key, value) = line.split_once('=').expect("GITHUB_ENV: KEY=VALUE");
                    added_env.insert(key.into(), value.into());
                }
                added_path.extend(read(&files[2]).lines().map(str::to_string));
                run.summary.push_str(&read(&files[3]));
                StepRun {
                    name: step["name"].as_str().unwrap_or(script).to_string(),
                    code: out.status.code().unwrap_or(-1),
                    stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                    stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
                    took,
                }
            };
            eprintln!(
                "{job_name} / {}: exit {}, {:.2?}",
                step_run.name, step_run.code, step_run.took
            );
            let ok = step_run.code == 0;
            if let Some(id) = step["id"].as_str() {
                outcomes.insert(id.into(), if ok { "success" } else { "failure" }.into());
            }
            run.steps
                .entry(job_name.to_string())
                .or_default()
                .push(step_run);
            if !ok && !continue_on_error {
                if job_name == "build" {
                    run.env = added_env;
                }
                return false;
            }
        }
        if job_name == "build" {
            run.env = added_env;
        }
        true
    }

    /// What the official actions the workflow uses do, as far as this test needs.
    fn action(
        &self,
        uses: &str,
        step: &Yaml,
        workspace: &Path,
        pages_on: bool,
        run: &mut WorkflowRun,
    ) -> bool {
        let (action, _version) = uses.split_once('@').expect("actions are pinned");
        match action {
            // The workspace already holds the pushed site.
            "actions/checkout" => true,
            "actions/configure-pages" => pages_on,
            "actions/upload-pages-artifact" => {
                let dir = workspace.join(step["with"]["path"].as_str().expect("with: path"));
                assert!(
                    dir.join("index.html").is_file(),
                    "{} has no index.html",
                    dir.display()
                );
                run.uploaded = Some(dir);
                true
            }
            "actions/deploy-pages" => {
                assert!(run.uploaded.is_some(), "deploy-pages without an artifact");
                assert!(pages_on, "deploy-pages ran with Pages off");
                run.deployed = true;
                true
            }
            other => panic!("this test does not know the action {other}"),
        }
    }
}

/// An `env:` mapping.
fn variables(yaml: &Yaml) -> BTreeMap<String, String> {
    let Some(hash) = yaml.as_hash() else {
        return BTreeMap::new();
    };
    hash.iter()
        .map(|(key, value)| {
            let value = match value {
                Yaml::String(s) => s.clone(),
                Yaml::Integer(n) => n.to_string(),
                Yaml::Real(r) => r.clone(),
                Yaml::Boolean(b) => b.to_string(),
                other => panic!("env value {other:?}"),
            };
            (key.as_str().unwrap().to_string(), value)
        })
        .collect()
}

/// `${{ steps.<id>.outcome }}`, the one kind of expression the workflow's `env:` uses.
fn resolve(value: &str, outcomes: &BTreeMap<String, String>) -> String {
    let Some(inner) = value
        .strip_prefix("${{")
        .and_then(|rest| rest.strip_suffix("}}"))
    else {
        assert!(!value.contains("${{"), "{value}");
        return value.to_string();
    };
    let id = inner
        .trim()
        .strip_prefix("steps.")
        .and_then(|rest| rest.strip_suffix(".outcome"))
        .unwrap_or_else(|| panic!("this test does not know the expression {value}"));
    outcomes
        .get(id)
        .unwrap_or_else(|| panic!("no step {id} before"))
        .clone()
}

/// Checks the GITHUB_OUTPUT a step wrote: each line `name=value` (or a `name<<END` block), each
/// name once.
fn check_outputs(text: &str) {
    let mut found = BTreeMap::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let (name, value) = if let Some((name, end)) = line.split_once("<<") {
            let value: Vec<&str> = lines.by_ref().take_while(|l| *l != end).collect();
            (name, value.join("\n"))
        } else {
            let (name, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("GITHUB_OUTPUT line `{line}` is not name=value"));
            (name, value.to_string())
        };
        assert!(
            found.insert(name.to_string(), value).is_none(),
            "GITHUB_OUTPUT names {name} twice:\n{text}"
        );
    }
}

fn permissions(yaml: &Yaml) -> Vec<(String, String)> {
    yaml.as_hash()
        .expect("permissions: a mapping")
        .iter()
        .map(|(k, v)| (k.as_str().unwrap().into(), v.as_str().unwrap().into()))
        .collect()
}

fn pair(key: &str, value: &str) -> (String, String) {
    (key.to_string(), value.to_string())
}

#[test]
fn the_pages_workflow_installs_the_release_checks_builds_and_deploys() {
    let pushed = Pushed::new("Coalition-Org/kb-site");
    let workflow = pushed.workflow();
    // Pinned to the kb that wrote it, from kb's home in Cargo.toml; least permissions per job.
    assert_eq!(workflow["env"]["KB_VERSION"].as_str(), Some(VERSION));
    assert_eq!(
        workflow["env"]["KB_RELEASES"].as_str(),
        Some(format!("{HOME}/releases/download").as_str())
    );
    assert_eq!(permissions(&workflow["permissions"]), vec![]);
    assert_eq!(
        permissions(&workflow["jobs"]["build"]["permissions"]),
        vec![pair("contents", "read")]
    );
    assert_eq!(
        permissions(&workflow["jobs"]["deploy"]["permissions"]),
        vec![pair("pages", "write"), pair("id-token", "write")]
    );
    let text = fs::read_to_string(pushed.site.join(".github/workflows/pages.yml")).unwrap();
    assert!(!text.contains("{{KB_") && !text.contains("OWNER"), "{text}");

    let run = pushed.run(releases(), true);
    assert_eq!(
        run.ran("build"),
        [
            "actions/checkout@v7",
            "Install kb",
            "Find the site's address",
            "Check the site",
            "Build",
            "actions/upload-pages-artifact@v5",
        ],
        "{run:#?}"
    );
    for step in &run.steps["build"] {
        assert_eq!(step.code, 0, "{step:#?}");
    }
    let install = run.step("build", "Install kb").unwrap();
    assert!(
        install.stdout.contains(&format!("kb {VERSION}")),
        "{install:#?}"
    );
    eprintln!(
        "the Pages workflow installs kb in {:.2?} (archive {} bytes)",
        install.took,
        fs::metadata(releases().join(format!("v{VERSION}/{ARCHIVE}")))
            .unwrap()
            .len()
    );
    assert_eq!(
        run.env.get("KB_SITE_URL").map(String::as_str),
        Some("https://coalition-org.github.io/kb-site/")
    );
    let public = run.uploaded.as_ref().unwrap();
    let home = fs::read_to_string(public.join("index.html")).unwrap();
    assert!(home.contains("href=\"/kb-site/articles/"), "{home}");
    assert!(
        run.summary.contains("### kb check") && run.summary.contains("kb check:"),
        "{}",
        run.summary
    );
    assert_eq!(
        run.ran("deploy"),
        [
            "actions/configure-pages@v5",
            "Is GitHub Pages on?",
            "actions/deploy-pages@v5"
        ]
    );
    assert!(run.deployed);
}

#[test]
fn warnings_go_to_the_summary_and_errors_stop_the_deploy() {
    let pushed = Pushed::new("org/kb-site");
    pushed.write(
        "content/articles/untagged.md",
        "+++\ntitle = \"בלי תגיות\"\ndate = 2024-05-01\n+++\n\nמאמר בלי תגיות.\n",
    );
    let run = pushed.run(releases(), true);
    let check = run.step("build", "Check the site").unwrap();
    assert_eq!(check.code, 0, "{check:#?}");
    assert!(
        run.summary.contains("content/articles/untagged.md"),
        "the warning is in the summary: {}",
        run.summary
    );
    assert!(run.deployed, "warnings do not stop the deploy");

    pushed.write(
        "content/articles/broken.md",
        "+++\ntitle = \"קישור שבור\"\ndate = 2024-05-02\ntags = [\"backbone\"]\n+++\n\nראו [כאן](/articles/nowhere/).\n",
    );
    let run = pushed.run(releases(), true);
    let check = run.step("build", "Check the site").unwrap();
    assert_eq!(check.code, 1, "{check:#?}");
    assert!(
        check.stderr.contains("content/articles/broken.md"),
        "{check:#?}"
    );
    assert!(
        run.summary.contains("content/articles/broken.md"),
        "{}",
        run.summary
    );
    assert_eq!(run.ran("build").last(), Some(&"Check the site"));
    assert!(run.uploaded.is_none() && !run.deployed);
    assert!(run.ran("deploy").is_empty());
}

#[test]
fn a_first_run_before_pages_is_on_says_what_to_do() {
    let pushed = Pushed::new("org/kb-site");
    let run = pushed.run(releases(), false);
    assert!(run.uploaded.is_some(), "the site was built");
    let explain = run.step("deploy", "Is GitHub Pages on?").unwrap();
    assert_eq!(explain.code, 1, "{explain:#?}");
    assert!(
        explain
            .stdout
            .contains("::error title=GitHub Pages::GitHub Pages is not on")
            && explain.stdout.contains("Source: GitHub Actions"),
        "{explain:#?}"
    );
    assert!(
        run.summary.contains("GitHub Pages עוד לא הופעל")
            && run.summary.contains("Settings ← Pages"),
        "{}",
        run.summary
    );
    assert!(!run.deployed);
}

#[test]
fn a_download_that_does_not_match_its_checksum_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let release = tmp.path().join(format!("v{VERSION}"));
    fs::create_dir_all(&release).unwrap();
    let mut archive = fs::read(releases().join(format!("v{VERSION}/{ARCHIVE}"))).unwrap();
    let sums = fs::read_to_string(releases().join(format!("v{VERSION}/sha256.sum"))).unwrap();
    let last = archive.len() - 1;
    archive[last] ^= 1;
    fs::write(release.join(ARCHIVE), archive).unwrap();
    fs::write(release.join("sha256.sum"), sums).unwrap();

    let run = Pushed::new("org/kb-site").run(tmp.path(), true);
    let install = run.step("build", "Install kb").unwrap();
    assert_ne!(install.code, 0, "{install:#?}");
    assert!(install.stdout.contains("FAILED"), "{install:#?}");
    assert_eq!(run.ran("build").last(), Some(&"Install kb"));
    assert!(!run.deployed);
}

#[test]
fn the_address_is_the_user_site_or_the_custom_domain() {
    let pushed = Pushed::new("Org/org.github.io");
    let run = pushed.run(releases(), true);
    assert_eq!(
        run.env.get("KB_SITE_URL").map(String::as_str),
        Some("https://org.github.io/")
    );
    let home = fs::read_to_string(run.uploaded.unwrap().join("index.html")).unwrap();
    assert!(home.contains("href=\"/articles/"), "{home}");

    let pushed = Pushed::new("org/kb-site");
    pushed.write("static/CNAME", "kb.example.org\n");
    let run = pushed.run(releases(), true);
    assert_eq!(
        run.env.get("KB_SITE_URL").map(String::as_str),
        Some("https://kb.example.org/")
    );
    let public = run.uploaded.unwrap();
    assert!(
        fs::read_to_string(public.join("index.html"))
            .unwrap()
            .contains("href=\"/articles/")
    );
    assert_eq!(
        fs::read_to_string(public.join("CNAME")).unwrap(),
        "kb.example.org\n"
    );
}

/// `script` run by bash in `dir` with kb on the PATH and a stock git: no configuration of the
/// user's (a fresh HOME in `dir`), none of the system's.
fn stock_git(dir: &Path, script: &str) -> std::process::Output {
    let home = dir.join("home");
    fs::create_dir_all(&home).unwrap();
    let kb_dir = Path::new(KB).parent().unwrap();
    Command::new("bash")
        .args(["-eo", "pipefail", "-c", script])
        .current_dir(dir)
        .env_clear()
        .env("PATH", format!("{}:{RUNNER_PATH}", kb_dir.display()))
        .env("HOME", &home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap()
}

/// The shell block of a guide that starts the repository (`git init -b main` ...).
fn git_block(guide: &str) -> String {
    let text = fs::read_to_string(repo().join(guide)).unwrap();
    let blocks: Vec<&str> = text
        .split("```")
        .skip(1)
        .step_by(2)
        .filter(|block| block.contains("git init -b main"))
        .collect();
    assert_eq!(
        blocks.len(),
        1,
        "{guide}: one block with `git init -b main`"
    );
    let block = blocks[0];
    block
        .split_once('\n')
        .map_or(block, |(_, rest)| rest)
        .to_string()
}

#[test]
fn the_guides_git_commands_work_on_a_stock_git() {
    let hebrew = git_block("docs/publishing.he.md");
    let english = git_block("docs/publishing.md");
    let commands = |block: &str| -> Vec<String> {
        block
            .lines()
            .map(|line| line.split(" # ").next().unwrap().trim().to_string())
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    };
    assert_eq!(
        commands(&hebrew)
            .iter()
            .filter(|c| c.starts_with("git "))
            .count(),
        commands(&english)
            .iter()
            .filter(|c| c.starts_with("git "))
            .count(),
        "both guides give the same git commands:\n{hebrew}\n{english}"
    );
    for (guide, block) in [("he", hebrew), ("en", english)] {
        let tmp = tempfile::tempdir().unwrap();
        let remote = tmp.path().join("remote.git");
        run_ok(
            Command::new("git")
                .args(["init", "--bare", "-q"])
                .arg(&remote),
        );
        let script = commands(&block).join("\n").replace(
            "https://github.com/ORG/kb-site.git",
            remote.to_str().unwrap(),
        );
        assert!(script.contains(remote.to_str().unwrap()), "{block}");
        let out = stock_git(tmp.path(), &script);
        assert!(
            out.status.success(),
            "{guide}: {script}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let files = run_ok(
            Command::new("git")
                .args(["ls-tree", "-r", "--name-only", "main"])
                .current_dir(&remote),
        );
        for file in [".github/workflows/pages.yml", "config.toml", ".gitignore"] {
            assert!(
                files.lines().any(|l| l == file),
                "{guide}: {file} in\n{files}"
            );
        }
        assert!(!files.contains("public/"), "{guide}: {files}");
    }
}

/// The guides' way for a git older than 2.28, which has no `git init -b`: `git init` makes
/// `master` on a stock git, and `git branch -M main` after the first commit renames it.
#[test]
fn without_init_b_branch_m_makes_the_branch_the_workflow_publishes() {
    for guide in ["docs/publishing.he.md", "docs/publishing.md"] {
        let text = fs::read_to_string(repo().join(guide)).unwrap();
        assert!(text.contains("`git branch -M main`"), "{guide}");
    }
    let tmp = tempfile::tempdir().unwrap();
    let remote = tmp.path().join("remote.git");
    run_ok(
        Command::new("git")
            .args(["init", "--bare", "-q"])
            .arg(&remote),
    );
    let script = format!(
        "kb init kb-site --github-pages >/dev/null\ncd kb-site\ngit init -q\n\
         test \"$(git symbolic-ref --short HEAD)\" = master\ngit add .\n\
         git -c user.name=T -c user.email=t@example.org commit -q -m first\n\
         git branch -M main\ngit remote add origin {}\ngit push -q -u origin main\n",
        remote.display()
    );
    let out = stock_git(tmp.path(), &script);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = run_ok(
        Command::new("git")
            .args(["ls-tree", "-r", "--name-only", "main"])
            .current_dir(&remote),
    );
    assert!(
        files.lines().any(|l| l == ".github/workflows/pages.yml"),
        "{files}"
    );
}
