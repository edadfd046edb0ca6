// The offscreen document: the one extension page that is always there to run
// the WebAssembly checker. It uses the compose page's own checker client (a
// Web Worker per language, with the personal dictionary the popup's
// composer keeps in this extension's localStorage) and answers only the
// service worker's requests.
//
//   in:  {target: "handshake-offscreen", type: "check", draft, language}
//   out: {ok: true, report} | {ok: false, error}

import { checkerFor } from "../lib/checker-client.mjs";

const target = "handshake-offscreen";
const languages = new Set(["en-US", "en-GB"]);

async function check(draft, language) {
  const client = checkerFor(languages.has(language) ? language : "en-US");
  try {
    await client.ready;
    const { report } = await client.check(draft);
    return { ok: true, report };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error) };
  }
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Content scripts' messages reach every extension page too: answer only
  // the extension's own pages and worker, never a tab.
  if (message?.target !== target || sender.id !== chrome.runtime.id || sender.tab) return false;
  if (message.type !== "check" || message.draft === null || typeof message.draft !== "object") {
    sendResponse({ ok: false, error: "unknown request" });
    return false;
  }
  check(message.draft, message.language).then(sendResponse);
  return true;
});
