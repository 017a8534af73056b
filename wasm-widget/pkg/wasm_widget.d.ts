/* tslint:disable */
/* eslint-disable */

/**
 * A checker configured with the association's vocabulary and published
 * fingerprint.
 */
export class Checker {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Classifies `text`; `lang` is `"fr"` (default), `"en"` or `"nl"` (a
     * region suffix such as `"nl-BE"` is ignored).  Returns the report as a
     * JSON string.
     */
    classify(text: string, lang: string): string;
    /**
     * Same, for a prompt template (placeholders ignored).
     */
    lintTemplate(text: string, lang: string): string;
    /**
     * `vocabulary_json`: the site's vocabulary JSON (may be empty);
     * `fingerprint`: the compact published fingerprint (may be empty).
     * Throws a JS error string if either cannot be read.
     */
    constructor(vocabulary_json: string, fingerprint: string);
}

/**
 * Classifies without vocabulary or fingerprint; returns JSON.
 */
export function classify(text: string, lang: string): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_checker_free: (a: number, b: number) => void;
    readonly checker_classify: (a: number, b: number, c: number, d: number, e: number, f: number) => void;
    readonly checker_lintTemplate: (a: number, b: number, c: number, d: number, e: number, f: number) => void;
    readonly checker_new: (a: number, b: number, c: number, d: number, e: number) => void;
    readonly classify: (a: number, b: number, c: number, d: number, e: number) => void;
    readonly __wbindgen_add_to_stack_pointer: (a: number) => number;
    readonly __wbindgen_export: (a: number, b: number) => number;
    readonly __wbindgen_export2: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_export3: (a: number, b: number, c: number) => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
