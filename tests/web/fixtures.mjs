// Reads the shared golden fixtures (tests/fixtures/*.notes; the format is in
// tests/fixtures/README.md) for the browser tests.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Expands \n, \t, \\ and \u{XXXX} (lone surrogates included). */
export function unescapeValue(value) {
  return value.replace(/\\(n|t|\\|u\{([0-9A-Fa-f]{1,6})\})/gu, (whole, kind, hex) => {
    if (kind === "n") return "\n";
    if (kind === "t") return "\t";
    if (kind === "\\") return "\\";
    const code = Number.parseInt(hex, 16);
    return code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
  });
}

function parseExpect(value, file, name) {
  // RULE[@SEVERITY] ["SLICE"] [=> FIX]; FIX may be empty (a deletion).
  const match = /^([a-z-]+)(?:@(error|warning|info))?(?:\s+"(.*)")?(?:\s*=>\s*(.*))?$/u.exec(value.trim());
  if (!match) throw new Error(`${file}: case ${name}: cannot read "expect: ${value}"`);
  return {
    rule: match[1],
    severity: match[2] ?? null,
    slice: match[3] === undefined ? null : unescapeValue(match[3]),
    fix: match[4] === undefined ? null : unescapeValue(match[4].trim()),
  };
}

/** Parses one .notes file into cases. */
export function parseNotes(source, file = "<notes>") {
  const cases = [];
  let current = null;
  for (const [lineIndex, rawLine] of source.split(/\r?\n/u).entries()) {
    const line = rawLine.trimEnd();
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (line.startsWith("=== ")) {
      current = {
        name: line.slice(4).trim(), file, text: "", history: [], expect: [], forbid: [],
        forbidOthers: false, score: null, band: null, error: null,
      };
      cases.push(current);
      continue;
    }
    const colon = line.indexOf(":");
    if (!current || colon < 0) throw new Error(`${file}:${lineIndex + 1}: expected "=== name" or "key: value"`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).replace(/^ /u, "");
    switch (key) {
      case "text": case "platform": case "kind": case "recipient": case "sender":
        current[key] = unescapeValue(value);
        break;
      case "history":
        current.history.push(unescapeValue(value));
        break;
      case "expect":
        current.expect.push(parseExpect(value, file, current.name));
        break;
      case "forbid":
        for (const rule of value.split(",").map((part) => part.trim()).filter(Boolean)) {
          if (rule === "*") current.forbidOthers = true;
          else current.forbid.push(rule);
        }
        break;
      case "score": {
        const [low, high] = value.split("..").map(Number);
        current.score = { low, high };
        break;
      }
      case "band":
        current.band = value.trim();
        break;
      case "error":
        current.error = unescapeValue(value);
        break;
      default:
        throw new Error(`${file}:${lineIndex + 1}: unknown key "${key}"`);
    }
  }
  return cases;
}

/** Every case in every tests/fixtures/*.notes file. */
export function loadFixtureCases(dir = fixturesDir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".notes"))
    .sort()
    .flatMap((name) => parseNotes(readFileSync(join(dir, name), "utf8"), name));
}
