// The places stage: toponyms found in the text and resolved to gazetteer
// entries (GeoNames places, divisions, countries, continents).
//
// Promises, for every prose sentence of a Document:
//  - doc.places gets one Place per toponym mention, sorted by span, spans not
//    overlapping, each span a whole token sequence of the text;
//  - toponyms come from LOC entities when an earlier stage found them and
//    from the gazetteer directly (capitalised token sequences looked up under
//    folded keys, with filters against common words, person names, street
//    names and acronyms), so the stage works with or without NER;
//  - each toponym is resolved with the article's context: an explicit
//    qualifier ("Kenitra, Morocco", "Alexandria, La."), the countries and
//    divisions the article mentions or resolves to, nearby resolved places,
//    feature and population priors; a name repeated in an article keeps one
//    sense unless a mention carries its own qualifier;
//  - a capital or country that acts ("Rabat said", "approach Rabat") is
//    marked Place::metonym.
#pragma once

#include <memory>

#include "geo/gazetteer.h"
#include "strabo/stage.h"

namespace strabo::geo {

// The stage over an open gazetteer (tests build small ones).
std::unique_ptr<Stage> NewPlacesStage(std::shared_ptr<const Gazetteer> gazetteer);

// The stage over the installed gazetteer (Gazetteer::OpenDefault); fails with
// a message saying how to build the gazetteer when it is missing.
Result<std::unique_ptr<Stage>> CreatePlacesStage(const StageOptions& options);

}  // namespace strabo::geo
