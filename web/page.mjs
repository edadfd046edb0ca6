// The compose page: settings, examples, copy, the personal dictionary and the
// copied-notes history around one <handshake-composer>. Everything the page
// remembers is in localStorage; the service worker keeps it working offline.

import "./handshake-composer.mjs";
import { settingDefaults, settingsForm } from "./lib/settings-form.mjs";
import { loadValue, personalDictionary, removeValue, saveValue } from "./lib/store.mjs";

const examples = {
  generic: {
    platform: "linkedin",
    kind: "invite",
    recipient: "Amy Chen",
    sender: "John Smith",
    text: "Hi, I came across your profile and I'd like to add you to my professional network. Let's connect!",
  },
  strong: {
    platform: "linkedin",
    kind: "invite",
    recipient: "Amy Chen",
    sender: "John Smith",
    text: "Hi Amy, I enjoyed your talk on design tokens at the Austin design meetup last week, especially "
      + "the part about naming tokens by purpose. I lead the design system team at a payments startup and "
      + "would love to stay in touch and swap notes. Best, John",
  },
};

const maxSentNotes = 50;
const composer = document.getElementById("note");
const themePicker = document.getElementById("theme");

// ---- settings --------------------------------------------------------------

const stored = loadValue("settings", {});
const settings = { ...settingDefaults, theme: "system", ...(stored && typeof stored === "object" ? stored : {}) };
const { fields, show } = settingsForm(composer, (name, value) => {
  settings[name] = value;
  saveValue("settings", settings);
  if (name === "recipient") updateHistory();
});

function applySettings() {
  show(settings);
  applyTheme();
  updateHistory();
}

function applyTheme() {
  const theme = ["light", "dark"].includes(settings.theme) ? settings.theme : "system";
  themePicker.value = theme;
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

themePicker.addEventListener("change", () => {
  settings.theme = themePicker.value;
  saveValue("settings", settings);
  applyTheme();
});

// ---- examples ----------------------------------------------------------------

function useExample(example) {
  for (const name of ["platform", "kind", "recipient", "sender"]) settings[name] = example[name];
  saveValue("settings", settings);
  applySettings();
  composer.replaceText(example.text);  // one edit: Ctrl+Z brings the old draft back
}
document.getElementById("example-generic").addEventListener("click", () => useExample(examples.generic));
document.getElementById("example-strong").addEventListener("click", () => useExample(examples.strong));

// ---- copy, and the notes the user copied (for the duplicate check) ----------

const copyStatus = document.getElementById("copy-status");
let copyStatusTimer = 0;

function showCopyStatus(message, failed = false) {
  copyStatus.textContent = message;
  copyStatus.toggleAttribute("data-failed", failed);
  clearTimeout(copyStatusTimer);
  copyStatusTimer = setTimeout(() => { copyStatus.textContent = ""; }, 4000);
}

function readSent() {
  const sent = loadValue("sent", []);
  return Array.isArray(sent)
    ? sent.filter((entry) => entry && typeof entry.text === "string").slice(0, maxSentNotes)
    : [];
}

function sameName(a, b) {
  return String(a ?? "").trim().toLowerCase() === String(b ?? "").trim().toLowerCase();
}

// Earlier notes to other people: a note copied for the current recipient is
// the same conversation, not a template sent to everyone.
function updateHistory() {
  const recipient = fields.recipient.value.trim();
  const history = readSent()
    .filter((entry) => !(recipient && sameName(entry.recipient, recipient)))
    .map((entry) => entry.text);
  if (history.join("\u0000") !== composer.history.join("\u0000")) composer.history = history;
  renderSent();
}

function renderSent() {
  const sent = readSent();
  const list = document.getElementById("sent");
  document.getElementById("sent-count").textContent = String(sent.length);
  list.replaceChildren(...sent.map((entry) => {
    const item = document.createElement("li");
    const to = entry.recipient ? `To ${entry.recipient}` : "No recipient";
    const when = entry.at ? new Date(entry.at).toLocaleDateString() : "";
    const meta = document.createElement("small");
    meta.textContent = `${to}${when ? ` · ${when}` : ""}`;
    const text = document.createElement("div");
    text.textContent = entry.text.length > 140 ? `${entry.text.slice(0, 140)}…` : entry.text;
    item.append(text, meta);
    return item;
  }));
  document.getElementById("forget-sent").hidden = sent.length === 0;
}

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or a denied permission: fall back to a hidden selection.
    const scratch = document.createElement("textarea");
    scratch.value = text;
    scratch.setAttribute("readonly", "");
    scratch.style.position = "fixed";
    scratch.style.opacity = "0";
    document.body.append(scratch);
    scratch.select();
    const copied = document.execCommand("copy");
    scratch.remove();
    return copied;
  }
}

document.getElementById("copy").addEventListener("click", async () => {
  const text = composer.value;
  if (!text.trim()) {
    showCopyStatus("Nothing to copy yet.", true);
    return;
  }
  if (!(await writeClipboard(text))) {
    showCopyStatus("Copy failed: select the text and press Ctrl+C.", true);
    return;
  }
  const recipient = fields.recipient.value.trim();
  const sent = readSent().filter((entry) => !(entry.text === text && sameName(entry.recipient, recipient)));
  sent.unshift({ text, recipient, platform: fields.platform.value, at: Date.now() });
  saveValue("sent", sent.slice(0, maxSentNotes));
  updateHistory();
  showCopyStatus("Copied to the clipboard.");
});

document.getElementById("forget-sent").addEventListener("click", () => {
  removeValue("sent");
  updateHistory();
});

// ---- personal dictionary -----------------------------------------------------

function renderWords() {
  const words = personalDictionary.words;
  document.getElementById("word-count").textContent = String(words.length);
  document.getElementById("words-empty").hidden = words.length > 0;
  document.getElementById("words").replaceChildren(...words.map((word) => {
    const item = document.createElement("li");
    const label = document.createElement("span");
    label.textContent = word;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "×";
    remove.setAttribute("aria-label", `Remove ${word} from your dictionary`);
    remove.addEventListener("click", () => {
      const list = document.getElementById("words");
      const position = [...list.children].indexOf(item);
      personalDictionary.remove(word);
      // Keep keyboard users in the list after a removal.
      const buttons = list.querySelectorAll("button");
      (buttons[Math.min(position, buttons.length - 1)] ?? document.getElementById("new-word")).focus();
    });
    item.append(label, remove);
    return item;
  }));
}

document.getElementById("add-word").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("new-word");
  if (personalDictionary.add(input.value)) input.value = "";
  else input.select();
});
personalDictionary.addEventListener("change", renderWords);
window.addEventListener("storage", (event) => {
  if (event.key === "handshake:sent") updateHistory();
});

// ---- start -------------------------------------------------------------------

applySettings();
renderWords();

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("sw.js").catch(() => {
    // Without it the page still works; it just will not open offline.
  });
}
