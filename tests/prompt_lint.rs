//! The prompt lint runs over the prompts in parallel: its problems come out in the prompts' order,
//! the same with one thread or several.

mod common;

use std::fs;

#[test]
fn problems_are_reported_in_prompt_order_whatever_the_threads() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    common::copy_fixture("minimal", &root);
    let prompts = root.join("content/prompts");
    fs::create_dir_all(&prompts).unwrap();
    for n in 1..=12 {
        let body = format!(
            "---\nid: PROMPT-{:03}\ntitle: \"Message {n}\"\ntags: [communication]\nuse_case: \"Écrire.\"\n---\n## Contexte\n\nNous écrivons à personne{n}@exemple.be.\n\n## Prompt\n\nRédige un message de [nombre] mots pour personne{n}.bis@exemple.be.\n",
            900 + n
        );
        fs::write(prompts.join(format!("{:03}-message.md", 900 + n)), body).unwrap();
    }
    let mut outputs = Vec::new();
    for threads in ["1", "4"] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_handbook"))
            .args(["build", "--no-cache", "--root"])
            .arg(&root)
            .arg("--output")
            .arg(tmp.path().join(format!("public-{threads}")))
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("run handbook");
        assert!(
            !run.status.success(),
            "personal data in prompts stops the build"
        );
        outputs.push(String::from_utf8_lossy(&run.stderr).into_owned());
    }
    assert_eq!(outputs[0], outputs[1], "one thread and four differ");
    let reported: Vec<usize> = outputs[0]
        .lines()
        .filter(|l| l.contains("holds category 3 data"))
        .filter_map(|l| l.split("content/prompts/").nth(1)?.get(..3)?.parse().ok())
        .collect();
    assert!(
        reported.len() >= 12,
        "every prompt is reported: {}",
        outputs[0]
    );
    let mut sorted = reported.clone();
    sorted.sort();
    assert_eq!(reported, sorted, "{}", outputs[0]);
}
