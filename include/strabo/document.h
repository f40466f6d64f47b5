// The value types that flow through strabo's pipeline.
//
//   read → Article → clean → Document → segment → tag → parse → entities
//        → places → times → events → (merge, store, export)
//
// A Document owns the article text and every annotation on it. Stages add
// annotations; no stage edits `text`. All spans inside a Document are *byte*
// offsets into `text` (UTF-8), end exclusive; the output writer converts them
// to Unicode code points, which is what the JSON contract promises.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strabo {

// A half-open byte range [begin, end) of Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(Span other) const { return begin <= other.begin && other.end <= end; }
  bool Overlaps(Span other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
};

// One news report as a reader found it, before any analysis.
struct Article {
  std::string id;         // from the input, else derived (file name, content hash)
  std::string url;
  std::string title;
  std::string date;       // ISO "YYYY-MM-DD", or empty when unknown
  std::string text;       // plain text body (for HTML input: the extracted text)
  std::string lang_hint;  // "en", "es", ... or empty
  std::string origin;     // where it came from, for messages: "path" or "path:line"
  enum class Format : unsigned char { kText, kJsonLines, kHtml } format = Format::kText;
};

// Why a span of text is not news prose. Skipped spans stay in `text`; later
// stages ignore them.
enum class SkipReason : unsigned char {
  kCaption,      // photo caption, often with its credit ("AFP/FADEL SENNA - A member of ...")
  kCredit,       // a bare credit line ("Photo: Reuters")
  kImageSlug,    // an image file name left by a scrape ("mohamed vi-rey-marruecos_0")
  kBoilerplate,  // share / read more / newsletter / follow-us lines
};
std::string_view ToString(SkipReason reason);

struct SkippedSpan {
  Span span;
  SkipReason reason;
};

// A block of text between line breaks, with its own language: a Spanish
// headline above an English body is common in scraped news.
struct Paragraph {
  Span span;
  std::string lang;      // ISO 639-1 code ("en", "es"), "und" when unknown
  bool skipped = false;  // the whole paragraph is a skipped span
};

// Universal POS tags (UD v2).
enum class Upos : unsigned char {
  kX = 0, kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum,
  kPart, kPron, kPropn, kPunct, kSconj, kSym, kVerb,
};
inline constexpr int kNumUpos = 17;
std::string_view ToString(Upos upos);
std::optional<Upos> ParseUpos(std::string_view name);

// A syntactic word. Usually one surface token; a contraction such as Spanish
// "del" yields two Tokens ("de", "el") that share the surface span and are
// numbered by `part` of `parts`.
struct Token {
  Span span;             // the surface characters in Document::text
  std::string form;      // the word: NFC-normalised surface, or the contraction part
  uint8_t part = 0;      // index within a multi-word token
  uint8_t parts = 1;     // number of words in the multi-word token (1: a plain token)
  bool space_after = true;

  // Filled by the tag stage.
  Upos upos = Upos::kX;
  std::string lemma;
  std::string feats;     // UD FEATS, "Mood=Ind|Tense=Past|VerbForm=Fin", or empty; the tag
                         // stage gives Mood Number Person Polarity Tense VerbForm Voice

  // Filled by the parse stage. `head` is 1-based within the sentence as in
  // CoNLL-U: 0 is the root, kNoHead means the sentence is not parsed.
  static constexpr int kNoHead = -1;
  int head = kNoHead;
  std::string deprel;
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last token
  std::string lang;

  uint32_t num_tokens() const { return end_token - first_token; }
};

enum class EntityType : unsigned char { kPer, kOrg, kLoc, kMisc };
std::string_view ToString(EntityType type);

struct Entity {
  Span span;
  EntityType type = EntityType::kMisc;
  float score = 1.0f;
  // The canonical name when the mention is a known alias ("Daesh" → "Islamic
  // State") or an acronym defined in the article ("BCIJ" → "Central Bureau of
  // Judicial Investigations"); empty otherwise.
  std::string name;
};

// A toponym resolved to a GeoNames entry.
struct Place {
  Span span;
  int64_t geonameid = 0;  // 0: a place GeoNames' tables give no id (newer places, admin2 areas)
  std::string name;
  std::string country;   // ISO 3166-1 alpha-2, empty for continents
  std::string admin1;    // name of the first-level division
  std::string feature;   // GeoNames "class.code", e.g. "P.PPLA"
  double lat = 0;
  double lon = 0;
  int64_t population = 0;
  // The name stands for an actor, not a location: "Rabat said", "Washington
  // warned", "approach Rabat". The events stage treats such a mention as a
  // source or target (the government of the place), not as where it happened.
  bool metonym = false;
  // The mention is a demonym or adjective of the place ("Moroccan",
  // "Palestinians"), not its name; the place is the country.
  bool demonym = false;
  float confidence = 0;  // 0..1: how sure the resolution is
};

// What a time expression denotes (TIMEX3 types).
enum class TimeType : unsigned char {
  kDate,      // a calendar unit: "on Monday", "March 2002", "the 1990s", "now"
  kTime,      // a time of day: "3 p.m. Monday", "this morning", "a las 9.30 horas"
  kDuration,  // a length of time: "two weeks", "for years" (PXY)
  kSet,       // a recurrence: "every year", "daily", "anual"
};
std::string_view ToString(TimeType type);

