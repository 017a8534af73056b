// Wasm throughput and start-up of the checker under Node (v18+):
//   node wasm-widget/bench/wasm-bench.mjs [pkg-dir]
// Loads pkg/ synchronously from the .wasm bytes (initSync) and prints:
// - "ready": compile + instantiate the module, construct a Checker with a
//   realistic vocabulary (30 public names, 50 hashed secret n-grams) and a
//   large site's fingerprint (100 000 shingles), and classify a first short
//   text (which builds the lexicon); goal <= 50 ms.  Download time is not
//   included (the gzipped size below);
// - MB/s for 1 KB and 1 MB inputs (goal >= 10 MB/s);
// - the gzipped size of the .wasm (goal <= 200 KB: names of many origins and three languages).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = process.argv[2] ? resolve(process.argv[2]) : join(here, "..", "pkg");
const { initSync, Checker } = await import(join(pkg, "wasm_widget.js"));
const bytes = readFileSync(join(pkg, "wasm_widget_bg.wasm"));

// --- realistic configuration, in the published compact formats ----------
const b64url = (buf) => Buffer.from(buf).toString("base64url");
let seed = 42;
const rnd32 = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0));

// hbpub1: sorted u32 shingle hashes, delta-encoded LEB128 varints
function fingerprint(n) {
  const set = new Set();
  while (set.size < n) set.add(rnd32());
  const sorted = [...set].sort((a, b) => a - b);
  const out = [];
  let prev = 0;
  for (const s of sorted) {
    let d = s - prev;
    prev = s;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    out.push(d);
  }
  return "hbpub1." + b64url(out);
}

// hbsec1: salt, meta (sizes byte + 32-byte length bitmap), sorted u64 hashes
function secretIndex(n) {
  const meta = new Uint8Array(33);
  meta[0] = 0b11110; // 1- to 4-word n-grams
  for (const len of [8, 12, 17, 19, 23]) meta[1 + (len >> 3)] |= 1 << (len & 7);
  const hashes = Array.from({ length: n }, () => (BigInt(rnd32()) << 32n) | BigInt(rnd32()));
  hashes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const raw = Buffer.alloc(8 * n);
  hashes.forEach((h, i) => raw.writeBigUInt64BE(h, 8 * i));
  return `hbsec1.${b64url(Buffer.from("site-salt"))}.${b64url(meta)}.${b64url(raw)}`;
}

const vocabulary = JSON.stringify({
  association: ["Les Jardins Solidaires"],
  public_names: [
    "Café des Parents", "Maison des Familles", "12 rue des Lilas",
    ...Array.from({ length: 27 }, (_, i) => `Programme Partenaire ${i + 1}`),
  ],
  secret_index: secretIndex(50),
});
const published = fingerprint(100_000);

// --- ready time ----------------------------------------------------------
const t0 = performance.now();
initSync({ module: bytes });
const t1 = performance.now();
const realistic = new Checker(vocabulary, published);
const t2 = performance.now();
realistic.classify("Bonjour, Mme Martin viendra jeudi.", "fr");
const t3 = performance.now();
console.log(
  `wasm ready: ${(t3 - t0).toFixed(1)} ms (instantiate ${(t1 - t0).toFixed(1)} ms, ` +
    `Checker ${(t2 - t1).toFixed(1)} ms, first classify ${(t3 - t2).toFixed(1)} ms; ` +
    `fingerprint ${published.length} chars)`,
);

// --- throughput ----------------------------------------------------------
// Same configuration as benches/throughput.rs: clear secret terms (hashed
// on load) so "Projet Hirondelle" is found, no fingerprint.
const checker = new Checker(
  JSON.stringify({
    association: ["Les Jardins Solidaires"],
    public_names: ["Café des Parents", "Maison des Familles", "12 rue des Lilas"],
    secret_terms: ["Projet Hirondelle", "Opération Tournesol"],
  }),
  "",
);

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
  // warm-up: V8 first runs Wasm from its baseline compiler and optimizes
  // it on background threads; time the steady state, not that compilation
  // (start-up is measured above, as "ready")
  const w0 = performance.now();
  do checker.classify(text, "fr");
  while (performance.now() - w0 < 300);
  let runs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let sink = 0;
  while (performance.now() - t0 < minMs || runs < 3) {
    sink += checker.classify(text, "fr").length;
    runs++;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mbs = (n * runs) / 1e6 / (ms / 1000);
  // CPU time of this process too: on a machine shared with other jobs the
  // wall clock also counts the time spent waiting for a core.
  const cpuMbs = (n * runs) / 1e6 / ((cpu.user + cpu.system) / 1e6);
  console.log(
    `wasm ${label.padStart(5)}: ${mbs.toFixed(2).padStart(8)} MB/s  (${runs} runs, ${(ms / runs).toFixed(3)} ms/run; ` +
      `${cpuMbs.toFixed(2)} MB/s of CPU time)${sink < 0 ? "!" : ""}`,
  );
}

const report = JSON.parse(checker.classify("Mme Martin est diabétique.", "fr"));
if (report.category !== 4) throw new Error("unexpected classification: " + JSON.stringify(report));
bench("1 KB", 1024, 1000);
bench("1 MB", 1024 * 1024, 3000);
console.log(`wasm size: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped (-9)`);
