#include "pipeline/output.h"

#include "util/json_writer.h"
#include "util/utf8.h"

namespace strabo {
namespace {

class DocumentWriter {
 public:
  DocumentWriter(const Document& doc, std::string* out)
      : doc_(doc), cp_(doc.text), json_(out) {}

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
  void Offsets(Span span) {
    json_.Field("start", cp_(span.begin));
    json_.Field("end", cp_(span.end));
  }

  void SpanWithText(Span span) {
    Offsets(span);
    json_.Field("text", doc_.Text(span));
  }

  void WriteActor(std::string_view key, const std::optional<Actor>& actor) {
    json_.Key(key);
    if (!actor) {
      json_.Null();
      return;
    }
    json_.BeginObject();
    SpanWithText(actor->span);
    json_.StringOrNull("country", actor->country);
    json_.StringOrNull("sector", actor->sector);
    json_.StringOrNull("name", actor->name);
    json_.EndObject();
  }

  void WriteEvent(const Event& e) {
    json_.BeginObject();
    json_.Field("id", e.id);
    json_.Field("type", e.type);
    json_.StringOrNull("mode", e.mode);
    json_.StringOrNull("cameo", e.cameo);
    json_.StringOrNull("acled", e.acled);
    WriteActor("source", e.source);
    WriteActor("target", e.target);
    json_.Key("count");
    if (e.count) json_.Int(*e.count); else json_.Null();
    json_.Key("place");
    if (e.place) {
      json_.BeginObject();
      json_.Field("geonameid", e.place->geonameid);
      json_.Field("name", e.place->name);
      json_.Field("country", e.place->country);
      json_.Key("lat").Double(e.place->lat, 5);
      json_.Key("lon").Double(e.place->lon, 5);
      json_.EndObject();
    } else {
      json_.Null();
    }
    json_.StringOrNull("date", e.date);
    json_.Field("status", ToString(e.status));
    WriteActor("speaker", e.speaker);
    json_.Key("sentence").BeginObject();
    Offsets(e.sentence);
    json_.EndObject();
    json_.Key("trigger").BeginObject();
    SpanWithText(e.trigger);
    json_.EndObject();
    json_.Key("confidence").Double(e.confidence, 3);
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
  JsonWriter json_;
};

}  // namespace

void AppendDocumentJson(const Document& doc, const OutputOptions& options, std::string* out) {
  DocumentWriter(doc, out).Write(options);
}

}  // namespace strabo
