// Display names for the report's ids. Ids this file does not know (a check
// added later) still show, title-cased, so new rules need no change here.

const categoryNames = {
  personalization: "Personalization",
  clarity: "Clear intent",
  length: "Length",
  originality: "Originality",
  tone: "Tone",
  correctness: "Correctness",
};

/** The order categories appear in: DESIGN.md's, then any new ones in report order. */
export function orderedCategories(categories = {}) {
  const known = Object.keys(categoryNames).filter((id) => id in categories);
  const extra = Object.keys(categories).filter((id) => !(id in categoryNames));
  return [...known, ...extra];
}

export function titleCase(id) {
  const words = String(id).split(/[-_\s]+/u).filter(Boolean).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function categoryLabel(id) {
  return categoryNames[id] ?? titleCase(id);
}

export function ruleLabel(id) {
  return titleCase(id);
}

export const platforms = [
  ["linkedin", "LinkedIn"],
  ["linkedin-free", "LinkedIn (free account)"],
  ["facebook", "Facebook"],
  ["instagram", "Instagram"],
  ["x", "X"],
  ["email", "Email"],
  ["generic", "Other"],
];

export const kinds = [
  ["invite", "Invitation"],
  ["follow-up", "Follow-up"],
  ["thank-you", "Thank-you"],
  ["decline", "Polite decline"],
  ["message", "Message"],
];

export function platformLabel(id) {
  return platforms.find(([value]) => value === id)?.[1] ?? titleCase(id || "generic");
}

const severityRank = { error: 0, warning: 1, info: 2 };

/** error, warning or info; anything unknown counts as info. */
export function severityOf(issue) {
  return issue.severity in severityRank ? issue.severity : "info";
}

export function worstSeverity(issues) {
  return issues.map(severityOf).sort((a, b) => severityRank[a] - severityRank[b])[0] ?? "info";
}

export const severityNames = { error: "Must fix", warning: "Should fix", info: "Consider" };

/** The score band the ring and bars are coloured by. */
export function band(score) {
  if (score >= 70) return "strong";
  if (score >= 40) return "fair";
  return "weak";
}
