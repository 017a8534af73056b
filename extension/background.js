// The guard's background script: it holds the handbook's classifier. Chat pages forbid WebAssembly
// in the scripts an extension adds to them (their Content-Security-Policy applies there), so the
// guard's content script asks this script, inside the browser, through the extension's own
// messaging. Nothing here makes a request to any host: the only fetches read the extension's own
// files (the classifier, the handbook's vocabulary, the association's settings).
import init, { Checker } from './wasm_widget.js';
import { POLICY_SCRIPT_ID, grantState, policySites } from './policy.js';

const api = globalThis.browser ?? globalThis.chrome;
let loading = null;

function checker() {
  loading ??= (async () => {
    await init({ module_or_path: api.runtime.getURL('wasm_widget_bg.wasm') });
    const data = await (await fetch(api.runtime.getURL('checker-data.json'))).json();
    return new Checker(JSON.stringify(data.vocabulary), data.fingerprint);
  })().catch((error) => { loading = null; throw error; });
  return loading;
}

// "Send anyway" is offered only if the association allowed it when building the guard and the
// organisation's policy (managed storage) does not forbid it: either can switch it off.
async function settings() {
  const config = await (await fetch(api.runtime.getURL('guard-config.json'))).json();
  let allowSendAnyway = config.allowSendAnyway === true;
  try {
    const policy = await api.storage.managed.get('allowSendAnyway');
    if (policy.allowSendAnyway === false) allowSendAnyway = false;
  } catch {
    // no policy installed: the association's choice stands
  }
  return { allowSendAnyway };
}

// The sites the organisation's policy adds (`extraSites`) are guarded once the person has granted
// the guard access to them (the popup asks): the guard's content script is then registered there,
// one registration per site so that a pattern this browser refuses leaves the others guarded.
// Run at every start of this script, and whenever the policy or the granted sites change; one run at
// a time, so two changes in a row cannot register a script twice.
let syncing = Promise.resolve();
function syncPolicySites() {
  syncing = syncing.then(registerPolicySites, registerPolicySites);
  return syncing;
}

async function registerPolicySites() {
  if (!api.scripting?.registerContentScripts) return;
  const { valid } = await policySites();
  const { granted } = await grantState(valid);
  const wanted = new Map(granted.map((pattern) => [`${POLICY_SCRIPT_ID} ${pattern}`, pattern]));
  const registered = (await api.scripting.getRegisteredContentScripts())
    .filter((script) => script.id.startsWith(`${POLICY_SCRIPT_ID} `));
  const stale = registered.filter((script) => !wanted.has(script.id)).map((script) => script.id);
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  for (const script of registered) wanted.delete(script.id);
  for (const [id, pattern] of wanted) {
    try {
      await api.scripting.registerContentScripts([{
        id, matches: [pattern], js: ['guard.js'], runAt: 'document_start', allFrames: false,
      }]);
    } catch (error) {
      console.warn(`guard: not registered on ${pattern}: ${error}`);
    }
  }
}

syncPolicySites();
api.runtime.onStartup?.addListener(syncPolicySites);
api.runtime.onInstalled?.addListener(syncPolicySites);
api.permissions?.onAdded?.addListener(syncPolicySites);
api.permissions?.onRemoved?.addListener(syncPolicySites);
api.storage.onChanged.addListener((_changes, area) => { if (area === 'managed') syncPolicySites(); });

api.runtime.onMessage.addListener((message, sender, reply) => {
  // only this extension's own scripts may ask (another extension's messages never come here)
  if (sender.id !== api.runtime.id) return false;
  if (message?.kind === 'classify' && typeof message.text === 'string') {
    checker().then((c) => reply({ report: c.classify(message.text, String(message.lang || 'fr')) }),
      (error) => reply({ error: String(error) }));
    return true;
  }
  if (message?.kind === 'settings') {
    settings().then(reply, () => reply({ allowSendAnyway: false }));
    return true;
  }
  return false;
});