// The finest calendar unit a value pins down; kNone for durations, sets and
// the vague references PRESENT_REF / PAST_REF / FUTURE_REF.
enum class TimePrecision : unsigned char {
  kNone, kCentury, kDecade, kYear, kSeason, kQuarter, kMonth, kWeek, kDay, kTimeOfDay,
};
std::string_view ToString(TimePrecision precision);

// TIMEX3 "mod": where inside the value the expression points, or how exact
// it is ("the early 1900s" is value 19 with kStart; "about three years" is
// P3Y with kApprox).
enum class TimeMod : unsigned char {
  kNone, kStart, kMid, kEnd, kApprox, kBefore, kAfter, kOnOrBefore, kOnOrAfter,
  kLessThan, kMoreThan, kEqualOrLess, kEqualOrMore,
};
std::string_view ToString(TimeMod mod);  // "START", "APPROX", ...; "" for kNone

// Whether the expression opens or closes a period rather than naming a point:
// "since 2002", "desde 2002", "from March" open one (kStart); "until 2018",
// "hasta el lunes" close one (kEnd). An event dated by a kStart expression is
// an aggregate over the period, not a single dated event.
enum class TimeBound : unsigned char { kNone, kStart, kEnd };
std::string_view ToString(TimeBound bound);  // "start", "end"; "" for kNone

// A normalised time expression. The value grammar is TIMEX3's, as in TimeBank
// (doc/times.md): "2024-03-11", "2024-03", "2002", "2024-W11", "2024-Q1",
// "2024-SU", "199" (the 1990s), "19" (the 1900s), "2024-03-11T15:30",
// "2024-03-11TMO", "P2M", "PXY", "PT3H", "XXXX-WXX-1", "PRESENT_REF",
// "PAST_REF", "FUTURE_REF". Parts that cannot be resolved (no article date)
// are X: "XXXX-03".
struct TimeExpr {
  Span span;
  std::string value;
  TimeType type = TimeType::kDate;
  TimePrecision precision = TimePrecision::kNone;
  TimeMod mod = TimeMod::kNone;
  TimeBound bound = TimeBound::kNone;
  uint32_t sentence = 0;  // index into Document::sentences
  uint32_t first_token = 0, end_token = 0;  // token range in Document::tokens
};

// Who took part in an event.
struct Actor {
  Span span;
  std::string country;   // ISO 3166-1 alpha-3, empty when unknown
  std::string sector;    // GOV, MIL, COP, JUD, REB, IGO, ...; empty when unknown
  std::string name;      // canonical name for named organisations and people
};

struct EventPlace {
  int64_t geonameid = 0;
  std::string name;
  std::string country;
  double lat = 0;
  double lon = 0;
};

enum class EventStatus : unsigned char {
  kAsserted, kNegated, kPlanned, kAttempted, kHypothetical, kAggregate,
};
std::string_view ToString(EventStatus status);

struct Event {
  std::string id;
  std::string type;      // PLOVER type, e.g. "COERCE"
  std::string mode;      // PLOVER mode, e.g. "arrest"
  std::string cameo;     // CAMEO code, e.g. "173"
  std::string acled;     // ACLED sub-event type, e.g. "Arrests"; empty when none fits
  std::optional<Actor> source;
  std::optional<Actor> target;
  std::optional<int64_t> count;
  std::optional<EventPlace> place;
  std::string date;      // ISO date, empty when unknown
  EventStatus status = EventStatus::kAsserted;
  std::optional<Actor> speaker;
  Span sentence;
  Span trigger;
  float confidence = 0;

  // Extensions (doc/output-contract.md).
  // Every place of the event, in text order; `place` is the first of them.
  std::vector<EventPlace> places;
  // `count` is a lower bound: "more than 3,500 people", "at least 11".
  bool count_at_least = false;
  // Events of the article that report one real event share a story id (the
  // Spanish headline and the body's account of the same arrest).
  std::string story;
  // The event is coded from the article's title: `sentence`, `trigger` and
  // the actors' spans point into Document::title, not Document::text.
  bool in_title = false;
  // Status is hypothetical because the event is what a request, order or
  // obligation calls for ("must cooperate", "ordered the arrest of"): the
  // contract has no called-for status yet (doc/codebook.md, section 5).
  bool called_for = false;
};

// An article under analysis: its text and every annotation stages add.
struct Document {
  std::string id;
  std::string url;
  std::string title;
  std::string date;
  std::string text;      // never modified after construction
  std::string lang;      // dominant language of the body
  std::string lang_hint;
  std::string origin;
  Article::Format format = Article::Format::kText;

  std::vector<SkippedSpan> skipped;    // sorted by begin, non-overlapping
  std::vector<Paragraph> paragraphs;   // sorted, cover every non-blank line
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<Place> places;
  std::vector<TimeExpr> times;
  std::vector<Event> events;

  static Document FromArticle(Article article);

  std::string_view Text(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  // True when `span` lies inside a skipped span.
  bool IsSkipped(Span span) const;
};

}  // namespace strabo
