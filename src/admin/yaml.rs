//! A small YAML writer for `admin/config.yml`: block maps and lists, every string double-quoted
//! with JSON's escapes (a subset of YAML's), so no title or tag name can change the structure.

use std::fmt::Write;

/// A YAML value, maps in the order they are written.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    /// Written double-quoted, JSON-escaped.
    Str(String),
    /// `true` or `false`.
    Bool(bool),
    /// A block list, an item a line (`- `).
    List(Vec<Yaml>),
    /// A block map, `key: value` a line.
    Map(Vec<(&'static str, Yaml)>),
}

impl From<&str> for Yaml {
    fn from(text: &str) -> Yaml {
        Yaml::Str(text.to_string())
    }
}

impl From<String> for Yaml {
    fn from(text: String) -> Yaml {
        Yaml::Str(text)
    }
}

impl From<bool> for Yaml {
    fn from(value: bool) -> Yaml {
        Yaml::Bool(value)
    }
}

/// The document for `value`, which should be a map.
pub fn to_string(value: &Yaml) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out
}

fn write_value(out: &mut String, value: &Yaml, indent: usize) {
    match value {
        Yaml::Map(entries) => {
            for (key, value) in entries {
                pad(out, indent);
                out.push_str(key);
                out.push(':');
                write_after_key(out, value, indent);
            }
        }
        Yaml::List(items) => {
            for item in items {
                pad(out, indent);
                out.push('-');
                match item {
                    // The map's first key on the dash's line, the rest under it.
                    Yaml::Map(entries) if !entries.is_empty() => {
                        out.push(' ');
                        let mut first = String::new();
                        write_value(&mut first, item, indent + 2);
                        out.push_str(first.trim_start());
                    }
                    _ => write_after_key(out, item, indent),
                }
            }
        }
        scalar => {
            pad(out, indent);
            write_scalar(out, scalar);
            out.push('\n');
        }
    }
}

fn write_after_key(out: &mut String, value: &Yaml, indent: usize) {
    match value {
        Yaml::Map(entries) if entries.is_empty() => out.push_str(" {}\n"),
        Yaml::List(items) if items.is_empty() => out.push_str(" []\n"),
        Yaml::Map(_) | Yaml::List(_) => {
            out.push('\n');
            write_value(out, value, indent + 2);
        }
        scalar => {
            out.push(' ');
            write_scalar(out, scalar);
            out.push('\n');
        }
    }
}

fn write_scalar(out: &mut String, value: &Yaml) {
    match value {
        Yaml::Str(text) => {
            out.push_str(&serde_json::Value::String(text.clone()).to_string());
        }
        Yaml::Bool(value) => {
            let _ = write!(out, "{value}");
        }
        Yaml::Map(_) | Yaml::List(_) => unreachable!("scalars only"),
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_lists_nest_in_blocks() {
        let doc = Yaml::Map(vec![
            ("name", "א: \"ב\"\n".into()),
            ("create", true.into()),
            (
                "fields",
                Yaml::List(vec![
                    Yaml::Map(vec![("name", "title".into()), ("required", true.into())]),
                    Yaml::Str("x".into()),
                ]),
            ),
            ("empty", Yaml::List(vec![])),
        ]);
        assert_eq!(
            to_string(&doc),
            "name: \"א: \\\"ב\\\"\\n\"\ncreate: true\nfields:\n  - name: \"title\"\n    required: true\n  - \"x\"\nempty: []\n"
        );
    }
}
