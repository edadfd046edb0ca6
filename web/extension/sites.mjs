// Sites the user turned Handshake on for, beyond LinkedIn. A site is on when
// the user switched it on in the popup (kept in chrome.storage.local) and
// the browser still grants the extension access to it (an optional host
// permission the user can revoke any time); the content script is then
// registered for it. Used by the popup (the toggle) and the service worker
// (keeping registrations in step with permissions).

export const contentScript = "web/extension/content.js";
const registrationId = "handshake-enabled-sites";
const storageKey = "sites";

/** Sites that are always on: the manifest's own content script covers them. */
export const builtInHosts = Object.freeze(["www.linkedin.com"]);

/**
 * The match pattern for a page's site ("https://example.com/*"), or null for
 * pages an extension cannot run on (chrome://, the Web Store, file:, data:).
 * Ports are left out: a pattern's host matches every port.
 */
export function sitePattern(pageUrl) {
  let url;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!url.hostname || url.hostname === "chrome.google.com" || url.hostname === "chromewebstore.google.com") return null;
  const host = url.hostname.startsWith("[") ? null : url.hostname;
  return host ? `${url.protocol}//${host}/*` : null;
}

export function isBuiltIn(pageUrl) {
  try {
    return builtInHosts.includes(new URL(pageUrl).hostname);
  } catch {
    return false;
  }
}

function isPattern(value) {
  return typeof value === "string" && /^https?:\/\/[^/*\s]+\/\*$/u.test(value);
}

/** The sites the user switched on (patterns), whether or not access is still granted. */
export async function chosenSites() {
  const stored = (await chrome.storage.local.get(storageKey))[storageKey];
  return Array.isArray(stored) ? [...new Set(stored.filter(isPattern))] : [];
}

/** The sites Handshake runs on now, beyond LinkedIn: chosen and granted. */
export async function enabledSites() {
  const chosen = await chosenSites();
  const granted = [];
  for (const pattern of chosen) {
    if (await chrome.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  return granted;
}

/** Registers the content script for exactly the enabled sites (none: unregistered). */
export async function syncContentScripts() {
  const sites = await enabledSites();
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [registrationId] });
  if (sites.length === 0) {
    if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [registrationId] });
    return sites;
  }
  const script = {
    id: registrationId,
    matches: sites,
    js: [contentScript],
    runAt: "document_idle",
    persistAcrossSessions: true,
  };
  if (existing.length) await chrome.scripting.updateContentScripts([script]);
  else await chrome.scripting.registerContentScripts([script]);
  return sites;
}

/**
 * Switches a site on. Must be called straight from the user's click (the
 * permission prompt needs the gesture), before any other await. Runs the
 * content script in `tabId` at once, so the page needs no reload.
 * Resolves to true when the site is on.
 */
export async function enableSite(pattern, tabId) {
  if (!isPattern(pattern)) return false;
  const granted = await chrome.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const chosen = await chosenSites();
  if (!chosen.includes(pattern)) await chrome.storage.local.set({ [storageKey]: [...chosen, pattern] });
  await syncContentScripts();
  if (Number.isInteger(tabId)) {
    try {
      await chrome.scripting.executeScript({ target: { tabId }, files: [contentScript] });
    } catch {
      // The tab navigated away or cannot be scripted; the next load picks it up.
    }
  }
  return true;
}

/** Switches a site off and gives its access back. Pages already open keep their overlay until reloaded. */
export async function disableSite(pattern) {
  const chosen = await chosenSites();
  await chrome.storage.local.set({ [storageKey]: chosen.filter((site) => site !== pattern) });
  try {
    await chrome.permissions.remove({ origins: [pattern] });
  } catch {
    // Access the manifest requires cannot be removed; the registration is gone anyway.
  }
  await syncContentScripts();
}
