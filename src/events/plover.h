// The ontologies strabo codes in: PLOVER event types and modes, PLOVER actor
// codes and sectors, and ACLED event and sub-event types. These are fixed
// vocabularies (from the PLOVER manual, draft 0.8 of September 2021, and the
// ACLED codebook), so they live in code; the lexicons in data/events are
// checked against them when they load.
#pragma once

#include <span>
#include <string_view>

namespace strabo::events {

// The 16 PLOVER event types, in the manual's order.
std::span<const std::string_view> PloverTypes();
bool IsPloverType(std::string_view type);

// The modes the PLOVER manual defines for `type` (empty for types without
// modes: AGREE, SUPPORT, CONCEDE, COOPERATE, AID).
std::span<const std::string_view> PloverModes(std::string_view type);
bool IsPloverMode(std::string_view type, std::string_view mode);

// The current name of a PLOVER type, accepting the older names found in
// gold data (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT →
// ASSAULT); "" for a name that is not a PLOVER type at all (e.g. CRIME,
// which the manual dropped).
std::string_view CanonicalPloverType(std::string_view name);

// The quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal
// conflict, 4 material conflict; 0 for an unknown type.
int PloverQuad(std::string_view type);

// PLOVER's non-state "country" codes (IGO, UNO, EUR, NGO, ISM, IMG, MNC).
bool IsInternationalCode(std::string_view code);

// Sector codes strabo uses: PLOVER's (COP, GOV, JUD, LEG, MIL, ...) plus IGO
// and NGO for international organisations (DESIGN.md).
bool IsSectorCode(std::string_view sector);

// ACLED's 25 sub-event types; AcledEventType gives the event type a
// sub-event belongs to ("Arrests" → "Strategic developments"), or "" when
// `sub_event` is not an ACLED sub-event type.
std::span<const std::string_view> AcledSubEvents();
std::string_view AcledEventType(std::string_view sub_event);

}  // namespace strabo::events
