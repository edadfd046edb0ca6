// The Embind boundary: a handful of coarse calls, plain values in and out.
// Checkers live in a table and JS holds their integer ids, so no class
// handle ever needs deleting and a report is one structured-clonable object.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "handshake/handshake.h"
#include "lent_files.h"
#include "utf8.h"

namespace handshake {
namespace {

using emscripten::val;

constexpr const char* kDataDir = "/data";
// A platform or kind names one of a few profiles: anything longer is unknown.
constexpr std::size_t kMaxProfileNameBytes = 64;

std::map<int, std::unique_ptr<Checker>>& checkers() {
  static std::map<int, std::unique_ptr<Checker>> table;
  return table;
}

val error_value(const std::string& message) {
  val error = val::object();
  error.set("error", message);
  return error;
}

bool is_string(const val& v) { return v.isString(); }

// A property name as a JS string, made once per name (a C string key is
// converted into a new JS string at every access). `name` must be a literal.
const val& key(const char* name) {
  static std::map<const char*, val> keys;
  auto it = keys.find(name);
  if (it == keys.end()) it = keys.emplace(name, val(name)).first;
  return it->second;
}

// A JS string's UTF-16 length; its UTF-8 form is at least this many bytes,
// so a string longer than a limit in bytes is refused before it is copied
// into the module's memory, which never shrinks.
std::size_t js_length(const val& s) { return s[key("length")].as<std::size_t>(); }

// Reads an optional string field; false (with *error set) when present but
// not a string.
bool read_string(const val& object, const char* field, std::string* out, std::string* error,
                 std::size_t max_bytes = kMaxTextBytes) {
  const val v = object[key(field)];
  if (v.isUndefined() || v.isNull()) return true;
  if (!is_string(v)) {
    *error = std::string("draft.") + field + " must be a string";
    return false;
  }
  if (js_length(v) > max_bytes) {
    *error =
        std::string("draft.") + field + " is longer than " + std::to_string(max_bytes) + " bytes";
    return false;
  }
  *out = v.as<std::string>();
  return true;
}

Checker* find_checker(int id) {
  auto it = checkers().find(id);
  return it == checkers().end() ? nullptr : it->second.get();
}

// createChecker({language, aff, dic, disabledRules}) -> {id} | {error}
val create_checker(val options) {
  CheckerOptions o;
  o.data_dir = kDataDir;
  std::string error;
  if (!read_string(options, "language", &o.language, &error) ||
      !read_string(options, "aff", &o.aff_path, &error) ||
      !read_string(options, "dic", &o.dic_path, &error))
    return error_value(error);
  const val disabled = options["disabledRules"];
  if (!disabled.isUndefined() && !disabled.isNull()) {
    if (!disabled.isArray()) return error_value("disabledRules must be an array of rule ids");
    const unsigned n = disabled["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) {
      if (!is_string(disabled[i])) return error_value("disabledRules must hold strings");
      o.disabled_rules.push_back(disabled[i].as<std::string>());
    }
  }
  auto checker = Checker::create(o, &error);
  if (!checker) return error_value(error);
  static int next_id = 1;
  const int id = next_id++;
  checkers()[id] = std::move(checker);
  val result = val::object();
  result.set("id", id);
  return result;
}

void destroy_checker(int id) { checkers().erase(id); }

// The report's stats, in the order both report forms and handshake.mjs
// (through reportLayout) give them.
constexpr const char* kStatsFields[] = {"characters", "limit", "words", "sentences",
                                        "readingGrade"};
constexpr std::size_t kStatsCount = sizeof kStatsFields / sizeof kStatsFields[0];
constexpr Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kInfo};

std::array<double, kStatsCount> stats_values(const Stats& stats) {
  return {static_cast<double>(stats.characters), static_cast<double>(stats.limit),
          static_cast<double>(stats.words), static_cast<double>(stats.sentences),
          stats.reading_grade};
}

// The report's property names and its few fixed values as JS strings, made
// once: a C string key costs a conversion into a new JS string (and a handle
// to free) at every set, some fifty per report.
struct ReportStrings {
  val score{"score"}, grade{"grade"}, categories{"categories"}, stats{"stats"}, issues{"issues"},
      rule{"rule"}, category{"category"}, severity{"severity"}, message{"message"}, start{"start"},
      end{"end"}, replacements{"replacements"}, points{"points"};
  std::vector<val> stats_names;     // kStatsFields
  std::vector<val> category_names;  // by Category
  std::vector<val> severity_names;  // by Severity
  ReportStrings() {
    for (const char* name : kStatsFields) stats_names.emplace_back(name);
    for (int c = 0; c < kCategoryCount; ++c)
      category_names.emplace_back(std::string(to_string(static_cast<Category>(c))));
    for (Severity s : kSeverities) severity_names.emplace_back(std::string(to_string(s)));
  }
};

const ReportStrings& report_strings() {
  static const ReportStrings strings;
  return strings;
}

// The report property by property, as every report was built before the
// packed form below: for a report holding a string that is not valid UTF-8,
// whose UTF-16 length the packed form could not state.
val to_object(const Report& report) {
  const ReportStrings& k = report_strings();
  val out = val::object();
  out.set(k.score, report.score);
  out.set(k.grade, report.grade);
  val categories = val::object();
  for (int c = 0; c < kCategoryCount; ++c)
    categories.set(k.category_names[c], report.categories[c]);
  out.set(k.categories, categories);
  val stats = val::object();
  const auto stats_numbers = stats_values(report.stats);
  for (std::size_t f = 0; f < kStatsCount; ++f) stats.set(k.stats_names[f], stats_numbers[f]);
  out.set(k.stats, stats);
  val issues = val::array();
  for (std::size_t i = 0; i < report.issues.size(); ++i) {
    const Issue& issue = report.issues[i];
    val v = val::object();
    v.set(k.rule, issue.rule);
    v.set(k.category, k.category_names[static_cast<std::size_t>(issue.category)]);
    v.set(k.severity, k.severity_names[static_cast<std::size_t>(issue.severity)]);
    v.set(k.message, issue.message);
    v.set(k.start, static_cast<double>(issue.start));
    v.set(k.end, static_cast<double>(issue.end));
    val replacements = val::array();
    for (std::size_t r = 0; r < issue.replacements.size(); ++r)
      replacements.set(r, issue.replacements[r]);
    v.set(k.replacements, replacements);
    v.set(k.points, issue.points);
    issues.set(i, v);
  }
  out.set(k.issues, issues);
  return out;
}

// The names the packed report leaves out, in the order it counts them: its
// categories (each a number in the report), and the category and severity
// names an issue gives as an index. handshake.mjs reads them once per module.
val report_layout() {
  const ReportStrings& k = report_strings();
  val layout = val::object();
  val categories = val::array(), severities = val::array(), stats = val::array();
  for (std::size_t c = 0; c < k.category_names.size(); ++c) categories.set(c, k.category_names[c]);
  for (std::size_t s = 0; s < k.severity_names.size(); ++s) severities.set(s, k.severity_names[s]);
  for (std::size_t f = 0; f < kStatsCount; ++f) stats.set(f, k.stats_names[f]);
  layout.set("categories", categories);
  layout.set("severities", severities);
  layout.set("stats", stats);
  return layout;
}

// The report as numbers (a Float64Array view) and one UTF-8 text holding its
// strings back to back, each string's UTF-16 length among the numbers; both
// buffers reused. One value crosses the boundary; handshake.mjs (readReport)
// builds the object before the next call into the module:
//   text pointer, text bytes, score, grade length,
//   the categories' scores (reportLayout().categories), the stats (.stats),
//   the issue count, and per issue: the lengths of rule and message, its
//   category and severity (indices into .categories and .severities), start,
//   end, the replacement count, each replacement's length, points.
val to_value(const Report& report) {
  static std::vector<double> n;
  static std::string text;
  n.clear();
  text.clear();
  bool valid = true;
  auto str = [&valid](std::string_view s) {
    if (has_non_ascii(s) && !is_valid_utf8(s)) valid = false;
    text.append(s.data(), s.size());
    n.push_back(static_cast<double>(utf16_length(s)));
  };
  n.push_back(0);  // text pointer
  n.push_back(0);  // text bytes
  n.push_back(report.score);
  str(report.grade);
  for (int c = 0; c < kCategoryCount; ++c) n.push_back(report.categories[c]);
  for (double stat : stats_values(report.stats)) n.push_back(stat);
  n.push_back(static_cast<double>(report.issues.size()));
  for (const Issue& issue : report.issues) {
    str(issue.rule);
    str(issue.message);
    n.push_back(static_cast<double>(issue.category));
    n.push_back(static_cast<double>(issue.severity));
    n.push_back(static_cast<double>(issue.start));
    n.push_back(static_cast<double>(issue.end));
    n.push_back(static_cast<double>(issue.replacements.size()));
    for (const std::string& r : issue.replacements) str(r);
    n.push_back(issue.points);
  }
  if (!valid) return to_object(report);
  n[0] = static_cast<double>(reinterpret_cast<std::uintptr_t>(text.data()));
  n[1] = static_cast<double>(text.size());
  return val(emscripten::typed_memory_view(n.size(), n.data()));
}

// Reads a draft object into *out; false (with *error set) when a field is
// of the wrong type or too long.
bool read_draft(const val& draft, Draft* out, std::string* error) {
  if (draft.typeOf().as<std::string>() != "object" || draft.isNull()) {
    *error = "a draft must be an object with a text field";
    return false;
  }
  const val text = draft[key("text")];
  if (!is_string(text)) {
    *error = "draft.text must be a string";
    return false;
  }
  if (js_length(text) > kMaxTextBytes) {
    *error = "the note is longer than " + std::to_string(kMaxTextBytes) +
             " bytes; Handshake checks notes up to " + std::to_string(kMaxTextBytes) + " bytes";
    return false;
  }
  out->text = text.as<std::string>();
  // Platform and kind name one of a few profiles: anything long is unknown.
  if (!read_string(draft, "platform", &out->platform, error, kMaxProfileNameBytes) ||
      !read_string(draft, "kind", &out->kind, error, kMaxProfileNameBytes) ||
      !read_string(draft, "recipient", &out->recipient, error, kMaxNameBytes) ||
      !read_string(draft, "sender", &out->sender, error, kMaxNameBytes))
    return false;
  const val history = draft[key("history")];
  if (history.isUndefined() || history.isNull()) return true;
  if (!history.isArray()) {
    *error = "draft.history must be an array of strings";
    return false;
  }
  const std::size_t n = js_length(history);
  if (n > kMaxHistoryNotes) {
    *error = "draft.history holds more than " + std::to_string(kMaxHistoryNotes) + " notes";
    return false;
  }
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const val note = history[i];
    if (!is_string(note)) {
      *error = "draft.history must hold strings";
      return false;
    }
    total += js_length(note);
    if (total > kMaxHistoryBytes) {
      *error =
          "draft.history holds more than " + std::to_string(kMaxHistoryBytes) + " bytes of notes";
      return false;
    }
    out->history.push_back(note.as<std::string>());
  }
  return true;
}

