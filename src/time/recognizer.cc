#include "time/recognizer.h"

#include <algorithm>
#include <cstdlib>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo::time {
namespace {

constexpr size_t kNo = 0;  // "no match": every real match ends after its start
static_assert(static_cast<int>(Kind::kNotAfterNumber) < 64, "Tok::kinds is a 64-bit mask");

struct Tok {
  std::string key;
  std::string_view surface;
  const std::vector<Entry>* entries = nullptr;
  const Lexicon::Phrases* phrases = nullptr;  // phrase rows starting with this word
  uint64_t kinds = 0;  // bit k: a word or phrase of Kind k starts here
  int number = -1;  // value of a token of 1..6 plain digits
  int digits = 0;
  bool capital = false;
  bool word = false;  // starts with a letter
  bool lower = false;  // starts with a lower-case letter
  Upos upos = Upos::kX;
};

bool ParseDigits(std::string_view s, int* value) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}

int RomanValue(std::string_view s) {
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

TimeMod ModFromCode(std::string_view code) {
  if (code == "START") return TimeMod::kStart;
  if (code == "MID") return TimeMod::kMid;
  if (code == "END") return TimeMod::kEnd;
  if (code == "APPROX") return TimeMod::kApprox;
  if (code == "MORE_THAN") return TimeMod::kMoreThan;
  if (code == "LESS_THAN") return TimeMod::kLessThan;
  if (code == "EQUAL_OR_LESS") return TimeMod::kEqualOrLess;
  if (code == "EQUAL_OR_MORE") return TimeMod::kEqualOrMore;
  return TimeMod::kNone;
}

// Units that name a calendar period ("last week") rather than only a length.
bool IsCalendarUnit(Unit u) {
  return u == Unit::kWeek || u == Unit::kWeekend || u == Unit::kMonth || u == Unit::kQuarter ||
         u == Unit::kYear || u == Unit::kDecade || u == Unit::kCentury || u == Unit::kDay ||
         u == Unit::kHalf;
}

class Grammar {
 public:
  Grammar(const Document& doc, const Sentence& s, const Lexicon& lex, bool spanish)
      : first_(s.first_token), lex_(lex), es_(spanish) {
    const uint32_t n = s.num_tokens();
    toks_.resize(n);
    keys_.resize(n);
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = doc.tokens[first_ + i];
      Tok& k = toks_[i];
      k.surface = t.parts > 1 ? std::string_view(t.form) : doc.Text(t.span);
      k.key = Lexicon::Key(t.form);
      keys_[i] = k.key;
      k.entries = lex.Lookup(k.key);
      k.phrases = lex.PhrasesFrom(k.key);
      if (k.entries)
        for (const Entry& e : *k.entries) k.kinds |= uint64_t{1} << static_cast<int>(e.kind);
      if (k.phrases)
        for (const auto& p : *k.phrases) k.kinds |= uint64_t{1} << static_cast<int>(p.entry.kind);
      if (ParseDigits(k.surface, &k.number)) k.digits = static_cast<int>(k.surface.size());
      size_t pos = 0;
      const char32_t cp = k.surface.empty() ? 0 : DecodeUtf8(k.surface, &pos);
      k.word = IsLetter(cp);
      k.capital = IsUpper(cp);
      k.lower = k.word && !k.capital;
      k.upos = t.upos;
    }
  }

  std::vector<Match> Run() {
    std::vector<Match> out;
    size_t i = 0;
    while (i < toks_.size()) {
      Match m;
      if (MatchAt(i, &m)) {
        i = m.end;
        out.push_back(m);
        // "March 3 to 5", "May 3-5": the second day is a date of its own.
        if (m.spec.day > 0 && m.spec.month > 0 && i + 1 < toks_.size() && Has(i, Kind::kAnd) &&
            IsDayNumber(i + 1) && !Has(i + 2, Kind::kUnit) && !Has(i + 2, Kind::kMonth)) {
          Match second = m;
          second.begin = static_cast<uint32_t>(i + 1);
          second.end = static_cast<uint32_t>(i + 2);
          second.spec.day = toks_[i + 1].number;
          out.push_back(second);
          i += 2;
        }
      } else {
        ++i;
      }
    }
    LinkRanges(&out);
    for (Match& m : out) {
      m.begin += first_;
      m.end += first_;
    }
    return out;
  }

 private:
  // ---- token tests ---------------------------------------------------------

  size_t size() const { return toks_.size(); }

  // The length in tokens of a word or phrase of `kind` at i; 0 when none.
  size_t Is(size_t i, Kind kind, Entry* entry = nullptr) const {
    if (i >= size() || !(toks_[i].kinds & (uint64_t{1} << static_cast<int>(kind)))) return 0;
    if (size_t n = Lexicon::MatchPhrase(toks_[i].phrases, keys_, i, kind, entry)) return n;
    if (const auto* entries = toks_[i].entries) {
      for (const Entry& e : *entries) {
        if (e.kind == kind) {
          if (entry) *entry = e;
          return 1;
        }
      }
    }
    return 0;
  }
  bool Has(size_t i, Kind kind) const { return Is(i, kind) > 0; }
  bool Key(size_t i, std::string_view key) const { return i < size() && toks_[i].key == key; }
  bool IsDayNumber(size_t i) const {
    return i < size() && toks_[i].digits >= 1 && toks_[i].digits <= 2 && toks_[i].number >= 1 &&
           toks_[i].number <= 31;
  }
  bool IsPunct(size_t i) const {
    return i < size() && !toks_[i].word && toks_[i].digits == 0 && toks_[i].key.size() <= 3 &&
           !toks_[i].key.empty() && !std::isalnum(static_cast<unsigned char>(toks_[i].key[0]));
  }

  // A day of the month: "12", "12th", "1st"; Spanish "primero" is an ordinal.
  bool DayAt(size_t i, int* day) const {
    if (i >= size()) return false;
    if (IsDayNumber(i)) {
      *day = toks_[i].number;
      return true;
    }
    const std::string& k = toks_[i].key;
    if (k.size() >= 3 && k.size() <= 4) {
      const std::string_view suffix = std::string_view(k).substr(k.size() - 2);
      int v = 0;
      if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
          ParseDigits(std::string_view(k).substr(0, k.size() - 2), &v) && v >= 1 && v <= 31) {
        *day = v;
        return true;
      }
    }
    Entry e;
    if (es_ && Is(i, Kind::kNumber, &e) == 1 && e.value >= 1 && e.value <= 31 &&
        e.code.empty() && Key(i + 1, "de")) {
      *day = e.value;
      return true;
    }
    if (Is(i, Kind::kOrdinal, &e) == 1 && e.value <= 31 && (es_ ? e.value == 1 : true)) {
      *day = e.value;
      return true;
    }
    return false;
  }

  // A month name. English full names must be capitalised; "May" and "March"
  // need a date context (a day, a year, a preposition); abbreviations must
  // be capitalised, and in Spanish also end with a period.
  size_t MonthAt(size_t i, int* month) const {
    Entry e;
    if (Is(i, Kind::kMonth, &e) != 1) return 0;
    const Tok& t = toks_[i];
    const bool abbrev = t.key.size() <= 4 && e.value != 5 && t.key != "june" && t.key != "july";
    if (abbrev) {
      if (!t.capital && !es_) return 0;
      if (es_ && t.surface.back() != '.') return 0;
    }
    if (!es_ && !t.capital) return 0;
    *month = e.value;
    return 1;
  }

  bool MonthNeedsContext(size_t i) const {
    return !es_ && (toks_[i].key == "may" || toks_[i].key == "march");
  }

  // ---- numbers ---------------------------------------------------------
  //
  // One reader of cardinal numbers in words serves every rule: amounts
  // ("twenty-five years", "treinta y cinco días", "a hundred years") and
  // years ("nineteen ninety-six", "two thousand and one", "mil novecientos
  // noventa y seis", "dos mil uno").

  // The value of one number word: "five" 5, "ninety" 90, "twenty-five" 25,
  // "doscientos" 200, "mil" 1000; -1 when the token is not a cardinal word
  // (digits are not read here).
  int WordValue(size_t i) const {
    if (i >= size() || !toks_[i].word) return -1;
    return KeyValue(toks_[i].key);
  }

  // The same for a lookup key ("thirty", "twenty-five"; also the head of
  // "twenty-five-year").
  int KeyValue(const std::string& key) const {
    auto find = [&](const std::string& k, int lo, int hi, int step) {
      int v = -1;
      if (const auto* entries = lex_.Lookup(k))
        for (const Entry& x : *entries)
          if (x.kind == Kind::kNumber && x.code.empty() && x.value >= lo && x.value <= hi &&
              x.value % step == 0)
            v = x.value;
      return v;
    };
    if (int v = find(key, 0, 1000, 1); v >= 0) return v;
    const size_t dash = key.find('-');
    if (dash == std::string::npos || dash == 0) return -1;
    const int tens = find(key.substr(0, dash), 20, 90, 10);
    const int ones = find(key.substr(dash + 1), 1, 9, 1);
    return tens > 0 && ones > 0 ? tens + ones : -1;
  }

  // A cardinal in words from token i: "two", "twenty five", "twenty-five",
  // "a hundred", "two thousand and one", "a couple of"; Spanish "treinta y
  // cinco", "ciento veinte", "mil novecientos noventa y seis", "dos mil uno".
  // Words combine only in the order numbers are written (hundreds, tens,
  // ones; "thousand"/"mil" closes a group), so "two three" is the number 2
  // followed by another. "a"/"an" is 1 on its own and before "hundred" or
  // "thousand". Returns the length in tokens (0: none).
  size_t NumberWords(size_t i, int* value) const {
    if (i >= size()) return 0;
    Entry e;
    const size_t phrase = Is(i, Kind::kNumber, &e);
    if (phrase > 1) {  // "a couple of", "una docena de"
      if (!e.code.empty()) return 0;
      *value = e.value;
      return phrase;
    }
    const bool article = !es_ && (Key(i, "a") || Key(i, "an"));
    long total = 0, group = 0;
    int last = -1;
    size_t j = i;
    while (j < size() && total + group < 1000000) {
      int v = WordValue(j);
      size_t step = 1;
      if (v < 0 && j > i) {
        // "two thousand and one", "a hundred and ten"; "noventa y seis".
        const int next = WordValue(j + 1);
        if (!es_ && Key(j, "and") && (last == 100 || last == 1000) && next > 0 && next < 100) {
          v = next;
          step = 2;
        } else if (es_ && Key(j, "y") && last >= 20 && last < 100 && last % 10 == 0 &&
                   next > 0 && next < 10) {
          v = next;
          step = 2;
        }
      }
      if (v < 0) break;
      if (j > i && (Key(j, "a") || Key(j, "an") || Key(j, "un") || Key(j, "una"))) break;
      if (article && j == i) {
        const int next = WordValue(j + 1);
        if (next != 100 && next != 1000) {
          *value = 1;
          return 1;
        }
      }
      if (v == 1000) {
        if (j > i && group == 0) break;  // "thousand thousand"
        total += (group == 0 ? 1 : group) * 1000;
        group = 0;
      } else if (v == 100 && !es_) {  // "hundred" multiplies what is before it
        if (group >= 100 || group % 100 >= 20) break;
        group = (group == 0 ? 1 : group) * 100;
      } else if (v >= 100) {  // "cien", "ciento", "doscientos" open a group
        if (group != 0) break;
        group = v;
      } else {
        const long low = group % 100;
        // Tens and ones go into an empty place ("two hundred five") or ones
        // after tens ("twenty five", "noventa y seis").
        const bool fits = low == 0 || (low == last && low >= 20 && low % 10 == 0 && v < 10);
        if (!fits) break;
        group += v;
      }
      last = v;
      j += step;
    }
    if (j == i) return 0;
    *value = static_cast<int>(total + group);
    return j - i;
  }

  // A year: four digits 1000..2099 ("1996"), or in words ("nineteen
  // ninety-six", "nineteen eighty", "two thousand", "two thousand and one",
  // "mil novecientos noventa y seis", "dos mil uno"). Returns its length in
  // tokens (0: none).
  size_t YearAt(size_t i, int* year) const {
    if (i >= size()) return 0;
    if (toks_[i].digits == 4 && toks_[i].number >= 1000 && toks_[i].number <= 2099) {
      *year = toks_[i].number;
      return 1;
    }
    if (!toks_[i].word) return 0;
    // "nineteen ninety-six": hundreds and the rest, each as a number 10..99.
    const int high = WordValue(i);
    int low = 0;
    if (!es_ && high >= 10 && high <= 20) {
      const size_t n = NumberWords(i + 1, &low);
      if (n > 0 && low >= 10 && low <= 99) {
        *year = high * 100 + low;
        return 1 + n;
      }
    }
    int v = 0;
    const size_t n = NumberWords(i, &v);
    if (n >= 2 && v >= 1000 && v <= 2099) {
      *year = v;
      return n;
    }
    return 0;
  }

  // An amount: digits, number words ("twenty-five", "treinta y cinco"), a
  // range "two to three" (its first number) or a vague quantity (-1).
  size_t AmountAt(size_t i, int* value) const {
    if (i >= size()) return 0;
    size_t n = 0;
    Entry e;
    const size_t vague = Is(i, Kind::kVague);
    if (toks_[i].digits > 0 && toks_[i].digits <= 3) {
      *value = toks_[i].number;
      n = 1;
    } else if (vague > Is(i, Kind::kNumber)) {
      *value = -1;
      return vague;
    } else if ((n = NumberWords(i, value))) {
      // a number in words
    } else if ((n = Is(i, Kind::kVague))) {
      *value = -1;
      return n;
    } else {
      return 0;
    }
    // "two to three weeks", "dos o tres días": keep the first number.
    if (Has(i + n, Kind::kAnd) && !Key(i + n, "and") && !Key(i + n, "y") &&
        i + n + 1 < size() &&
        (toks_[i + n + 1].digits > 0 || Is(i + n + 1, Kind::kNumber, &e) == 1))
      n += 2;
    return n;
  }

  // ---- the rule families ---------------------------------------------------

  struct Core {
    size_t end = kNo;
    Spec spec;
    bool takes_det = true;  // a determiner before it is part of the expression
  };

  // Whether any rule could start at token i: a listed word, the start of a
  // listed phrase, or a token with a digit, a hyphen or an apostrophe
  // ("1990s", "30-year", "'90s", "q3"). Most tokens are none of these, and
  // skipping them keeps the stage cheap.
  bool MayStart(size_t i) const {
    const Tok& t = toks_[i];
    if (t.entries || t.phrases) return true;
    for (char ch : t.key)
      if (std::isdigit(static_cast<unsigned char>(ch)) || ch == '-' || ch == '\'') return true;
    return t.key == "’";
  }

  bool MatchAt(size_t i, Match* m) {
    if (!MayStart(i)) return false;
    // Prefixes: quantifiers, phases, "earlier this", determiners.
    size_t j = i;
    size_t det_at = size();
    TimeMod approx = TimeMod::kNone, phase = TimeMod::kNone;
    size_t approx_at = size();
    for (int round = 0; round < 4 && j < size(); ++round) {
      Entry e;
      size_t n;
      if (approx == TimeMod::kNone && (n = Is(j, Kind::kApprox, &e))) {
        approx = ModFromCode(e.code);
        if (approx == TimeMod::kNone) approx = TimeMod::kApprox;  // "ya", "sólo": no mod
        if (e.code.empty()) approx = TimeMod::kNone;
        approx_at = j;
        j += n;
      } else if (phase == TimeMod::kNone && (n = Is(j, Kind::kPhase, &e))) {
        phase = ModFromCode(e.code);
        j += n;
        if (Key(j, "of")) ++j;
      } else if ((Key(j, "earlier") || Key(j, "later")) && Has(j + 1, Kind::kRelative)) {
        j += 1;
      } else if (det_at == size() && (n = Is(j, Kind::kDeterminer))) {
        det_at = j;
        j += n;
      } else {
        break;
      }
    }
    Core best;
    if (j > i) best = Longest(j);
    size_t begin = i;
    if (best.end == kNo) {
      best = Longest(i);
      if (best.end == kNo) return false;
      approx = phase = TimeMod::kNone;
    } else if (!best.takes_det && det_at < size()) {
      begin = det_at + 1;
      if (approx_at < det_at || phase != TimeMod::kNone) begin = i;  // "about the", "early the": keep
      if (begin > i && det_at == i) begin = i + 1;
    }
    // A quantifier only belongs to durations and "ago" dates; "some" and
    // "about" before a date or a year are not part of it.
    if (approx != TimeMod::kNone && best.spec.type != TimeType::kDuration &&
        !best.spec.relative && approx_at == i)
      begin = std::max(begin, static_cast<size_t>(i + Is(i, Kind::kApprox)));
    Spec spec = best.spec;
    if (phase != TimeMod::kNone && spec.type != TimeType::kDuration) spec.mod = phase;
    if (approx != TimeMod::kNone && begin <= approx_at &&
        (spec.type == TimeType::kDuration || spec.relative))
      spec.mod = approx;
    m->begin = static_cast<uint32_t>(begin);
    m->end = static_cast<uint32_t>(best.end);
    m->spec = spec;
    SetBound(m);
    return true;
  }

  // The longest rule match at i; on a tie the earlier family wins.
  Core Longest(size_t i) {
    Core best;
    if (i >= toks_.size()) return best;  // modifiers ran to the end of the sentence
    auto consider = [&](Core c) {
      if (c.end != kNo && c.end > best.end) best = std::move(c);
    };
    consider(Set(i));
    consider(Clock(i));
    consider(Numeric(i));
    consider(MonthDate(i));
    consider(Weekday(i));
    consider(DayOffset(i));
    consider(Relative(i));
    consider(Quarter(i));
    consider(Season(i));
    consider(Holiday(i));
    consider(DecadeCentury(i));
    consider(Year(i));
    consider(Ago(i));
    consider(Duration(i));
    consider(Ref(i));
    consider(SpanishDay(i));
    consider(PartOfDayOf(i));
    return best;
  }

  // "since 2002", "desde el lunes", "a partir de mayo", "until Friday".
  void SetBound(Match* m) const {
    for (size_t k = 1; k <= 3 && k <= m->begin; ++k) {
      if (Is(m->begin - k, Kind::kBoundStart) == k) {
        m->spec.bound = TimeBound::kStart;
        return;
      }
      if (Is(m->begin - k, Kind::kBoundEnd) == k) {
        m->spec.bound = TimeBound::kEnd;
        return;
      }
    }
  }

  // "from 2015 to 2018", "between 2015 and 2018", "del 3 al 5 de mayo".
  void LinkRanges(std::vector<Match>* matches) const {
    for (size_t k = 0; k + 1 < matches->size(); ++k) {
      Match& a = (*matches)[k];
      Match& b = (*matches)[k + 1];
      if (b.begin != a.end + 1 || !Has(a.end, Kind::kAnd)) continue;
      const bool and_word = Key(a.end, "and") || Key(a.end, "y") || Key(a.end, "or") ||
                            Key(a.end, "o");
      bool opener = a.spec.bound == TimeBound::kStart;
      if (a.begin > 0) {
        const std::string& prev = toks_[a.begin - 1].key;
        if (prev == "between" || prev == "entre") opener = true;
        // Spanish "del 3": the "de" half of the contraction opens the range.
        if (es_ && prev == "de" && Key(a.end, "a")) opener = true;
      }
      if (!opener && and_word) continue;
      if (!opener && !(Key(a.end, "-") || Key(a.end, "to") || Key(a.end, "a") ||
                       Key(a.end, "until") || Key(a.end, "through")))
        continue;
      if (a.spec.type == TimeType::kDuration || b.spec.type == TimeType::kDuration) continue;
      a.spec.bound = TimeBound::kStart;
      b.spec.bound = TimeBound::kEnd;
      // "del 3 al 5 de mayo", "3 to 5 May": the first day takes the second's month.
      if (a.spec.day > 0 && a.spec.month < 0 && b.spec.month > 0) {
        a.spec.month = b.spec.month;
        a.spec.year = b.spec.year;
        a.spec.direction = b.spec.direction;
      }
    }
  }

  // ---- families ------------------------------------------------------------

  // today, yesterday, tonight, hoy, ayer, anoche, mañana; with an apposed
  // weekday ("hoy, jueves") and a part of day ("yesterday morning",
  // "ayer por la tarde").
  Core DayOffset(size_t i) {
    Core c;
    Entry e;
    size_t n = Is(i, Kind::kDayOffset, &e);
    if (!n) return c;
    // Spanish "mañana" after "la", "esta", "por", "de" is the morning, and
    // so after an adjective ("en una gélida mañana").
    if (es_ && n == 1 && toks_[i].key == "mañana" && i > 0) {
      const std::string& prev = toks_[i - 1].key;
      if (prev == "la" || prev == "esta" || prev == "por" || prev == "de" || prev == "el" ||
          prev == "cada" || prev == "una" || prev == "toda" || toks_[i - 1].upos == Upos::kAdj)
        return c;
    }
    c.spec.relative = true;
    c.spec.rel_unit = Unit::kDay;
    c.spec.rel_offset = e.value;
    c.spec.part_of_day = std::string(e.code);
    size_t j = i + n;
    // "hoy, jueves", "ayer miércoles".
    if (es_) {
      size_t k = Key(j, ",") ? j + 1 : j;
      if (Has(k, Kind::kWeekday) && !Has(k + 1, Kind::kDayOffset)) j = k + 1;
    }
    j = PartOfDayAfter(j, &c.spec);
    c.spec.type = c.spec.part_of_day.empty() ? TimeType::kDate : TimeType::kTime;
    c.end = j;
    c.takes_det = false;
    return c;
  }

  // A part of day after a day: "morning", "night" (English); "por la
  // mañana", "en la noche", "de la tarde" (Spanish). Returns the new end.
  size_t PartOfDayAfter(size_t j, Spec* spec) const {
    Entry e;
    if (!es_ && Is(j, Kind::kPartOfDay, &e) == 1) {
      spec->part_of_day = std::string(e.code);
      return j + 1;
    }
    if (es_ && (Key(j, "por") || Key(j, "en") || Key(j, "de")) && Key(j + 1, "la") &&
        Is(j + 2, Kind::kPartOfDay, &e) == 1) {
      spec->part_of_day = std::string(e.code);
      return j + 3;
    }
    return j;
  }

  // Spanish "la mañana del miércoles", "la noche de ayer", "la madrugada de
  // hoy sábado": a part of a named day.
  Core PartOfDayOf(size_t i) {
    Core c;
    Entry e;
    if (!es_ || Is(i, Kind::kPartOfDay, &e) != 1 || i == 0 || !Has(i - 1, Kind::kDeterminer))
      return c;
    if (!Key(i + 1, "de")) return c;
    size_t k = i + 2;
    Core day = DayOffset(k);
    if (day.end == kNo) {
      size_t d = Key(k, "el") ? k + 1 : k;
      day = Weekday(d);
      if (day.end == kNo) day = MonthDate(d);
      if (day.end == kNo && Key(k, "el")) day = SpanishDay(d);
    }
    if (day.end == kNo || !day.spec.part_of_day.empty() || day.spec.hour >= 0) return c;
    c = day;
    c.spec.part_of_day = std::string(e.code);
    c.spec.type = TimeType::kTime;
    c.takes_det = true;
    return c;
  }

  // Monday; Monday, March 11[, 2024]; el lunes 12 de octubre; Monday night.
  Core Weekday(size_t i) {
    Core c;
    Entry e;
    if (Is(i, Kind::kWeekday, &e) != 1) return c;
    const Tok& t = toks_[i];
    if (!es_ && !t.capital) return c;
    if (t.key.size() <= 4 && (!t.capital || (es_ && t.surface.back() != '.'))) return c;
    if (!es_ && t.key.size() <= 4 && t.surface.back() != '.' && !IsUpperWord(i)) {
      // "Sun", "Sat", "Wed" without a period: only before a date.
      int m = 0;
      if (!MonthAt(i + 1 + (Key(i + 1, ",") ? 1 : 0), &m)) return c;
    }
    size_t j = i + 1;
    // "Monday, March 11, 2024", "el lunes 12 de octubre".
    size_t k = Key(j, ",") ? j + 1 : j;
    Core date = MonthDate(k);
    if (date.end != kNo && date.spec.day > 0) {
      date.spec.weekday = 0;
      date.takes_det = es_;
      return date;
    }
    c.spec.weekday = e.value;
    // "el lunes pasado", "el lunes próximo", "el lunes que viene".
    Entry rel;
    if (es_ && Is(j, Kind::kRelative, &rel) && rel.value != 0) {
      c.spec.direction = rel.value;
      j += Is(j, Kind::kRelative);
    }
    j = PartOfDayAfter(j, &c.spec);
    c.spec.type = c.spec.part_of_day.empty() ? TimeType::kDate : TimeType::kTime;
    c.end = j;
    c.takes_det = es_;
    return c;
  }

  bool IsUpperWord(size_t i) const {
    for (char ch : toks_[i].surface)
      if (std::islower(static_cast<unsigned char>(ch))) return false;
    return true;
  }

  // Calendar dates and months by name:
  //   en: March 11[, 2024] | March 11th | 11 March [2024] | the 11th of March |
  //       March [of|,] 2024 | March | mid-November
  //   es: [el] [día] 12 de octubre [de|del 2002] | el primero de mayo |
  //       octubre [de|del 2002] | el mes de octubre | octubre
  Core MonthDate(size_t i) {
    Core c;
    if (i >= size()) return c;
    int month = 0, day = 0, year = 0;
    // "mid-November", "early-March".
    const std::string& key = toks_[i].key;
    if (!es_ && key.size() > 4 && key.find('-') != std::string::npos) {
      const size_t dash = key.find('-');
      const std::string head = key.substr(0, dash), tail = key.substr(dash + 1);
      const auto* entries = lex_.Lookup(tail);
      if ((head == "mid" || head == "early" || head == "late") && entries) {
        for (const Entry& x : *entries) {
          if (x.kind == Kind::kMonth && tail.size() > 3) {
            c.spec.month = x.value;
            c.spec.mod = head == "mid" ? TimeMod::kMid
                         : head == "early" ? TimeMod::kStart : TimeMod::kEnd;
            c.end = i + 1;
            size_t k = Key(i + 1, ",") || Key(i + 1, "of") ? i + 2 : i + 1;
            if (size_t yn = YearAt(k, &year)) {
              c.spec.year = year;
              c.end = k + yn;
            }
            return c;
          }
        }
      }
    }
    if (es_) {
      size_t j = i;
      if (Key(j, "dia") && (IsDayNumber(j + 1) || Has(j + 1, Kind::kOrdinal))) ++j;
      if (DayAt(j, &day) && Key(j + 1, "de") && MonthAt(j + 2, &month)) {
        c.spec.day = day;
        c.spec.month = month;
        c.end = j + 3;
      } else if (Key(j, "mes") && Key(j + 1, "de") && MonthAt(j + 2, &month)) {
        c.spec.month = month;
        c.end = j + 3;
      } else if (j == i && MonthAt(j, &month)) {
        c.spec.month = month;
        c.end = j + 1;
        if (!YearAfterMonth(c.end, nullptr) && !MonthAloneOk(i)) return Core();
      } else {
        return c;
      }
      size_t end = c.end;
      if (c.spec.year < 0) {
        if (size_t rn = RelativeYearAfter(end, &c.spec)) {
          c.end = end + rn;
          return c;
        }
      }
      if (size_t yn = YearAfterMonth(end, &year)) {
        c.spec.year = year;
        c.end = end + yn;
      }
      if (c.spec.day > 0 && c.spec.year < 0) {
        // "el 12 de octubre pasado"
        Entry rel;
        if (Is(c.end, Kind::kRelative, &rel) == 1 && rel.value != 0) {
          c.spec.direction = rel.value;
          ++c.end;
        }
      } else if (c.spec.year < 0) {
        Entry rel;  // "junio pasado", "mayo próximo"
        if (Is(c.end, Kind::kRelative, &rel) == 1 && rel.value != 0) {
          c.spec.direction = rel.value;
          ++c.end;
        }
      }
      return c;
    }
    // English.
    if (MonthAt(i, &month)) {
      c.spec.month = month;
      size_t j = i + 1;
      // "March 3:30" is a clock time; "Saturday, April 25: The court..." a date.
      const bool clock = Key(j + 1, ":") && j + 2 < size() && toks_[j + 2].digits > 0;
      if (DayAt(j, &day) && !Has(j + 1, Kind::kUnit) && !clock &&
          !Has(j + 1, Kind::kNotAfterNumber)) {
        c.spec.day = day;
        j += 1;
        size_t k = Key(j, ",") ? j + 1 : j;
        if (size_t yn = YearAt(k, &year)) {
          c.spec.year = year;
          j = k + yn;
        }
      } else {
        size_t k = (Key(j, ",") || Key(j, "of")) ? j + 1 : j;
        if (size_t yn = YearAt(k, &year)) {
          c.spec.year = year;
          j = k + yn;
        } else if (size_t rn = RelativeYearAfter(j, &c.spec)) {
          j += rn;
        } else if (MonthNeedsContext(i) && !MonthAloneOk(i)) {
          return Core();
        }
      }
      c.end = j;
      c.takes_det = false;
      return c;
    }
    // "11 March 2024", "the 11th of March".
    if (DayAt(i, &day)) {
      size_t j = i + 1;
      if (Key(j, "of")) ++j;
      if (MonthAt(j, &month)) {
        c.spec.day = day;
        c.spec.month = month;
        c.end = j + 1;
        if (size_t yn = YearAt(c.end, &year)) {
          c.spec.year = year;
          c.end += yn;
        }
        return c;
      }
    }
    return Core();
  }

  // "de 2002", "del 2002", "de el 2002", "de dos mil dos" after a Spanish
  // month. Returns the words used (0: none).
  size_t YearAfterMonth(size_t j, int* year) const {
    int y = 0;
    if (!Key(j, "de")) return 0;
    const size_t at = Key(j + 1, "el") ? j + 2 : j + 1;
    if (size_t yn = YearAt(at, &y)) {
      if (year) *year = y;
      return at + yn - j;
    }
    return 0;
  }

  // A month name on its own is a date after a preposition, determiner or
  // relative word ("in March", "last May", "en mayo", "el pasado abril") or
  // before "of", a number or punctuation; "may" the verb never gets here
  // (English months must be capitalised) but "May" at the start of a
  // sentence might.
  bool MonthAloneOk(size_t i) const {
    if (i > 0) {
      const size_t p = i - 1;
      if (Has(p, Kind::kTemporalPrep) || Has(p, Kind::kRelative) || Has(p, Kind::kDeterminer) ||
          Has(p, Kind::kPhase) || Has(p, Kind::kEvery) || Key(p, "mes") || IsPunct(p))
        return true;
    }
    if (es_) return i > 0;
    return i > 0 && toks_[i].capital;
  }

  // Numeric dates: 2024-03-11 (one token or five), 11/03/2024, 11.03.2024.
  Core Numeric(size_t i) {
    Core c;
    if (i >= size()) return c;
    int y = 0, m = 0, d = 0;
    if (toks_[i].digits == 4 && Key(i + 1, "-") && toks_[i + 2 < size() ? i + 2 : i].digits == 2 &&
        Key(i + 3, "-") && i + 4 < size() && toks_[i + 4].digits == 2) {
      y = toks_[i].number;
      m = toks_[i + 2].number;
      d = toks_[i + 4].number;
      if (IsValidDate(y, m, d)) {
        c.spec.year = y;
        c.spec.month = m;
        c.spec.day = d;
        c.end = i + 5;
        c.takes_det = false;
      }
      return c;
    }
    const std::string& k = toks_[i].key;
    if (k.size() < 6 || k.size() > 10 || !std::isdigit(static_cast<unsigned char>(k[0])))
      return c;
    char sep = 0;
    int parts[3] = {0, 0, 0};
    int lens[3] = {0, 0, 0};
    int p = 0;
    for (char ch : k) {
      if (std::isdigit(static_cast<unsigned char>(ch))) {
        parts[p] = parts[p] * 10 + (ch - '0');
        ++lens[p];
      } else if ((ch == '/' || ch == '-' || ch == '.') && (sep == 0 || sep == ch) && p < 2) {
        sep = ch;
        ++p;
      } else {
        return c;
      }
    }
    if (p != 2 || lens[0] == 0 || lens[1] == 0 || lens[2] == 0) return c;
    if (lens[0] == 4) {  // 2024-03-11, 2024/03/11
      y = parts[0], m = parts[1], d = parts[2];
    } else if (lens[2] == 4 || (lens[2] == 2 && sep == '/')) {
      y = lens[2] == 4 ? parts[2] : (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]);
      const bool month_first = !es_ && parts[0] <= 12;
      m = month_first ? parts[0] : parts[1];
      d = month_first ? parts[1] : parts[0];
      if (sep == '.' && lens[2] != 4) return c;  // "3.500" style numbers
    } else {
      return c;
    }
    if (!IsValidDate(y, m, d)) return c;
    c.spec.year = y;
    c.spec.month = m;
    c.spec.day = d;
    c.end = i + 1;
    c.takes_det = false;
    return c;
  }

  // A bare year, "fiscal 1989", "the year 2002", "el año 2002", "mid-2002".
  Core Year(size_t i) {
    Core c;
    int year = 0;
    size_t j = i;
    size_t yn = 0;
    if (Has(j, Kind::kFiscal) && (yn = YearAt(j + 1, &year))) {
      c.spec.year = year;
      c.end = j + 1 + yn;
      c.takes_det = false;
      return c;
    }
    if (Has(j, Kind::kYearWord) && (yn = YearAt(j + 1, &year))) {
      c.spec.year = year;
      c.end = j + 1 + yn;
      return c;
    }
    const std::string& key = toks_[i].key;
    if (!es_ && (key == "year-earlier" || key == "year-ago")) {
      c.spec.relative = true;
      c.spec.rel_unit = Unit::kYear;
      c.spec.rel_offset = -1;
      c.end = i + 1;
      c.takes_det = false;
      // "the year-earlier quarter", "the year-ago third quarter", "the
      // year-earlier period"
      size_t q = i + 1;
      Entry ord;
      if (Is(q, Kind::kOrdinal, &ord) == 1 && ord.value <= 4 && Key(q + 1, "quarter")) {
        c.spec.quarter = ord.value;
        c.end = q + 2;
        c.takes_det = true;
      } else if (Key(q, "quarter") || Key(q, "period")) {
        c.spec.quarter_in_context = 2;
        c.end = q + 1;
        c.takes_det = true;
      } else {
        c.spec.quarter_in_context = 1;
      }
      return c;
    }
    if (!es_ && i > 0 && Key(i - 1, "the")) {  // "the nineties"
      static constexpr std::string_view kDecades[] = {"twenties", "thirties", "forties",
                                                      "fifties", "sixties", "seventies",
                                                      "eighties", "nineties"};
      for (int d = 0; d < 8; ++d) {
        if (key == kDecades[d]) {
          c.spec.decade = 192 + d;
          c.end = i + 1;
          return c;
        }
      }
    }
    if (!es_ && key.size() == 8 && key.compare(0, 4, "mid-") == 0) {
      int v = 0;
      if (ParseDigits(std::string_view(key).substr(4), &v) && v >= 1000 && v <= 2099) {
        c.spec.year = v;
        c.spec.mod = TimeMod::kMid;
        c.end = i + 1;
        c.takes_det = false;
      }
      return c;
    }
    yn = YearAt(i, &year);
    if (!yn || !BareYearOk(i, yn, year)) return c;
    c.spec.year = year;
    c.end = i + yn;
    c.takes_det = false;
    return c;
  }

  // Whether a year number of n tokens at i ("1996", "nineteen ninety-six")
  // is a year rather than a count or a label.
  bool BareYearOk(size_t i, size_t n, int year) const {
    const bool prep = i > 0 && (Has(i - 1, Kind::kTemporalPrep) || Has(i - 1, Kind::kMonth) ||
                                Has(i - 1, Kind::kBoundStart) || Has(i - 1, Kind::kBoundEnd));
    // "two thousand", "dos mil": a count unless a preposition makes it a
    // year; "nineteen ninety-six", "mil novecientos" read as years.
    if (toks_[i].digits == 0 && WordValue(i) < 10 && !prep) return false;
    if (Has(i + n, Kind::kNotAfterNumber)) return false;
    if (i + n < size() && (Key(i + n, ",") || Key(i + n, ".")) && i + n + 1 < size() &&
        toks_[i + n + 1].digits == 3)
      return false;  // "2 000" style thousands
    if (i > 0) {
      const Tok& prev = toks_[i - 1];
      // "the company's 1989 results", "its 1990 budget": a possessive before
      // the number makes it a year.
      if (prev.key == "'s" || prev.key == "’s" || prev.key == "its" || prev.key == "their" ||
          prev.key == "su" || prev.key == "sus")
        return year >= 1900;
      // "$2002", "No. 2002", "#2002"
      if (!prev.word && prev.digits == 0 && prev.key != "," && prev.key != "(" &&
          prev.key != "-" && prev.key != "–" && prev.key != "\"" && prev.key != "'" &&
          prev.key != "``" && prev.key != "“")
        return false;
      // "Article 24", "Windows 2000", "Resolution 1973", "Euro 2004": a
      // capitalised word before the number that is not a time word.
      if (prev.capital && !prep && !prev.entries) return false;
      if (prev.key == "no" || prev.key == "number" || prev.key == "nº" || prev.key == "núm" ||
          prev.key == "article" || prev.key == "artículo" || prev.key == "articulo")
        return false;
      if (prev.digits > 0) return false;
    }
    if (prep) return true;
    if (year < 1900) return false;
    // "2000 people", "1500 soldados": a count when a content word follows.
    if (i + n < size()) {
      const Tok& next = toks_[i + n];
      if (next.upos == Upos::kNoun && !Has(i + n, Kind::kFunction)) return false;
      if (next.upos == Upos::kX && next.lower && !Has(i + n, Kind::kFunction) &&
          !Has(i + n, Kind::kTemporalPrep) && !next.entries)
        return false;
    }
    return true;
  }

  // The 1990s, the '90s, 1980's, the early 1900s, los años 90, los años
  // noventa, la década de los noventa, la década de 1990, the 19th century,
  // the nineteenth century, el siglo XX, el siglo 21.
  Core DecadeCentury(size_t i) {
    Core c;
    if (i >= size()) return c;
    const std::string& k = toks_[i].key;
    int v = 0;
    // "1990s", "mid-1990s"
    std::string_view body = k;
    TimeMod mod = TimeMod::kNone;
    if (body.size() > 4 && body.compare(0, 4, "mid-") == 0) {
      body.remove_prefix(4);
      mod = TimeMod::kMid;
    }
    if (body.size() == 5 && body.back() == 's' && ParseDigits(body.substr(0, 4), &v) &&
        v % 10 == 0 && v >= 1000 && v <= 2090) {
      SetDecadeOrCentury(v, &c.spec);
      c.spec.mod = mod;
      c.end = i + 1;
      return c;
    }
    // "1980 ' s" (tokenised apostrophe) and "'90s"
    if (toks_[i].digits == 4 && toks_[i].number % 10 == 0 && Key(i + 1, "'") && Key(i + 2, "s")) {
      SetDecadeOrCentury(toks_[i].number, &c.spec);
      c.end = i + 3;
      return c;
    }
    if ((k == "'" || k == "’") && i + 1 < size()) {
      const std::string& n = toks_[i + 1].key;
      if (n.size() == 3 && n[2] == 's' && ParseDigits(std::string_view(n).substr(0, 2), &v) &&
          v % 10 == 0) {
        c.spec.decade = 190 + v / 10;
        c.end = i + 2;
        return c;
      }
    }
    if (es_) {
      // "años 90", "años noventa", "años 1990"
      size_t j = i;
      bool decade_word = false;
      if (Key(j, "años")) {
        ++j;
      } else if (Has(j, Kind::kDecadeWord) && Key(j + 1, "de")) {
        decade_word = true;
        j += 2;
        if (Key(j, "los")) ++j;
      } else {
        // "el siglo XX", "el siglo 21"
        if (Has(j, Kind::kCenturyWord) && j + 1 < size()) {
          int n = RomanValue(toks_[j + 1].key);
          if (n == 0 && toks_[j + 1].digits > 0 && toks_[j + 1].digits <= 2)
            n = toks_[j + 1].number;
          if (n >= 1 && n <= 30 && (toks_[j + 1].digits > 0 || IsUpperWord(j + 1))) {
            c.spec.century = n - 1;
            c.end = j + 2;
          }
        }
        return c;
      }
      int year = 0;
      Entry e;
      size_t yn = YearAt(j, &year);
      if (yn && year % 10 == 0) {
        SetDecadeOrCentury(year, &c.spec);
        if (c.spec.century >= 0) {  // "los años 1900": the decade, not the century
          c.spec.century = -1;
          c.spec.decade = year / 10;
        }
        c.end = j + yn;
      } else if (toks_[j < size() ? j : i].digits == 2 && j < size() &&
                 toks_[j].number % 10 == 0 && toks_[j].number >= 20) {
        c.spec.decade = 190 + toks_[j].number / 10;
        c.end = j + 1;
      } else if (Is(j, Kind::kNumber, &e) == 1 && e.value >= 20 && e.value <= 90 &&
                 e.value % 10 == 0) {
        c.spec.decade = 190 + e.value / 10;
        c.end = j + 1;
      } else if (decade_word) {
        return Core();
      }
      return c;
    }
    // English centuries: "the 19th century", "the nineteenth century".
    int n = 0;
    Entry e;
    if (Is(i, Kind::kOrdinal, &e) == 1) {
      n = e.value;
    } else if (k.size() >= 3 && k.size() <= 4 &&
               ParseDigits(std::string_view(k).substr(0, k.size() - 2), &v)) {
      n = v;
    }
    if (n >= 1 && n <= 30 && Has(i + 1, Kind::kCenturyWord)) {
      c.spec.century = n - 1;
      c.end = i + 2;
    }
    return c;
  }

  // "1990s" is the decade 199; "1900s" is read as the century 19 (the early
  // 1900s), except 2000s which is the decade 200.
  static void SetDecadeOrCentury(int year, Spec* spec) {
    if (year % 100 == 0 && year < 2000) {
      spec->century = year / 100;
    } else {
      spec->decade = year / 10;
    }
  }

  // "the third quarter [of 1988]", "third-quarter", "the fiscal first
  // quarter", "Q3", "el tercer trimestre [de 2002]", "the first half",
  // "el primer semestre".
  Core Quarter(size_t i) {
    Core c;
    size_t j = i;
    // "the quarter", "the latest quarter": the last completed one, as
    // financial news uses it.
    if (!es_ && i > 0 && Key(i - 1, "the")) {
      size_t q = (Key(i, "latest") || Key(i, "recent")) ? i + 1 : i;
      if (Key(q, "quarter") && !Key(q + 1, "of")) {
        c.spec.relative = true;
        c.spec.rel_unit = Unit::kQuarter;
        c.spec.rel_offset = -1;
        c.end = q + 1;
        return c;
      }
    }
    // "the 1988 third quarter"
    int early_year = 0;
    const size_t early_n = YearAt(j, &early_year);
    if (early_n && (Has(j + early_n, Kind::kOrdinal) || Has(j + early_n, Kind::kFiscal)))
      j += early_n;
    else
      early_year = 0;
    if (Has(j, Kind::kFiscal)) ++j;
    int ordinal = 0;
    Unit unit = Unit::kNone;
    Entry e;
    const std::string& k = j < size() ? toks_[j].key : toks_[i].key;
    if (j < size() && k.find('-') != std::string::npos) {
      const size_t dash = k.find('-');
      const auto* first = lex_.Lookup(k.substr(0, dash));
      const std::string rest = k.substr(dash + 1);
      if (first && (rest == "quarter" || rest == "half")) {
        for (const Entry& x : *first)
          if (x.kind == Kind::kOrdinal && x.value <= 4) ordinal = x.value;
        unit = rest == "quarter" ? Unit::kQuarter : Unit::kHalf;
        if (ordinal == 0) return c;
        ++j;
      }
    } else if (j < size() && k.size() == 2 && k[0] == 'q' && k[1] >= '1' && k[1] <= '4') {
      ordinal = k[1] - '0';
      unit = Unit::kQuarter;
      ++j;
    }
    if (ordinal == 0) {
      if (Is(j, Kind::kOrdinal, &e) != 1 || e.value > 4) return c;
      ordinal = e.value;
      ++j;
      if (Has(j, Kind::kFiscal)) ++j;
      Entry u;
      if (Is(j, Kind::kUnit, &u) != 1 || u.value != 1) {
        if (!es_ && Key(j, "half")) {
          u.unit = Unit::kHalf;
        } else {
          return c;
        }
      }
      if (u.unit != Unit::kQuarter && u.unit != Unit::kHalf) return c;
      unit = u.unit;
      ++j;
    }
    if (unit == Unit::kHalf && ordinal > 2) return c;
    if (unit == Unit::kQuarter) c.spec.quarter = ordinal;
    else c.spec.half = ordinal;
    if (early_year > 0) {
      c.spec.year = early_year;
      c.end = j;
      return c;
    }
    int year = 0;
    size_t y = j;
    if (size_t rn = RelativeYearAfter(j, &c.spec)) {
      c.end = j + rn;
      return c;
    }
    if (Key(y, "of") || Key(y, "de")) ++y;
    if (Key(y, "el")) ++y;
    if (Has(y, Kind::kFiscal)) ++y;
    if (size_t yn = YearAt(y, &year)) {
      c.spec.year = year;
      j = y + yn;
    }
    c.end = j;
    return c;
  }

  // "last year", "this year", "of this year", "de este año", "del año
  // pasado" after a month, quarter or season: fixes its year relative to the
  // reference ("July last year"). Returns the words used (0: none).
  size_t RelativeYearAfter(size_t j, Spec* spec) const {
    size_t k = j;
    if (Key(k, "of") || Key(k, "de")) ++k;
    Entry rel;
    size_t n = 0;
    if ((n = Is(k, Kind::kRelative, &rel)) && Key(k + n, "year")) {
      n += 1;
    } else if (Key(k, "el") && Key(k + 1, "año") && (n = Is(k + 2, Kind::kRelative, &rel))) {
      n += 2;
    } else if ((n = Is(k, Kind::kRelative, &rel)) && Key(k + n, "año")) {
      n += 1;
    } else {
      return 0;
    }
    spec->relative = true;
    spec->rel_unit = Unit::kYear;
    spec->rel_offset = rel.value;
    return k - j + n;
  }

  // "summer", "the summer of 2003", "summer 2003", "el verano [de 2003]".
  Core Season(size_t i) {
    Core c;
    Entry e;
    if (Is(i, Kind::kSeason, &e) != 1) return c;
    if (!es_ && toks_[i].key == "fall" &&
        (!(i > 0 && (Has(i - 1, Kind::kDeterminer) || Has(i - 1, Kind::kRelative) ||
                     Has(i - 1, Kind::kTemporalPrep))) ||
         Key(i - 1, "to")))
      return c;  // "prices fall", "began to fall apart"
    c.spec.season = std::string(e.code);
    size_t j = i + 1;
    int year = 0;
    size_t y = (Key(j, "of") || Key(j, "de")) ? j + 1 : j;
    if (Key(y, "el")) ++y;
    if (size_t yn = YearAt(y, &year)) {
      c.spec.year = year;
      j = y + yn;
    } else {
      Entry rel;
      if (es_ && Is(j, Kind::kRelative, &rel) == 1 && rel.value != 0) {
        c.spec.direction = rel.value;
        c.spec.relative = true;
        c.spec.rel_unit = Unit::kYear;
        c.spec.rel_offset = rel.value;
        ++j;
      }
    }
    c.end = j;
    return c;
  }

  // Christmas, Christmas Day, New Year's Day, Navidad, el día de Navidad.
  Core Holiday(size_t i) {
    Core c;
    Entry e;
    size_t j = i;
    if (es_ && Key(j, "dia") && Key(j + 1, "de")) j += 2;
    size_t n = Is(j, Kind::kHoliday, &e);
    if (!n) return c;
    c.spec.month = (e.code[0] - '0') * 10 + (e.code[1] - '0');
    c.spec.day = (e.code[3] - '0') * 10 + (e.code[4] - '0');
    j += n;
    int year = 0;
    size_t y = (Key(j, "of") || Key(j, "de")) ? j + 1 : j;
    if (size_t yn = YearAt(y, &year)) {
      c.spec.year = year;
      j = y + yn;
    }
    c.end = j;
    return c;
  }

  // Relative calendar units and named periods:
  //   last week, this year, next month, this summer, last May, next Monday,
  //   this morning, the previous year; la semana pasada, el próximo mes,
  //   este año, el pasado lunes, el pasado mes de mayo, el pasado 9 de
  //   octubre, el año en curso.
  Core Relative(size_t i) {
    Core c;
    Entry rel;
    size_t n = Is(i, Kind::kRelative, &rel);
    if (n) {
      size_t j = i + n;
      Core inner = RelativeTarget(j, rel.value);
      if (inner.end == kNo) {
        // "current" on its own is a reference to the present.
        return c;
      }
      // "this year's third quarter", "last year's first half": that
      // quarter of the year named.
      // The possessive is one token ("'s") or two ("'", "s").
      const size_t poss = Key(inner.end, "'s") || Key(inner.end, "’s") ? 1
                          : (Key(inner.end, "'") || Key(inner.end, "’")) && Key(inner.end + 1, "s")
                              ? 2
                              : 0;
      if (!es_ && poss > 0 && inner.spec.relative && inner.spec.rel_unit == Unit::kYear &&
          inner.spec.quarter == 0 && inner.spec.half == 0 && inner.spec.season.empty()) {
        Core part = Quarter(inner.end + poss);
        if (part.end != kNo && part.spec.year < 0 && !part.spec.relative) {
          inner.spec.quarter = part.spec.quarter;
          inner.spec.half = part.spec.half;
          inner.end = part.end;
        }
      }
      return inner;
    }
    // "the weekend": the coming one or the last one, as the tense says.
    if (!es_ && i > 0 && Key(i - 1, "the") && Key(i, "weekend")) {
      c.spec.relative = true;
      c.spec.rel_unit = Unit::kWeekend;
      c.spec.by_tense = true;
      c.end = i + 1;
      return c;
    }
    if (!es_) return c;
    // Spanish "semana pasada", "año próximo", "mes que viene", "año en curso".
    Entry u;
    size_t un = Is(i, Kind::kUnit, &u);
    if (un && u.value == 1 && IsCalendarUnit(u.unit) && u.unit != Unit::kDay &&
        (n = Is(i + un, Kind::kRelative, &rel))) {
      c.spec.relative = true;
      c.spec.rel_unit = u.unit;
      c.spec.rel_offset = rel.value;
      c.end = i + un + n;
    }
    return c;
  }

  Core RelativeTarget(size_t j, int offset) {
    Core c;
    Entry u;
    size_t n = Is(j, Kind::kUnit, &u);
    if (n && u.value == 1 && IsCalendarUnit(u.unit)) {
      if (u.unit == Unit::kDay && offset != 0) return c;  // "the previous day": anchored elsewhere
      if (u.unit == Unit::kDay) {
        c.spec.relative = true;
        c.spec.rel_unit = Unit::kDay;
        c.spec.rel_offset = 0;
        c.end = j + n;
        return c;
      }
      // "el pasado mes de mayo"
      int month = 0;
      if (es_ && u.unit == Unit::kMonth && Key(j + n, "de") && MonthAt(j + n + 1, &month)) {
        c.spec.month = month;
        c.spec.direction = offset;
        c.spec.this_one = offset == 0;
        c.end = j + n + 2;
        return c;
      }
      c.spec.relative = true;
      c.spec.rel_unit = u.unit;
      c.spec.rel_offset = offset;
      c.end = j + n;
      return c;
    }
    Entry e;
    if (Is(j, Kind::kPartOfDay, &e) == 1 && offset == 0) {
      c.spec.relative = true;
      c.spec.rel_unit = Unit::kDay;
      c.spec.part_of_day = std::string(e.code);
      c.spec.type = TimeType::kTime;
      c.end = j + 1;
      return c;
    }
    if (Is(j, Kind::kSeason, &e) == 1) {
      c.spec.season = std::string(e.code);
      c.spec.relative = true;
      c.spec.rel_unit = Unit::kYear;
      c.spec.rel_offset = offset;
      c.spec.this_one = offset == 0;
      c.spec.direction = offset;
      c.end = j + 1;
      return c;
    }
    Core inner = Weekday(j);
    if (inner.end == kNo) inner = MonthDate(j);
    if (inner.end == kNo) inner = Quarter(j);
    if (inner.end == kNo) return c;
    if (inner.spec.year < 0) {
      inner.spec.direction = offset;
      inner.spec.this_one = offset == 0;
    }
    return inner;
  }

  // "two weeks ago", "a year earlier", "hace dos años", "years ago".
  Core Ago(size_t i) {
    Core c;
    Entry e;
    int amount = 0;
    size_t j = i;
    if (es_) {
      size_t n = Is(j, Kind::kHace, &e);
      if (!n) return c;
      const int sign = e.value;
      j += n;
      Entry mod;
      TimeMod approx = TimeMod::kNone;
      // "hace ya muchos meses", "hace más de 30 años", "hace sólo unas semanas"
      for (int r = 0; r < 2; ++r) {
        if (size_t m = Is(j, Kind::kApprox, &mod)) {
          if (!mod.code.empty() && mod.code != "APPROX") approx = ModFromCode(mod.code);
          j += m;
        }
      }
      size_t an = AmountAt(j, &amount);
      if (!an) amount = -1;
      Entry u;
      size_t un = Is(j + an, Kind::kUnit, &u);
      if (!un && Key(j + an, "tiempo")) {  // "hace tiempo": some months (TimeBank)
        u.unit = Unit::kMonth;
        un = 1;
        amount = -1;
      }
      if (!un) return c;
      c.end = j + an + un;
      if (amount < 0) {
        c.spec.type = TimeType::kDuration;
        c.spec.unit = u.unit;
        c.spec.amount = -1;
      } else {
        c.spec.relative = true;
        c.spec.rel_unit = u.unit;
        c.spec.rel_offset = sign * amount;
        c.spec.mod = approx;
      }
      return c;
    }
    size_t an = AmountAt(j, &amount);
    Entry u;
    size_t un = Is(j + an, Kind::kUnit, &u);
    if (!un) return c;
    size_t gn = Is(j + an + un, Kind::kAgo, &e);
    if (!gn) return c;
    c.end = j + an + un + gn;
    if (!an || amount < 0) {
      // "months ago": TimeBank reads it as a vague duration (PXM).
      c.spec.type = TimeType::kDuration;
      c.spec.unit = u.unit;
      c.spec.amount = -1;
      return c;
    }
    c.spec.relative = true;
    c.spec.rel_unit = u.unit;
    c.spec.rel_offset = e.value * amount;
    if (u.unit == Unit::kYear && amount == 1 && e.value < 0) c.spec.quarter_in_context = 1;
    return c;
  }

  // Durations: "three years", "a year and a half", "several months", "the
  // past five years", "the next few weeks", "30-year", "years", "los últimos
  // días", "un día después", "dos años y medio".
  Core Duration(size_t i) {
    Core c;
    size_t j = i;
    Entry e;
    bool past_future = false;
    if (size_t n = Is(j, Kind::kPast)) {
      j += n;
      past_future = true;
    } else if ((n = Is(j, Kind::kFuture))) {
      j += n;
      past_future = true;
    } else if (Key(j, "first") || Key(j, "primeros") || Key(j, "primeras")) {
      int ignored = 0;
      if (AmountAt(j + 1, &ignored) == 0) return c;
      ++j;
    }
    // "30-year", "six-month", "24-hour"
    if (!past_future && j < size() && toks_[j].key.find('-') != std::string::npos) {
      const std::string& k = toks_[j].key;
      const size_t dash = k.find('-');
      const std::string head = k.substr(0, dash), tail = k.substr(dash + 1);
      int v = -1;
      if (!ParseDigits(head, &v)) v = KeyValue(head);
      const auto* units = lex_.Lookup(tail);
      if (v > 0 && units) {
        for (const Entry& x : *units) {
          if (x.kind == Kind::kUnit && x.value == 1) {
            c.spec.type = TimeType::kDuration;
            c.spec.unit = x.unit;
            c.spec.amount = v;
            c.end = j + 1;
            c.takes_det = false;
            return c;
          }
        }
      }
    }
    int amount = -1;
    size_t an = AmountAt(j, &amount);
    // "los cinco últimos años", "los 100 primeros días", "los cuatro pasados años"
    if (an && !past_future &&
        (Has(j + an, Kind::kPast) || Has(j + an, Kind::kFuture) || Key(j + an, "primeros") ||
         Key(j + an, "primeras") || Key(j + an, "first") || Key(j + an, "last")))
      an += 1;
    Entry u;
    size_t un = Is(j + an, Kind::kUnit, &u);
    if (!un) return c;
    const bool recent = an == 1 && Key(j, "recent");
    if (!an) {
      // A bare plural unit: "for years", "días"; "the past year" with a singular.
      if (u.value == 1 && !past_future) return c;
      if (u.value == 1) amount = 1;
    }
    if (u.unit == Unit::kNone) return c;
    j += an + un;
    // "weeks or months", "recent weeks and months": one vague span, valued
    // by its first unit.
    const bool vague = amount < 0 || recent;
    Entry u_more;
    if (vague && u.value == 2 && (Key(j, "or") || Key(j, "and")) &&
        Is(j + 1, Kind::kUnit, &u_more) == 1 && u_more.value == 2 && u_more.unit != u.unit)
      j += 2;
    if (recent && u.value == 2) {  // "recent years", "recent days": TimeBank PAST_REF
      c.spec.literal = "PAST_REF";
      c.end = j;
      return c;
    }
    if (past_future && !an && u.value == 1 && IsCalendarUnit(u.unit) && u.unit != Unit::kDay &&
        Is(i, Kind::kPast)) {
      // "the past year": the one before this (TimeBank dates it).
      c.spec.relative = true;
      c.spec.rel_unit = u.unit;
      c.spec.rel_offset = -1;
      c.end = j;
      return c;
    }
    c.spec.type = TimeType::kDuration;
    c.spec.unit = u.unit;
    c.spec.amount = amount;
    // "a year and a half", "dos años y medio"
    if ((Key(j, "and") && Key(j + 1, "a") && Key(j + 2, "half")) ||
        ((Key(j, "y") && (Key(j + 1, "medio") || Key(j + 1, "media"))))) {
      if (amount > 0 && u.unit == Unit::kYear) {
        c.spec.unit = Unit::kMonth;
        c.spec.amount = amount * 12 + 6;
      }
      j += Key(j, "and") ? 3 : 2;
    } else if ((Key(j, "and") || Key(j, "y")) && amount > 0) {
      // "dos años y tres meses", "two hours and 30 minutes": one duration.
      int more = 0;
      Entry u2;
      size_t an2 = AmountAt(j + 1, &more);
      size_t un2 = an2 ? Is(j + 1 + an2, Kind::kUnit, &u2) : 0;
      if (un2 && more > 0 && u2.unit < u.unit) {
        std::string first = DurationLiteral(u.unit, amount);
        std::string second = DurationLiteral(u2.unit, more);
        const bool first_time = first.compare(0, 2, "PT") == 0;
        const bool second_time = second.compare(0, 2, "PT") == 0;
        if (first_time) second = second.substr(2);
        else if (second_time) second = "T" + second.substr(2);
        else second = second.substr(1);
        c.spec.literal = first + second;
        j += 1 + an2 + un2;
      }
    }
    if (!es_ && Key(j, "long")) ++j;
    // Spanish "un día después", "pocas horas antes": TimeBank keeps the
    // adverb in a duration.
    if (es_ && (Key(j, "despues") || Key(j, "antes") || Key(j, "atras"))) ++j;
    c.end = j;
    return c;
  }

  // now, currently, recently, the past, the future, ahora, actualmente, la
  // actualidad, and the adjectives current/actual/futuro.
  Core Ref(size_t i) {
    Core c;
    Entry e;
    size_t n = Is(i, Kind::kRef, &e);
    if (n) {
      c.spec.literal = std::string(e.code);
      c.end = i + n;
      return c;
    }
    n = Is(i, Kind::kRefAdj, &e);
    if (!n) return c;
    if (!es_ && !(i + 1 < size() && toks_[i + 1].lower)) return c;
    if (!es_ && Has(i + 1, Kind::kUnit)) return c;
    c.spec.literal = std::string(e.code);
    c.end = i + n;
    c.takes_det = false;
    return c;
  }

  // Spanish "el 9", "el día 8", "del 7": a day of the current month.
  Core SpanishDay(size_t i) {
    Core c;
    if (!es_) return c;
    if (i == 0 || !Key(i - 1, "el")) {
      // Reached through the determiner prefix: i is the number itself.
    }
    size_t j = i;
    int direction = 0;
    if (Key(j, "pasado") && Key(j + 1, "dia")) {
      direction = -1;
      ++j;
    }
    if (Key(j, "dia")) ++j;
    if (!IsDayNumber(j) || j == 0) return c;
    const std::string& prev = toks_[j - 1].key;
    if (prev != "el" && prev != "dia") return c;
    c.spec.direction = direction;
    if (Has(j + 1, Kind::kNotAfterNumber) || Has(j + 1, Kind::kUnit)) return c;
    if (j + 1 < size()) {
      const Tok& next = toks_[j + 1];
      if (next.digits > 0) return c;
      if (next.word && !Has(j + 1, Kind::kFunction) && !Has(j + 1, Kind::kAnd) &&
          !Has(j + 1, Kind::kTemporalPrep))
        return c;
      if (Key(j + 1, "de") && !Has(j + 2, Kind::kMonth)) return c;  // "el 9 de la lista"
    }
    c.spec.day = toks_[j].number;
    c.end = j + 1;
    return c;
  }

  // Clock times: "10:30", "3 p.m.", "3pm", "noon", "a las 9.30 horas",
  // "las 10 de la noche", "15:30 GMT", "3 p.m. Monday".
  Core Clock(size_t i) {
    Core c;
    if (i >= size()) return c;
    int hour = -1, minute = -1;
    size_t j = i;
    const std::string& k = toks_[i].key;
    Entry e;
    auto two_part = [&](char sep) {
      const size_t at = k.find(sep);
      if (at == std::string::npos || at == 0 || at > 2 || k.size() - at - 1 != 2) return false;
      int h = 0, m = 0;
      if (!ParseDigits(std::string_view(k).substr(0, at), &h) ||
          !ParseDigits(std::string_view(k).substr(at + 1), &m) || h > 24 || m > 59)
        return false;
      hour = h;
      minute = m;
      return true;
    };
    bool strong = false;  // certainly a time (colon, a.m., horas)
    if (two_part(':')) {
      strong = true;
      j = i + 1;
    } else if (Key(i + 1, ":") && toks_[i].digits > 0 && toks_[i].digits <= 2 &&
               i + 2 < size() && toks_[i + 2].digits == 2 && toks_[i].number <= 24 &&
               toks_[i + 2].number <= 59) {
      hour = toks_[i].number;
      minute = toks_[i + 2].number;
      strong = true;
      j = i + 3;
    } else if (es_ && two_part('.')) {
      j = i + 1;
    } else if (toks_[i].digits > 0 && toks_[i].digits <= 2 && toks_[i].number <= 24) {
      hour = toks_[i].number;
      j = i + 1;
    } else if (es_ && i > 0 && Key(i - 1, "las") && Is(i, Kind::kNumber, &e) == 1 &&
               e.value >= 1 && e.value <= 12 && e.code.empty()) {
      // "las seis de la mañana", "las diez horas"
      hour = e.value;
      j = i + 1;
    } else if (k.size() >= 3 && k.size() <= 7 && std::isdigit(static_cast<unsigned char>(k[0]))) {
      // "3pm", "11am", "3p.m"
      size_t d = 0;
      while (d < k.size() && std::isdigit(static_cast<unsigned char>(k[d]))) ++d;
      const std::string rest = k.substr(d);
      const auto* entries = lex_.Lookup(rest);
      int h = 0;
      if (!entries || !ParseDigits(std::string_view(k).substr(0, d), &h) || h < 1 || h > 12)
        return c;
      for (const Entry& x : *entries) {
        if (x.kind == Kind::kAmPm) {
          hour = h % 12 + x.value;
          strong = true;
        }
      }
      if (hour < 0) return c;
      j = i + 1;
      return ClockTail(i, j, hour, minute);
    } else if (Is(i, Kind::kClockWord, &e) == 1) {
      hour = e.value;
      j = i + 1;
      // Spanish "mediodía" is also a part of day; only a clock time after "al", "a".
      if (es_ && !(i > 0 && (Key(i - 1, "el") || Key(i - 1, "a")))) return c;
      return ClockTail(i, j, hour, -1);
    } else {
      return c;
    }
    // What follows decides whether a number is a time.
    if (Is(j, Kind::kAmPm, &e) == 1) {
      if (hour < 1 || hour > 12) return Core();
      hour = hour % 12 + e.value;
      ++j;
      strong = true;
    } else if (size_t hn = Is(j, Kind::kHours)) {
      if (!es_ && !Key(j, "o'clock")) return Core();
      // Spanish "las 10 horas" is a clock time, "una huelga de 24 horas" a
      // duration: whole hours without "las" (or a zone after them: "16 horas
      // GMT") are counted ("18.45 horas" is a time of day).
      if (es_ && minute < 0 && !(i > 0 && (Key(i - 1, "las") || Key(i - 1, "la"))) &&
          Is(j + hn, Kind::kZone) == 0)
        return Core();
      j += hn;
      strong = true;
    } else if (es_ && i > 0 && Key(i - 1, "las") && Key(j, "de") && Key(j + 1, "la") &&
               Has(j + 2, Kind::kPartOfDay)) {
      strong = true;
    } else if (es_ && i > 0 && (Key(i - 1, "las") || Key(i - 1, "la")) &&
               (k.find('.') != std::string::npos || k.find(':') != std::string::npos)) {
      strong = true;
    }
    if (!strong) return Core();
    return ClockTail(i, j, hour, minute);
  }

  // Zone, Spanish "de la tarde", and a date after a clock time.
  Core ClockTail(size_t /*start*/, size_t j, int hour, int minute) {
    Core c;
    Entry e;
    std::string zone;
    if (size_t zn = Is(j, Kind::kZone, &e)) {
      if (e.code == "Z") zone = "Z";
      j += zn;
    }
    if (es_ && Key(j, "de") && Key(j + 1, "la") && Is(j + 2, Kind::kPartOfDay, &e) == 1) {
      if ((e.code == "AF" || e.code == "EV" || e.code == "NI") && hour < 12 && hour > 0 &&
          !(e.code == "NI" && hour < 5))
        hour += 12;
      j += 3;
    }
    // A whole hour is written with its minutes, as TIMEX3 values are
    // ("3 p.m." T15:00, "noon" T12:00, "las 11" T11:00).
    if (minute < 0) minute = 0;
    c.spec.type = TimeType::kTime;
    c.spec.hour = hour;
    c.spec.minute = minute;
    c.spec.zone = zone;
    // "3 p.m. Monday", "10 a.m. yesterday", "las 10 horas del sábado"
    size_t k = Key(j, ",") ? j + 1 : j;
    if (es_ && Key(k, "de")) ++k;
    Core date = DayOffset(k);
    if (date.end == kNo) {
      size_t d = (es_ && Key(k, "el")) ? k + 1 : k;
      date = Weekday(d);
      if (date.end == kNo) date = MonthDate(d);
    }
    if (date.end != kNo && date.spec.part_of_day.empty() && date.spec.hour < 0 &&
        (date.spec.day > 0 || date.spec.weekday > 0 || date.spec.relative)) {
      Spec merged = date.spec;
      merged.type = TimeType::kTime;
      merged.hour = hour;
      merged.minute = minute;
      merged.zone = zone;
      c.spec = merged;
      j = date.end;
    } else {
      c.spec.relative = true;  // the day of the article
      c.spec.rel_unit = Unit::kDay;
      c.spec.rel_offset = 0;
    }
    c.end = j;
    return c;
  }

  // Sets: "every week", "each Monday", "every two years", "daily",
  // "annually", "$5 a year", "cada año", "todos los días", "al año", "anual".
  Core Set(size_t i) {
    Core c;
    Entry e;
    size_t j = i;
    if (size_t n = Is(j, Kind::kEvery)) {
      j += n;
      if (Key(j, "other")) ++j;
      int amount = 1;
      size_t an = AmountAt(j, &amount);
      if (an && amount < 0) return c;
      if (!an) amount = 1;
      Entry u;
      size_t un = Is(j + an, Kind::kUnit, &u);
      if (un) {
        c.spec.type = TimeType::kSet;
        c.spec.literal = DurationLiteral(u.unit, amount);
        c.end = j + an + un;
        return c;
      }
      if (Is(j, Kind::kWeekday, &e) == 1) {
        c.spec.type = TimeType::kSet;
        c.spec.literal = "XXXX-WXX-" + std::to_string(e.value);
        c.end = j + 1;
        return c;
      }
      if (Is(j, Kind::kPartOfDay, &e) == 1) {
        c.spec.type = TimeType::kSet;
        c.spec.literal = "XXXX-XX-XXT" + std::string(e.code);
        c.end = j + 1;
        return c;
      }
      return c;
    }
    if (Is(j, Kind::kSetAdv, &e) == 1 || Is(j, Kind::kSetAdj, &e) == 1) {
      if (!es_ && toks_[j].capital && j > 0) return c;  // "Daily Mail"
      if (es_ && j > 0) {
        const std::string& prev = toks_[j - 1].key;
        if (prev == "el" || prev == "un" || prev == "este" || prev == "ese" || prev == "su" ||
            prev == "los" || prev == "del")
          if (toks_[j].key.compare(0, 5, "diari") == 0) return c;  // "el diario": the newspaper
      }
      c.spec.type = TimeType::kSet;
      c.spec.literal = DurationLiteral(e.unit, 1);
      c.end = j + 1;
      c.takes_det = false;
      return c;
    }
    // A rate: "$5 a year", "3 percent a year", "dos veces al año".
    size_t pn = Is(j, Kind::kPer);
    if (es_ && !pn && Key(j, "a") && Key(j + 1, "el")) pn = 2;
    if (pn) {
      Entry u;
      size_t un = Is(j + pn, Kind::kUnit, &u);
      const bool al = es_ && Key(j, "a") && Key(j + 1, "el");
      if (un && u.value == 1 && (al || RateBefore(i))) {
        c.spec.type = TimeType::kSet;
        c.spec.literal = DurationLiteral(u.unit, 1);
        c.end = j + pn + un;
        c.takes_det = false;
        return c;
      }
    }
    return c;
  }

  // A quantity shortly before position i: a number, money, percent, "times",
  // "veces".
  bool RateBefore(size_t i) const {
    for (size_t k = 1; k <= 3 && k <= i; ++k) {
      const Tok& t = toks_[i - k];
      if (t.digits > 0 || t.key == "%" || t.key == "percent" || t.key == "million" ||
          t.key == "billion" || t.key == "times" || t.key == "veces" || t.key == "twice" ||
          t.key == "millones" || t.key == "dolares" || t.key == "euros" || t.key == "dollars" ||
          (!t.surface.empty() && std::isdigit(static_cast<unsigned char>(t.surface[0]))))
        return true;
    }
    return false;
  }

 public:
  static std::string DurationLiteral(Unit unit, int amount) {
    const std::string n = amount < 0 ? "X" : std::to_string(amount);
    switch (unit) {
      case Unit::kSecond: return "PT" + n + "S";
      case Unit::kMinute: return "PT" + n + "M";
      case Unit::kHour: return "PT" + n + "H";
      case Unit::kPartOfDay: return "PT" + n + "H";
      case Unit::kDay: return "P" + n + "D";
      case Unit::kWeekend: return "P" + n + "WE";
      case Unit::kWeek: return "P" + n + "W";
      case Unit::kMonth: return "P" + n + "M";
      case Unit::kQuarter: return "P" + n + "Q";
      case Unit::kHalf: return "P" + n + "H";
      case Unit::kSeason: return "P" + n + "S";
      case Unit::kYear: return "P" + n + "Y";
      // TimeBank writes decades and centuries in years ("una década" P10Y).
      case Unit::kDecade: return amount < 0 ? "PXDE" : "P" + std::to_string(amount * 10) + "Y";
      case Unit::kCentury: return amount < 0 ? "PXCE" : "P" + std::to_string(amount * 100) + "Y";
      case Unit::kNone: break;
    }
    return "PX";
  }

 private:
  uint32_t first_;
  const Lexicon& lex_;
  bool es_;
  std::vector<Tok> toks_;
  std::vector<std::string> keys_;
};

}  // namespace

std::string DurationValue(Unit unit, int amount) { return Grammar::DurationLiteral(unit, amount); }

std::vector<Match> Recognize(const Document& doc, const Sentence& sentence, const Lexicon& lex,
                             bool spanish) {
  Grammar grammar(doc, sentence, lex, spanish);
  return grammar.Run();
}

}  // namespace strabo::time
