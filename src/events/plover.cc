#include "events/plover.h"

#include <algorithm>
#include <array>
#include <utility>

namespace strabo::events {
namespace {

constexpr std::array<std::string_view, 16> kTypes = {
    "AGREE",    "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE",   "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
constexpr std::array<int, 16> kQuads = {1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4};

// Mode tables of the manual (tables "CONSULT modes" ... "ASSAULT modes").
constexpr std::array<std::string_view, 4> kConsult = {"visit", "third-party", "multilateral",
                                                      "phone"};
constexpr std::array<std::string_view, 6> kRetreat = {"withdraw", "release", "disarm",
                                                      "ceasefire", "access", "resign"};
constexpr std::array<std::string_view, 4> kRequestReject = {"assist", "change", "yield", "meet"};
constexpr std::array<std::string_view, 3> kAccuse = {"disapprove", "investigate", "allege"};
constexpr std::array<std::string_view, 6> kThreaten = {"restrict", "arrest",    "relations",
                                                       "expel",    "territory", "violence"};
constexpr std::array<std::string_view, 7> kProtest = {"demo",     "riot",     "strike",   "hunger",
                                                      "boycott", "obstruct", "vandalize"};
constexpr std::array<std::string_view, 4> kSanction = {"convict", "expel", "withdraw",
                                                       "discontinue"};
constexpr std::array<std::string_view, 4> kMobilize = {"troops", "weapons", "police", "militia"};
constexpr std::array<std::string_view, 10> kCoerce = {
    "seize",  "restrict", "censor",   "curfew",         "martial-law",
    "arrest", "deport",   "withhold", "misinformation", "cyber"};
constexpr std::array<std::string_view, 15> kAssault = {
    "abduct",    "beat",      "torture",    "sexual",         "targeted",
    "destroy",   "primitive", "firearms",   "explosives",     "suicide-attack",
    "aerial",    "drone",     "heavy-weapons", "crowd-control", "unconventional"};

constexpr std::array<std::string_view, 7> kInternational = {"IGO", "UNO", "EUR", "NGO",
                                                            "ISM", "IMG", "MNC"};

// PLOVER's sector table plus IGO and NGO (sorted for binary search).
constexpr std::array<std::string_view, 27> kSectors = {
    "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "IGO", "JRN", "JUD", "LAB", "LEG", "MED",
    "MIL", "NGO", "OPP", "PRE", "PRM", "PTY", "REB", "REF", "REL", "SOC", "SPY", "UAF", "UNK"};

constexpr std::array<std::pair<std::string_view, std::string_view>, 25> kAcled = {{
    {"Armed clash", "Battles"},
    {"Government regains territory", "Battles"},
    {"Non-state actor overtakes territory", "Battles"},
    {"Chemical weapon", "Explosions/Remote violence"},
    {"Air/drone strike", "Explosions/Remote violence"},
    {"Suicide bomb", "Explosions/Remote violence"},
    {"Shelling/artillery/missile attack", "Explosions/Remote violence"},
    {"Remote explosive/landmine/IED", "Explosions/Remote violence"},
    {"Grenade", "Explosions/Remote violence"},
    {"Sexual violence", "Violence against civilians"},
    {"Attack", "Violence against civilians"},
    {"Abduction/forced disappearance", "Violence against civilians"},
    {"Peaceful protest", "Protests"},
    {"Protest with intervention", "Protests"},
    {"Excessive force against protesters", "Protests"},
    {"Violent demonstration", "Riots"},
    {"Mob violence", "Riots"},
    {"Agreement", "Strategic developments"},
    {"Arrests", "Strategic developments"},
    {"Change to group/activity", "Strategic developments"},
    {"Disrupted weapons use", "Strategic developments"},
    {"Headquarters or base established", "Strategic developments"},
    {"Looting/property destruction", "Strategic developments"},
    {"Non-violent transfer of territory", "Strategic developments"},
    {"Other", "Strategic developments"},
}};

constexpr std::array<std::string_view, 25> AcledNames() {
  std::array<std::string_view, 25> out{};
  for (size_t i = 0; i < kAcled.size(); ++i) out[i] = kAcled[i].first;
  return out;
}
constexpr std::array<std::string_view, 25> kAcledSubEvents = AcledNames();

template <typename Array>
bool Contains(const Array& table, std::string_view value) {
  return std::find(table.begin(), table.end(), value) != table.end();
}

}  // namespace

std::span<const std::string_view> PloverTypes() { return kTypes; }
bool IsPloverType(std::string_view type) { return Contains(kTypes, type); }

std::span<const std::string_view> PloverModes(std::string_view type) {
  if (type == "CONSULT") return kConsult;
  if (type == "RETREAT") return kRetreat;
  if (type == "REQUEST" || type == "REJECT") return kRequestReject;
  if (type == "ACCUSE") return kAccuse;
  if (type == "THREATEN") return kThreaten;
  if (type == "PROTEST") return kProtest;
  if (type == "SANCTION") return kSanction;
  if (type == "MOBILIZE") return kMobilize;
  if (type == "COERCE") return kCoerce;
  if (type == "ASSAULT") return kAssault;
  return {};
}

bool IsPloverMode(std::string_view type, std::string_view mode) {
  const auto modes = PloverModes(type);
  return std::find(modes.begin(), modes.end(), mode) != modes.end();
}

std::string_view CanonicalPloverType(std::string_view name) {
  if (name == "DEMAND") return "REQUEST";
  if (name == "DISAPPROVE" || name == "INVESTIGATE") return "ACCUSE";
  if (name == "FIGHT") return "ASSAULT";
  for (std::string_view t : kTypes)
    if (t == name) return t;
  return {};
}

int PloverQuad(std::string_view type) {
  for (size_t i = 0; i < kTypes.size(); ++i)
    if (kTypes[i] == type) return kQuads[i];
  return 0;
}

bool IsInternationalCode(std::string_view code) { return Contains(kInternational, code); }

bool IsSectorCode(std::string_view sector) {
  return std::binary_search(kSectors.begin(), kSectors.end(), sector);
}

std::span<const std::string_view> AcledSubEvents() { return kAcledSubEvents; }

std::string_view AcledEventType(std::string_view sub_event) {
  for (const auto& [sub, type] : kAcled)
    if (sub == sub_event) return type;
  return {};
}

}  // namespace strabo::events
