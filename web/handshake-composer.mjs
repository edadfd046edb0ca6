// <handshake-composer>: a note box that proofreads and scores a connection
// note as it is typed. One <script type="module"> tag embeds it; the compose
// page is this same element with settings around it.
//
// The user's text lives in a real <textarea>. Underlines are drawn in a
// mirror layer behind it that copies the text and never writes to it: the
// only edits Handshake makes are fixes the user asks for, made as ordinary
// (undoable) text input. All judgement comes from the WebAssembly module,
// which runs in a Web Worker, so a keystroke never waits on a check.
//
// Attributes: platform, kind, recipient, sender, value (the default text, as
// on <input>), name, language (en-US | en-GB), label, placeholder,
// storage-key (keep the draft in localStorage under this key), required,
// disabled, readonly. Events: `handshake-report` after every new report,
// plus the textarea's own `input`; `change` on blur after an edit.

import { checkerFor } from "./lib/checker-client.mjs";
import { composerSheet } from "./lib/composer-styles.mjs";
import {
  band,
  categoryLabel,
  orderedCategories,
  platformLabel,
  ruleLabel,
  severityNames,
  severityOf,
  worstSeverity,
} from "./lib/labels.mjs";
import { shiftSpans, segment } from "./lib/spans.mjs";
import { loadValue, personalDictionary, saveValue } from "./lib/store.mjs";

// Static markup only: user text, names and messages are always set through
// textContent, never parsed as HTML.
const markup = `
<div class="composer" part="base">
  <div class="write">
    <div class="banner" role="alert" hidden>
      <span class="banner-text"></span>
      <button type="button" class="retry">Try again</button>
    </div>
    <div class="editor" part="editor">
      <div class="mirror" aria-hidden="true"></div>
      <textarea class="input" part="textarea" spellcheck="false" autocomplete="off"
        autocapitalize="sentences" aria-describedby="counter-text hint"></textarea>
      <div class="card" role="dialog" aria-modal="false" hidden></div>
    </div>
    <div class="meta">
      <span class="status" data-state="loading" role="status">Loading the checker…</span>
      <span class="counter" part="counter" aria-hidden="true"></span>
      <span class="visually-hidden" id="counter-text"></span>
    </div>
    <p class="hint" id="hint"><kbd>Alt</kbd>+<kbd>↓</kbd> / <kbd>↑</kbd> next or previous suggestion · <kbd>Enter</kbd> applies a fix · <kbd>Esc</kbd> closes</p>
  </div>
  <section class="review" part="review" aria-label="Score and suggestions">
    <div class="summary">
      <div class="ring" role="img" aria-label="No score yet">
        <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle class="ring-track" cx="60" cy="60" r="50" pathLength="100"></circle>
          <circle class="ring-value" cx="60" cy="60" r="50" pathLength="100"></circle>
        </svg>
        <div class="ring-label" aria-hidden="true"><span class="ring-score">–</span><span class="ring-grade"></span></div>
      </div>
      <ul class="bars" aria-label="Category scores"></ul>
    </div>
    <div class="issues" role="region" aria-label="Suggestions"></div>
  </section>
  <div class="live visually-hidden" aria-live="polite" aria-atomic="true"></div>
</div>`;

const emptyMessage = "Start typing your note. Suggestions and a score appear as you write.";
const announceDelayMs = 1200;
const saveDelayMs = 200;
const hoverDelayMs = 120;
const hoverCloseDelayMs = 250;
const defaultLabel = "Connection note";

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function quote(text) {
  return `“${text}”`;
}

/** A report's issues made safe to draw: numbers clamped, fields defaulted. */
function readIssues(report, text) {
  const issues = Array.isArray(report?.issues) ? report.issues : [];
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  return issues.map((raw, index) => {
    const start = Math.max(0, Math.min(text.length, Number(raw?.start) || 0));
    const end = Math.max(start, Math.min(text.length, Number(raw?.end) || 0));
    const excerpt = text.slice(start, end);
    return {
      index,
      rule: String(raw?.rule ?? "issue"),
      category: String(raw?.category ?? "other"),
      severity: severityOf(raw ?? {}),
      message: String(raw?.message ?? ""),
      replacements: Array.isArray(raw?.replacements) ? raw.replacements.map(String) : [],
      start,
      end,
      excerpt,
      // Spans over the whole note (no name, no reason) are about the note,
      // not about words: they go in the list, not under the text.
      noteLevel: end <= start || (start <= trimmedStart && end >= trimmedEnd && /\s/u.test(excerpt.trim())),
    };
  });
}

