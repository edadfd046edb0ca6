// The settings form beside a composer, on the compose page and in the
// extension's popup: who the note is for (platform, kind, recipient), who
// sends it and in which language it is checked. Each page keeps and saves
// its settings its own way (localStorage, chrome.storage); the form shows
// them, hands them to the composer and reports each edit.

import { kinds, platforms } from "./labels.mjs";

export const settingDefaults = Object.freeze({
  platform: "linkedin",
  kind: "invite",
  recipient: "",
  sender: "",
  language: "en-US",
});

function option(value, label) {
  const node = document.createElement("option");
  node.value = value;
  node.textContent = label;
  return node;
}

/**
 * Wires the document's #settings form to `composer`: fills the platform and
 * kind choices and calls `onEdit(name, value)` after each edit has reached
 * the composer. Returns the fields by setting name and `show(settings)`.
 */
export function settingsForm(composer, onEdit) {
  const fields = {};
  for (const name of Object.keys(settingDefaults)) fields[name] = document.getElementById(name);
  fields.platform.append(...platforms.map(([value, label]) => option(value, label)));
  fields.kind.append(...kinds.map(([value, label]) => option(value, label)));
  for (const [name, field] of Object.entries(fields)) {
    field.addEventListener(field.tagName === "SELECT" ? "change" : "input", () => {
      composer.setAttribute(name, field.value);
      onEdit(name, field.value);
    });
  }
  document.getElementById("settings").addEventListener("submit", (event) => event.preventDefault());

  /**
   * Puts `settings` in the form and on the composer. A value the form cannot
   * show (not a string, or no choice of its select) becomes the default, in
   * `settings` too, so what is saved next is what the user saw.
   */
  function show(settings) {
    for (const [name, field] of Object.entries(fields)) {
      let value = typeof settings[name] === "string" ? settings[name] : settingDefaults[name];
      if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === value)) {
        value = settingDefaults[name];
      }
      settings[name] = value;
      field.value = value;
      composer.setAttribute(name, value);
    }
  }
  return { fields, show };
}
