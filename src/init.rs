//! `handbook init`: a complete starter handbook (the default content and theme, embedded in the binary)
//! written into a new folder, ready to build and to adapt.

use std::path::Path;

use include_dir::{include_dir, Dir};

static DEFAULT_CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static DEFAULT_CONFIG: &str = include_str!("../handbook.yaml");
static DEFAULT_CONFIG_EN: &str = include_str!("../handbook.en.yaml");

/// What a build writes inside the handbook by default and must stay out of version control: the
/// site, the lock and spare beside it (see `output`), and the build cache.
const GITIGNORE: &str = "/public/\n/.public.*\n/.handbook-cache/\n";

/// Writes the starter handbook into `dir`, which must be missing or empty.
pub fn init(dir: &Path) -> Result<usize, String> {
    if dir.exists() {
        let mut entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "{} is not empty: refusing to overwrite anything — choose a new folder name",
                dir.display()
            ));
        }
    }
    let mut written = 0;
    let mut write = |rel: &Path, bytes: &[u8]| -> Result<(), String> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written += 1;
        Ok(())
    };
    write(Path::new("handbook.yaml"), DEFAULT_CONFIG.as_bytes())?;
    write(Path::new("handbook.en.yaml"), DEFAULT_CONFIG_EN.as_bytes())?;
    write(Path::new(".gitignore"), GITIGNORE.as_bytes())?;
    for (tree, prefix) in [
        (&DEFAULT_CONTENT, "content"),
        (&crate::render::theme::DEFAULT_THEME, "themes/default"),
    ] {
        let mut stack = vec![tree];
        while let Some(d) = stack.pop() {
            for file in d.files() {
                write(&Path::new(prefix).join(file.path()), file.contents())?;
            }
            stack.extend(d.dirs());
        }
    }
    Ok(written)
}
