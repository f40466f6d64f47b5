#include "entities/entities_stage.h"

#include <optional>

#include "entities/resolve.h"
#include "entities/tagger.h"
#include "util/resources.h"

namespace strabo {
namespace {

using ner::Mention;
using ner::NerTagger;

class EntitiesStage : public Stage {
 public:
  EntitiesStage(std::optional<NerTagger> en, std::optional<NerTagger> es)
      : en_(std::move(en)), es_(std::move(es)) {}

  std::string_view name() const override { return "entities"; }

  Status Process(Document& doc) const override {
    // Words of every sentence, and which token each word starts at.
    ner::SentenceWords words(doc.sentences.size());
    std::vector<std::vector<uint32_t>> token_of(doc.sentences.size());
    std::vector<Mention> mentions;
    const NerTagger* doc_model = nullptr;
    // One memory per model: an English sentence's tags say nothing to the
    // Spanish model.
    ner::DocumentMemory memory_en, memory_es;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      const NerTagger* model = ModelFor(sentence.lang, doc.lang);
      if (!model) continue;
      if (!doc_model) doc_model = model;
      for (uint32_t t = sentence.first_token; t < sentence.end_token && t < doc.tokens.size(); ++t) {
        const Token& token = doc.tokens[t];
        if (token.part != 0) continue;
        words[s].push_back(token.parts > 1 ? doc.Text(token.span) : std::string_view(token.form));
        token_of[s].push_back(t);
      }
      ner::DocumentMemory* memory = en_ && model == &*en_ ? &memory_en : &memory_es;
      for (const ner::TokenSpan& span : model->Tag(words[s], memory)) mentions.push_back({s, span, ""});
    }
    if (!doc_model) return Status::Ok();
    auto byte_span = [&](uint32_t s, uint32_t b, uint32_t e) {
      return Span{doc.tokens[token_of[s][b]].span.begin, doc.tokens[token_of[s][e - 1]].span.end};
    };
    auto text_of = [&](uint32_t s, uint32_t b, uint32_t e) {
      return std::string(doc.Text(byte_span(s, b, e)));
    };
    ner::ResolveDocument(words, doc_model->aliases(), &doc_model->gazetteer(), text_of, &mentions,
                         doc_model->Resolving(/*countries_as_places=*/true));
    for (const Mention& m : mentions) {
      Entity e;
      e.span = byte_span(m.sentence, m.span.begin, m.span.end);
      e.type = m.span.type;
      e.name = m.name;
      doc.entities.push_back(std::move(e));
    }
    return Status::Ok();
  }

 private:
  const NerTagger* ModelFor(const std::string& sentence_lang, const std::string& doc_lang) const {
    for (const std::string* lang : {&sentence_lang, &doc_lang}) {
      if (*lang == "en" && en_) return &*en_;
      if (*lang == "es" && es_) return &*es_;
    }
    return en_ ? &*en_ : es_ ? &*es_ : nullptr;
  }

  std::optional<NerTagger> en_, es_;
};

Result<NerTagger> LoadModel(const std::string& lang, const StageOptions& options) {
  const std::string relative = "models/" + lang + ".ner";
  auto path = FindResource(relative, options.resource_dir);
  if (!path.ok())
    return Status::NotFound(path.status().message() +
                            "; rebuild it with the 'strabo train ner' recipe in models/README.md");
  return NerTagger::Open(*path);
}

}  // namespace

Result<std::unique_ptr<Stage>> NewEntitiesStage(const StageOptions& options) {
  std::optional<NerTagger> en, es;
  if (options.lang == "auto" || options.lang == "en") {
    auto m = LoadModel("en", options);
    if (!m.ok()) return m.status();
    en = std::move(m.value());
  }
  if (options.lang == "auto" || options.lang == "es") {
    auto m = LoadModel("es", options);
    if (!m.ok()) return m.status();
    es = std::move(m.value());
  }
  return std::unique_ptr<Stage>(new EntitiesStage(std::move(en), std::move(es)));
}

}  // namespace strabo