// A check's outcome for JS: its report in the given form, or {error}.
val report_or_error(const CheckResult& result, val (*form)(const Report&)) {
  return result.ok() ? form(result.report) : error_value(result.error);
}

// The report of a draft read from a JS object, in the given form, or {error}.
val check_object(int id, const val& draft, val (*form)(const Report&)) {
  const Checker* checker = find_checker(id);
  if (checker == nullptr) return error_value("this checker was disposed");
  Draft d;
  std::string error;
  if (!read_draft(draft, &d, &error)) return error_value(error);
  return report_or_error(checker->check(d), form);
}

// check(id, draft) -> report (packed, or an object) | {error}
val check(int id, val draft) { return check_object(id, draft, to_value); }

// checkUnpacked(id, draft): check(), with the report always built property
// by property, as check() builds a report it cannot pack: for the tests that
// hold the two forms equal.
val check_unpacked(int id, val draft) { return check_object(id, draft, to_object); }

// The draft's strings as UTF-8, back to back in a buffer of the module's
// memory that handshake.mjs writes into (draftBuffer, checkWritten): a
// draft of plain strings crosses the boundary as numbers, not as some twenty
// property reads and conversions. Reused; grows to the largest draft.
std::vector<char>& draft_bytes() {
  static std::vector<char> bytes;
  return bytes;
}

