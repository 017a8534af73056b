// Wasm throughput of the checker under Node (v18+):
//   node wasm-widget/bench/wasm-bench.mjs
// Loads pkg/ synchronously from the .wasm bytes (initSync), builds a checker
// with a small vocabulary, and prints MB/s for 1 KB and 1 MB inputs plus the
// gzipped size of the .wasm.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "..", "pkg");
const { initSync, Checker } = await import(join(pkg, "wasm_widget.js"));
const bytes = readFileSync(join(pkg, "wasm_widget_bg.wasm"));
initSync({ module: bytes });

const vocabulary = JSON.stringify({
  association: ["Les Jardins Solidaires"],
  public_names: ["Café des Parents", "Maison des Familles", "12 rue des Lilas"],
  secret_terms: ["Projet Hirondelle", "Opération Tournesol"],
});
const checker = new Checker(vocabulary, "");

const SAMPLE =
  "Bonjour à toutes et à tous, le Café des Parents se réunit jeudi à la Maison des Familles. " +
  "Mme Martin (06 12 34 56 78, marie.martin@gmail.com) est diabétique : adapte le menu. " +
  "Atelier de prévention du diabète ouvert à tous le samedi 14 juin de 10h à 12h, 12 rue des Lilas. " +
  "Nos bénéficiaires sont majoritairement des femmes de 30-45 ans. Le projet Hirondelle avance, ne pas diffuser. " +
  "Our gardening workshops are open to everyone, free of charge, every Wednesday and Saturday. " +
  "RIB du bénévole : FR14 2004 1010 0505 0001 3M02 606. Karim a fait une dépression l'an dernier. ";

function textOf(bytesWanted) {
  let t = "";
  while (Buffer.byteLength(t) < bytesWanted) t += SAMPLE;
  return t.slice(0, bytesWanted); // close enough: sizes are measured below
}

function bench(label, size, minMs) {
  const text = textOf(size);
  const n = Buffer.byteLength(text);
  checker.classify(text, "fr"); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let sink = 0;
  while (performance.now() - t0 < minMs || runs < 3) {
    sink += checker.classify(text, "fr").length;
    runs++;
  }
  const ms = performance.now() - t0;
  const mbs = (n * runs) / 1e6 / (ms / 1000);
  console.log(`wasm ${label.padStart(5)}: ${mbs.toFixed(2).padStart(8)} MB/s  (${runs} runs, ${(ms / runs).toFixed(3)} ms/run)${sink < 0 ? "!" : ""}`);
}

const report = JSON.parse(checker.classify("Mme Martin est diabétique.", "fr"));
if (report.category !== 4) throw new Error("unexpected classification: " + JSON.stringify(report));
bench("1 KB", 1024, 1000);
bench("1 MB", 1024 * 1024, 3000);
console.log(`wasm size: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped (-9)`);
