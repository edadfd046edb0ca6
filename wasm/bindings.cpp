// The Embind boundary: a handful of coarse calls, plain values in and out.
// Checkers live in a table and JS holds their integer ids, so no class
// handle ever needs deleting and a report is one structured-clonable object.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "handshake/handshake.h"
#include "report_json.h"

namespace handshake {
namespace {

using emscripten::val;

constexpr const char* kDataDir = "/data";

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

// The report as JSON text in a buffer reused by every check, handed to JS as
// a view on the module's memory: one value crosses the boundary and
// handshake.mjs decodes and parses it before the next call into the module.
val to_value(const Report& report) {
  static std::string json;
  write_report_json(report, json);
  return val(emscripten::typed_memory_view(json.size(),
                                           reinterpret_cast<const unsigned char*>(json.data())));
}

// check(id, draft) -> report (JSON bytes) | {error}
val check(int id, val draft) {
  const Checker* checker = find_checker(id);
  if (checker == nullptr) return error_value("this checker was disposed");
  if (draft.typeOf().as<std::string>() != "object" || draft.isNull())
    return error_value("a draft must be an object with a text field");
  Draft d;
  std::string error;
  const val text = draft[key("text")];
  if (!is_string(text)) return error_value("draft.text must be a string");
  if (js_length(text) > kMaxTextBytes) {
    return error_value("the note is longer than " + std::to_string(kMaxTextBytes) +
                       " bytes; Handshake checks notes up to " + std::to_string(kMaxTextBytes) +
                       " bytes");
  }
  d.text = text.as<std::string>();
  // Platform and kind name one of a few profiles: anything long is unknown.
  if (!read_string(draft, "platform", &d.platform, &error, 64) ||
      !read_string(draft, "kind", &d.kind, &error, 64) ||
      !read_string(draft, "recipient", &d.recipient, &error, kMaxNameBytes) ||
      !read_string(draft, "sender", &d.sender, &error, kMaxNameBytes))
    return error_value(error);
  const val history = draft[key("history")];
  if (!history.isUndefined() && !history.isNull()) {
    if (!history.isArray()) return error_value("draft.history must be an array of strings");
    const std::size_t n = js_length(history);
    if (n > kMaxHistoryNotes) {
      return error_value("draft.history holds more than " + std::to_string(kMaxHistoryNotes) +
                         " notes");
    }
    std::size_t total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const val note = history[i];
      if (!is_string(note)) return error_value("draft.history must hold strings");
      total += js_length(note);
      if (total > kMaxHistoryBytes) {
        return error_value("draft.history holds more than " + std::to_string(kMaxHistoryBytes) +
                           " bytes of notes");
      }
      d.history.push_back(note.as<std::string>());
    }
  }
  const CheckResult result = checker->check(d);
  return result.ok() ? to_value(result.report) : error_value(result.error);
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
  emscripten::function("spell", &handshake::spell);
  emscripten::function("suggest", &handshake::suggest);
  emscripten::function("prepareSuggestions", &handshake::prepare_suggestions);
  emscripten::function("addWord", &handshake::add_word);
  emscripten::function("removeWord", &handshake::remove_word);
  emscripten::function("ignore", &handshake::ignore_word);
  emscripten::function("heapBytes", &handshake::heap_bytes);
}
