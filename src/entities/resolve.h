// Document-level decisions about entities, after the sentence tagger:
//
//  1. Aliases: "Daesh", "ISIS", "Estado Islámico" become ORG entities named
//     "Islamic State" (aliases.h; also the organisations list's names of two
//     words or more: "Paris St Germain", "Man Utd" named "Manchester
//     United"); weak aliases only name what was found.
//     In English also news media and agencies ("Reuters", "AFP" named
//     "Agence France-Presse", "Xinhua", "Itar-Tass", "Al Jazeera", "BBC"),
//     stock exchanges ("Nasdaq") and legislatures ("Bundestag", "Knesset",
//     "Duma", "Sejm", "Storting", "Majlis", "Parliament"; weak: "Diet",
//     "Cortes", "Rada"), a list compiled into the resolver; a nationality
//     the tagger joined to one is a name of its own ("[Polish] [Sejm]").
//  2. Acronym definitions: "Long Name (ACR)" (the acronym's letters are the
//     initials of the long name's capitalised words, in any order: French
//     "BCIJ" for "Central Bureau of Judicial Investigations") makes every
//     "ACR" in the article an entity of the long name's type, named by it.
//     When the tagger missed the long name, it is taken from the capitalised
//     words before the bracket (as ORG). A long name with an organisation's
//     head word ("Directorate", "Bureau", "Ministerio") is ORG. An acronym
//     never defined takes the type and name of a place or organisation of
//     the article whose initials spell it in order ("Central African
//     Republic" ... "C.A.R."; not in sentences in capitals), and is then no
//     company by its context ("the C.A.R. shares borders with Chad").
//  3. Arabic names are whole: "Ahmed al-Sharaa", "Abu Bakr al-Baghdadi",
//     "Hayat Tahrir al-Sham"; after a title or with "bin"/"ibn" a person
//     ("Osama bin Laden").
//  4. Lists are of one kind ("Casablanca, Kenitra, Sidi Yahya Zaer and
//     Chichaua"), where the gazetteer confirms it: items it does not list,
//     or lists under the list's type and not under the tagger's, take the
//     type of the items it confirms. A nationality and a geographic head
//     word ("Korean Peninsula", "Indian Ocean") are a place, also where the
//     tagger took them for an organisation; so is a listed place in brackets
//     after a place ("Paletwa (Chin)": its region), and a name after a
//     preposition of place with a listed place in brackets after it ("in
//     Malam Fatori (Borno)"; after "of" only with no country in brackets). A phrase in title case
//     alone in quotation marks ("A Beautiful Lie") is one name: a title
//     (MISC), or of the type the tagger gave the whole phrase.
//  5. One type per name (majority), countries never people, repetitions of
//     a tagged name tagged. A one-word name is not made a person by the
//     vote where the article shows it is not one and never shows a person
//     ("the Schengen system", "from Paris", and no "Mr", "said", first name).
//     In a headline in capitals the repetitions are found case-folded, and
//     a person's surname alone too ("TENNIS - SAMPRAS BEATS CHANG" after
//     "Pete Sampras beat Michael Chang" in the body).
//  6. A name ends before a closing bracket it did not open or an opening
//     one it does not close ("England 326 ( G. Thorpe" is "England"), before a
//     trailing run of lower-case words holding a function word ("Kim if
//     there"; not a name between quotation marks, " La vida es silbar "), before an English
//     possessive ("Assad 's"), and, for a person or a place, before a
//     trailing number ("Wolverhampton 1" in a results line; "Antena 3" and
//     "Apollo 11" keep theirs), and, for a person or a place, before a
//     trailing day of the week ("Serbia Friday"; not "Ruby Tuesday"), and a surname alone is the
//     person named shortly before ("Bashar al-Assad"
//     ... "Assad"; Spanish first surnames too), unless it is listed as
//     something else (a surname that is also a town, "Zamora", is the person
//     where the article writes "Zamora said" or a title before it). In
//     English a person's name holds no cricket dismissal: "Michael Atherton
//     c Ambrose b Walsh" is three people.
//  7. Titles stay outside names (English): a mention holding a listed title
//     followed by a name ("Canadian Prime Minister Justin Trudeau", tagged
//     whole and often as ORG or LOC) keeps only the name after the titles,
//     a person; a nationality or country before them is a name of its own
//     ("Canadian" MISC, "U.S." LOC); the titles and the words between
//     ("Commerce" of "Chinese Commerce Minister") are left out. Not when the
//     name after the titles is one word of a mention not tagged PER, holds
//     an organisation's head word, or a person's name stands before the
//     title ("Hassan Sheikh Mohamud"). Without a title, a nationality
//     before a person's name of two words or more whose first is a listed
//     given name is a name of its own ("fellow American Michael Chang",
//     tagged whole as LOC; not "Dutch East Indies", a place). Where the
//     tagger found only the name ("German Chancellor [Helmut Kohl]") or took
//     the nationality and titles as a name of their own ("[Indian Prime
//     Minister] [H.D. Deve Gowda]"), a nationality, country or listed place
//     before the titles is a name of its own ("German" MISC, "U.S." and
//     "Moscow" LOC); not with a word in lower case between ("French voters
//     like President ...").
//  8. Organisations by their head word (English): a run of capitalised
//     words ending in an organisation's head word ("Justice Ministry",
//     "General Statistics Office"; a company's too: "General Motors",
//     "British Airways", "Stock Exchange") or a company's legal form ("Volkswagen
//     AG", "Siemens AG": the tagger made the first a person), maybe followed by "of/for/on" and
//     more capitalised words ("Tourism Authority of Thailand", "Bureau of European and Eurasian
//     Affairs"), is one ORG: the tagger misses such names or takes a part ("Thailand" LOC,
//     "Department" PER). The run starts after a capitalised function word or a listed country
//     ("Cameroon"), stops before a name of another kind the tagger found
//     after "of" that is no place ("[University of Texas]"); not when a
//     capitalised word follows the head ("First Union Securities"), for
//     "Service" (review titles, "Great Service"), for a run listed as a
//     place ("West Bank"), nor across a name the tagger found past the run's
//     edges ("Fiji Labour Party" stays whole). A bank named in one word
//     ("Bundesbank", "Commerzbank") is an ORG too.
//     A league the tagger read whole as MISC stays one, here and against an
//     alias (rule 1): a league is also its competition, which CoNLL-2003
//     writes MISC ("the Champions League final", "the Premier League title").
//  9. Headlines in title case (English): in a sentence whose words of four
//     letters or more are all capitalised and which has a word in lower case
//     ("Cameroon Poultry Farmers Urge Europe to Ease Trade Restrictions"; a
//     list of names, "Osman Adam Khatib , 20 , London", has none), a name
//     the tagger found of three words or more, not a person's, keeps only
//     the countries and nationalities the gazetteer lists in it ("Cameroon",
//     "Europe"), or goes ("Ease Trade Restrictions").
// 10. Wire formats (English): a dateline, one or two capitalised names (a
//     comma between) that open a sentence followed by an ISO date ("CARDIFF
//     1997-03-02", "AL-AIN , United Arab Emirates 1996-12-06"; also as
//     `strabo extract` segments it, the date split and the article's first
//     sentence run on: "BONN 1996 - 08 - 30 German Chancellor ...") or by a
//     byline's source in brackets, maybe after a date ("LONDON ( Reuters )
//     -", "LONDON , Aug 30 ( Reuters )"), makes the names places; a results
//     line, two sides each followed by its score
//     and nothing else ("Manchester United 3 Leeds United 0"), makes each
//     side a team, ORG as CoNLL-2003 writes clubs, or LOC when it is a
//     listed country (a national side), and so does a league table's row, a
//     side and four numbers or more ("Barcelona 10 7 2 1 20 8 23"; not a
//     name tagged as a person: a golfer's rounds); a cricket scorecard's
//     batting line names the batsman and the fielder and bowler of the
//     dismissal, people ("B. McMillan c Mongia b Srinath 18", "Hussain lbw
//     b Wasim 12"), and so do bowling figures the name before them
//     ("Srinath 10-1-37-3"); a sport's name in capitals before
//     the dash that opens a headline ("RUGBY UNION - WALES SURPRISE
//     IRELAND") is no name.
// 11. Events by their head word (English): a run of capitalised words
//     ending in a competition's head word ("Davis Cup", "U.S. Open",
//     "Lipton Championships", "Olympic Games", "Monaco Grand Prix"), or
//     "Tour de/of" and a name ("Tour de France"), is one MISC, unless the
//     gazetteer lists it as a place or the tagger found a name past its
//     edges.
// 12. Companies by their context (English): a name in a company's context
//     in the article is an ORG at every mention ("Shares in [Volkswagen]
//     rose"; "[Sony] shares", "[Telefonica] chairman"; "[Statoil] 's
//     third-quarter net profit"; "[Siemens] , the German electronics
//     group"), and one the tagger missed before "shares"/"stock" or after
//     "shares in" is found ("Daimler-Benz shares"; at a sentence's start
//     only an acronym, a hyphenated name or one the gazetteer lists as an
//     organisation, "Sony shares rose": not "Bank shares fell"). Not a name
//     the gazetteer lists as a place, country or nationality and not as an
//     organisation ("London shares", "European stocks", "shares in Tokyo"),
//     nor a street ("Wall Street stocks"), nor one with signs of a person
//     (a title before it, a listed person's or given name: "Bill Gates 's
//     shares"); "shares" as a verb ("Kohl shares the view") and an
//     apposition about a person's job ("Smith , the company 's chairman")
//     are no company's context.
// 13. Teams by their context (English, Spanish): in a report of a match (an article
//     with two words of sport alone, "striker", "wickets", "soccer", or a
//     sentence with "scored" and "goal(s)", or a sports slug, or a results
//     line of rule 10; not "goal", "penalty" or "beat", which political news
//     uses too), a name before a player's or staff noun ("Hamburg striker
//     Anthony Yeboah", "Barcelona 's Brazilian striker", "Leeds manager") or
//     beside a verb or noun of winning or drawing ("Monaco beat Bochum 1-0",
//     "drew 1-1 with Juventus", "lost 2-0 to Ajax", "victory over Celtic",
//     "their match against Yorkshire") is a team at every mention: ORG as
//     CoNLL-2003 writes clubs, or LOC when it is a listed country (a
//     national side). Not a nationality ("Brazilian"), nor a name the tagger
//     only read as a person and the gazetteer does not list as a place
//     ("Sampras beat Ivanisevic 6-4 6-3") unless a staff noun stands between
//     it and a person's name ("AC Milan coach Oscar Tabarez"), nor one with
//     signs of a person (a title, a listed given name). In Spanish (words of
//     sport: "gol", "delantero", "árbitro", "selección", a minute of play;
//     not "partido", a party too), a listed town after the masculine article
//     a town's name does not take ("el Badajoz", "al Getafe", "del
//     Barcelona"; "el Perú" is a country's own), a name in brackets after a
//     person's ("Manu Sarabia ( Badajoz )"), and a name after "selección de"
//     or a match's word and "a/ante/contra/con" ("perdió ante Brasil") is a
//     team: ORG, as CoNLL-2002 writes clubs and national sides (LOC for a
//     country when `countries_as_places`).
// 14. Players by the minute of play (every language; Spanish agency copy
//     writes "m.73", English "( 23rd minute )" or "( 60th )"): a name before
//     a minute in brackets, in "( Emerson , m.83 )" (a substitute), after
//     "0-1 , m.63 :" (a scorer), or in a line-up or a list of scorers, a
//     name between list marks after a colon whose list holds a minute ("3 -
//     Brasil : Dida , Cafu ( Carvalho , m.83 ) , ... y Elber"), is a person
//     at every mention, unless it is a listed country; a minute alone is no
//     name ("M.63").
//  Also: a day of the week alone is not a name ("warned Friday"); a
//  nationality before a geographic head word is a place ("Korean
//  Peninsula", "Indian Ocean"), and one after words of direction that
//  modifies a noun is a nationality ("Central African states", "North
//  Korean leader"; not "Central African Republic").
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/aliases.h"
#include "entities/gazetteer.h"
#include "entities/labels.h"