export class HandshakeComposer extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = [
    "platform", "kind", "recipient", "sender", "value", "language",
    "label", "placeholder", "storage-key", "required", "readonly", "disabled",
  ];

  #internals = this.attachInternals();
  #root;
  #parts = {};
  #client = null;
  #text = "";
  #edited = false;           // the user (or a script) changed the text since the default
  #history = [];
  #report = null;            // latest report, or null
  #reportText = "";          // the text that report was made for
  #issues = [];              // the report's issues moved onto the current text
  #spanText = "";            // the text #issues' offsets refer to
  #checkInFlight = false;
  #checkAgain = false;
  #aheadDraft = null;        // checked at beforeinput, not yet confirmed by the input event
  #staleDraft = null;        // checked at beforeinput for a text the edit did not make
  #activeIndex = -1;         // issue whose card is open
  #cardByKeyboard = false;
  #hoverTimer = 0;
  #closeTimer = 0;
  #announceTimer = 0;
  #lastAnnouncement = "";
  #pointerFrame = 0;
  #pointer = null;
  #connected = false;
  #formDisabled = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open", delegatesFocus: true });
    this.#root.adoptedStyleSheets = [composerSheet()];
    const template = document.createElement("template");
    template.innerHTML = markup;
    this.#root.append(template.content.cloneNode(true));
    const find = (selector) => this.#root.querySelector(selector);
    this.#parts = {
      banner: find(".banner"),
      bannerText: find(".banner-text"),
      retry: find(".retry"),
      editor: find(".editor"),
      mirror: find(".mirror"),
      input: find(".input"),
      card: find(".card"),
      status: find(".status"),
      counter: find(".counter"),
      counterText: find("#counter-text"),
      ring: find(".ring"),
      ringValue: find(".ring-value"),
      ringScore: find(".ring-score"),
      ringGrade: find(".ring-grade"),
      bars: find(".bars"),
      issues: find(".issues"),
      live: find(".live"),
    };
    this.#bindEvents();
  }

  // ---- public API ----------------------------------------------------------

  /** The current text. Setting it replaces the text (not undoable; see replaceText). */
  get value() {
    return this.#text;
  }
  set value(text) {
    this.#edited = true;
    this.#setText(String(text ?? ""));
  }

  /** The `value` attribute: the text before any edit, and after a form reset. */
  get defaultValue() {
    return this.getAttribute("value") ?? "";
  }
  set defaultValue(text) {
    this.setAttribute("value", String(text ?? ""));
  }

  /** Replaces the whole text as one edit the user can undo (Ctrl+Z). */
  replaceText(text) {
    const input = this.#parts.input;
    input.focus();
    input.select();
    this.#insert(String(text ?? ""), 0, input.value.length);
  }

  get platform() { return this.getAttribute("platform") ?? ""; }
  set platform(value) { this.setAttribute("platform", value); }
  get kind() { return this.getAttribute("kind") ?? ""; }
  set kind(value) { this.setAttribute("kind", value); }
  get recipient() { return this.getAttribute("recipient") ?? ""; }
  set recipient(value) { this.setAttribute("recipient", value); }
  get sender() { return this.getAttribute("sender") ?? ""; }
  set sender(value) { this.setAttribute("sender", value); }
  get language() { return this.getAttribute("language") || "en-US"; }
  set language(value) { this.setAttribute("language", value); }
  get name() { return this.getAttribute("name") ?? ""; }
  set name(value) { this.setAttribute("name", value); }

  /** Earlier notes the user sent, for the duplicate check (array of strings). */
  get history() {
    return [...this.#history];
  }
  set history(notes) {
    this.#history = Array.isArray(notes) ? notes.filter((note) => typeof note === "string") : [];
    this.#requestCheck();
  }

  /** The latest report for the current settings (a plain object), or null. */
  get report() {
    return this.#report;
  }

  /** "loading", "ready" or "failed". */
  get checkerState() {
    return this.#client?.state ?? "loading";
  }

  get form() { return this.#internals.form; }
  get type() { return "handshake-composer"; }
  get validity() { return this.#internals.validity; }
  get validationMessage() { return this.#internals.validationMessage; }
  get willValidate() { return this.#internals.willValidate; }
  checkValidity() { return this.#internals.checkValidity(); }
  reportValidity() { return this.#internals.reportValidity(); }

  // ---- lifecycle -----------------------------------------------------------

  connectedCallback() {
    this.#connected = true;
    // Properties set before the element was defined shadow the accessors; re-apply them.
    for (const property of ["value", "platform", "kind", "recipient", "sender", "language", "history"]) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    const key = this.getAttribute("storage-key");
    const stored = key ? loadValue(`draft:${key}`, null) : null;
    if (typeof stored === "string" && !this.#edited) {
      this.#edited = true;
      this.#setText(stored, { save: false });
    } else if (!this.#edited) {
      this.#setText(this.defaultValue, { save: false });
    }
    this.#updateLabel();
    // A microtask later, so attributes a page sets right after the element
    // is defined (its saved settings) go out with the first check.
    queueMicrotask(() => {
      if (this.#connected && !this.#client) this.#useChecker(this.language);
    });
    window.addEventListener("pagehide", this.#onPageHide);
    document.addEventListener("visibilitychange", this.#onPageHide);
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#onPageHide();
    window.removeEventListener("pagehide", this.#onPageHide);
    document.removeEventListener("visibilitychange", this.#onPageHide);
    this.#releaseChecker();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#hoverTimer);
    clearTimeout(this.#closeTimer);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    switch (name) {
      case "value":
        if (!this.#edited) this.#setText(newValue ?? "", { save: false });
        break;
      case "language":
        if (this.#connected) this.#useChecker(this.language);
        break;
      case "label":
        this.#updateLabel();
        break;
      case "placeholder":
        this.#parts.input.placeholder = newValue ?? "";
        break;
      case "readonly":
        this.#parts.input.readOnly = newValue != null;
        break;
      case "disabled":
        this.#parts.input.disabled = newValue != null || this.#formDisabled;
        break;
      case "required":
        this.#updateValidity();
        break;
      case "storage-key":
        break;
      default:  // platform, kind, recipient, sender: the draft changed.
        this.#requestCheck();
    }
  }

  formResetCallback() {
    this.#edited = false;
    this.#setText(this.defaultValue);
  }

  formStateRestoreCallback(state) {
    if (typeof state === "string") {
      this.#edited = true;
      this.#setText(state);
    }
  }

  formDisabledCallback(disabled) {
    this.#formDisabled = disabled;
    this.#parts.input.disabled = disabled || this.hasAttribute("disabled");
  }

  // ---- the checker ---------------------------------------------------------

  #onCheckerState = () => this.#showCheckerState();
  #onDictionaryChange = () => this.#requestCheck();

  #useChecker(language) {
    this.#releaseChecker();
    this.#client = checkerFor(language);
    this.#client.addEventListener("statechange", this.#onCheckerState);
    this.#client.addEventListener("dictionarychange", this.#onDictionaryChange);
    this.#checkInFlight = false;
    this.#aheadDraft = null;
    this.#staleDraft = null;
    this.#showCheckerState();
    this.#requestCheck();
  }

  #releaseChecker() {
    this.#client?.removeEventListener("statechange", this.#onCheckerState);
    this.#client?.removeEventListener("dictionarychange", this.#onDictionaryChange);
    this.#client = null;
  }

  #showCheckerState() {
    const state = this.checkerState;
    const { status, banner, bannerText } = this.#parts;
    status.dataset.state = state;
    if (state === "loading") status.textContent = "Loading the checker…";
    if (state === "ready") status.textContent = "Checked on this device";
    if (state === "failed") status.textContent = "Checker unavailable";
    banner.hidden = state !== "failed";
    if (state === "failed") {
      bannerText.textContent =
        `Handshake could not load its checker (${this.#client.error}). Your text is safe; you can keep writing.`;
      this.#report = null;
      this.#issues = [];
      this.#renderMirror();
      this.#renderCounter();
      this.#renderEmptyReview("The checker did not load.");
    } else if (!this.#report) {
      this.#renderEmptyReview(this.#text.trim() ? "Checking…" : emptyMessage);
    }
    this.toggleAttribute("data-loading", state === "loading");
    this.toggleAttribute("data-failed", state === "failed");
  }

  #draft(text = this.#text) {
    const draft = { text };
    for (const field of ["platform", "kind", "recipient", "sender"]) {
      const value = (this.getAttribute(field) ?? "").trim();
      if (value) draft[field] = value;
    }
    if (this.#history.length) draft.history = this.#history;
    return draft;
  }

  // At most one check is in flight per composer; edits made meanwhile are
  // folded into one follow-up check of the latest text.
  #requestCheck() {
    if (!this.#client || this.#client.state === "failed") return;
    if (this.#checkInFlight) {
      this.#checkAgain = true;
      return;
    }
    this.#sendCheck(this.#text);
  }

  // Sends a check of `text` (no other may be in flight); returns its draft.
  #sendCheck(text) {
    const client = this.#client;
    const draft = this.#draft(text);
    this.#checkInFlight = true;
    this.#checkAgain = false;
    client.check(draft).then(
      (reply) => {
        if (client !== this.#client) return;
        this.#checkInFlight = false;
        if (draft === this.#aheadDraft || draft === this.#staleDraft) {
          // Checked ahead for a text the textarea never held (the edit was
          // cancelled, or made other text): nothing of it is drawn.
          this.#aheadDraft = null;
          this.#staleDraft = null;
        } else {
          this.#receive(draft, reply);
        }
        if (this.#checkAgain) this.#requestCheck();
      },
      () => {
        if (client !== this.#client) return;
        this.#checkInFlight = false;  // The failure shows through the state change.
      },
    );
    return draft;
  }

  // reply: the client's {report, ms, delivery}.
  #receive(draft, reply) {
    const { report } = reply;
    if (!report || typeof report !== "object" || typeof report.error === "string" || !report.categories) {
      const message = report?.error ?? "The checker returned an unreadable report.";
      this.#report = null;
      this.#issues = [];
      this.#closeCard();
      this.#renderMirror();
      this.#renderCounter();
      this.#updateValidity();
      this.#renderEmptyReview(`Handshake could not check this note: ${message}`);
      this.#dispatchReport(report && typeof report === "object" ? report : { error: message }, draft, reply);
      return;
    }
    this.#report = report;
    this.#reportText = draft.text;
    if (!draft.text.trim()) {
      // A blank note is checked (listeners get its report) but shown as a
      // fresh start rather than as a failing grade.
      this.#issues = [];
      this.#spanText = this.#text;
      this.#closeCard();
      this.#renderMirror();
      this.#renderEmptyReview(emptyMessage);
      this.#renderCounter();
      this.#updateValidity();
      this.#dispatchReport(report, draft, reply);
      return;
    }
    const open = this.#issues.find((issue) => issue.index === this.#activeIndex);
    this.#issues = shiftSpans(readIssues(report, draft.text), draft.text, this.#text);
    this.#spanText = this.#text;
    const reopened = open && this.#issues.find((issue) => issue.index === open.index);
    if (!reopened || reopened.message !== open.message || reopened.start !== open.start
        || reopened.end !== open.end) {
      this.#closeCard();
    }
    this.#renderMirror();
    this.#renderScore();
    this.#renderIssueList();
    this.#renderCounter();
    this.#updateValidity();
    this.#scheduleAnnouncement();
    this.#dispatchReport(report, draft, reply);
  }

  // detail: the report, the text and draft it was made for, the module's own
  // time for it in milliseconds (measured in the worker), how it reached
  // the page ("shared-memory": in an animation frame, drawn in that frame),
  // and how long a frame held its paint waiting for it.
  #dispatchReport(report, draft, { ms, delivery, frameWaitMs }) {
    this.dispatchEvent(new CustomEvent("handshake-report", {
      bubbles: true,
      composed: true,
      detail: { report, text: draft.text, draft, checkMs: ms, delivery, frameWaitMs },
    }));
  }

  // ---- text ----------------------------------------------------------------

  #setText(text, { save = true } = {}) {
    this.#text = text;
    if (this.#parts.input.value !== text) this.#parts.input.value = text;
    this.#textChanged({ save });
  }

  // Runs synchronously on every keystroke: ask for a fresh report, then move
  // the underlines with the edit and redraw the mirror. The request goes
  // first so the worker checks while this thread redraws (the reply cannot
  // be taken before this handler returns).
  #textChanged({ save = true } = {}) {
    if (this.#connected && !this.#checkedAhead()) this.#requestCheck();
    this.#issues = this.#report ? shiftSpans(this.#issues, this.#spanText, this.#text) : [];
    this.#spanText = this.#text;
    this.#closeCard();
    this.#renderMirror();
    this.#internals.setFormValue(this.#text, this.#text);
    if (save) this.#scheduleSave();
    this.#updateValidity();
  }

  // Whether the check sent at beforeinput was for exactly the text this edit
  // made; if it was for another, its report is dropped when it comes.
  #checkedAhead() {
    const ahead = this.#aheadDraft;
    if (!ahead) return false;
    this.#aheadDraft = null;
    if (ahead.text === this.#text) return true;
    this.#staleDraft = ahead;
    return false;
  }

  // A typed character: the text it will make is known before the browser
  // edits the textarea, which takes it a millisecond or two, so the check is
  // sent now; the input event that follows confirms the text (#checkedAhead).
  #checkAhead(event) {
    if (event.inputType !== "insertText" || event.isComposing || typeof event.data !== "string") return;
    if (event.defaultPrevented || !this.#connected || this.#checkInFlight || this.#aheadDraft) return;
    if (!this.#client || this.#client.state === "failed") return;
    const { value, selectionStart, selectionEnd } = this.#parts.input;
    if (value !== this.#text) return;
    this.#aheadDraft = this.#sendCheck(value.slice(0, selectionStart) + event.data + value.slice(selectionEnd));
  }

  #insert(replacement, start, end) {
    const input = this.#parts.input;
    input.focus();
    input.setSelectionRange(start, end);
    const expected = input.value.slice(0, start) + replacement + input.value.slice(end);
    // execCommand keeps the edit on the browser's undo stack; fall back to
    // setRangeText where it is unavailable.
    let done = false;
    try {
      done = replacement
        ? document.execCommand("insertText", false, replacement)
        : document.execCommand("delete", false);
    } catch {
      done = false;
    }
    if (!done || input.value !== expected) {
      input.value = expected;
      input.setSelectionRange(start + replacement.length, start + replacement.length);
      input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertReplacementText" }));
    }
  }

  /** Applies a fix if its span still holds the words it was made for. */
  #applyFix(issue, replacement) {
    if (this.#text.slice(issue.start, issue.end) !== issue.excerpt) return false;
    this.#edited = true;
    this.#insert(replacement, issue.start, issue.end);
    this.#announce(replacement
      ? `Replaced ${quote(issue.excerpt)} with ${quote(replacement)}.`
      : `Removed ${quote(issue.excerpt)}.`);
    return true;
  }

  // Drafts are written a moment after typing pauses, and at once when the
  // page is hidden or unloaded, so a reload or a closed tab loses nothing.
  #saveTimer = 0;
  #scheduleSave() {
    if (!this.hasAttribute("storage-key")) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(this.#flushSave, saveDelayMs);
  }
  #flushSave = () => {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = 0;
    const key = this.getAttribute("storage-key");
    if (key) saveValue(`draft:${key}`, this.#text);
  };
  #onPageHide = () => {
    if (this.#saveTimer) this.#flushSave();
  };

  // ---- rendering -----------------------------------------------------------

  #drawnIssues() {
    return this.#issues.filter((issue) => !issue.noteLevel && issue.end > issue.start);
  }

  // Redraws the mirror: plain text nodes between underline spans. Nodes are
  // updated in place, so a keystroke in a long note touches one text node
  // rather than re-laying out the whole note.
  #renderMirror() {
    const text = this.#text;
    const drawn = this.#drawnIssues();
    const wanted = segment(text.length, drawn).map((run) => {
      const piece = text.slice(run.start, run.end);
      if (!run.covering.length) return { piece };
      const covering = run.covering.map((i) => drawn[i]);
      const active = covering.some((issue) => issue.index === this.#activeIndex);
      return {
        piece,
        className: `u u-${worstSeverity(covering)}${active ? " active" : ""}`,
        issues: covering.map((issue) => issue.index).join(" "),
        rules: covering.map((issue) => issue.rule).join(" "),
      };
    });
    // A zero-width space keeps a trailing newline's empty line as tall as the textarea's.
    wanted.push({ piece: "\u200b" });

    const mirror = this.#parts.mirror;
    wanted.forEach((want, position) => {
      const node = mirror.childNodes[position] ?? null;
      if (!want.className) {
        if (node?.nodeType === Node.TEXT_NODE) {
          if (node.data !== want.piece) node.data = want.piece;
        } else {
          mirror.insertBefore(document.createTextNode(want.piece), node);
        }
        return;
      }
      let mark = node?.nodeType === Node.ELEMENT_NODE ? node : null;
      if (!mark) {
        mark = element("span", null, "");
        mirror.insertBefore(mark, node);
      }
      if (mark.className !== want.className) mark.className = want.className;
      if (mark.dataset.issues !== want.issues) mark.dataset.issues = want.issues;
      if (mark.dataset.rules !== want.rules) mark.dataset.rules = want.rules;
      if (mark.textContent !== want.piece) mark.textContent = want.piece;
    });
    while (mirror.childNodes.length > wanted.length) mirror.lastChild.remove();
  }

  #renderEmptyReview(message) {
    const { ring, ringValue, ringScore, ringGrade, bars, issues } = this.#parts;
    ring.removeAttribute("data-band");
    ring.setAttribute("data-empty", "");
    ring.setAttribute("aria-label", "No score yet");
    ringValue.style.strokeDasharray = "0 100";
    ringScore.textContent = "–";
    ringGrade.textContent = "";
    for (const row of bars.querySelectorAll(".bar-row")) {
      row.removeAttribute("data-band");
      row.querySelector(".bar-fill").style.width = "0";
      row.querySelector(".bar-value").textContent = "–";
      row.querySelector(".bar").setAttribute("aria-valuenow", "0");
      row.querySelector(".bar").setAttribute("aria-valuetext", "no score");
    }
    if (this.checkerState === "loading") {
      const skeleton = element("div", "skeleton");
      skeleton.setAttribute("aria-hidden", "true");
      for (let i = 0; i < 3; i++) skeleton.append(element("span"));
      issues.replaceChildren(element("p", "issues-empty", "Loading the checker…"), skeleton);
    } else {
      issues.replaceChildren(element("p", "issues-empty", message));
    }
  }

  #renderScore() {
    const report = this.#report;
    const score = Math.max(0, Math.min(100, Math.round(Number(report.score) || 0)));
    const grade = String(report.grade ?? "");
    const { ring, ringValue, ringScore, ringGrade, bars } = this.#parts;
    ring.dataset.band = band(score);
    ring.toggleAttribute("data-empty", score === 0);
    ring.setAttribute("aria-label", `Overall score ${score} of 100${grade ? `, ${grade}` : ""}`);
    ringValue.style.strokeDasharray = `${score} 100`;
    ringScore.textContent = String(score);
    ringGrade.textContent = grade;

    const ids = orderedCategories(report.categories);
    const rows = new Map([...bars.querySelectorAll(".bar-row")].map((row) => [row.dataset.category, row]));
    const ordered = ids.map((id) => {
      let row = rows.get(id);
      if (!row) {
        row = element("li", "bar-row");
        row.dataset.category = id;
        const name = element("span", "bar-name", categoryLabel(id));
        name.id = `bar-${id}`;
        const value = element("span", "bar-value");
        value.setAttribute("aria-hidden", "true");
        const bar = element("span", "bar");
        bar.setAttribute("role", "meter");
        bar.setAttribute("aria-labelledby", name.id);
        bar.setAttribute("aria-valuemin", "0");
        bar.setAttribute("aria-valuemax", "100");
        bar.append(element("span", "bar-fill"));
        row.append(name, value, bar);
      }
      const categoryScore = Math.max(0, Math.min(100, Math.round(Number(report.categories[id]) || 0)));
      row.dataset.band = band(categoryScore);
      row.querySelector(".bar-value").textContent = String(categoryScore);
      row.querySelector(".bar-fill").style.width = `${categoryScore}%`;
      const bar = row.querySelector(".bar");
      bar.setAttribute("aria-valuenow", String(categoryScore));
      bar.setAttribute("aria-valuetext", `${categoryScore} of 100`);
      return row;
    });
    bars.replaceChildren(...ordered);
  }

  #renderIssueList() {
    const list = this.#parts.issues;
    // Keep keyboard focus on the same entry (or its neighbour) across redraws.
    const focused = this.#root.activeElement;
    const focusedEntry = focused && list.contains(focused) ? focused.closest(".entry") : null;
    const focusedKey = focusedEntry?.dataset.key;
    const focusedPosition = focusedEntry ? [...list.querySelectorAll(".entry")].indexOf(focusedEntry) : -1;

    if (!this.#issues.length) {
      const score = Number(this.#report?.score) || 0;
      list.replaceChildren(element("p", "issues-empty", score >= 70
        ? "No suggestions. This note is ready to send."
        : "No specific suggestions."));
      return;
    }
    const byCategory = new Map();
    for (const issue of this.#issues) {
      if (!byCategory.has(issue.category)) byCategory.set(issue.category, []);
      byCategory.get(issue.category).push(issue);
    }
    const categoryIds = [...orderedCategories(this.#report?.categories ?? {}), ...byCategory.keys()];
    const groups = [];
    for (const id of new Set(categoryIds)) {
      const issues = byCategory.get(id);
      if (!issues) continue;
      const group = element("section", "group");
      group.dataset.category = id;
      const heading = element("h3");
      heading.id = `group-${id}`;
      heading.append(element("span", null, categoryLabel(id)), element("span", "count", String(issues.length)));
      const items = element("ul");
      items.setAttribute("aria-labelledby", heading.id);
      for (const issue of issues) items.append(this.#renderEntry(issue));
      group.append(heading, items);
      groups.push(group);
    }
    list.replaceChildren(...groups);

    if (focusedEntry) {
      const entries = [...list.querySelectorAll(".entry")];
      const target = entries.find((entry) => entry.dataset.key === focusedKey)
        ?? entries[Math.min(focusedPosition, entries.length - 1)];
      target?.querySelector(".entry-jump")?.focus();
    }
  }

  #renderEntry(issue) {
    const item = element("li", "entry");
    item.dataset.rule = issue.rule;
    item.dataset.severity = issue.severity;
    item.dataset.key = `${issue.rule}:${issue.excerpt}:${issue.message}`;
    // Entries about words are buttons that jump to them; entries about the
    // whole note have nowhere to jump, so they are plain text.
    const jump = element(issue.noteLevel ? "div" : "button", "entry-jump");
    if (!issue.noteLevel) jump.type = "button";
    const dot = element("span", `dot sev-${issue.severity}`);
    dot.setAttribute("aria-hidden", "true");
    jump.append(dot, element("span", "visually-hidden", `${severityNames[issue.severity]}: `),
      element("span", "entry-message", issue.message || ruleLabel(issue.rule)));
    const where = issue.noteLevel ? "" : issue.excerpt.replace(/\s+/gu, " ");
    if (where) jump.append(element("span", "excerpt", quote(where)));
    if (!issue.noteLevel) {
      jump.setAttribute("aria-label", `${severityNames[issue.severity]}: ${issue.message} At ${quote(where)}.`);
      jump.title = "Show in the text";
      jump.addEventListener("click", () => this.#openIssue(issue.index, { byKeyboard: true }));
    }
    item.append(jump);
    const fixes = this.#fixButtons(issue, 2);
    if (fixes) item.append(fixes);
    return item;
  }

  #fixButtons(issue, max) {
    const replacements = issue.replacements.slice(0, max);
    if (!replacements.length) return null;
    const row = element("div", "fixes");
    for (const replacement of replacements) {
      const button = element("button", "fix");
      button.type = "button";
      button.dataset.replacement = replacement;
      if (replacement) {
        button.textContent = replacement.trim() ? replacement : quote(replacement);
        button.setAttribute("aria-label", issue.excerpt
          ? `Replace ${quote(issue.excerpt)} with ${quote(replacement)}`
          : `Insert ${quote(replacement)}`);
      } else {
        button.append(element("del", null, issue.excerpt || "text"));
        button.setAttribute("aria-label", `Remove ${quote(issue.excerpt)}`);
      }
      button.addEventListener("click", () => {
        const current = this.#issues.find((candidate) => candidate.index === issue.index) ?? issue;
        if (this.#applyFix(current, replacement)) this.#closeCard();
      });
      row.append(button);
    }
    return row;
  }

  #renderCounter() {
    const { counter, counterText } = this.#parts;
    const stats = this.#report?.stats;
    if (!stats) {
      counter.textContent = "";
      counterText.textContent = "";
      counter.removeAttribute("data-over");
      return;
    }
    const characters = Number(stats.characters) || 0;
    const limit = Number(stats.limit) || 0;
    const over = limit > 0 && characters > limit;
    counter.toggleAttribute("data-over", over);
    if (limit > 0) {
      counter.textContent = over ? `${characters} / ${limit} · ${characters - limit} over` : `${characters} / ${limit}`;
      counterText.textContent = `${characters} of ${limit} characters${over ? `, ${characters - limit} over the limit` : ""}.`;
    } else {
      counter.textContent = `${characters} characters`;
      counterText.textContent = `${characters} characters.`;
    }
  }

  #updateValidity() {
    const { input } = this.#parts;
    const stats = this.#report?.stats;
    const characters = Number(stats?.characters) || 0;
    const limit = Number(stats?.limit) || 0;
    if (this.hasAttribute("required") && !this.#text.trim()) {
      this.#internals.setValidity({ valueMissing: true }, "Write a note first.", input);
    } else if (this.#report && limit > 0 && characters > limit && this.#reportText === this.#text) {
      this.#internals.setValidity({ tooLong: true },
        `The note is ${characters} characters; ${platformLabel(this.platform || "linkedin")} allows ${limit}.`, input);
    } else {
      this.#internals.setValidity({});
    }
  }

  #updateLabel() {
    const label = this.getAttribute("label")
      || [...(this.#internals.labels ?? [])].map((node) => node.textContent.trim()).filter(Boolean).join(" ")
      || defaultLabel;
    this.#parts.input.setAttribute("aria-label", label);
  }

  // ---- announcements -------------------------------------------------------

  #scheduleAnnouncement() {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const report = this.#report;
      if (!report) return;
      const count = this.#issues.length;
      const stats = report.stats ?? {};
      const over = stats.limit > 0 && stats.characters > stats.limit
        ? ` Over the ${stats.limit}-character limit.` : "";
      const message = `Score ${report.score}${report.grade ? `, ${report.grade}` : ""}. `
        + `${count} suggestion${count === 1 ? "" : "s"}.${over}`;
      if (message !== this.#lastAnnouncement) this.#announce(message);
    }, announceDelayMs);
  }

  #announce(message) {
    this.#lastAnnouncement = message;
    this.#parts.live.textContent = message;
  }

  // ---- the suggestion card -------------------------------------------------

  #openIssue(index, { byKeyboard = false } = {}) {
    const issue = this.#issues.find((candidate) => candidate.index === index);
    if (!issue) return;
    const input = this.#parts.input;
    if (byKeyboard) {
      input.focus({ preventScroll: true });
      input.setSelectionRange(issue.start, issue.end);
    }
    this.#showCard(issue, { focus: byKeyboard });
  }

  #showCard(issue, { focus }) {
    clearTimeout(this.#closeTimer);
    const { card } = this.#parts;
    this.#activeIndex = issue.index;
    this.#cardByKeyboard = focus;
    for (const mark of this.#parts.mirror.querySelectorAll(".u")) {
      mark.classList.toggle("active", mark.dataset.issues.split(" ").includes(String(issue.index)));
    }

    const head = element("p", "card-head");
    const dot = element("span", `dot sev-${issue.severity}`);
    dot.setAttribute("aria-hidden", "true");
    const title = element("strong", null, categoryLabel(issue.category));
    title.id = "card-title";
    head.append(dot, title, element("span", null, `${severityNames[issue.severity]} · ${ruleLabel(issue.rule)}`));
    const message = element("p", "card-message", issue.message);
    message.id = "card-message";
    const close = element("button", "card-close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close suggestion");
    close.addEventListener("click", () => this.#closeCard({ restoreFocus: true }));
    card.replaceChildren(close, head, message);
    card.setAttribute("aria-labelledby", "card-title");
    card.setAttribute("aria-describedby", "card-message");
    card.dataset.rule = issue.rule;

    const fixes = this.#fixButtons(issue, 3);
    if (fixes) card.append(fixes);
    else card.append(element("p", "no-fix", "No automatic fix: edit the text to resolve it."));
    if (issue.rule === "spelling" && issue.excerpt && !/\s/u.test(issue.excerpt)) {
      const actions = element("div", "actions");
      const add = element("button", "action", `Add ${quote(issue.excerpt)} to dictionary`);
      add.type = "button";
      add.dataset.action = "add-word";
      add.addEventListener("click", () => {
        personalDictionary.add(issue.excerpt);
        this.#announce(`Added ${quote(issue.excerpt)} to your dictionary.`);
        this.#closeCard({ restoreFocus: true });
      });
      const ignore = element("button", "action", "Ignore for now");
      ignore.type = "button";
      ignore.dataset.action = "ignore";
      ignore.addEventListener("click", () => {
        this.#client?.ignore(issue.excerpt);
        this.#announce(`Ignoring ${quote(issue.excerpt)} for this session.`);
        this.#closeCard({ restoreFocus: true });
      });
      actions.append(add, ignore);
      card.append(actions);
    }
    card.hidden = false;
    this.#placeCard(issue);
    if (focus) {
      (card.querySelector(".fix, .action") ?? close).focus({ preventScroll: true });
      card.scrollIntoView({ block: "nearest" });
    }
  }

  #placeCard(issue) {
    const { card, editor, mirror } = this.#parts;
    const mark = mirror.querySelector(`[data-issues~="${issue.index}"]`);
    const editorBox = editor.getBoundingClientRect();
    const anchor = mark?.getClientRects()[0] ?? editorBox;
    const width = card.offsetWidth;
    const left = Math.max(8, Math.min(anchor.left - editorBox.left - 12, editorBox.width - width - 8));
    card.style.left = `${left}px`;
    card.style.top = `${anchor.bottom - editorBox.top + 8}px`;
  }

  #closeCard({ restoreFocus = false } = {}) {
    const { card, input } = this.#parts;
    clearTimeout(this.#closeTimer);
    clearTimeout(this.#hoverTimer);
    if (card.hidden && this.#activeIndex < 0) return;
    const issue = this.#issues.find((candidate) => candidate.index === this.#activeIndex);
    const hadFocus = card.contains(this.#root.activeElement);
    card.hidden = true;
    card.replaceChildren();
    this.#activeIndex = -1;
    this.#cardByKeyboard = false;
    for (const mark of this.#parts.mirror.querySelectorAll(".u.active")) mark.classList.remove("active");
    if (restoreFocus || hadFocus) {
      input.focus({ preventScroll: true });
      if (issue) input.setSelectionRange(issue.start, issue.end);
    }
  }

  /** The next (direction 1) or previous (-1) underlined issue from the caret or the open card. */
  #moveToIssue(direction) {
    const drawn = this.#drawnIssues().sort((a, b) => a.start - b.start || a.end - b.end);
    if (!drawn.length) {
      this.#announce("No suggestions in the text.");
      return;
    }
    const activePosition = drawn.findIndex((issue) => issue.index === this.#activeIndex);
    let next;
    if (activePosition >= 0) {
      next = drawn[(activePosition + direction + drawn.length) % drawn.length];
    } else {
      const caret = this.#parts.input.selectionStart ?? 0;
      next = direction > 0
        ? drawn.find((issue) => issue.start >= caret) ?? drawn[0]
        : [...drawn].reverse().find((issue) => issue.end <= caret) ?? drawn[drawn.length - 1];
    }
    this.#openIssue(next.index, { byKeyboard: true });
  }

  #issueAt(x, y) {
    let best = null;
    for (const mark of this.#parts.mirror.querySelectorAll(".u")) {
      for (const rect of mark.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + 4) {
          for (const id of mark.dataset.issues.split(" ")) {
            const issue = this.#issues.find((candidate) => candidate.index === Number(id));
            if (issue && (!best || issue.end - issue.start < best.end - best.start)) best = issue;
          }
        }
      }
    }
    return best;
  }

  #issueAtCaret() {
    const { selectionStart, selectionEnd } = this.#parts.input;
    if (selectionStart !== selectionEnd) return null;
    return this.#drawnIssues()
      .filter((issue) => issue.start <= selectionStart && selectionStart <= issue.end)
      .sort((a, b) => (a.end - a.start) - (b.end - b.start))[0] ?? null;
  }

  // ---- events --------------------------------------------------------------

  #bindEvents() {
    const { input, card, retry } = this.#parts;

    input.addEventListener("beforeinput", (event) => this.#checkAhead(event));
    input.addEventListener("input", () => {
      this.#edited = true;
      this.#text = input.value;
      this.#textChanged();
    });
    input.addEventListener("change", () => {
      this.dispatchEvent(new Event("change", { bubbles: true }));
    });

    input.addEventListener("keydown", (event) => {
      const next = (event.altKey && event.key === "ArrowDown") || (event.key === "F8" && !event.shiftKey);
      const previous = (event.altKey && event.key === "ArrowUp") || (event.key === "F8" && event.shiftKey);
      if (next || previous) {
        event.preventDefault();
        this.#moveToIssue(next ? 1 : -1);
      } else if (event.key === "Escape" && !card.hidden) {
        event.preventDefault();
        this.#closeCard();
      } else if (event.altKey && event.key === "Enter") {
        const issue = this.#issueAtCaret();
        if (issue) {
          event.preventDefault();
          this.#openIssue(issue.index, { byKeyboard: true });
        }
      }
    });

    // A click that puts the caret inside an underline opens its card.
    input.addEventListener("click", () => {
      const issue = this.#issueAtCaret();
      if (issue) this.#showCard(issue, { focus: false });
      else if (!this.#cardByKeyboard) this.#closeCard();
    });

    input.addEventListener("pointermove", (event) => {
      if (event.pointerType === "touch") return;
      this.#pointer = { x: event.clientX, y: event.clientY };
      if (this.#pointerFrame) return;
      this.#pointerFrame = requestAnimationFrame(() => {
        this.#pointerFrame = 0;
        this.#hover(this.#pointer);
      });
    });
    input.addEventListener("pointerleave", () => {
      clearTimeout(this.#hoverTimer);
      if (!this.#cardByKeyboard) this.#scheduleClose();
    });

    card.addEventListener("pointerenter", () => clearTimeout(this.#closeTimer));
    card.addEventListener("pointerleave", () => {
      if (!this.#cardByKeyboard && !card.contains(this.#root.activeElement)) this.#scheduleClose();
    });
    card.addEventListener("keydown", (event) => {
      const next = (event.altKey && event.key === "ArrowDown") || (event.key === "F8" && !event.shiftKey);
      const previous = (event.altKey && event.key === "ArrowUp") || (event.key === "F8" && event.shiftKey);
      if (next || previous) {
        event.preventDefault();
        this.#moveToIssue(next ? 1 : -1);
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.#closeCard({ restoreFocus: true });
      } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        const buttons = [...card.querySelectorAll(".fix, .action")];
        const position = buttons.indexOf(this.#root.activeElement);
        if (position >= 0) {
          event.preventDefault();
          const step = event.key === "ArrowRight" ? 1 : -1;
          buttons[(position + step + buttons.length) % buttons.length].focus();
        }
      }
    });
    // Focus leaving both the text and the card closes the card.
    this.#root.addEventListener("focusout", () => {
      setTimeout(() => {
        if (card.hidden) return;
        const active = this.#root.activeElement;
        if (active && (card.contains(active) || active === input)) return;
        if (this.#cardByKeyboard || active) this.#closeCard();
      });
    });

    retry.addEventListener("click", () => {
      this.#useChecker(this.language);
    });

    // Redraw the card's position when the layout changes under it.
    new ResizeObserver(() => {
      const issue = this.#issues.find((candidate) => candidate.index === this.#activeIndex);
      if (issue && !this.#parts.card.hidden) this.#placeCard(issue);
    }).observe(this.#parts.editor);
  }

  #hover(point) {
    const issue = point ? this.#issueAt(point.x, point.y) : null;
    if (issue && issue.index === this.#activeIndex) {
      clearTimeout(this.#closeTimer);
      return;
    }
    clearTimeout(this.#hoverTimer);
    if (!issue) {
      if (!this.#cardByKeyboard && this.#activeIndex >= 0) this.#scheduleClose();
      return;
    }
    this.#hoverTimer = setTimeout(() => {
      if (this.#cardByKeyboard) return;
      this.#showCard(issue, { focus: false });
    }, hoverDelayMs);
  }

  #scheduleClose() {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      if (!this.#parts.card.contains(this.#root.activeElement)) this.#closeCard();
    }, hoverCloseDelayMs);
  }
}

if (!customElements.get("handshake-composer")) {
  customElements.define("handshake-composer", HandshakeComposer);
}
