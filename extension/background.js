// The guard's background script: it holds the handbook's classifier. Chat pages forbid WebAssembly
// in the scripts an extension adds to them (their Content-Security-Policy applies there), so the
// guard's content script asks this script, inside the browser, through the extension's own
// messaging. Nothing here makes a request to any host: the only fetches read the extension's own
// files (the classifier, the handbook's vocabulary, the association's settings).
import init, { Checker } from './wasm_widget.js';

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
