// The composer's shadow-DOM styles, shared by every instance through one
// constructed stylesheet. Colours follow the page's `color-scheme` (light or
// dark) through light-dark(); an embedder can override any --handshake-* one.

const css = String.raw`
:host {
  --_font: var(--handshake-font, "Inter", -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", system-ui, sans-serif);
  --_surface: var(--handshake-surface, light-dark(#ffffff, #171a21));
  --_sunken: var(--handshake-sunken, light-dark(#f5f7fa, #12151b));
  --_text: var(--handshake-text, light-dark(#1b1f24, #e6e8eb));
  --_muted: var(--handshake-muted, light-dark(#57606a, #9aa4b1));
  --_border: var(--handshake-border, light-dark(#d5dbe1, #2e343e));
  --_accent: var(--handshake-accent, light-dark(#2450c8, #8db0ff));
  --_focus: var(--handshake-focus, light-dark(#2450c8, #8db0ff));
  --_error: var(--handshake-error, light-dark(#c62828, #ff8a80));
  --_warning: var(--handshake-warning, light-dark(#9a6700, #e3b341));
  --_info: var(--handshake-info, light-dark(#0b66c3, #79b8ff));
  --_good: var(--handshake-good, light-dark(#1a7f37, #56d364));
  --_radius: var(--handshake-radius, 12px);
  display: block;
  container-type: inline-size;
  color: var(--_text);
  font-family: var(--_font);
  font-size: 15px;
  line-height: 1.5;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
button { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }

.composer { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@container (min-width: 760px) {
  .composer { grid-template-columns: minmax(0, 1fr) 300px; align-items: start; gap: 20px; }
}

/* Writing column */
.write { display: grid; gap: 8px; min-width: 0; }
.editor {
  position: relative;
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  transition: border-color .15s, box-shadow .15s;
}
.editor:focus-within {
  border-color: var(--_accent);
  box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 22%, transparent);
}
.mirror, .input {
  margin: 0;
  padding: 16px 18px;
  border: 0;
  font: inherit;
  font-size: 17px;
  line-height: 1.65;
  letter-spacing: normal;
  white-space: pre-wrap;
  overflow-wrap: break-word;
  word-break: normal;
  tab-size: 4;
  text-align: start;
}
.mirror {
  min-height: var(--handshake-min-height, 168px);
  color: transparent;
  pointer-events: none;
  user-select: none;
}
.input {
  position: absolute;
  inset: 0;
  width: 100%;
  height: 100%;
  resize: none;
  overflow: hidden;
  background: transparent;
  color: var(--_text);
  caret-color: var(--_accent);
  outline: none;
  z-index: 1;
}
.input::placeholder { color: var(--_muted); opacity: 1; }
.input:disabled { cursor: not-allowed; color: var(--_muted); }

.u {
  color: transparent;
  background: transparent;
  border-radius: 3px;
  text-decoration-line: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: 4px;
  text-decoration-skip-ink: none;
  transition: background-color .12s;
}
.u-error { --_sev: var(--_error); text-decoration-style: wavy; text-decoration-thickness: 1.5px; text-decoration-color: var(--_error); }
.u-warning { --_sev: var(--_warning); text-decoration-style: solid; text-decoration-color: var(--_warning); }
.u-info { --_sev: var(--_info); text-decoration-style: dotted; text-decoration-thickness: 2.5px; text-decoration-color: var(--_info); }
.u.active { background: color-mix(in srgb, var(--_sev) 20%, transparent); }

.meta {
  display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; justify-content: space-between;
  font-size: 13px; color: var(--_muted); padding: 0 4px;
}
.status { display: inline-flex; align-items: center; gap: 8px; }
.status[data-state="loading"]::before {
  content: ""; width: 12px; height: 12px; border-radius: 50%;
  border: 2px solid color-mix(in srgb, var(--_accent) 30%, transparent); border-top-color: var(--_accent);
  animation: spin .8s linear infinite;
}
.status[data-state="ready"]::before {
  content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--_good);
}
.status[data-state="failed"] { color: var(--_error); }
@keyframes spin { to { transform: rotate(360deg); } }
.counter { font-variant-numeric: tabular-nums; font-weight: 600; color: var(--_muted); }
.counter[data-over] { color: var(--_error); }
.hint { margin: 0; padding: 0 4px; font-size: 12.5px; color: var(--_muted); }
kbd {
  font: 600 11.5px/1 var(--_font); padding: 2px 5px; border-radius: 4px;
  border: 1px solid var(--_border); background: var(--_sunken);
}

.banner {
  display: flex; gap: 12px; align-items: center; justify-content: space-between;
  padding: 10px 14px; border-radius: 10px; font-size: 14px;
  border: 1px solid color-mix(in srgb, var(--_error) 45%, transparent);
  background: color-mix(in srgb, var(--_error) 9%, var(--_surface));
}
.banner[hidden] { display: none; }
.banner button {
  flex: none; border: 1px solid var(--_border); background: var(--_surface);
  border-radius: 8px; padding: 4px 12px; cursor: pointer;
}

/* The suggestion card over an underline */
.card {
  position: absolute; z-index: 3; width: min(340px, calc(100% - 16px));
  background: var(--_surface); color: var(--_text);
  border: 1px solid var(--_border); border-radius: 12px;
  box-shadow: 0 12px 32px -8px rgb(0 0 0 / .28), 0 2px 6px rgb(0 0 0 / .08);
  padding: 12px 14px 14px;
}
.card[hidden] { display: none; }
.card-head { display: flex; align-items: center; gap: 8px; margin: 0 28px 6px 0; font-size: 12.5px; color: var(--_muted); }
.card-head strong { color: var(--_text); font-weight: 600; }
.card-message { margin: 0 0 10px; font-size: 14.5px; }
.card-close {
  position: absolute; top: 6px; right: 6px; width: 28px; height: 28px; border-radius: 8px;
  border: 0; background: transparent; cursor: pointer; color: var(--_muted); font-size: 18px; line-height: 1;
}
.card-close:hover { background: var(--_sunken); }
.fixes { display: flex; flex-wrap: wrap; gap: 6px; }
.fix {
  border: 1px solid color-mix(in srgb, var(--_accent) 40%, transparent);
  background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  color: var(--_text); font-weight: 600; border-radius: 8px; padding: 4px 10px; cursor: pointer;
  max-width: 100%; overflow-wrap: anywhere; text-align: start;
}
.fix:hover { background: color-mix(in srgb, var(--_accent) 18%, var(--_surface)); }
.fix del { color: var(--_muted); font-weight: 400; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.action {
  border: 1px solid var(--_border); background: transparent; border-radius: 8px;
  padding: 3px 10px; font-size: 13px; cursor: pointer; color: var(--_muted);
}
.action:hover { color: var(--_text); background: var(--_sunken); }
.no-fix { margin: 0; font-size: 13px; color: var(--_muted); }

.dot { flex: none; width: 9px; height: 9px; border-radius: 50%; background: var(--_info); }
.dot.sev-error { background: var(--_error); }
.dot.sev-warning { background: var(--_warning); border-radius: 2px; }
.dot.sev-info { background: transparent; border: 2px solid var(--_info); }

/* Review column: score and suggestions */
.review {
  display: grid; gap: 16px; min-width: 0;
  background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
  padding: 18px;
}
.summary { display: grid; grid-template-columns: auto 1fr; gap: 18px; align-items: center; }
.ring { position: relative; width: 112px; height: 112px; }
.ring svg { width: 100%; height: 100%; transform: rotate(-90deg); }
.ring circle { fill: none; stroke-width: 10; }
.ring-track { stroke: var(--_sunken); }
.ring-value {
  stroke: var(--_muted); stroke-linecap: round; stroke-dasharray: 0 100;
  transition: stroke-dasharray .45s cubic-bezier(.3,.7,.3,1), stroke .3s;
}
.ring[data-band="strong"] .ring-value { stroke: var(--_good); }
.ring[data-band="fair"] .ring-value { stroke: var(--_warning); }
.ring[data-band="weak"] .ring-value { stroke: var(--_error); }
.ring-label {
  position: absolute; inset: 0; display: grid; place-content: center; text-align: center;
}
.ring-score { font-size: 32px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; letter-spacing: -0.02em; }
.ring-grade { margin-top: 4px; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--_muted); }

.bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 7px; }
.bar-row { display: grid; grid-template-columns: 1fr 28px; grid-template-rows: auto auto; column-gap: 8px; font-size: 12.5px; }
.bar-name { color: var(--_muted); }
.bar-value { grid-row: span 2; align-self: end; text-align: end; font-weight: 600; font-variant-numeric: tabular-nums; }
.bar { height: 6px; border-radius: 3px; background: var(--_sunken); overflow: hidden; margin-top: 2px; }
.bar-fill { display: block; height: 100%; width: 0; border-radius: 3px; background: var(--_muted); transition: width .45s cubic-bezier(.3,.7,.3,1), background-color .3s; }
.bar-row[data-band="strong"] .bar-fill { background: var(--_good); }
.bar-row[data-band="fair"] .bar-fill { background: var(--_warning); }
.bar-row[data-band="weak"] .bar-fill { background: var(--_error); }

.issues { display: grid; gap: 14px; }
.issues-empty { margin: 0; color: var(--_muted); font-size: 14px; }
.group h3 {
  display: flex; justify-content: space-between; align-items: baseline;
  margin: 0 0 6px; font-size: 12px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--_muted);
}
.group ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.entry {
  border: 1px solid var(--_border); border-radius: 10px; background: var(--_surface);
  transition: border-color .12s, background-color .12s;
}
.entry:hover, .entry:focus-within { border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border)); }
.entry-jump {
  display: grid; grid-template-columns: auto 1fr; gap: 2px 9px; align-items: baseline;
  width: 100%; padding: 8px 10px; border: 0; background: transparent; border-radius: 10px;
  text-align: start; cursor: pointer; font-size: 13.5px;
}
.entry-jump .dot { transform: translateY(-1px); }
.entry-jump[aria-disabled="true"] { cursor: default; }
.excerpt {
  grid-column: 2; font-size: 12.5px; color: var(--_muted);
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.entry .fixes { padding: 0 10px 9px 28px; }
.entry .fix { font-size: 12.5px; padding: 2px 8px; }

.skeleton { display: grid; gap: 8px; }
.skeleton span { height: 12px; border-radius: 6px; background: var(--_sunken); animation: pulse 1.4s ease-in-out infinite; }
@keyframes pulse { 50% { opacity: .45; } }

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; }
}
@media (forced-colors: active) {
  .u { text-decoration-color: CanvasText; }
  .ring-value, .bar-fill { stroke: Highlight; background: Highlight; }
}
`;

let sheet = null;

/** One CSSStyleSheet for every composer in the document. */
export function composerSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
