// The sites the organisation's policy adds to the guard (managed storage, `extraSites`), read the
// same way by the background script and the popup. Reading a policy makes no request: the browser
// hands the extension what IT set on this computer.
//
// A policy cannot grant the guard access to a site: the browser asks the person once (the popup's
// button, `permissions.request`), and only then does the background register the guard's content
// script there (`scripting.registerContentScripts`).

const api = globalThis.browser ?? globalThis.chrome;

/** The id of the content script the background registers for the policy's granted sites. */
export const POLICY_SCRIPT_ID = 'policy-extra-sites';

/**
 * Why `pattern` is not a match pattern the guard accepts, or '' if it is one: the same rule as
 * `handbook extension --site` (`http`, `https` or `*`, one named host, `*.` allowed only in front
 * of it, a path), so a policy cannot ask the guard to read every site.
 */
export function patternProblem(pattern) {
  if (typeof pattern !== 'string') return 'not a text';
  const parts = /^([^:/]*):\/\/([^/]*)(\/.*)?$/.exec(pattern);
  if (!parts) return 'no "://" after the scheme';
  const [, scheme, host, path] = parts;
  if (!['http', 'https', '*'].includes(scheme)) return 'the scheme must be http, https or *';
  if (path === undefined) return 'no path: end it with /*';
  const name = host.startsWith('*.') ? host.slice(2) : host;
  if (!host || !name) return 'no host';
  if (host === '*') return 'it would guard every site';
  if (name.includes('*')) return '* may only start the host, as in *.example.org';
  if (/[\s\\"]/.test(name)) return 'the host holds a space, a backslash or a quote';
  return '';
}

/** The sites the manifest guards already: the defaults and the build's `--site` patterns. */
export function fixedSites() {
  return api.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? [];
}

/**
 * The policy's extra sites: `valid` (in order, without repeats nor the sites guarded already) and
 * `invalid` (each with what is wrong). No policy, or a browser without managed storage: none.
 */
export async function policySites() {
  let listed = [];
  try {
    const policy = await api.storage.managed.get('extraSites');
    listed = policy?.extraSites ?? [];
  } catch {
    return { valid: [], invalid: [] };
  }
  if (!Array.isArray(listed)) return { valid: [], invalid: [{ pattern: String(listed), problem: 'not a list' }] };
  const fixed = new Set(fixedSites());
  const valid = []; const invalid = [];
  for (const pattern of listed) {
    const problem = patternProblem(pattern);
    if (problem) invalid.push({ pattern: String(pattern), problem });
    else if (!fixed.has(pattern) && !valid.includes(pattern)) valid.push(pattern);
  }
  return { valid, invalid };
}

/** The policy's valid sites split by whether the person has granted the guard access yet. */
export async function grantState(valid) {
  const granted = []; const pending = [];
  for (const pattern of valid) {
    let has = false;
    try { has = await api.permissions.contains({ origins: [pattern] }); } catch { has = false; }
    (has ? granted : pending).push(pattern);
  }
  return { granted, pending };
}