// draftBuffer(bytes) -> the address of at least `bytes` bytes to write a
// draft into (valid until the next call into the module).
double draft_buffer(double bytes) {
  std::vector<char>& buffer = draft_bytes();
  if (bytes > static_cast<double>(buffer.size())) buffer.resize(static_cast<std::size_t>(bytes));
  return static_cast<double>(reinterpret_cast<std::uintptr_t>(buffer.data()));
}

// checkWritten(id, text, platform, kind, recipient, sender): check() of the
// draft handshake.mjs has written into draftBuffer, each field its length in
// bytes there, in this order (-1: the field is absent). The caller has held
// each field to the limits check() would (the draft limits constant).
val check_written(int id, int text, int platform, int kind, int recipient, int sender) {
  const Checker* checker = find_checker(id);
  if (checker == nullptr) return error_value("this checker was disposed");
  const int lengths[] = {text, platform, kind, recipient, sender};
  std::size_t total = 0;
  for (int length : lengths) total += length > 0 ? static_cast<std::size_t>(length) : 0;
  // An absent field keeps the Draft's default; an empty one replaces it (an
  // empty platform is an unknown platform, as in check()).
  if (total > draft_bytes().size()) return error_value("the draft was not written");
  Draft d;
  std::string* fields[] = {&d.text, &d.platform, &d.kind, &d.recipient, &d.sender};
  const char* at = draft_bytes().data();
  for (std::size_t f = 0; f < 5; ++f) {
    if (lengths[f] < 0) continue;
    fields[f]->assign(at, static_cast<std::size_t>(lengths[f]));
    at += lengths[f];
  }
  return report_or_error(checker->check(d), to_value);
}

