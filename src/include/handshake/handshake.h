// Handshake: proofreads and scores a connection note (an invitation, follow-up,
// thank-you, decline or message) entirely on the user's device.
//
// This is the core's one public header: the draft that goes in, the report
// that comes out, and the Checker that turns one into the other. wasm/, the
// CLI, the benchmarks and the tests include only this file.
#ifndef HANDSHAKE_HANDSHAKE_H_
#define HANDSHAKE_HANDSHAKE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace handshake {

// What the user is writing. Everything but `text` is optional; `platform` and
// `kind` must name a known profile ("linkedin", "invite", ...) when given.
struct Draft {
  std::string text;  // UTF-8; invalid bytes are tolerated
  std::string platform =
      "linkedin";               // linkedin, linkedin-free, facebook, instagram, x, email, generic
  std::string kind = "invite";  // invite, follow-up, thank-you, decline, message
  std::string recipient;        // "Amy Chen": always spelled right, never a misspelling
  std::string sender;           // "John Smith"
  std::vector<std::string> history;  // earlier notes the user sent, for duplicate detection
};

enum class Severity { kError, kWarning, kInfo };
enum class Category { kPersonalization, kClarity, kLength, kOriginality, kTone, kCorrectness };
inline constexpr int kCategoryCount = 6;

// One finding. `start`/`end` are UTF-16 code unit offsets into the draft's
// text: exactly what JavaScript's String.prototype.slice takes.
struct Issue {
  std::string rule;  // stable kebab-case id: "spelling", "over-limit", ...
  Category category = Category::kCorrectness;
  Severity severity = Severity::kWarning;
  std::string message;  // one sentence: what is wrong and what to do instead
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<std::string> replacements;  // one-click fixes, best first; may be empty
  // Points this issue took off its category and so off the overall score
  // (0 for a tip); the scorer's weights by rule and kind of note.
  int points = 0;
};

struct Stats {
  std::size_t characters = 0;  // counted the way the platform counts them
  std::size_t limit = 0;       // the platform's limit for this kind of note; 0 when none
  std::size_t words = 0;
  std::size_t sentences = 0;
  double reading_grade = 0;  // Flesch-Kincaid grade level
};

struct Report {
  int score = 0;                        // 0-100
  std::string grade;                    // "excellent", "good", "fair", "weak", "poor"
  int categories[kCategoryCount] = {};  // indexed by Category, each 0-100
  Stats stats;
  std::vector<Issue> issues;  // ordered by start offset
};

// A check either yields a report or a clear error the caller can show (an
// unknown platform, text over the size cap). Errors are values, never aborts.
struct CheckResult {
  Report report;
  std::string error;  // empty on success
  bool ok() const { return error.empty(); }
};

struct CheckerOptions {
  // Folder holding the project's data files (dictionaries/data in the source
  // tree, /data inside the wasm module) and hunspell/<lang>.aff|.dic.
  std::string data_dir;
  std::string language = "en-US";  // en-US or en-GB
  // A caller's own Hunspell dictionary; when both are set, used instead of
  // the bundled one for `language`.
  std::string aff_path;
  std::string dic_path;
  std::vector<std::string> disabled_rules;  // rule ids to leave out of reports
};

// The most `check` accepts; more is an error value, never a slow or
// memory-hungry check. Callers that copy input (the Embind boundary) test
// these before copying.
inline constexpr std::size_t kMaxTextBytes = 1 << 20;     // the note's text
inline constexpr std::size_t kMaxNameBytes = 200;         // recipient, sender
inline constexpr std::size_t kMaxHistoryNotes = 1000;     // notes in history
inline constexpr std::size_t kMaxHistoryBytes = 4 << 20;  // all of history together

// One checker serves one thread at a time: it remembers answers between
// checks (the speller's, earlier notes' fingerprints), so even its const
// calls must not run concurrently. Use a checker per thread (the browser
// has one per worker).
class Checker {
 public:
  // Loads the dictionary and the data files. On failure returns null and
  // sets *error to a message naming what could not be loaded.
  static std::unique_ptr<Checker> create(const CheckerOptions& options, std::string* error);
  ~Checker();
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  CheckResult check(const Draft& draft) const;

  // The dictionary alone (plus the personal word list): no note-level
  // judgement about names, URLs or proper nouns.
  bool spell(std::string_view word) const;
  std::vector<std::string> suggest(std::string_view word, std::size_t max = 5) const;
  // Builds the suggestion index now (a few hundred milliseconds in wasm)
  // instead of inside the first check that meets a misspelling, so a caller
  // can do it while the user is idle. Later calls return at once. False (with
  // *error set) when the index cannot be built; suggestions then fall back to
  // Hunspell's own.
  bool prepare_suggestions(std::string* error = nullptr) const;

  // The personal dictionary. Callers persist it themselves.
  void add_word(std::string_view word);
  void remove_word(std::string_view word);
  void ignore(std::string_view word);  // accepted for this checker's lifetime only

 private:
  struct Impl;
  explicit Checker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

std::string_view to_string(Severity severity);
std::string_view to_string(Category category);

}  // namespace handshake

#endif  // HANDSHAKE_HANDSHAKE_H_
