#!/usr/bin/env node
// handshake: check connection notes and spell words from the command line.
// Exit codes: 0 done, 1 a draft or input was rejected, 2 usage error.
import { readFile, stat } from "node:fs/promises";
import { createChecker, KINDS, PLATFORMS } from "./handshake.mjs";

const USAGE = `Usage:
  handshake check [--platform P] [--kind K] [--recipient NAME] [--sender NAME] [--json] [TEXT|FILE|-]
  handshake check --jsonl [FILE|-]     one draft object per line in, one report per line out
  handshake spell [--suggest] [WORD...|-]
Every command takes --language en-US|en-GB and --dict PREFIX (PREFIX.aff + PREFIX.dic).
Platforms: ${PLATFORMS.join(", ")}. Kinds: ${KINDS.join(", ")}.`;

const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const MAX_DICTIONARY_BYTES = 64 * 1024 * 1024;  // as the core's own limit

class UsageError extends Error {}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") return { command: "help" };
  if (command !== "check" && command !== "spell") {
    throw new UsageError(command ? `unknown command '${command}'` : "no command given");
  }
  const withValue = new Set(["--platform", "--kind", "--recipient", "--sender", "--language", "--dict"]);
  const flags = new Set(command === "check" ? ["--json", "--jsonl"] : ["--suggest"]);
  const options = { command, positional: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      options.positional.push(...rest.slice(i + 1));
      break;
    }
    if (arg.startsWith("--") && arg.length > 2) {
      const eq = arg.indexOf("=");
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const allowedValue = withValue.has(name) && (command === "check" || ["--language", "--dict"].includes(name));
      if (allowedValue) {
        const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        options[name.slice(2)] = value;
      } else if (flags.has(name) && eq < 0) {
        options[name.slice(2)] = true;
      } else {
        throw new UsageError(`unknown option '${arg}' for ${command}`);
      }
    } else {
      options.positional.push(arg);
    }
  }
  if (options.platform !== undefined && !PLATFORMS.includes(options.platform)) {
    throw new UsageError(`unknown platform '${options.platform}' (expected ${PLATFORMS.join(", ")})`);
  }
  if (options.kind !== undefined && !KINDS.includes(options.kind)) {
    throw new UsageError(`unknown kind '${options.kind}' (expected ${KINDS.join(", ")})`);
  }
  if (command === "check" && options.positional.length > 1) {
    throw new UsageError("check takes one note: quote it, or pass a file or - for standard input");
  }
  return options;
}

async function readStdin() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw new Error(`standard input is larger than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readFileText(path) {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a file`);
  if (info.size > MAX_INPUT_BYTES) throw new Error(`${path} is larger than ${MAX_INPUT_BYTES} bytes`);
  return (await readFile(path)).toString("utf8");
}

// TEXT, FILE or - : an argument naming an existing file is read; "-" or no
// argument reads standard input; anything else is the note itself.
async function readInput(arg) {
  if (arg === undefined || arg === "-") return readStdin();
  try {
    return await readFileText(arg);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENAMETOOLONG") return arg;
    throw new Error(`cannot read ${arg}: ${error.message}`);
  }
}

async function makeChecker(options) {
  const settings = { language: options.language ?? "en-US" };
  if (options.dict !== undefined) {
    const read = async (ext) => {
      const path = `${options.dict}.${ext}`;
      try {
        // A FIFO or a device would never end; a huge file would fill memory.
        const info = await stat(path);
        if (!info.isFile()) throw new Error("not a file");
        if (info.size > MAX_DICTIONARY_BYTES) throw new Error(`larger than ${MAX_DICTIONARY_BYTES} bytes`);
        return await readFile(path);
      } catch (error) {
        throw new Error(`cannot read dictionary file ${path}: ${error.code ?? error.message}`);
      }
    };
    settings.dictionary = { aff: await read("aff"), dic: await read("dic") };
  }
  return createChecker(settings);
}

// Terminal columns of a string: wide for CJK and emoji, none for joiners.
function columns(text) {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    width += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x1f300) ? 2 : 1;
  }
  return width;
}

