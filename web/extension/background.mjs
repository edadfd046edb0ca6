// The extension's service worker. Content scripts ask it to check a note and
// tell it when a note was sent; it keeps the history, adds what the history
// says (earlier notes for the duplicate check, invitation counts, a tip to
// wait before following up) and hands the check to the offscreen document,
// where the WebAssembly checker runs (a service worker may not import() the
// module the checker is loaded from).

import {
  addEntry,
  followUpTip,
  historyForDraft,
  invitationCounts,
  kindFor,
  pacingTip,
  readHistory,
} from "./history.mjs";
import { checkType, readRequest, sentType, viewOf } from "./protocol.mjs";
import { syncContentScripts } from "./sites.mjs";

const offscreenUrl = "web/extension/offscreen.html";
const offscreenTarget = "handshake-offscreen";

// The note history is for the extension's own pages; a content script (which
// lives inside a web page) reaches it only through the messages below.
chrome.storage.local.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" }).catch(() => {});

chrome.runtime.onInstalled.addListener(() => syncContentScripts().catch(() => {}));
chrome.runtime.onStartup.addListener(() => syncContentScripts().catch(() => {}));
chrome.permissions.onAdded.addListener(() => syncContentScripts().catch(() => {}));
chrome.permissions.onRemoved.addListener(() => syncContentScripts().catch(() => {}));

// ---- storage ---------------------------------------------------------------------

async function loadHistory() {
  return readHistory((await chrome.storage.local.get("history")).history);
}

async function loadSettings() {
  const stored = (await chrome.storage.local.get("settings")).settings;
  const settings = stored && typeof stored === "object" ? stored : {};
  return {
    language: settings.language === "en-GB" ? "en-GB" : "en-US",
    sender: typeof settings.sender === "string" ? settings.sender.slice(0, 120) : "",
  };
}

// Writes are serialized so two quick sends cannot overwrite each other.
let writes = Promise.resolve();
function recordSent(entry) {
  const write = writes.then(async () => {
    const { history, added } = addEntry(await loadHistory(), entry);
    if (added) await chrome.storage.local.set({ history });
    return { history, added };
  });
  writes = write.catch(() => {});
  return write;
}

// ---- the offscreen checker -----------------------------------------------------

let offscreenReady = null;

async function hasOffscreenDocument() {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ["OFFSCREEN_DOCUMENT"],
    documentUrls: [chrome.runtime.getURL(offscreenUrl)],
  });
  return contexts.length > 0;
}

function ensureOffscreen() {
  offscreenReady ??= (async () => {
    if (await hasOffscreenDocument()) return;
    try {
      await chrome.offscreen.createDocument({
        url: offscreenUrl,
        reasons: ["WORKERS"],
        justification: "Runs the note checker (WebAssembly) in a worker, on this device.",
      });
    } catch (error) {
      // Another request created it meanwhile.
      if (!(await hasOffscreenDocument())) throw error;
    }
  })();
  offscreenReady.catch(() => {
    offscreenReady = null;
  });
  return offscreenReady;
}

async function checkOffscreen(draft, language) {
  for (let attempt = 0; attempt < 2; attempt++) {
    await ensureOffscreen();
    const reply = await chrome.runtime.sendMessage({ target: offscreenTarget, type: "check", draft, language })
      .catch(() => undefined);
    if (reply && typeof reply === "object") return reply;
    offscreenReady = null;  // closed behind our back: make it again
  }
  return { ok: false, error: "the checker did not answer" };
}

// ---- requests from content scripts -------------------------------------------

/** A message from this extension's content script in a web page tab. */
function fromContentScript(sender) {
  return sender?.id === chrome.runtime.id && Number.isInteger(sender.tab?.id) && typeof sender.url === "string"
    && /^https?:/u.test(sender.url);
}

function siteOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

async function check(request) {
  const [history, settings] = await Promise.all([loadHistory(), loadSettings()]);
  const kind = kindFor(request.kind, history, request.recipient);
  const counts = invitationCounts(history);
  const answer = {
    ok: true,
    text: request.text,
    kind,
    pacing: { ...counts, tip: kind === "invite" ? pacingTip(counts, true) : pacingTip(counts) },
    followUp: kind === "invite" || kind === "follow-up" ? followUpTip(history, request.recipient) : null,
    historyUsed: 0,
    view: null,
  };
  if (!request.text.trim()) return answer;
  const draft = { text: request.text, platform: request.platform, kind };
  if (request.recipient) draft.recipient = request.recipient;
  if (settings.sender) draft.sender = settings.sender;
  const earlier = historyForDraft(history, request.recipient);
  if (earlier.length) draft.history = earlier;
  answer.historyUsed = earlier.length;
  const reply = await checkOffscreen(draft, settings.language);
  if (!reply.ok) return { ok: false, error: String(reply.error ?? "the checker failed") };
  answer.view = viewOf(reply.report, request.text);
  return answer;
}

async function sent(request, sender) {
  if (!request.text.trim()) return { ok: false, error: "an empty note is not recorded" };
  const history = await loadHistory();
  const kind = kindFor(request.kind, history, request.recipient);
  const result = await recordSent({
    text: request.text,
    recipient: request.recipient,
    platform: request.platform,
    kind,
    site: siteOf(sender.url),
    at: Date.now(),
  });
  if (!result.added) return { ok: false, error: "the note could not be recorded" };
  return { ok: true, counts: invitationCounts(result.history) };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.target === offscreenTarget) return false;  // for the offscreen document
  if (!fromContentScript(sender)) return false;
  const request = readRequest(message);
  if (request.error) {
    sendResponse({ ok: false, error: request.error });
    return false;
  }
  const work = request.type === checkType ? check(request) : request.type === sentType ? sent(request, sender) : null;
  work.then(sendResponse, (error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
  return true;
});
