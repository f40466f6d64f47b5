#include "events/eval/gold.h"

#include <simdjson.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "events/plover.h"
#include "util/file.h"

namespace strabo::events {
namespace {

// Country codes in PLOVER's gold records that are not ISO 3166.
const std::map<std::string, std::string, std::less<>> kLegacyCodes = {
    {"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}};

// Reads a gold type: current PLOVER names, the older names, and typos the
// gold data is known to contain; anything else is kept raw with an empty type.
std::string ReadType(std::string_view raw, const std::string& where, GoldSet* set) {
  std::string_view type = CanonicalPloverType(raw);
  if (!type.empty()) return std::string(type);
  if (raw == "SACTION") {
    set->notes.push_back(where + ": type SACTION read as SANCTION (misspelt)");
    return "SANCTION";
  }
  set->notes.push_back(where + ": type " + std::string(raw) +
                       " is not a PLOVER type; the event is not scored");
  return "";
}

// The mode of a gold event under the manual's current name. The PLOVER gold
// records predate the 2021 mode tables: their hyphenated modes are read as
// the mode they became; a mode the manual does not define for the type is
// dropped with a note (the event is still scored by type, not by mode).
std::string ReadMode(const std::string& type, std::string_view raw, const std::string& where,
                     GoldSet* set) {
  static const std::unordered_map<std::string_view, std::string_view> kOlder = {
      {"demo-org", "demo"}, {"demo-spon", "demo"}, {"riot-spon", "riot"},
      {"strike-hun", "hunger"}, {"strike-gen", "strike"}};
  if (raw.empty() || type.empty()) return "";
  std::string_view mode = raw;
  if (auto it = kOlder.find(raw); it != kOlder.end()) mode = it->second;
  if (!IsPloverMode(type, mode)) {
    set->notes.push_back(where + ": mode " + std::string(raw) + " is not a " + type +
                         " mode of the manual; scored by type only");
    return "";
  }
  return std::string(mode);
}

void NormalizeActor(GoldActor* a, const std::string& where, GoldSet* set) {
  std::string code = a->code;
  for (char& c : code) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (code == "---") code.clear();
  const auto legacy = kLegacyCodes.find(code);
  if (legacy != kLegacyCodes.end()) {
    set->notes.push_back(where + ": code " + code + " read as " + legacy->second +
                         " (not ISO 3166)");
    code = legacy->second;
  }
  a->code = code;
  std::string sector = a->sector.substr(0, 3);
  for (char& c : sector) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (sector == "***" || sector == "---") sector.clear();
  if (sector == "CIV") {
    set->notes.push_back(where + ": sector CIV read as CVL");
    sector = "CVL";
  }
  if (!sector.empty() && !IsSectorCode(sector))
    set->notes.push_back(where + ": sector " + a->sector + " is not a PLOVER sector");
  a->sector = sector;
}

// Groups events by sentence text, in order of first appearance.
void AddEvent(GoldSet* set, std::unordered_map<std::string, size_t>* by_text,
              GoldSentence sentence, GoldEvent event) {
  const auto it = by_text->find(sentence.text);
  if (it != by_text->end()) {
    set->sentences[it->second].events.push_back(std::move(event));
    return;
  }
  by_text->emplace(sentence.text, set->sentences.size());
  sentence.events.push_back(std::move(event));
  set->sentences.push_back(std::move(sentence));
}

std::string GetString(simdjson::dom::object obj, std::string_view key) {
  std::string_view s;
  if (obj[key].get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return {};
}

// PLOVER's source/target: a list of actor objects, "" or null for none.
void ReadActors(simdjson::dom::object record, std::string_view key, const std::string& where,
                std::vector<GoldActor>* out, GoldSet* set) {
  simdjson::dom::element value;
  if (record[key].get(value) != simdjson::SUCCESS || value.is_null()) return;
  if (value.is_string()) {
    std::string_view s = value.get_string().value_unsafe();
    if (!s.empty())
      set->notes.push_back(where + ": " + std::string(key) + " is the string \"" +
                           std::string(s) + "\", not a list of actors; ignored");
    return;
  }
  simdjson::dom::array list;
  if (value.get_array().get(list) != simdjson::SUCCESS) return;
  for (simdjson::dom::element item : list) {
    simdjson::dom::object obj;
    if (item.get_object().get(obj) != simdjson::SUCCESS) continue;
    GoldActor a{GetString(obj, "actorText"), GetString(obj, "code"), GetString(obj, "sector")};
    NormalizeActor(&a, where, set);
    out->push_back(std::move(a));
  }
}

std::string IsoFromCompact(std::string_view d) {
  if (d.size() == 8 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
           std::string(d.substr(6, 2));
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') return std::string(d);
  return {};
}

// XML attribute and text decoding for the five predefined entities.
std::string DecodeXml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    static const std::pair<std::string_view, char> kEntities[] = {
        {"&quot;", '"'}, {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&apos;", '\''}};
    bool done = false;
    for (const auto& [name, c] : kEntities)
      if (s.substr(i, name.size()) == name) {
        out.push_back(c);
        i += name.size() - 1;
        done = true;
        break;
      }
    if (!done) out.push_back('&');
  }
  return out;
}

// The value of attribute `name` in a start tag, or "" (and *found false).
std::string Attribute(std::string_view tag, std::string_view name, bool* found = nullptr) {
  const std::string needle = " " + std::string(name) + "=\"";
  const size_t at = tag.find(needle);
  if (found) *found = at != std::string_view::npos;
  if (at == std::string_view::npos) return {};
  const size_t start = at + needle.size();
  const size_t end = tag.find('"', start);
  if (end == std::string_view::npos) return {};
  return DecodeXml(tag.substr(start, end - start));
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

// The content of the first <name>...</name> in `block`, or nullopt-like empty + found=false.
std::string_view Element(std::string_view block, std::string_view name, bool* found) {
  const std::string open = "<" + std::string(name) + ">";
  const std::string close = "</" + std::string(name) + ">";
  const size_t a = block.find(open);
  *found = false;
  if (a == std::string_view::npos) return {};
  const size_t b = block.find(close, a + open.size());
  if (b == std::string_view::npos) return {};
  *found = true;
  return block.substr(a + open.size(), b - a - open.size());
}

// Every start tag <name ...> (or <name .../>) in `block`.
std::vector<std::string_view> Tags(std::string_view block, std::string_view name) {
  std::vector<std::string_view> out;
  const std::string open = "<" + std::string(name) + " ";
  for (size_t at = block.find(open); at != std::string_view::npos; at = block.find(open, at + 1)) {
    const size_t end = block.find('>', at);
    if (end == std::string_view::npos) break;
    out.push_back(block.substr(at, end - at + 1));
  }
  return out;
}

}  // namespace

Result<GoldSet> ReadPloverJson(std::string_view bytes, const std::string& origin) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(bytes);
  simdjson::dom::element root;
  if (auto err = parser.parse(padded).get(root); err != simdjson::SUCCESS)
    return Status::InvalidInput(origin + ": not valid JSON (" + simdjson::error_message(err) + ")");
  simdjson::dom::array records;
  if (root.get_array().get(records) != simdjson::SUCCESS)
    return Status::InvalidInput(origin + ": a PLOVER gold file is a JSON array of records");
  GoldSet set;
  set.origin = origin;
  set.format = "plover-json";
  std::unordered_map<std::string, size_t> by_text;
  std::unordered_map<std::string, int> ids;
  size_t n = 0;
  for (simdjson::dom::element item : records) {
    ++n;
    simdjson::dom::object record;
    if (item.get_object().get(record) != simdjson::SUCCESS) {
      set.notes.push_back(origin + ": record " + std::to_string(n) + " is not an object; skipped");
      ++set.skipped_records;
      continue;
    }
    GoldEvent e;
    e.id = GetString(record, "id");
    const std::string where = origin + ": " + (e.id.empty() ? "record " + std::to_string(n) : e.id);
    if (++ids[e.id] == 2) set.notes.push_back(where + ": the id is used by more than one record");
    e.raw_type = GetString(record, "event");
    if (e.raw_type == "DOCUMENT") {
      ++set.skipped_records;
      continue;
    }
    GoldSentence s;
    s.text = GetString(record, "text");
    if (s.text.empty()) {
      set.notes.push_back(where + ": no text; skipped");
      ++set.skipped_records;
      continue;
    }
    s.id = e.id;
    s.date = IsoFromCompact(GetString(record, "date"));
    s.lang = GetString(record, "language");
    if (s.lang.empty()) s.lang = "en";
    if (e.raw_type == "NONE") {
      // A sentence with no event (the header's extension): kept, with no events.
      if (by_text.emplace(s.text, set.sentences.size()).second)
        set.sentences.push_back(std::move(s));
      continue;
    }
    e.type = ReadType(e.raw_type, where, &set);
    e.raw_mode = GetString(record, "mode");
    e.mode = ReadMode(e.type, e.raw_mode, where, &set);
    e.event_text = GetString(record, "eventText");
    e.acled = GetString(record, "acled");
    if (!e.acled.empty() && AcledEventType(e.acled).empty()) {
      set.notes.push_back(where + ": acled \"" + e.acled +
                          "\" is not an ACLED sub-event type; ignored");
      e.acled.clear();
    }
    ReadActors(record, "source", where, &e.sources, &set);
    ReadActors(record, "target", where, &e.targets, &set);
    simdjson::dom::object location;
    if (record["eventLoc"].get(location) == simdjson::SUCCESS) e.place = GetString(location, "name");
    AddEvent(&set, &by_text, std::move(s), std::move(e));
  }
  return set;
}

Result<GoldSet> ReadUpXml(std::string_view bytes, const std::string& origin) {
  GoldSet set;
  set.origin = origin;
  set.format = "up-xml";
  if (bytes.find("<Sentence ") == std::string_view::npos)
    return Status::InvalidInput(origin + ": no <Sentence> elements: not a UniversalPetrarch "
                                         "validation file");
  std::unordered_map<std::string, size_t> by_text;
  size_t at = 0;
  for (;;) {
    const size_t start = bytes.find("<Sentence ", at);
    if (start == std::string_view::npos) break;
    const size_t end = bytes.find("</Sentence>", start);
    if (end == std::string_view::npos) {
      set.notes.push_back(origin + ": a <Sentence> is not closed; the rest of the file is ignored");
      break;
    }
    at = end + 1;
    const std::string_view block = bytes.substr(start, end - start);
    const std::string_view tag = block.substr(0, block.find('>') + 1);
    GoldSentence s;
    s.id = Attribute(tag, "id");
    s.date = IsoFromCompact(Attribute(tag, "date"));
    s.lang = Attribute(tag, "category") == "spanish" ? "es" : "en";
    s.evaluate = Attribute(tag, "evaluate") != "false";
    bool found = false;
    s.text = DecodeXml(Trim(Element(block, "Text", &found)));
    const std::string where = origin + ": " + (s.id.empty() ? "a sentence" : s.id);
    if (!found || s.text.empty()) {
      set.notes.push_back(where + ": no <Text>; skipped");
      ++set.skipped_records;
      continue;
    }
    const std::string_view parse = Element(block, "Parse", &found);
    size_t line_start = 0;
    while (found && line_start < parse.size()) {
      size_t nl = parse.find('\n', line_start);
      if (nl == std::string_view::npos) nl = parse.size();
      const std::string_view line = parse.substr(line_start, nl - line_start);
      line_start = nl + 1;
      std::vector<std::string_view> cols;
      size_t c = 0;
      for (size_t tab; (tab = line.find('\t', c)) != std::string_view::npos; c = tab + 1)
        cols.push_back(line.substr(c, tab - c));
      cols.push_back(line.substr(c));
      if (cols.size() >= 4 && !cols[0].empty() && cols[0].front() >= '0' && cols[0].front() <= '9')
        s.parse.push_back(GoldToken{DecodeXml(cols[1]), DecodeXml(cols[2]), std::string(cols[3])});
    }
    // Events: <EventText> and <EventCoding> joined by eid.
    std::map<std::string, std::string_view> codings;
    for (std::string_view coding : Tags(block, "EventCoding")) codings[Attribute(coding, "eid")] = coding;
    const auto texts = Tags(block, "EventText");
    if (texts.empty()) {
      // A sentence without events still counts: predictions on it are false positives.
      const auto it = by_text.find(s.text);
      if (it == by_text.end()) {
        by_text.emplace(s.text, set.sentences.size());
        set.sentences.push_back(std::move(s));
      }
      continue;
    }
    for (std::string_view text_tag : texts) {
      GoldEvent e;
      const std::string eid = Attribute(text_tag, "eid");
      e.id = s.id + "/" + eid;
      e.event_text = Trim(Attribute(text_tag, "eventtext"));
      const auto coding = codings.find(eid);
      if (coding == codings.end()) {
        set.notes.push_back(where + ": event " + eid + " has no <EventCoding>; skipped");
        continue;
      }
      e.raw_type = Attribute(coding->second, "plover");
      e.cameo = Attribute(coding->second, "eventcode");
      e.type = ReadType(e.raw_type, where + "/" + eid, &set);
      GoldActor source{std::string(Trim(Attribute(text_tag, "sourcetext"))),
                       Attribute(coding->second, "sourcecode"), ""};
      GoldActor target{std::string(Trim(Attribute(text_tag, "targettext"))),
                       Attribute(coding->second, "targetcode"), ""};
      NormalizeActor(&source, where, &set);
      NormalizeActor(&target, where, &set);
      if (!source.text.empty() || !source.code.empty()) e.sources.push_back(std::move(source));
      if (!target.text.empty() || !target.code.empty()) e.targets.push_back(std::move(target));
      GoldSentence copy = s;
      copy.events.clear();
      AddEvent(&set, &by_text, std::move(copy), std::move(e));
    }
  }
  if (set.sentences.empty())
    return Status::InvalidInput(origin + ": no sentence with text was found");
  return set;
}

Result<GoldSet> ReadGold(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  std::string_view b(*bytes);
  while (!b.empty() && (b.front() == ' ' || b.front() == '\n' || b.front() == '\r' || b.front() == '\t' ||
                        static_cast<unsigned char>(b.front()) == 0xEF ||
                        static_cast<unsigned char>(b.front()) == 0xBB ||
                        static_cast<unsigned char>(b.front()) == 0xBF))
    b.remove_prefix(1);
  if (!b.empty() && b.front() == '[') return ReadPloverJson(b, path);
  if (!b.empty() && b.front() == '<') return ReadUpXml(b, path);
  return Status::InvalidInput(path + ": not a gold file strabo reads (a PLOVER JSON array, or a "
                                     "UniversalPetrarch XML validation file)");
}

}  // namespace strabo::events