// The limits check() holds a draft's fields to, in UTF-16 code units, for
// handshake.mjs to know which drafts it may write into draftBuffer.
val draft_limits() {
  val limits = val::object();
  limits.set("text", static_cast<double>(kMaxTextBytes));
  limits.set("profile", static_cast<double>(kMaxProfileNameBytes));
  limits.set("name", static_cast<double>(kMaxNameBytes));
  return limits;
}

bool spell(int id, std::string word) {
  const Checker* checker = find_checker(id);
  return checker != nullptr && checker->spell(word);
}

val suggest(int id, std::string word, int max) {
  val out = val::array();
  const Checker* checker = find_checker(id);
  if (checker == nullptr || max <= 0) return out;
  const auto suggestions = checker->suggest(word, static_cast<std::size_t>(max));
  for (std::size_t i = 0; i < suggestions.size(); ++i) out.set(i, suggestions[i]);
  return out;
}

// prepareSuggestions(id) -> true once the suggestion index is built.
bool prepare_suggestions(int id) {
  const Checker* checker = find_checker(id);
  return checker != nullptr && checker->prepare_suggestions();
}

void add_word(int id, std::string word) {
  if (Checker* checker = find_checker(id)) checker->add_word(word);
}
void remove_word(int id, std::string word) {
  if (Checker* checker = find_checker(id)) checker->remove_word(word);
}
void ignore_word(int id, std::string word) {
  if (Checker* checker = find_checker(id)) checker->ignore(word);
}

// The library's dictionary files for createChecker, lent under their paths
// (lent_files.h) in memory the module owns and the library fills: the module
// has no file system. A file lent again under a path replaces the first.
struct LibraryFile {
  std::string path;
  std::unique_ptr<char, decltype(&std::free)> bytes{nullptr, &std::free};
};
std::vector<LibraryFile>& library_files() {
  static std::vector<LibraryFile> files;
  return files;
}

void take_back_file(std::string path) {
  LentFiles::take_back(path);
  auto& files = library_files();
  for (auto it = files.begin(); it != files.end(); ++it) {
    if (it->path == path) {
      files.erase(it);
      return;
    }
  }
}

// lendFile(path, size) -> the address of `size` bytes to write the file
// into, lent under `path` until takeBackFile(path); 0 when there is no room.
double lend_file(std::string path, double size) {
  take_back_file(path);
  // A dictionary file is a few MB; past 256 MB it is no dictionary.
  if (!(size >= 0 && size <= 256.0 * 1024 * 1024)) return 0;
  const auto bytes = static_cast<std::size_t>(size);
  LibraryFile file{path};
  file.bytes.reset(static_cast<char*>(std::malloc(bytes == 0 ? 1 : bytes)));
  if (!file.bytes) return 0;
  LentFiles::lend(path, std::string_view(file.bytes.get(), bytes));
  const auto address = reinterpret_cast<std::uintptr_t>(file.bytes.get());
  library_files().push_back(std::move(file));
  return static_cast<double>(address);
}

// The allocator's view of the module's memory, for tests that prove a long
// session does not grow it: bytes in use, and the memory's current size.
val heap_bytes() {
  const struct mallinfo info = mallinfo();
  val out = val::object();
  out.set("used", static_cast<double>(info.uordblks));
  out.set("total", static_cast<double>(__builtin_wasm_memory_size(0)) * 65536);
  return out;
}

}  // namespace
}  // namespace handshake

EMSCRIPTEN_BINDINGS(handshake) {
  emscripten::function("createChecker", &handshake::create_checker);
  emscripten::function("destroyChecker", &handshake::destroy_checker);
  emscripten::function("check", &handshake::check);
  emscripten::function("checkUnpacked", &handshake::check_unpacked);
  emscripten::function("checkWritten", &handshake::check_written);
  emscripten::function("draftBuffer", &handshake::draft_buffer);
  emscripten::function("draftLimits", &handshake::draft_limits);
  emscripten::function("reportLayout", &handshake::report_layout);
  emscripten::function("spell", &handshake::spell);
  emscripten::function("suggest", &handshake::suggest);
  emscripten::function("prepareSuggestions", &handshake::prepare_suggestions);
  emscripten::function("addWord", &handshake::add_word);
  emscripten::function("removeWord", &handshake::remove_word);
  emscripten::function("ignore", &handshake::ignore_word);
  emscripten::function("heapBytes", &handshake::heap_bytes);
  emscripten::function("lendFile", &handshake::lend_file);
  emscripten::function("takeBackFile", &handshake::take_back_file);
}
