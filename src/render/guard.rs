//! What the guard's page on the site and the guard itself (`crate::extension`, which builds on the
//! renderer) must agree on: the sites it guards and where the build publishes its zip.

/// The public AI chat sites guarded by every build, as match patterns.
pub const DEFAULT_SITES: [&str; 8] = [
    "https://chatgpt.com/*",
    "https://chat.openai.com/*",
    "https://claude.ai/*",
    "https://gemini.google.com/*",
    "https://chat.mistral.ai/*",
    "https://copilot.microsoft.com/*",
    "https://www.perplexity.ai/*",
    "https://chat.deepseek.com/*",
];

/// Where `handbook build` publishes the guard's zip, relative to an edition's default-language
/// folder.
pub const SITE_ZIP: &str = "guard/handbook-guard.zip";
