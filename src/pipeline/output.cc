#include "pipeline/output.h"

#include "util/json_writer.h"
#include "util/utf8.h"

namespace strabo {
namespace {

class DocumentWriter {
 public:
  DocumentWriter(const Document& doc, std::string* out)
      : doc_(doc), cp_(doc.text), title_cp_(doc.title), json_(out) {}

  void Write(const OutputOptions& options) {
    json_.BeginObject();
    json_.Field("id", doc_.id);
    json_.StringOrNull("url", doc_.url);
    json_.StringOrNull("title", doc_.title);
    json_.StringOrNull("date", doc_.date);
    json_.Field("lang", doc_.lang.empty() ? std::string_view("und") : std::string_view(doc_.lang));
    json_.Field("text", doc_.text);

    json_.Key("skipped").BeginArray();
    for (const SkippedSpan& s : doc_.skipped) {
      json_.BeginObject();
      Offsets(s.span);
      json_.Field("reason", ToString(s.reason));
      json_.EndObject();
    }
    json_.EndArray();

    json_.Key("paragraphs").BeginArray();
    for (const Paragraph& p : doc_.paragraphs) {
      json_.BeginObject();
      Offsets(p.span);
      json_.Field("lang", p.lang);
      if (p.skipped) json_.Field("skipped", true);
      json_.EndObject();
    }
    json_.EndArray();

    json_.Key("entities").BeginArray();
    for (const Entity& e : doc_.entities) {
      json_.BeginObject();
      SpanWithText(e.span);
      json_.Field("type", ToString(e.type));
      json_.StringOrNull("name", e.name);
      json_.EndObject();
    }
    json_.EndArray();

    json_.Key("places").BeginArray();
    for (const Place& p : doc_.places) {
      json_.BeginObject();
      SpanWithText(p.span);
      if (p.geonameid > 0) json_.Field("geonameid", p.geonameid);
      else json_.Key("geonameid").Null();
      json_.Field("name", p.name);
      json_.StringOrNull("country", p.country);
      json_.StringOrNull("admin1", p.admin1);
      json_.Field("feature", p.feature);
      json_.Key("lat").Double(p.lat, 5);
      json_.Key("lon").Double(p.lon, 5);
      if (p.metonym) json_.Field("metonym", true);
      if (p.demonym) json_.Field("demonym", true);
      json_.EndObject();
    }
    json_.EndArray();

    json_.Key("times").BeginArray();
    for (const TimeExpr& t : doc_.times) {
      json_.BeginObject();
      SpanWithText(t.span);
      json_.Field("value", t.value);
      json_.Field("type", ToString(t.type));
      json_.StringOrNull("precision", ToString(t.precision));
      if (t.mod != TimeMod::kNone) json_.Field("mod", ToString(t.mod));
      if (t.bound != TimeBound::kNone) json_.Field("bound", ToString(t.bound));
      json_.EndObject();
    }
    json_.EndArray();

    json_.Key("events").BeginArray();
    for (const Event& e : doc_.events) WriteEvent(e);
    json_.EndArray();

    if (options.sentences) WriteSentences();
    json_.EndObject();
  }

 private:
  // Offsets of `span` in code points of the text, or of the title when
  // `in_title` (events coded from the title point into it).
  void Offsets(Span span, bool in_title = false) {
    const CodePointMap& cp = in_title ? title_cp_ : cp_;
    json_.Field("start", cp(span.begin));
    json_.Field("end", cp(span.end));
  }

  void SpanWithText(Span span, bool in_title = false) {
    Offsets(span, in_title);
    const std::string_view source = in_title ? std::string_view(doc_.title) : doc_.text;
    json_.Field("text", source.substr(span.begin, span.size()));
  }

  void WriteActor(std::string_view key, const std::optional<Actor>& actor, bool in_title) {
    json_.Key(key);
    if (!actor) {
      json_.Null();
      return;
    }
    json_.BeginObject();
    SpanWithText(actor->span, in_title);
    json_.StringOrNull("country", actor->country);
    json_.StringOrNull("sector", actor->sector);
    json_.StringOrNull("name", actor->name);
    json_.EndObject();
  }

  void WritePlace(const EventPlace& p) {
    json_.BeginObject();
    if (p.geonameid > 0) json_.Field("geonameid", p.geonameid);
    else json_.Key("geonameid").Null();
    json_.Field("name", p.name);
    json_.StringOrNull("country", p.country);
    json_.Key("lat").Double(p.lat, 5);
    json_.Key("lon").Double(p.lon, 5);
    json_.EndObject();
  }

  void WriteEvent(const Event& e) {
    const bool t = e.in_title;
    json_.BeginObject();
    json_.Field("id", e.id);
    json_.Field("type", e.type);
    json_.StringOrNull("mode", e.mode);
    json_.StringOrNull("cameo", e.cameo);
    json_.StringOrNull("acled", e.acled);
    WriteActor("source", e.source, t);
    WriteActor("target", e.target, t);
    json_.Key("count");
    if (e.count) json_.Int(*e.count); else json_.Null();
    json_.Key("place");
    if (e.place) WritePlace(*e.place); else json_.Null();
    json_.StringOrNull("date", e.date);
    json_.Field("status", ToString(e.status));
    WriteActor("speaker", e.speaker, t);
    json_.Key("sentence").BeginObject();
    Offsets(e.sentence, t);
    json_.EndObject();
    json_.Key("trigger").BeginObject();
    SpanWithText(e.trigger, t);
    json_.EndObject();
    json_.Key("confidence").Double(e.confidence, 3);
    // Extensions (doc/output-contract.md).
    if (t) json_.Field("in", "title");
    json_.StringOrNull("story", e.story);
    if (e.count) json_.Field("count_at_least", e.count_at_least);
    json_.Key("places").BeginArray();
    for (const EventPlace& p : e.places) WritePlace(p);
    json_.EndArray();
    if (e.called_for) json_.Field("called_for", true);
    json_.EndObject();
  }

  void WriteSentences() {
    json_.Key("sentences").BeginArray();
    for (const Sentence& s : doc_.sentences) {
      json_.BeginObject();
      Offsets(s.span);
      json_.Field("lang", s.lang);
      json_.Key("tokens").BeginArray();
      for (uint32_t i = s.first_token; i < s.end_token;) {
        const Token& t = doc_.tokens[i];
        json_.BeginObject();
        SpanWithText(t.span);
        if (t.parts > 1) {  // a multi-word token: list its words
          json_.Key("words").BeginArray();
          for (uint32_t k = 0; k < t.parts && i + k < s.end_token; ++k)
            json_.String(doc_.tokens[i + k].form);
          json_.EndArray();
          i += t.parts;
        } else {
          ++i;
        }
        json_.EndObject();
      }
      json_.EndArray();
      json_.EndObject();
    }
    json_.EndArray();
  }

  const Document& doc_;
  CodePointMap cp_;
  CodePointMap title_cp_;
  JsonWriter json_;
};

}  // namespace

void AppendDocumentJson(const Document& doc, const OutputOptions& options, std::string* out) {
  DocumentWriter(doc, out).Write(options);
}

}  // namespace strabo
