// The notes the user sent from a page, and what Handshake learns from them:
// earlier notes for the duplicate check, today's and this week's invitation
// counts with a pacing tip, and a tip to wait before following up. Pure
// functions over plain data, shared by the service worker and the popup and
// tested under Node; the list itself lives in chrome.storage.local.

import { KINDS as kinds, PLATFORMS as platforms } from "../../wasm/handshake.mjs";

export { kinds, platforms };

/** Newest first; the oldest entries drop off beyond this. */
export const maxEntries = 1000;
/** Longer notes are not kept: a connection note is a few hundred characters. */
export const maxStoredLength = 5000;
export const maxNameLength = 120;
/** Earlier notes passed to the checker per check (the newest ones). */
export const maxHistoryPerCheck = 100;

const dayMs = 24 * 60 * 60 * 1000;
const weekMs = 7 * dayMs;
// LinkedIn restricts accounts that send far more invitations than they get
// accepted; most accounts are capped at about 100 a week. The tips aim well
// under that, and at spreading invitations over the week.
const weeklyLimit = 100;
const weeklyCaution = 80;
const dailyCaution = 20;

/** Trims and collapses spaces; "" for anything that is not a short string. */
export function cleanName(value) {
  if (typeof value !== "string") return "";
  const name = value.replace(/[\p{Cc}\p{Cf}]/gu, "").replace(/\s+/gu, " ").trim();
  return name.length <= maxNameLength ? name : "";
}

export function sameName(a, b) {
  const left = cleanName(a).toLocaleLowerCase();
  return left !== "" && left === cleanName(b).toLocaleLowerCase();
}

/**
 * A history entry made safe: {text, recipient, platform, kind, site, at}, or
 * null when it is not one (wrong types, empty or oversized text, bad date).
 */
export function normalizeEntry(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const { text, at } = raw;
  if (typeof text !== "string" || !text.trim() || text.length > maxStoredLength) return null;
  if (!Number.isFinite(at) || at <= 0) return null;
  return {
    text,
    recipient: cleanName(raw.recipient),
    platform: platforms.includes(raw.platform) ? raw.platform : "generic",
    kind: kinds.includes(raw.kind) ? raw.kind : "message",
    site: typeof raw.site === "string" && raw.site.length <= 253 ? raw.site : "",
    at,
  };
}

/** The stored list, validated: entries that do not parse are dropped; newest first. */
export function readHistory(stored) {
  if (!Array.isArray(stored)) return [];
  return stored.map(normalizeEntry).filter(Boolean).sort((a, b) => b.at - a.at).slice(0, maxEntries);
}

/** The list with one more entry (or unchanged, with `added: false`, if the entry is invalid). */
export function addEntry(history, raw) {
  const entry = normalizeEntry(raw);
  if (!entry) return { history, added: false };
  return { history: [entry, ...history].slice(0, maxEntries), added: true, entry };
}

/** Local midnight before `now`. */
function startOfDay(now) {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Invitations sent since local midnight and in the last seven days. */
export function invitationCounts(history, now = Date.now()) {
  const midnight = startOfDay(now);
  let today = 0;
  let week = 0;
  for (const entry of history) {
    if (entry.kind !== "invite" || entry.at > now) continue;
    if (entry.at >= midnight) today++;
    if (entry.at > now - weekMs) week++;
  }
  return { today, week };
}

function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One sentence on the pace of invitations. `drafting` is true while a new
 * invitation is being written: it would be the next one.
 */
export function pacingTip({ today, week }, drafting = false) {
  const next = drafting ? 1 : 0;
  if (week + next > weeklyLimit) {
    return `That would be invitation number ${week + next} this week, past LinkedIn's usual limit of about ${weeklyLimit}: wait a few days before sending more.`;
  }
  if (week + next > weeklyCaution) {
    return `${plural(week, "invitation", "invitations")} this week: LinkedIn caps most accounts at about ${weeklyLimit}, so keep the rest for the people who matter most.`;
  }
  if (today + next > dailyCaution) {
    return drafting
      ? `This would be your ${ordinal(today + 1)} invitation today: spread them over the week, since a burst looks like a bulk campaign.`
      : `${plural(today, "invitation", "invitations")} today: spread the rest over the week, since a burst looks like a bulk campaign.`;
  }
  if (drafting) {
    return today === 0
      ? "Your first invitation today: a steady pace."
      : `This would be your ${ordinal(today + 1)} invitation today (${week} this week): a steady pace.`;
  }
  return `${plural(today, "invitation", "invitations")} today, ${week} this week: a steady pace.`;
}

/** The newest invitation sent to this recipient, or null. */
export function lastInvitationTo(history, recipient) {
  if (!cleanName(recipient)) return null;
  return history.find((entry) => entry.kind === "invite" && sameName(entry.recipient, recipient)) ?? null;
}

/**
 * When a note goes to someone invited less than a week ago: {days, tip}.
 * A follow-up that soon reads as pressure; a week is the usual advice.
 */
export function followUpTip(history, recipient, now = Date.now()) {
  const invitation = lastInvitationTo(history, recipient);
  if (!invitation || invitation.at > now || now - invitation.at >= weekMs) return null;
  const days = Math.floor((now - invitation.at) / dayMs);
  const when = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  const name = cleanName(recipient);
  return {
    days,
    tip: `You invited ${name} ${when}. Give them at least a week to answer before you follow up.`,
  };
}

/**
 * The kind of note a draft is: a message to someone already invited is a
 * follow-up to that invitation.
 */
export function kindFor(requestedKind, history, recipient) {
  const kind = kinds.includes(requestedKind) ? requestedKind : "message";
  if (kind === "message" && lastInvitationTo(history, recipient)) return "follow-up";
  return kind;
}

/**
 * Earlier notes to compare a draft with: those sent to other people (a note
 * to the same person is the same conversation, not a template), newest first.
 */
export function historyForDraft(history, recipient) {
  const texts = [];
  for (const entry of history) {
    if (cleanName(recipient) && sameName(entry.recipient, recipient)) continue;
    texts.push(entry.text);
    if (texts.length >= maxHistoryPerCheck) break;
  }
  return texts;
}

/** The file the popup's Export button saves. */
export function exportHistory(history, now = Date.now()) {
  return `${JSON.stringify({ exported: new Date(now).toISOString(), notes: history.map((entry) => ({
    ...entry, date: new Date(entry.at).toISOString(),
  })) }, null, 2)}\n`;
}
