//! The browser editor's local backend (Decap CMS's `local_backend` protocol, as its
//! `decap-server` speaks it in file-system mode) inside `kb serve`: an author edits in the form
//! at `/admin/`, saves, and the file is written into the site's folder, where the watcher picks
//! it up and the preview reloads. No git and no Node.
//!
//! It reads and writes only under `content/` and the `[cms]` media folder, through no symbolic
//! link, and only for requests from a page of the preview itself: the `Origin` of the request
//! must be the preview's own address (another web site open in the same browser can send a
//! request here, but not with our origin), and the body must be JSON, which a page elsewhere
//! cannot send without a preflight this server never answers.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::config::{Config, Overrides};

/// The editor's address for it, under the preview's `/admin/`.
pub const API_PATH: &str = "/admin/api/v1";
/// The content folder: every item, page and intro.
const CONTENT: &str = "content";

/// Why a request was refused, with its HTTP status.
#[derive(Debug)]
pub struct Refusal {
    pub status: u16,
    pub message: String,
}

fn refuse(status: u16, message: impl Into<String>) -> Refusal {
    Refusal {
        status,
        message: message.into(),
    }
}

/// Whether `origin` (the request's `Origin` header) is the preview's own address for the
/// request's `host` (already checked to be one of the preview's own names).
pub fn same_origin(origin: Option<&str>, host: Option<&str>) -> bool {
    match (origin, host) {
        (Some(origin), Some(host)) => origin == format!("http://{host}"),
        _ => false,
    }
}

#[derive(Debug, Deserialize)]
struct Request {
    action: String,
    #[serde(default)]
    params: Value,
}

#[derive(Debug, Deserialize)]
struct DataFile {
    path: String,
    raw: String,
    #[serde(rename = "newPath")]
    new_path: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Asset {
    path: String,
    content: String,
}

/// Answers one request of the protocol on the site in `site_dir`.
pub fn answer(site_dir: &Path, body: &[u8]) -> Result<Value, Refusal> {
    let request: Request = serde_json::from_slice(body)
        .map_err(|err| refuse(422, format!("not a request of the editor: {err}")))?;
    let site = Site::open(site_dir)?;
    let params = &request.params;
    let text = |key: &str| -> Result<String, Refusal> {
        params[key]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| refuse(422, format!("{} needs {key}", request.action)))
    };
    Ok(match request.action.as_str() {
        "info" => json!({
            "repo": site_dir.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
            "publish_modes": ["simple"],
            "type": "local_fs",
        }),
        "entriesByFolder" => {
            let folder = text("folder")?;
            let extension = text("extension")?;
            let depth = params["depth"].as_u64().unwrap_or(1) as usize;
            let files = site.list(&folder, &extension, depth)?;
            Value::Array(files.iter().map(|path| site.entry(path, None)).collect())
        }
        "entriesByFiles" => {
            let files = params["files"].as_array().cloned().unwrap_or_default();
            let mut entries = Vec::new();
            for file in files {
                let path = file["path"].as_str().unwrap_or_default().to_string();
                site.readable(&path)?;
                entries.push(site.entry(&path, file["label"].as_str()));
            }
            Value::Array(entries)
        }
        "getEntry" => {
            let path = text("path")?;
            site.readable(&path)?;
            site.entry(&path, None)
        }
        "persistEntry" => {
            let files: Vec<DataFile> = match params.get("dataFiles") {
                Some(files) => serde_json::from_value(files.clone()),
                None => serde_json::from_value(params["entry"].clone()).map(|file| vec![file]),
            }
            .map_err(|err| refuse(422, format!("persistEntry: {err}")))?;
            let assets: Vec<Asset> = serde_json::from_value(params["assets"].clone())
                .map_err(|err| refuse(422, format!("persistEntry: {err}")))?;
            // Every path is checked before anything is written: a refused request writes nothing.
            for file in &files {
                site.writable(&file.path)?;
                if let Some(new_path) = &file.new_path {
                    site.writable(new_path)?;
                }
            }
            let decoded = assets
                .iter()
                .map(|asset| Ok((site.writable(&asset.path)?, decode(&asset.content)?)))
                .collect::<Result<Vec<_>, Refusal>>()?;
            for file in &files {
                site.write(&file.path, file.raw.as_bytes())?;
            }
            for (path, bytes) in decoded {
                site.write(&path, &bytes)?;
            }
            for file in &files {
                if let Some(new_path) = &file.new_path {
                    site.rename(&file.path, new_path)?;
                }
            }
            json!({ "message": "entry persisted" })
        }
        "getMedia" => {
            let folder = text("mediaFolder")?;
            let files = site.list(&folder, "", 1)?;
            Value::Array(files.iter().map(|path| site.media(path)).collect())
        }
        "getMediaFile" => {
            let path = text("path")?;
            site.readable(&path)?;
            site.media(&path)
        }
        "persistMedia" => {
            let asset: Asset = serde_json::from_value(params["asset"].clone())
                .map_err(|err| refuse(422, format!("persistMedia: {err}")))?;
            let path = site.writable(&asset.path)?;
            site.write(&path, &decode(&asset.content)?)?;
            site.media(&path)
        }
        "deleteFile" => {
            let path = text("path")?;
            site.delete(&path)?;
            json!({ "message": format!("deleted file {path}") })
        }
        "deleteFiles" => {
            let paths: Vec<String> = serde_json::from_value(params["paths"].clone())
                .map_err(|err| refuse(422, format!("deleteFiles: {err}")))?;
            for path in &paths {
                site.writable(path)?;
            }
            for path in &paths {
                site.delete(path)?;
            }
            json!({ "message": format!("deleted files {}", paths.join(", ")) })
        }
        "getDeployPreview" => Value::Null,
        other => return Err(refuse(422, format!("unknown action {other}"))),
    })
}

