#include "time/timebank.h"

namespace strabo::timebank {
namespace {

std::string_view TrimCr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

Result<std::vector<GoldDocument>> ParseTimeBank(std::string_view content, std::string_view name) {
  std::vector<GoldDocument> docs;
  GoldDocument* doc = nullptr;
  GoldTimex* open = nullptr;  // the timex being extended by I- tags
  bool block_break = false;
  size_t line_no = 0;
  size_t pos = 0;
  auto error = [&](const std::string& what) {
    return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) + ": " + what);
  };
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = TrimCr(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.rfind("*!-DCTVALUE=\"", 0) == 0) {
      const size_t start = 13;
      const size_t end = line.find('"', start);
      if (end == std::string_view::npos) return error("unterminated DCTVALUE");
      docs.emplace_back();
      doc = &docs.back();
      doc->date = std::string(line.substr(start, std::min<size_t>(end - start, 10)));
      doc->line = line_no;
      open = nullptr;
      block_break = false;
      continue;
    }
    if (line.empty() || line.find_first_not_of(" \t") == std::string_view::npos) {
      block_break = true;
      open = nullptr;
      continue;
    }
    const size_t tab1 = line.find('\t');
    const size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos)
      return error("expected 'token<TAB>tag<TAB>value', got '" + std::string(line) + "'");
    if (!doc) {  // tokens before any DCT line: a document without a date
      docs.emplace_back();
      doc = &docs.back();
      doc->line = line_no;
    }
    const std::string_view token = line.substr(0, tab1);
    const std::string_view tag = line.substr(tab1 + 1, tab2 - tab1 - 1);
    const std::string_view value = line.substr(tab2 + 1);
    if (token.empty()) return error("empty token");
    if (!doc->text.empty()) doc->text += block_break ? "\n\n" : " ";
    block_break = false;
    const uint32_t begin = static_cast<uint32_t>(doc->text.size());
    doc->text.append(token);
    const uint32_t end = static_cast<uint32_t>(doc->text.size());
    if (tag == "O") {
      open = nullptr;
      continue;
    }
    if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
      return error("unknown tag '" + std::string(tag) + "'");
    const std::string_view type = tag.substr(2);
    if (type != "DATE" && type != "TIME" && type != "DURATION" && type != "SET")
      return error("unknown type '" + std::string(type) + "'");
    if (tag[0] == 'I' && open && open->type == type && open->value == value) {
      open->span.end = end;
      continue;
    }
    if (tag[0] == 'I' && !open) return error("I- tag without a B- before it");
    doc->timexes.push_back({{begin, end}, std::string(type), std::string(value)});
    open = &doc->timexes.back();
  }
  return docs;
}

void Score(const GoldDocument& gold, const std::vector<TimeExpr>& system, Scores* scores,
           std::vector<Difference>* differences) {
  scores->gold += static_cast<long>(gold.timexes.size());
  scores->system += static_cast<long>(system.size());
  std::vector<bool> used(system.size(), false);
  auto text = [&](Span s) { return gold.text.substr(s.begin, s.size()); };
  for (const GoldTimex& g : gold.timexes) {
    int match = -1;
    for (size_t k = 0; k < system.size() && match < 0; ++k)
      if (!used[k] && system[k].span == g.span) match = static_cast<int>(k);
    for (size_t k = 0; k < system.size() && match < 0; ++k)
      if (!used[k] && system[k].span.Overlaps(g.span)) match = static_cast<int>(k);
    if (match < 0) {
      if (differences) differences->push_back({"missed", text(g.span), g.value, "", ""});
      continue;
    }
    const TimeExpr& s = system[static_cast<size_t>(match)];
    used[static_cast<size_t>(match)] = true;
    ++scores->relaxed;
    if (s.span == g.span) ++scores->strict;
    if (s.value == g.value) ++scores->value_correct;
    else if (differences)
      differences->push_back({"value", text(g.span), g.value, text(s.span), s.value});
    if (s.span != g.span && differences)
      differences->push_back({"extent", text(g.span), g.value, text(s.span), s.value});
    if (ToString(s.type) == g.type) ++scores->type_correct;
  }
  if (differences)
    for (size_t k = 0; k < system.size(); ++k)
      if (!used[k])
        differences->push_back({"spurious", "", "", text(system[k].span), system[k].value});
}

}  // namespace strabo::timebank
