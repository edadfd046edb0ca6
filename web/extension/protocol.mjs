// The messages content scripts may send the service worker, and the reply
// they get. A content script lives in a web page, so its messages are
// treated as untrusted input: only these shapes are accepted, every field is
// type-checked and bounded, and anything else is refused with an error.
//
//   {type: "handshake:check", text, recipient?, platform?, kind?}
//     -> {ok: true, text, view, pacing, followUp, historyUsed} | {ok: false, error}
//   {type: "handshake:sent", text, recipient?, platform?, kind?}
//     -> {ok: true, counts} | {ok: false, error}

import { categoryLabel, ruleLabel, severityNames, severityOf, band } from "../lib/labels.mjs";
import { cleanName, kinds, platforms } from "./history.mjs";

export const checkType = "handshake:check";
export const sentType = "handshake:sent";
/** Text longer than this is not checked in a page (a connection note is a few hundred characters). */
export const maxCheckLength = 20000;
const allowedFields = {
  [checkType]: new Set(["type", "text", "recipient", "platform", "kind"]),
  [sentType]: new Set(["type", "text", "recipient", "platform", "kind"]),
};

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * A content script's request, validated: {type, text, recipient, platform,
 * kind}, or {error} saying what is wrong with it.
 */
export function readRequest(message) {
  if (!isPlainObject(message)) return { error: "not a Handshake message" };
  const fields = allowedFields[message.type];
  if (!fields) return { error: "not a Handshake message" };
  for (const key of Object.keys(message)) {
    if (!fields.has(key)) return { error: `unexpected field '${key}'` };
  }
  const { text } = message;
  if (typeof text !== "string") return { error: "text must be a string" };
  if (text.length > maxCheckLength) return { error: `the text is longer than ${maxCheckLength} characters` };
  if (message.recipient !== undefined && typeof message.recipient !== "string") {
    return { error: "recipient must be a string" };
  }
  const recipient = cleanName(message.recipient ?? "");
  const platform = message.platform ?? "generic";
  if (!platforms.includes(platform)) return { error: "unknown platform" };
  const kind = message.kind ?? "message";
  if (!kinds.includes(kind)) return { error: "unknown kind" };
  return { type: message.type, text, recipient, platform, kind };
}

function clampOffset(value, length) {
  return Math.max(0, Math.min(length, Number.isInteger(value) ? value : 0));
}

/**
 * What a content script draws for a report: labels resolved here (the
 * content script cannot import modules), offsets clamped to the text, and
 * only plain strings and numbers.
 */
export function viewOf(report, text) {
  if (!isPlainObject(report) || typeof report.error === "string" || !isPlainObject(report.categories)) {
    return { error: typeof report?.error === "string" ? report.error : "the checker returned no report" };
  }
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  const issues = (Array.isArray(report.issues) ? report.issues : []).map((issue) => {
    const start = clampOffset(issue?.start, text.length);
    const end = Math.max(start, clampOffset(issue?.end, text.length));
    const severity = severityOf(issue ?? {});
    const excerpt = text.slice(start, end);
    return {
      rule: String(issue?.rule ?? "issue"),
      label: ruleLabel(String(issue?.rule ?? "issue")),
      category: String(issue?.category ?? ""),
      severity,
      severityName: severityNames[severity],
      message: String(issue?.message ?? ""),
      start,
      end,
      replacements: (Array.isArray(issue?.replacements) ? issue.replacements : []).slice(0, 5).map(String),
      // A span over the whole note (no name, no reason) is about the note,
      // not about words: listed, not underlined. The composer does the same.
      noteLevel: end <= start || (start <= trimmedStart && end >= trimmedEnd && /\s/u.test(excerpt.trim())),
    };
  });
  const score = Number.isFinite(report.score) ? Math.round(report.score) : 0;
  return {
    score,
    grade: String(report.grade ?? ""),
    band: band(score),
    categories: Object.entries(report.categories).map(([id, value]) => ({
      id, label: categoryLabel(id), score: Number(value) || 0,
    })),
    stats: {
      characters: Number(report.stats?.characters) || 0,
      limit: Number(report.stats?.limit) || 0,
    },
    issues,
  };
}
