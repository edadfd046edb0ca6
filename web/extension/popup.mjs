// The extension's popup: the compose page's <handshake-composer> for drafting
// away from a site, the switch that turns Handshake on for the current site,
// today's and this week's invitation counts, and the sent-notes history with
// export and clear. Opened as a tab ("Open in a tab"), `?tab=ID` names the
// page the site switch is about.

import "../handshake-composer.mjs";
import { kinds } from "../lib/labels.mjs";
import { settingDefaults, settingsForm } from "../lib/settings-form.mjs";
import { exportHistory, historyForDraft, invitationCounts, pacingTip, readHistory } from "./history.mjs";
import { disableSite, enableSite, enabledSites, isBuiltIn, sitePattern } from "./sites.mjs";

const composer = document.getElementById("note");
const maxListed = 200;
let history = [];

// ---- settings (the service worker reads `sender` and `language` too) -----------

let settings = { ...settingDefaults };
const { fields, show: showSettings } = settingsForm(composer, (name, value) => {
  settings[name] = value;
  chrome.storage.local.set({ settings });
  if (name === "recipient") feedHistory();
});

// ---- history, counts and pacing ----------------------------------------------------

function feedHistory() {
  composer.history = historyForDraft(history, fields.recipient.value);
}

function renderHistory() {
  const counts = invitationCounts(history);
  document.getElementById("count-today").textContent = String(counts.today);
  document.getElementById("count-week").textContent = String(counts.week);
  document.getElementById("pace-tip").textContent = pacingTip(counts);
  document.getElementById("history-count").textContent = String(history.length);
  document.getElementById("history-empty").hidden = history.length > 0;
  document.getElementById("export").disabled = history.length === 0;
  document.getElementById("clear").disabled = history.length === 0;
  document.getElementById("history").replaceChildren(...history.slice(0, maxListed).map((entry) => {
    const item = document.createElement("li");
    item.dataset.kind = entry.kind;
    const text = document.createElement("div");
    text.className = "text";
    text.textContent = entry.text.length > 160 ? `${entry.text.slice(0, 160)}…` : entry.text;
    const meta = document.createElement("small");
    meta.className = "meta";
    const kind = kinds.find(([value]) => value === entry.kind)?.[1] ?? entry.kind;
    const to = entry.recipient ? ` to ${entry.recipient}` : "";
    const where = entry.site ? ` · ${entry.site}` : "";
    meta.textContent = `${kind}${to} · ${new Date(entry.at).toLocaleString()}${where}`;
    item.append(text, meta);
    return item;
  }));
  feedHistory();
}

async function loadStored() {
  const stored = await chrome.storage.local.get(["history", "settings"]);
  history = readHistory(stored.history);
  if (stored.settings && typeof stored.settings === "object") settings = { ...settingDefaults, ...stored.settings };
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local" || !changes.history) return;
  history = readHistory(changes.history.newValue);
  renderHistory();
});

document.getElementById("export").addEventListener("click", () => {
  const blob = new Blob([exportHistory(history)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `handshake-notes-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
});

// Clearing takes a second click, so one stray click cannot lose the history.
const clearButton = document.getElementById("clear");
let clearTimer = 0;
clearButton.addEventListener("click", async () => {
  if (!clearButton.dataset.armed) {
    clearButton.dataset.armed = "true";
    clearButton.textContent = `Delete ${history.length} ${history.length === 1 ? "note" : "notes"}?`;
    clearTimer = setTimeout(disarm, 5000);
    return;
  }
  disarm();
  await chrome.storage.local.remove("history");
});
function disarm() {
  clearTimeout(clearTimer);
  delete clearButton.dataset.armed;
  clearButton.textContent = "Clear";
}

// ---- the site switch ---------------------------------------------------------------

const toggle = document.getElementById("site-toggle");
const siteNote = document.getElementById("site-note");
let site = null;  // {tabId, pattern, host}

async function targetTab() {
  const wanted = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(wanted) && wanted > 0) {
    document.body.classList.add("in-tab");
    return chrome.tabs.get(wanted).catch(() => null);
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

async function showSite() {
  const tab = await targetTab();
  const pattern = tab?.url ? sitePattern(tab.url) : null;
  if (tab?.id !== undefined) document.getElementById("open-tab").href = `popup.html?tab=${tab.id}`;
  if (!pattern) {
    toggle.disabled = true;
    document.getElementById("site-host").textContent = "this page";
    siteNote.textContent = tab?.url === undefined && tab
      ? "Open Handshake from the page you want to check."
      : "Handshake cannot run on this page.";
    return;
  }
  const host = new URL(tab.url).hostname;
  site = { tabId: tab.id, pattern, host };
  document.getElementById("site-host").textContent = host;
  if (isBuiltIn(tab.url)) {
    toggle.checked = true;
    toggle.disabled = true;
    siteNote.textContent = "Always on for LinkedIn: the invitation dialog and message boxes.";
    return;
  }
  toggle.checked = (await enabledSites()).includes(pattern);
  toggle.disabled = false;
  siteNote.textContent = toggle.checked
    ? "On: every text box and editor on this site shows a score as you type."
    : "Off. Turn it on to check notes in this site's text boxes (the browser asks first).";
}

toggle.addEventListener("change", async () => {
  if (!site) return;
  toggle.disabled = true;
  if (toggle.checked) {
    // Straight from the click: the permission prompt needs the user's gesture.
    const on = await enableSite(site.pattern, site.tabId).catch(() => false);
    toggle.checked = on;
    siteNote.textContent = on
      ? "On: every text box and editor on this site shows a score as you type."
      : "Handshake did not get access to this site, so it stays off.";
  } else {
    await disableSite(site.pattern);
    chrome.tabs.sendMessage(site.tabId, { type: "handshake:off" }).catch(() => {});
    siteNote.textContent = "Off. Handshake no longer runs on this site.";
  }
  toggle.disabled = false;
});

// ---- start -----------------------------------------------------------------------

await loadStored();
showSettings(settings);
renderHistory();
await showSite();
