//! The training page on fixtures: the schedule (start and end of each module), each module's
//! duration and the announced total, as the site writes them (`45 min`, `1 h`, `1 h 15`, `3 h`).
//! The default handbook's own programme is only held to what any programme must show
//! (`tests/build_default.rs`), so an editor can change its modules and durations freely.

mod common;

use common::{build, copy_fixture, copy_minimal_with, snapshot, text};

/// The `<main>` of the training page of the handbook built from `root`.
fn training_page(root: &std::path::Path, out: &std::path::Path) -> String {
    build(root, out, &[]).assert_success();
    let page = text(&snapshot(out), "training/index.html");
    let start = page.find("<main").expect("a main element");
    let end = page.find("</main>").expect("the end of main");
    page[start..end].to_string()
}

#[test]
fn durations_are_written_in_minutes_hours_or_both_and_modules_follow_each_other() {
    // Three modules of 45, 60 and 75 minutes: 180 minutes announced.
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_minimal_with("training-hours", &root);
    let main = training_page(&root, &tmp.path().join("public"));

    assert!(
        main.contains("<p class=\"lead\">Durée totale : 3 h</p>"),
        "{main}"
    );
    for row in [
        "<a href=\"#module-1\">1. Comprendre l&#39;IA</a></th><td>0:00</td><td>0:45</td><td>45 min</td>",
        "<a href=\"#module-2\">2. Pratiquer</a></th><td>0:45</td><td>1:45</td><td>1 h</td>",
        "<a href=\"#module-3\">3. Décider ensemble</a></th><td>1:45</td><td>3:00</td><td>1 h 15</td>",
    ] {
        assert!(main.contains(row), "schedule row {row}:\n{main}");
    }
    assert!(
        main.contains(
            "<tfoot><tr><th scope=\"row\">Durée totale</th><td></td><td></td><td>3 h</td>"
        ),
        "{main}"
    );
    for heading in [
        "<h2 id=\"module-1\">Module 1 : Comprendre l&#39;IA <span class=\"duration\">(45 min)</span></h2>",
        "<h2 id=\"module-2\">Module 2 : Pratiquer <span class=\"duration\">(1 h)</span></h2>",
        "<h2 id=\"module-3\">Module 3 : Décider ensemble <span class=\"duration\">(1 h 15)</span></h2>",
    ] {
        assert!(main.contains(heading), "{heading}:\n{main}");
    }
}

#[test]
fn a_total_with_minutes_left_over_shows_both() {
    // The minimal handbook: 30 + 60 minutes.
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("minimal", &root);
    let main = training_page(&root, &tmp.path().join("public"));
    assert!(
        main.contains("<p class=\"lead\">Durée totale : 1 h 30</p>"),
        "{main}"
    );
    assert!(
        main.contains("<td>0:30</td><td>1:30</td><td>1 h</td>"),
        "{main}"
    );
}