fn decode(content: &str) -> Result<Vec<u8>, Refusal> {
    BASE64
        .decode(content)
        .map_err(|err| refuse(422, format!("not base64: {err}")))
}

/// The site's folder and the two folders under it the editor may touch.
struct Site {
    root: PathBuf,
    /// `content` and the media folder, as written in config.toml (`static/media`).
    folders: [String; 2],
}

impl Site {
    fn open(site_dir: &Path) -> Result<Site, Refusal> {
        let config = Config::load(site_dir, &Overrides::default())
            .map_err(|_| refuse(409, "config.toml does not build: fix it first"))?;
        let media = config
            .cms
            .map(|cms| cms.media_folder)
            .ok_or_else(|| refuse(404, "config.toml has no [cms] table"))?;
        let root = std::fs::canonicalize(site_dir)
            .map_err(|err| refuse(500, format!("the site folder: {err}")))?;
        Ok(Site {
            root,
            folders: [CONTENT.to_string(), media],
        })
    }

    /// `path` (relative to the site, `/`-separated) when it is a plain path inside one of the
    /// editor's folders, or one of those folders itself.
    fn inside(&self, path: &str) -> Result<PathBuf, Refusal> {
        let path = path.trim_end_matches('/');
        let plain = crate::output::check_path(path).is_ok()
            && Path::new(path)
                .components()
                .all(|part| matches!(part, Component::Normal(_)));
        let allowed = self.folders.iter().any(|folder| {
            path == folder
                || path
                    .strip_prefix(folder.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        });
        if !plain || !allowed {
            return Err(refuse(
                403,
                format!("the editor may only use content/ and the media folder, not {path}"),
            ));
        }
        Ok(PathBuf::from(path))
    }

    /// Every existing part of the path is a real folder or file, no symbolic link: what is
    /// written stays where it is named.
    fn no_links(&self, relative: &Path) -> Result<(), Refusal> {
        let mut at = self.root.clone();
        for part in relative.components() {
            at.push(part);
            match std::fs::symlink_metadata(&at) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    return Err(refuse(
                        403,
                        format!("{} is a symbolic link", relative.display()),
                    ));
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
        Ok(())
    }

    fn readable(&self, path: &str) -> Result<PathBuf, Refusal> {
        let relative = self.inside(path)?;
        self.no_links(&relative)?;
        Ok(relative)
    }

    fn writable(&self, path: &str) -> Result<String, Refusal> {
        let relative = self.readable(path)?;
        if self
            .folders
            .iter()
            .any(|folder| Path::new(folder) == relative)
        {
            return Err(refuse(403, format!("{path} is a folder")));
        }
        Ok(path.to_string())
    }

    /// Files under `folder` ending in `extension`, `depth` levels down, sorted; the intros
    /// (`_index.md`, `_index.ar.md`) are left out of the type folders (they are edited as intros).
    fn list(&self, folder: &str, extension: &str, depth: usize) -> Result<Vec<String>, Refusal> {
        let relative = self.readable(folder)?;
        let start = self.root.join(&relative);
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&start)
            .min_depth(1)
            .max_depth(depth.max(1))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(inner) = entry.path().strip_prefix(&self.root) else {
                continue;
            };
            let name = crate::walk::relative_name(inner);
            // `_index.md` and its translations (`_index.ar.md`).
            let intro = entry.file_name().to_string_lossy().starts_with("_index.");
            let hidden = name.split('/').any(|part| part.starts_with('.'));
            if name.ends_with(extension) && !intro && !hidden {
                files.push(name);
            }
        }
        Ok(files)
    }