// What reaches the terminal: no C0 or C1 control character (escape
// sequences could retitle, recolour or rewrite the user's terminal), whether
// it came from the note, a name or a dictionary's suggestions.
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD").replace(/\t/g, " ");
}

// JSON as JSON.stringify writes it, with DEL and the C1 controls escaped
// too (it escapes only C0): the same data, and safe to print on a terminal.
function jsonLine(value) {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function formatReport(text, report) {
  const out = [];
  out.push(`Score ${report.score}/100 (${report.grade})`);
  out.push(Object.entries(report.categories).map(([name, value]) => `${name} ${value}`).join(" · "));
  const s = report.stats;
  out.push(`${s.characters}${s.limit ? `/${s.limit}` : ""} characters · ${s.words} words · ${s.sentences} sentences · reading grade ${s.readingGrade}`);
  if (report.issues.length === 0) {
    out.push("", "No issues.");
    return out.join("\n");
  }
  out.push("");
  for (const issue of report.issues) {
    out.push(`${issue.severity}: ${printable(issue.message)} [${issue.rule}]`);
    const lineStart = text.lastIndexOf("\n", Math.max(0, issue.start - 1)) + 1;
    const startsAtNewline = text[issue.start] === "\n";
    const lineStartIndex = startsAtNewline ? issue.start : lineStart;
    let lineEnd = text.indexOf("\n", issue.start);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStartIndex, lineEnd);
    if (line.length <= 400) {
      const pad = columns(printable(text.slice(lineStartIndex, issue.start)));
      const span = Math.max(1, columns(printable(text.slice(issue.start, Math.min(issue.end, lineEnd)))));
      out.push(`  ${printable(line)}`, `  ${" ".repeat(pad)}${"^".repeat(span)}`);
    }
    if (issue.replacements.length > 0) out.push(`  fix: ${printable(issue.replacements.slice(0, 3).join(", "))}`);
  }
  return out.join("\n");
}

async function runCheck(options) {
  const checker = await makeChecker(options);
  if (options.jsonl) {
    const arg = options.positional[0];
    const input = arg === undefined || arg === "-" ? await readStdin() : await readFileText(arg);
    let failures = 0;
    let lineNumber = 0;
    const lines = input.split("\n");
    if (lines.at(-1) === "") lines.pop();
    for (const raw of lines) {
      lineNumber++;
      const line = raw.replace(/\r$/, "");
      if (line.trim() === "") continue;
      let result;
      try {
        const draft = JSON.parse(line);
        result = checker.check(draft);
      } catch (error) {
        result = { error: `line ${lineNumber}: not JSON: ${error.message}` };
      }
      if (result.error) {
        failures++;
        if (!result.error.startsWith("line ")) result = { error: `line ${lineNumber}: ${result.error}` };
      }
      process.stdout.write(`${jsonLine(result)}\n`);
    }
    return failures > 0 ? 1 : 0;
  }
  const text = await readInput(options.positional[0]);
  const draft = { text };
  for (const field of ["platform", "kind", "recipient", "sender"]) {
    if (options[field] !== undefined) draft[field] = options[field];
  }
  const report = checker.check(draft);
  if (report.error) {
    process.stderr.write(`handshake: ${printable(report.error)}\n`);
    return 1;
  }
  process.stdout.write(options.json ? `${jsonLine(report)}\n` : `${formatReport(text, report)}\n`);
  return 0;
}

async function runSpell(options) {
  const checker = await makeChecker(options);
  let words = options.positional;
  if (words.length === 0 || (words.length === 1 && words[0] === "-")) {
    words = (await readStdin()).split(/\s+/u).filter(Boolean);
  }
  for (const word of words) {
    const correct = checker.spell(word);
    const suggestions = options.suggest && !correct ? checker.suggest(word) : [];
    process.stdout.write(`${jsonLine({ word, correct, suggestions })}\n`);
  }
  return 0;
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`handshake: ${printable(error.message)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    return options.command === "check" ? await runCheck(options) : await runSpell(options);
  } catch (error) {
    process.stderr.write(`handshake: ${printable(error.message)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
