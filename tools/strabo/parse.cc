// strabo parse: CoNLL-U or plain text in, CoNLL-U with LEMMA, UPOS, FEATS,
// HEAD and DEPREL out.
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

#include "clean/clean_stage.h"
#include "commands.h"
#include "conllu/conllu.h"
#include "parse/parse_stage.h"
#include "segment/segment_stage.h"
#include "tag/tag_stage.h"
#include "util/file.h"

namespace strabo::cli {

Status ConlluAnalyser::Init(const std::string& lang, const std::string& resources) {
  StageOptions options;
  options.lang = lang;
  options.resource_dir = resources;
  lang_ = lang;
  auto tag = NewTagStage(options);
  if (!tag.ok()) return tag.status();
  auto parse = NewParseStage(options);
  if (!parse.ok()) return parse.status();
  tag_ = std::move(tag.value());
  parse_ = std::move(parse.value());
  return Status::Ok();
}

Status ConlluAnalyser::Analyse(std::vector<ConlluSentence>* sentences) const {
  Document doc = DocumentFromConllu(*sentences, lang_);
  STRABO_RETURN_IF_ERROR(tag_->Process(doc));
  STRABO_RETURN_IF_ERROR(parse_->Process(doc));
  for (size_t i = 0; i < sentences->size(); ++i) CopyAnalysis(doc, i, &(*sentences)[i]);
  return Status::Ok();
}

namespace {

struct ParseOptions {
  std::vector<std::string> inputs;
  std::string lang;
  std::string format = "auto";
  std::string output;
  std::string resources;
};

bool LooksLikeConllu(const std::string& path, std::string_view data) {
  if (path.ends_with(".conllu") || path.ends_with(".conll")) return true;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    const std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    return line[0] >= '0' && line[0] <= '9' && line.find('\t') != std::string_view::npos;
  }
  return false;
}

int RunParse(const ParseOptions& o) {
  std::FILE* out = stdout;
  if (!o.output.empty() && o.output != "-") {
    out = std::fopen(o.output.c_str(), "w");
    if (!out) {
      std::perror(("strabo: cannot write " + o.output).c_str());
      return kExitFatal;
    }
  }
  ConlluAnalyser analyser;
  StageOptions stage_options;
  stage_options.lang = o.lang;
  stage_options.resource_dir = o.resources;
  bool analyser_ready = false;  // loaded at the first CoNLL-U input
  // The whole pipeline (clean, segment, tag, parse) only for text input.
  std::optional<Pipeline> pipeline;
  std::vector<std::string> inputs = o.inputs;
  if (inputs.empty()) inputs.push_back("-");
  int exit_code = kExitOk;
  std::string buffer;
  auto flush = [&] {
    if (!buffer.empty() && std::fwrite(buffer.data(), 1, buffer.size(), out) != buffer.size()) return false;
    buffer.clear();
    return true;
  };
  for (const std::string& path : inputs) {
    Result<std::string> data = path == "-" ? ReadFile("/dev/stdin") : ReadFile(path);
    if (!data.ok()) {
      std::fprintf(stderr, "strabo: rejected %s\n", data.status().message().c_str());
      exit_code = kExitRejected;
      continue;
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    const bool conllu = o.format == "conllu" || (o.format == "auto" && LooksLikeConllu(path, *data));
    if (conllu) {
      if (!analyser_ready) {
        Status init = analyser.Init(o.lang, o.resources);
        if (!init.ok()) {
          std::fprintf(stderr, "strabo: %s\n", init.message().c_str());
          return kExitFatal;
        }
        analyser_ready = true;
      }
      ConlluReader reader(*data, name, /*forms_only=*/true);
      std::vector<ConlluSentence> batch;
      auto run_batch = [&]() -> bool {
        Status s = analyser.Analyse(&batch);
        if (!s.ok()) std::fprintf(stderr, "strabo: %s\n", s.message().c_str());
        for (const ConlluSentence& sentence : batch) AppendConllu(sentence, &buffer);
        batch.clear();
        return flush();
      };
      ConlluSentence sentence;
      Status status;
      while (reader.Next(&sentence, &status)) {
        if (!status.ok()) {
          std::fprintf(stderr, "strabo: rejected sentence %s\n", status.message().c_str());
          exit_code = kExitRejected;
          continue;
        }
        batch.push_back(std::move(sentence));
        if (batch.size() >= 512 && !run_batch()) break;
      }
      if (!run_batch()) {
        std::fprintf(stderr, "strabo: cannot write output\n");
        return kExitFatal;
      }
      continue;
    }
    if (!pipeline) {
      // The stages up to the parse; what comes after (entities, places,
      // times, events) adds nothing to CoNLL-U.
      auto tag = NewTagStage(stage_options);
      auto parse = tag.ok() ? NewParseStage(stage_options) : tag.status();
      if (!parse.ok()) {
        std::fprintf(stderr, "strabo: %s\n", parse.status().message().c_str());
        return kExitFatal;
      }
      std::vector<std::unique_ptr<Stage>> stages;
      stages.push_back(NewCleanStage(stage_options));
      stages.push_back(NewSegmentStage(stage_options));
      stages.push_back(std::move(tag.value()));
      stages.push_back(std::move(parse.value()));
      pipeline.emplace(std::move(stages));
    }
    Article article;
    article.text = std::move(data.value());
    article.id = name;
    article.origin = name;
    article.lang_hint = o.lang;
    Document doc = Document::FromArticle(std::move(article));
    Status s = pipeline->Run(doc);
    if (!s.ok()) {
      std::fprintf(stderr, "strabo: rejected %s\n", s.message().c_str());
      exit_code = kExitRejected;
      continue;
    }
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      ConlluSentence sentence = SentenceFromDocument(doc, i);
      sentence.comments.insert(sentence.comments.begin(),
                               "# sent_id = " + std::to_string(i + 1));
      AppendConllu(sentence, &buffer);
    }
    if (!flush()) {
      std::fprintf(stderr, "strabo: cannot write output\n");
      return kExitFatal;
    }
  }
  if (std::fflush(out) != 0) {
    std::fprintf(stderr, "strabo: cannot write output\n");
    return kExitFatal;
  }
  if (out != stdout) std::fclose(out);
  return exit_code;
}

}  // namespace

void RegisterParse(CLI::App* app, int* exit_code) {
  auto o = std::make_shared<ParseOptions>();
  CLI::App* cmd = app->add_subcommand(
      "parse",
      "Tag and parse: CoNLL-U in (ID and FORM are used; LEMMA, UPOS, FEATS, HEAD and DEPREL are "
      "filled in, multi-word tokens kept) or plain text in (segmented first), CoNLL-U out.");
  cmd->add_option("inputs", o->inputs, "CoNLL-U or text files ('-' or nothing: stdin)");
  cmd->add_option("--lang", o->lang, "Language: en or es")->required()->check(CLI::IsMember({"en", "es"}));
  cmd->add_option("--format", o->format,
                  "Input format: conllu, text, or auto (.conllu/.conll files and text whose first "
                  "row starts with an ID and a tab are CoNLL-U)")
      ->check(CLI::IsMember({"auto", "conllu", "text"}))
      ->default_val("auto");
  cmd->add_option("--output,-o", o->output, "Write to FILE instead of stdout");
  cmd->add_option("--resources", o->resources, "Directory holding models/ and data/");
  cmd->callback([o, exit_code] { *exit_code = RunParse(*o); });
}

}  // namespace strabo::cli