    fn entry(&self, path: &str, label: Option<&str>) -> Value {
        let bytes = std::fs::read(self.root.join(path)).ok();
        let data = bytes
            .as_deref()
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned());
        json!({
            "data": data,
            "file": { "path": path, "label": label, "id": bytes.as_deref().map(id) },
        })
    }

    fn media(&self, path: &str) -> Value {
        let bytes = std::fs::read(self.root.join(path)).unwrap_or_default();
        let name = path.rsplit('/').next().unwrap_or(path);
        json!({
            "id": id(&bytes),
            "content": BASE64.encode(&bytes),
            "encoding": "base64",
            "path": path,
            "name": name,
        })
    }

    /// Writes through a temporary file and a rename, so the watcher sees one whole file.
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Refusal> {
        let target = self.root.join(path);
        let failed = |err: std::io::Error| refuse(500, format!("{path}: {err}"));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(failed)?;
        }
        // Folders just created are checked too: none of them may be a link made meanwhile.
        self.no_links(Path::new(path))?;
        let name = target
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        // `.#` is an editor's lock-file prefix: the watcher leaves such files out.
        let temporary = target.with_file_name(format!(".#{name}.kb-save"));
        let mut file = std::fs::File::create(&temporary).map_err(failed)?;
        file.write_all(bytes).map_err(failed)?;
        drop(file);
        std::fs::rename(&temporary, &target).map_err(failed)
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), Refusal> {
        let target = self.root.join(to);
        let failed = |err: std::io::Error| refuse(500, format!("{from} → {to}: {err}"));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(failed)?;
        }
        std::fs::rename(self.root.join(from), target).map_err(failed)
    }

    fn delete(&self, path: &str) -> Result<(), Refusal> {
        self.writable(path)?;
        match std::fs::remove_file(self.root.join(path)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                Err(refuse(500, format!("{path}: {err}")))
            }
            _ => Ok(()),
        }
    }
}

fn id(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("config.toml"),
            "title = \"א\"\nbase_url = \"https://x.org\"\n[cms]\nbackend = \"github\"\nrepo = \"o/s\"\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("content/articles")).unwrap();
        std::fs::write(dir.path().join("content/articles/a.md"), "+++\n+++\n").unwrap();
        dir
    }

    fn ask(dir: &Path, request: Value) -> Result<Value, Refusal> {
        answer(dir, request.to_string().as_bytes())
    }

    #[test]
    fn only_our_own_origin_may_ask() {
        assert!(same_origin(
            Some("http://127.0.0.1:1111"),
            Some("127.0.0.1:1111")
        ));
        assert!(!same_origin(
            Some("http://evil.example"),
            Some("127.0.0.1:1111")
        ));
        assert!(!same_origin(
            Some("http://127.0.0.1:2222"),
            Some("127.0.0.1:1111")
        ));
        assert!(!same_origin(None, Some("127.0.0.1:1111")));
        assert!(!same_origin(Some("null"), Some("127.0.0.1:1111")));
    }

    #[test]
    fn writes_stay_in_content_and_the_media_folder() {
        let dir = site();
        let persist = |path: &str| {
            ask(
                dir.path(),
                json!({"action": "persistEntry", "params": {"branch": "main",
                    "dataFiles": [{"slug": "x", "path": path, "raw": "x"}], "assets": [],
                    "options": {"commitMessage": "m", "useWorkflow": false, "status": ""}}}),
            )
        };
        assert!(persist("content/articles/new.md").is_ok());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("content/articles/new.md")).unwrap(),
            "x"
        );
        for outside in [
            "config.toml",
            "content/../config.toml",
            "/etc/passwd",
            "static/kb.js",
            "contentx/a.md",
            "content",
        ] {
            let refused = persist(outside).unwrap_err();
            assert_eq!(refused.status, 403, "{outside}");
        }
        let media = ask(
            dir.path(),
            json!({"action": "persistMedia", "params": {"branch": "main",
                "asset": {"path": "static/media/a.png", "content": "iVBORw==", "encoding": "base64"},
                "options": {"commitMessage": "m"}}}),
        )
        .unwrap();
        assert_eq!(media["name"], "a.png");
        assert_eq!(
            std::fs::read(dir.path().join("static/media/a.png")).unwrap(),
            [0x89, b'P', b'N', b'G']
        );
    }

    #[cfg(unix)]
    #[test]
    fn no_write_through_a_symbolic_link() {
        let dir = site();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("content/out")).unwrap();
        let refused = ask(
            dir.path(),
            json!({"action": "persistEntry", "params": {"branch": "main",
                "entry": {"slug": "x", "path": "content/out/x.md", "raw": "x"}, "assets": [],
                "options": {"commitMessage": "m", "useWorkflow": false, "status": ""}}}),
        )
        .unwrap_err();
        assert_eq!(refused.status, 403);
        assert!(!outside.path().join("x.md").exists());
    }

    #[test]
    fn lists_items_without_intros() {
        let dir = site();
        std::fs::write(dir.path().join("content/articles/_index.md"), "+++\n+++\n").unwrap();
        std::fs::write(
            dir.path().join("content/articles/_index.ar.md"),
            "+++\n+++\n",
        )
        .unwrap();
        let listed = ask(
            dir.path(),
            json!({"action": "entriesByFolder", "params": {"branch": "main",
                "folder": "content/articles", "extension": "md", "depth": 2}}),
        )
        .unwrap();
        let paths: Vec<&str> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry["file"]["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths, ["content/articles/a.md"]);
        assert_eq!(listed[0]["data"], "+++\n+++\n");
    }
}