namespace strabo::ner {

struct Mention {
  uint32_t sentence = 0;
  TokenSpan span;
  std::string name;   // canonical name (alias or acronym long form), or empty
};

using SentenceWords = std::vector<std::vector<std::string_view>>;

// How a document is resolved; NerTagger::Resolving() gives a model's.
struct ResolveOptions {
  // A listed country name is LOC even where the tagger said ORG. strabo's
  // contract makes countries places (the places stage resolves them,
  // metonymy included); CoNLL-2002's annotators made a country that acts
  // ("Marruecos detiene...", national teams) ORG, so the CoNLL-style
  // evaluation leaves it off by default. People are never countries either
  // way (rule 4).
  bool countries_as_places = false;
  // A name alone in quotation marks (rule 4) includes them, as CoNLL-2002
  // Spanish writes it (es.ner is trained so); English corpora leave them
  // outside.
  bool quotes_in_titles = false;
  // The English lists of rule 1 and rules 7 to 13, English (as CoNLL-2003
  // writes names; CoNLL-2002 Spanish keeps "Doña Sofía" whole).
  bool english_rules = false;
  // Rule 13's Spanish cues (Spanish match reports).
  bool spanish_rules = false;
};

// Applies 1–14 to the mentions of one document. `gazetteer` may be null (no
// list rule). `text_of(sentence, begin, end)` returns the surface text of a
// word range (for names). On return mentions are sorted by position and do
// not overlap.
void ResolveDocument(const SentenceWords& sentences, const AliasTable& aliases,
                     const Gazetteer* gazetteer,
                     const std::function<std::string(uint32_t, uint32_t, uint32_t)>& text_of,
                     std::vector<Mention>* mentions, const ResolveOptions& options = {});

// True when `acronym` (letters A-Z, maybe dotted) can abbreviate `words`:
// each of its letters is the initial of a capitalised word, in any order,
// with at most one capitalised word left over (none when `exact`).
bool AcronymFits(std::string_view acronym, std::span<const std::string_view> words, bool exact = false);

}  // namespace strabo::ner
