// Handshake's content script: finds the note field on the page (LinkedIn's
// "Add a note" invitation textarea and its messaging box; any textarea or
// contenteditable on a site the user switched on), asks the service worker
// to check the note as it is typed, and draws the score badge and the
// underlines in an overlay of its own.
//
// The overlay never touches the page's editor: no attribute, no wrapper, no
// style, no node inside it (editors such as LinkedIn's lose autosaves and
// undo history when their DOM is changed). It is one element per editor,
// appended to <html> outside <body>, with a closed shadow root, placed with
// fixed coordinates read from the editor and kept aligned on scroll, resize
// and layout changes. The only edit Handshake makes is a fix the user clicks,
// typed in as ordinary undoable input.
//
// Content scripts cannot be ES modules, so this is one classic script; the
// labels it shows arrive with each report from the service worker. Nothing
// from the page is trusted: names read from it are cleaned, and send clicks
// count only when they are real user input (isTrusted).

(() => {
  "use strict";

  // The manifest's script and one injected when a site is switched on can
  // meet in one page: they share this isolated world, so the first one wins.
  if (globalThis.handshakeContent) return;

  const checkType = "handshake:check";
  const sentType = "handshake:sent";
  const offType = "handshake:off";
  const maxCheckLength = 20000;
  const tickMs = 250;
  const connectClickMemoryMs = 10 * 60 * 1000;
  const onLinkedIn = location.hostname === "www.linkedin.com";

  // ---- names read from the page ------------------------------------------------

  const nameShape = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,79}$/u;

  /** A person's name from page text ("Amy Chen, PhD (she/her) 🚀" -> "Amy Chen"), or "". */
  function personName(raw) {
    if (typeof raw !== "string") return "";
    let name = raw.replace(/[\p{Cc}\p{Cf}]/gu, " ").replace(/\s+/gu, " ").trim();
    name = name.replace(/\s*\([^)]*\)\s*$/u, "");            // pronouns, nicknames
    name = name.split(/\s*[,|·•–—]\s*/u)[0];                  // credentials, headline
    name = name.replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}]/gu, "").trim();
    if (!nameShape.test(name) || name.split(" ").length > 6) return "";
    return name;
  }

  function textOf(node) {
    return node ? node.textContent : "";
  }

  // LinkedIn's Connect buttons say who they invite ("Invite Amy Chen to
  // connect"); the dialog that opens next is for that person.
  let lastConnect = { name: "", at: 0 };
  function rememberConnectClick(target) {
    const button = target.closest?.("button, a");
    const label = button?.getAttribute("aria-label") ?? "";
    const match = /^Invite (.+?) to connect$/u.exec(label.trim());
    if (match) lastConnect = { name: personName(match[1]), at: Date.now() };
  }

  // ---- site adapters: which fields, whose note, which limit -------------------

  const inviteDialogSelector = [
    "[data-test-modal-id='send-invite-modal']",
    "[role='dialog'][aria-labelledby='send-invite-modal']",
    ".artdeco-modal.send-invite",
  ].join(", ");
  const messageBoxSelector = ".msg-form__contenteditable[contenteditable='true']";
  const conversationTitleSelector = [
    ".msg-overlay-bubble-header__title",
    ".msg-entity-lockup__entity-title",
    ".msg-thread__link-to-profile",
  ].join(", ");

  const linkedInInvite = {
    name: "linkedin-invite",
    kind: "invite",
    matches: (el) => el instanceof HTMLTextAreaElement && el.closest(inviteDialogSelector) !== null,
    dialog: (el) => el.closest(inviteDialogSelector),
    recipient(el) {
      const dialog = this.dialog(el);
      // "Personalize your invitation to <strong>Amy Chen</strong> by adding a note."
      for (const strong of dialog.querySelectorAll("strong, b")) {
        if (/invit/iu.test(textOf(strong.parentElement))) {
          const name = personName(textOf(strong));
          if (name) return name;
        }
      }
      const sentence = /(?:invitation to|Invite)\s+(.+?)(?:\s+to connect|\s+by adding|[.?!]|$)/u.exec(textOf(dialog));
      const fromDialog = sentence ? personName(sentence[1]) : "";
      if (fromDialog) return fromDialog;
      if (lastConnect.name && Date.now() - lastConnect.at < connectClickMemoryMs) return lastConnect.name;
      return profileName();
    },
    platform(el) {
      // Free accounts get a 200-character note; the field and its counter say which.
      if (el.maxLength === 200) return "linkedin-free";
      if (el.maxLength === 300) return "linkedin";
      return /\/\s*200\b/u.test(textOf(this.dialog(el))) ? "linkedin-free" : "linkedin";
    },
    sendButton(el) {
      const dialog = this.dialog(el);
      return dialog.querySelector("button[aria-label='Send invitation'], button[aria-label='Send now']")
        ?? dialog.querySelector(".artdeco-modal__actionbar button.artdeco-button--primary");
    },
  };

  function profileName() {
    if (!/^\/in\//u.test(location.pathname) && !document.querySelector(".pv-top-card, [data-view-name='profile-card']")) {
      return "";
    }
    return personName(textOf(document.querySelector("main h1, h1.text-heading-xlarge")));
  }

  const linkedInMessage = {
    name: "linkedin-message",
    kind: "message",
    matches: (el) => el.matches?.(messageBoxSelector) ?? false,
    recipient(el) {
      // The nearest conversation header above the box names the other person.
      for (let node = el.parentElement; node; node = node.parentElement) {
        const title = node.querySelector(conversationTitleSelector);
        if (title) return personName(textOf(title));
      }
      return "";
    },
    platform: () => "linkedin",
    sendButton(el) {
      return el.closest("form")?.querySelector(".msg-form__send-button, button[type='submit']") ?? null;
    },
  };

  const sitePlatforms = [
    [/(^|\.)linkedin\.com$/u, "linkedin"],
    [/(^|\.)(facebook|messenger)\.com$/u, "facebook"],
    [/(^|\.)instagram\.com$/u, "instagram"],
    [/(^|\.)(x|twitter)\.com$/u, "x"],
    [/^(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|mail\.yahoo\.com)$/u, "email"],
  ];

  const anyField = {
    name: "field",
    kind: "message",
    matches: (el) => (el instanceof HTMLTextAreaElement && !el.readOnly && !el.disabled) || isEditingHost(el),
    recipient: () => "",
    platform: () => sitePlatforms.find(([pattern]) => pattern.test(location.hostname))?.[1] ?? "generic",
    sendButton: () => null,
  };

  function isEditingHost(el) {
    return el instanceof HTMLElement && el.isContentEditable
      && !(el.parentElement && el.parentElement.isContentEditable);
  }

  /** The adapter for a field: LinkedIn's by their markup; any field only on sites the user switched on. */
  function adapterFor(el) {
    if (linkedInInvite.matches(el)) return linkedInInvite;
    if (linkedInMessage.matches(el)) return linkedInMessage;
    if (!onLinkedIn && anyField.matches(el)) return anyField;
    return null;
  }

  // ---- reading text and geometry from an editor, without changing it ---------

  const blockTags = new Set(["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "SECTION", "ARTICLE"]);

  /** A textarea's text and where each character is, measured on a hidden copy in the overlay. */
  class TextareaText {
    constructor(el, mirror) {
      this.el = el;
      this.mirror = mirror;
      this.mirrorText = mirror.appendChild(document.createTextNode(""));
    }

    read() {
      return this.el.value;
    }

    // Copies what decides where lines break; the mirror sits exactly on the
    // textarea's border box, so its rects are the textarea's, unscrolled.
    prepare(rect) {
      const style = getComputedStyle(this.el);
      const mirror = this.mirror.style;
      for (const property of mirroredProperties) mirror.setProperty(property, style.getPropertyValue(property));
      mirror.setProperty("box-sizing", "border-box");
      mirror.setProperty("border-style", "solid");
      mirror.setProperty("border-color", "transparent");
      mirror.setProperty("white-space", "pre-wrap");
      mirror.setProperty("overflow-wrap", "break-word");
      const borders = this.el.offsetWidth - this.el.clientWidth;  // borders plus any scrollbar
      const scrollbar = borders - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      mirror.setProperty("width", `${rect.width - Math.max(0, scrollbar)}px`);
      mirror.setProperty("left", `${rect.left}px`);
      mirror.setProperty("top", `${rect.top}px`);
      const text = this.el.value;
      if (this.mirrorText.data !== text) this.mirrorText.data = text;
    }

    rects(start, end) {
      const range = document.createRange();
      const length = this.mirrorText.data.length;
      range.setStart(this.mirrorText, Math.min(start, length));
      range.setEnd(this.mirrorText, Math.min(end, length));
      const dx = -this.el.scrollLeft;
      const dy = -this.el.scrollTop;
      return [...range.getClientRects()].filter((r) => r.width > 0)
        .map((r) => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height }));
    }

    select(start, end) {
      this.el.focus();
      this.el.setSelectionRange(start, end);
    }
  }

  const mirroredProperties = [
    "direction", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
    "font-style", "font-variant", "font-weight", "font-stretch", "font-size", "font-family",
    "font-feature-settings", "font-kerning", "font-variation-settings", "line-height",
    "letter-spacing", "word-spacing", "text-align", "text-transform", "text-indent",
    "tab-size", "word-break", "text-rendering",
  ];

  /** A contenteditable's text (blocks and <br> as line breaks) mapped back to its text nodes. */
  class EditableText {
    constructor(el) {
      this.el = el;
      this.pieces = [];
    }

    read() {
      const pieces = [];
      let text = "";
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            pieces.push({ node: child, start: text.length, end: text.length + child.data.length });
            text += child.data;
          } else if (child.nodeType === Node.ELEMENT_NODE) {
            if (child.tagName === "BR") {
              text += "\n";
            } else if (blockTags.has(child.tagName)) {
              if (text && !text.endsWith("\n")) text += "\n";
              walk(child);
            } else {
              walk(child);
            }
          }
        }
      };
      walk(this.el);
      this.pieces = pieces;
      return text;
    }

    prepare() {
      this.read();
    }

    rects(start, end) {
      const rects = [];
      for (const piece of this.pieces) {
        const from = Math.max(start, piece.start);
        const to = Math.min(end, piece.end);
        if (from >= to) continue;
        const range = document.createRange();
        range.setStart(piece.node, from - piece.start);
        range.setEnd(piece.node, to - piece.start);
        for (const r of range.getClientRects()) {
          if (r.width > 0) rects.push({ left: r.left, top: r.top, width: r.width, height: r.height });
        }
      }
      return rects;
    }

    /** The DOM point for a text offset; an offset on a line break made by a block or <br> moves to the next text. */
    #position(offset) {
      for (const piece of this.pieces) {
        if (offset >= piece.start && offset <= piece.end) return [piece.node, offset - piece.start];
      }
      const next = this.pieces.find((piece) => piece.start >= offset);
      if (next) return [next.node, 0];
      const last = this.pieces.at(-1);
      return last ? [last.node, last.node.data.length] : [this.el, this.el.childNodes.length];
    }

    select(start, end) {
      this.el.focus();
      this.read();
      const range = document.createRange();
      range.setStart(...this.#position(start));
      range.setEnd(...this.#position(end));
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  // ---- the overlay -------------------------------------------------------------

  const overlayStyles = `
    :host { all: initial !important; display: block !important; position: fixed !important;
      left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important;
      overflow: visible !important; z-index: 2147483647 !important; pointer-events: none !important; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    .mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden; margin: 0;
      height: auto; color: transparent; }
    .clip { position: fixed; overflow: hidden; pointer-events: none; }
    .bar { position: absolute; height: 2px; border-radius: 1px; pointer-events: none; }
    .bar[data-severity="error"] { background: #d93025; }
    .bar[data-severity="warning"] { background: #e37400; }
    .bar[data-severity="info"] { background: repeating-linear-gradient(90deg, #1a73e8 0 3px, transparent 3px 5px); }
    .badge { position: fixed; width: 28px; height: 28px; margin: 0; padding: 0; border: 2px solid #fff;
      border-radius: 50%; background: #5f6368; color: #fff; font: 700 11px/24px system-ui, sans-serif;
      text-align: center; cursor: pointer; pointer-events: auto; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
    .badge[data-band="strong"] { background: #188038; }
    .badge[data-band="fair"] { background: #b06000; }
    .badge[data-band="weak"] { background: #c5221f; }
    .badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
    .card { position: fixed; width: 320px; max-height: 380px; overflow: auto; pointer-events: auto;
      background: #fff; color: #202124; border: 1px solid #dadce0; border-radius: 8px;
      box-shadow: 0 6px 20px rgba(0,0,0,.22); padding: 10px 12px; font: 13px/1.45 system-ui, sans-serif;
      text-align: left; }
    .tip { width: 280px; }
    .head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
    .score { font-size: 20px; font-weight: 700; }
    .grade { text-transform: capitalize; font-weight: 600; }
    .for { color: #5f6368; font-size: 12px; margin-left: auto; text-align: right; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: 6px 0; border-top: 1px solid #eee; }
    .rule { font-weight: 600; margin-right: 4px; }
    .rule[data-severity="error"] { color: #c5221f; }
    .rule[data-severity="warning"] { color: #b06000; }
    .rule[data-severity="info"] { color: #1967d2; }
    .fixes { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
    .fix { font: 600 12px/1.2 system-ui, sans-serif; padding: 3px 8px; border: 1px solid #1a73e8;
      border-radius: 12px; background: #e8f0fe; color: #174ea6; cursor: pointer; }
    .note { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #f1f3f4; }
    .note.followup { background: #fef7e0; }
    .error { color: #c5221f; }
    .empty { color: #5f6368; }
    @media (prefers-color-scheme: dark) {
      .card { background: #292a2d; color: #e8eaed; border-color: #5f6368; }
      .for, .empty { color: #bdc1c6; }
      li { border-top-color: #3c4043; }
      .note { background: #3c4043; }
      .note.followup { background: #4a3f1a; }
      .fix { background: #1e3a5f; color: #d2e3fc; border-color: #8ab4f8; }
    }`;

  let sharedSheet = null;
  function adoptStyles(root) {
    // A constructed sheet is not an inline <style>, so a page's strict
    // Content-Security-Policy (style-src without 'unsafe-inline') allows it.
    try {
      sharedSheet ??= new CSSStyleSheet();
      if (!sharedSheet.cssRules.length) sharedSheet.replaceSync(overlayStyles);
      root.adoptedStyleSheets = [sharedSheet];
    } catch {
      const style = document.createElement("style");
      style.textContent = overlayStyles;
      root.append(style);
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function place(node, left, top, width, height) {
    node.style.left = `${Math.round(left * 10) / 10}px`;
    node.style.top = `${Math.round(top * 10) / 10}px`;
    if (width !== undefined) node.style.width = `${Math.max(0, width)}px`;
    if (height !== undefined) node.style.height = `${Math.max(0, height)}px`;
  }

  const kindNames = { invite: "Invitation", "follow-up": "Follow-up", "thank-you": "Thank-you", decline: "Decline", message: "Message" };
  const platformNames = { linkedin: "LinkedIn", "linkedin-free": "LinkedIn (free account)", facebook: "Facebook", instagram: "Instagram", x: "X", email: "Email", generic: "Other" };

  /** One editor Handshake is attached to, and its overlay. */
  class Attachment {
    constructor(el, adapter) {
      this.el = el;
      this.adapter = adapter;
      this.host = document.createElement("handshake-overlay");
      this.root = this.host.attachShadow({ mode: "closed" });
      adoptStyles(this.root);
      this.mirror = element("div", "mirror");
      this.mirror.setAttribute("aria-hidden", "true");
      this.clip = element("div", "clip");
      this.badge = element("button", "badge", "…");
      this.badge.type = "button";
      this.card = element("div", "card");
      this.card.hidden = true;
      this.card.setAttribute("role", "dialog");
      this.card.setAttribute("aria-label", "Handshake");
      this.tip = element("div", "card tip");
      this.tip.hidden = true;
      this.tip.setAttribute("role", "tooltip");
      this.root.append(this.mirror, this.clip, this.badge, this.card, this.tip);
      this.text = el instanceof HTMLTextAreaElement ? new TextareaText(el, this.mirror) : new EditableText(el);

      this.answer = null;          // the service worker's latest answer
      this.error = "";
      this.sentText = "";          // text of the latest check request
      this.lastText = null;
      this.inFlight = false;
      this.again = false;
      this.bars = [];              // {node, issue, rect} drawn
      this.hovered = null;
      this.lastBox = "";
      this.dirty = false;
      this.badge.addEventListener("mousedown", (event) => event.preventDefault());
      this.badge.addEventListener("click", () => this.toggleCard());
      for (const card of [this.card, this.tip]) {
        card.addEventListener("mousedown", (event) => event.preventDefault());  // keep the caret in the editor
        card.addEventListener("click", (event) => this.onCardClick(event));
      }
      this.tip.addEventListener("mouseleave", () => this.hideTip());
      this.renderBadge();
      document.documentElement.append(this.host);
      this.layout();
      this.check();
    }

    detach() {
      this.host.remove();
    }

    // ---- checking

    check() {
      const text = this.text.read();
      this.lastText = text;
      if (text.length > maxCheckLength) {
        this.answer = null;
        this.error = "This text is too long for Handshake to check here.";
        this.renderBadge();
        this.layout(true);
        return;
      }
      if (this.inFlight) {
        this.again = true;
        return;
      }
      this.again = false;
      this.inFlight = true;
      const request = {
        type: checkType,
        text,
        recipient: this.adapter.recipient(this.el),
        platform: this.adapter.platform(this.el),
        kind: this.adapter.kind,
      };
      send(request).then((answer) => {
        this.inFlight = false;
        if (stopped) return;
        if (answer?.ok) {
          this.answer = { ...answer, recipient: request.recipient, platform: request.platform };
          this.error = "";
        } else {
          this.answer = null;
          this.error = answer?.error ? `Handshake could not check this note: ${answer.error}` : "Handshake is not available right now.";
        }
        this.renderBadge();
        if (!this.card.hidden) this.renderCard();
        this.layout(true);
        if (this.again || this.text.read() !== text) this.check();
      });
    }

    /** The report's view when it was made for exactly the text in the editor now. */
    currentView() {
      const view = this.answer?.view;
      return view && !view.error && this.answer.text === this.lastText ? view : null;
    }

    // ---- drawing

    renderBadge() {
      const view = this.answer?.view;
      const badge = this.badge;
      if (this.error || view?.error) {
        badge.textContent = "!";
        badge.dataset.band = "weak";
        badge.setAttribute("aria-label", `Handshake: ${this.error || view.error}`);
        badge.title = this.error || view.error;
      } else if (view) {
        const count = view.issues.length;
        badge.textContent = String(view.score);
        badge.dataset.band = view.band;
        const label = `Handshake score ${view.score} of 100 (${view.grade}), ${count} ${count === 1 ? "suggestion" : "suggestions"}`;
        badge.setAttribute("aria-label", `${label}. Show details.`);
        badge.title = label;
      } else {
        badge.textContent = this.answer ? "–" : "…";
        delete badge.dataset.band;
        const label = this.answer ? "Handshake: start typing your note" : "Handshake is checking";
        badge.setAttribute("aria-label", label);
        badge.title = label;
      }
    }

    issueItem(issue) {
      const item = element("li");
      item.dataset.rule = issue.rule;
      const rule = element("span", "rule", issue.label);
      rule.dataset.severity = issue.severity;
      rule.title = issue.severityName;
      item.append(rule, document.createTextNode(issue.message));
      if (issue.replacements.length && !issue.noteLevel) {
        const fixes = element("div", "fixes");
        issue.replacements.slice(0, 3).forEach((replacement, index) => {
          const fix = element("button", "fix", replacement === "" ? "Remove" : replacement);
          fix.type = "button";
          fix.dataset.issue = String(this.currentView()?.issues.indexOf(issue) ?? -1);
          fix.dataset.replacement = String(index);
          fixes.append(fix);
        });
        item.append(fixes);
      }
      return item;
    }

    renderCard() {
      const card = this.card;
      const answer = this.answer;
      const view = answer?.view;
      const head = element("div", "head");
      if (view && !view.error) {
        head.append(element("span", "score", String(view.score)), element("span", "grade", view.grade));
      } else {
        head.append(element("span", "grade", "Handshake"));
      }
      const about = [kindNames[answer?.kind ?? this.adapter.kind] ?? "Note"];
      if (answer?.recipient) about.push(`to ${answer.recipient}`);
      const platform = platformNames[answer?.platform ?? this.adapter.platform(this.el)] ?? "";
      const limit = view?.stats?.limit ? ` · ${view.stats.characters}/${view.stats.limit}` : "";
      head.append(element("span", "for", `${about.join(" ")} · ${platform}${limit}`));
      const parts = [head];
      if (this.error || view?.error) {
        parts.push(element("p", "error", this.error || view.error));
      } else if (!view) {
        parts.push(element("p", "empty", answer ? "Start typing: the score and suggestions appear here." : "Checking…"));
      } else if (view.issues.length === 0) {
        parts.push(element("p", "empty", "Nothing to fix. Send it when you are ready."));
      } else {
        const list = element("ul", "issues");
        list.append(...view.issues.map((issue) => this.issueItem(issue)));
        parts.push(list);
      }
      if (answer?.followUp?.tip) parts.push(element("p", "note followup", answer.followUp.tip));
      if (answer?.pacing && (answer.kind === "invite" || onLinkedIn || this.adapter !== anyField)) {
        const pacing = element("p", "note pacing");
        pacing.append(
          element("strong", null, `Invitations: ${answer.pacing.today} today · ${answer.pacing.week} this week. `),
          document.createTextNode(answer.pacing.tip),
        );
        parts.push(pacing);
      }
      card.replaceChildren(...parts);
    }

    toggleCard() {
      if (this.card.hidden) {
        this.renderCard();
        this.card.hidden = false;
        this.hideTip();
        this.layout(true);
      } else {
        this.card.hidden = true;
      }
    }

    showTip(bar) {
      if (this.hovered === bar.issue && !this.tip.hidden) return;
      this.hovered = bar.issue;
      const list = element("ul");
      list.append(this.issueItem(bar.issue));
      this.tip.replaceChildren(list);
      this.tip.hidden = false;
      // Below the word, else above it; never over the badge, which stays clickable.
      const width = this.tip.offsetWidth;
      const height = this.tip.offsetHeight;
      const badge = this.badge.getBoundingClientRect();
      const left = Math.max(4, Math.min(innerWidth - width - 4, bar.rect.left));
      const candidates = [
        [left, bar.rect.top + bar.rect.height + 4],
        [left, bar.rect.top - height - 4],
        [Math.max(4, Math.min(left, badge.left - width - 6)), bar.rect.top + bar.rect.height + 4],
      ];
      const fits = ([x, y]) => y >= 4 && y + height <= innerHeight - 4
        && (x + width <= badge.left || x >= badge.right || y + height <= badge.top || y >= badge.bottom);
      const [x, y] = candidates.find(fits) ?? candidates[0];
      place(this.tip, x, y);
    }

    hideTip() {
      this.hovered = null;
      this.tip.hidden = true;
    }

    onCardClick(event) {
      const fix = event.composedPath().find((node) => node instanceof HTMLElement && node.classList.contains("fix"));
      if (!fix || !event.isTrusted) return;
      const view = this.currentView();
      const issue = view?.issues[Number(fix.dataset.issue)];
      const replacement = issue?.replacements[Number(fix.dataset.replacement)];
      if (issue === undefined || replacement === undefined) return;
      // Typed in as the user would: the editor's own undo and input handling see it.
      this.text.select(issue.start, issue.end);
      if (!document.execCommand("insertText", false, replacement) && this.el instanceof HTMLTextAreaElement) {
        this.el.setRangeText(replacement, issue.start, issue.end, "end");
        this.el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
      }
      this.hideTip();
      this.card.hidden = true;
      this.check();
    }

    /** Places everything from the editor's current geometry; cheap when nothing moved. */
    layout(force = false) {
      const el = this.el;
      const rect = el.getBoundingClientRect();
      const visible = el.isConnected && rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== "hidden";
      const box = `${rect.left},${rect.top},${rect.width},${rect.height},${el.scrollTop},${el.scrollLeft},${innerWidth},${innerHeight}`;
      if (!force && !this.dirty && box === this.lastBox) return;
      this.lastBox = box;
      this.dirty = false;
      // A page that tidies <html> may drop the overlay; put it back.
      if (!this.host.isConnected) document.documentElement.append(this.host);
      this.host.hidden = !visible;
      if (!visible) return;
      const clipLeft = rect.left + el.clientLeft;
      const clipTop = rect.top + el.clientTop;
      place(this.clip, clipLeft, clipTop, el.clientWidth, el.clientHeight);
      const size = 28;
      const inset = 4;
      const badgeLeft = clipLeft + el.clientWidth - size - inset;
      const badgeTop = clipTop + el.clientHeight - size - inset;
      place(this.badge, badgeLeft, badgeTop);
      if (!this.card.hidden) {
        // Beside the editor when there is room (it then hides none of the
        // page's own buttons), else under or over the badge.
        const width = this.card.offsetWidth;
        const height = this.card.offsetHeight;
        const top = Math.max(4, Math.min(innerHeight - height - 4, badgeTop + size - height));
        if (rect.right + 8 + width <= innerWidth - 4) {
          place(this.card, rect.right + 8, top);
        } else {
          const left = Math.max(4, Math.min(innerWidth - width - 4, badgeLeft + size - width));
          const below = badgeTop + size + 6;
          place(this.card, left, below + height <= innerHeight - 4 ? below : Math.max(4, badgeTop - height - 6));
        }
      }
      this.drawUnderlines(clipLeft, clipTop);
    }

    drawUnderlines(clipLeft, clipTop) {
      const view = this.currentView();
      this.text.prepare(this.el.getBoundingClientRect());
      const wanted = [];
      for (const issue of view?.issues ?? []) {
        if (issue.noteLevel) continue;
        for (const rect of this.text.rects(issue.start, issue.end)) wanted.push({ issue, rect });
      }
      while (this.bars.length > wanted.length) this.bars.pop().node.remove();
      wanted.forEach((bar, index) => {
        let node = this.bars[index]?.node;
        if (!node) {
          node = element("div", "bar");
          this.clip.append(node);
        }
        node.dataset.severity = bar.issue.severity;
        node.dataset.rule = bar.issue.rule;
        const { rect } = bar;
        place(node, rect.left - clipLeft, rect.top + rect.height - clipTop - 2, rect.width, 2);
        this.bars[index] = { node, issue: bar.issue, rect };
      });
      if (this.hovered && !wanted.some((bar) => bar.issue === this.hovered)) this.hideTip();
    }

    /** The underline under a pointer position, if any (underlines never take the pointer from the editor). */
    barAt(x, y) {
      const clip = this.clip.getBoundingClientRect();
      if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) return null;
      return this.bars.find(({ rect }) => x >= rect.left && x <= rect.left + rect.width
        && y >= rect.top && y <= rect.top + rect.height) ?? null;
    }
  }

  // ---- talking to the service worker ------------------------------------------

  let stopped = false;

  async function send(message) {
    if (stopped) return null;
    try {
      return await chrome.runtime.sendMessage(message);
    } catch (error) {
      // The extension was updated or removed under this page: step aside.
      if (!chrome.runtime?.id) stop();
      return { ok: false, error: String(error?.message ?? error) };
    }
  }

  // ---- finding editors and following the page ------------------------------

  const attachments = new Map();  // editor element -> Attachment

  function attach(el) {
    if (stopped || attachments.has(el)) return attachments.get(el);
    const adapter = adapterFor(el);
    if (!adapter) return null;
    const attachment = new Attachment(el, adapter);
    attachments.set(el, attachment);
    return attachment;
  }

  function attachmentFor(node) {
    for (const attachment of attachments.values()) {
      if (attachment.el === node || attachment.el.contains(node)) return attachment;
    }
    return null;
  }

  function scan() {
    for (const [el, attachment] of attachments) {
      if (!el.isConnected) {
        attachment.detach();
        attachments.delete(el);
      }
    }
    for (const el of document.querySelectorAll(`${inviteDialogSelector.split(", ").map((s) => `${s} textarea`).join(", ")}, ${messageBoxSelector}`)) {
      attach(el);
    }
  }

  let scanTimer = 0;
  const observer = new MutationObserver(() => {
    if (!scanTimer) scanTimer = setTimeout(() => {
      scanTimer = 0;
      scan();
    }, 100);
  });

  let frame = 0;
  function relayout() {
    if (frame || stopped) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const attachment of attachments.values()) attachment.layout();
    });
  }

  function originalTarget(event) {
    return event.composedPath()[0];
  }

  const listeners = {
    focusin(event) {
      const target = originalTarget(event);
      if (target instanceof Element) attach(target.closest("textarea") ?? editingHostOf(target) ?? target);
    },
    input(event) {
      const attachment = attachmentFor(originalTarget(event));
      if (attachment) {
        attachment.dirty = true;  // old underlines must not sit on moved words
        attachment.check();
        relayout();
      }
    },
    click(event) {
      if (!event.isTrusted) return;  // a page's script cannot make up a sent note
      const target = originalTarget(event);
      if (!(target instanceof Element)) return;
      rememberConnectClick(target);
      for (const attachment of attachments.values()) {
        const button = attachment.adapter.sendButton(attachment.el);
        if (button && !button.disabled && button.contains(target)) recordSent(attachment);
      }
    },
    mousemove(event) {
      for (const attachment of attachments.values()) {
        const bar = attachment.barAt(event.clientX, event.clientY);
        if (bar) attachment.showTip(bar);
        else if (!attachment.tip.hidden && !event.composedPath().includes(attachment.tip)) {
          const tip = attachment.tip.getBoundingClientRect();
          const near = event.clientX >= tip.left - 8 && event.clientX <= tip.right + 8
            && event.clientY >= tip.top - 12 && event.clientY <= tip.bottom + 8;
          if (!near) attachment.hideTip();
        }
      }
    },
    keydown(event) {
      if (event.key !== "Escape") return;
      for (const attachment of attachments.values()) {
        attachment.hideTip();
        attachment.card.hidden = true;
      }
    },
    scroll: relayout,
    resize: relayout,
  };

  function editingHostOf(node) {
    let host = null;
    for (let el = node; el instanceof HTMLElement && el.isContentEditable; el = el.parentElement) host = el;
    return host;
  }

  function recordSent(attachment) {
    const text = attachment.text.read().trim();
    if (!text || text.length > maxCheckLength) return;
    send({
      type: sentType,
      text,
      recipient: attachment.adapter.recipient(attachment.el),
      platform: attachment.adapter.platform(attachment.el),
      kind: attachment.adapter.kind,
    });
  }

  // Catches what no event announces: a page script setting the value, the
  // dialog sliding into place, a font arriving.
  const ticker = setInterval(() => {
    for (const attachment of attachments.values()) {
      if (!attachment.el.isConnected) continue;
      if (attachment.text.read() !== attachment.lastText) attachment.check();
      attachment.layout();
    }
  }, tickMs);

  const resizeObserver = new ResizeObserver(relayout);

  function start() {
    for (const [type, listener] of Object.entries(listeners)) {
      (type === "resize" ? window : document).addEventListener(type, listener, { capture: true, passive: type !== "click" });
    }
    observer.observe(document.documentElement, { childList: true, subtree: true });
    resizeObserver.observe(document.documentElement);
    scan();
    const focused = document.activeElement;
    if (focused && focused !== document.body) listeners.focusin({ composedPath: () => [focused] });
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(ticker);
    observer.disconnect();
    resizeObserver.disconnect();
    for (const [type, listener] of Object.entries(listeners)) {
      (type === "resize" ? window : document).removeEventListener(type, listener, { capture: true });
    }
    for (const attachment of attachments.values()) attachment.detach();
    attachments.clear();
  }

  // The popup turns a site off. Only the extension's own pages can message a
  // content script (pages and other content scripts cannot), and the sender is checked anyway.
  chrome.runtime.onMessage.addListener((message, sender) => {
    const fromExtension = sender.id === chrome.runtime.id && String(sender.url).startsWith(chrome.runtime.getURL(""));
    if (fromExtension && message?.type === offType) stop();
  });

  // For debugging from the extension's own world (DevTools, the tests): the
  // page itself cannot reach this object or the closed overlays.
  globalThis.handshakeContent = {
    overlays: () => [...attachments.values()].map((attachment) => ({
      editor: attachment.el,
      adapter: attachment.adapter.name,
      root: attachment.root,
      answer: attachment.answer,
      text: attachment.lastText,
    })),
    stopped: () => stopped,
  };

  start();
})();
