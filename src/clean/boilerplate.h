// Recognising lines of a scraped page that are not news prose.
#pragma once

#include <optional>
#include <string_view>

#include "strabo/document.h"

namespace strabo {

// Classifies one line (or paragraph) of text. Returns why it should be
// skipped, or nullopt when it reads as prose. The rules, in order:
//  - caption: a photo agency credit opening a sentence of description,
//    "AFP/FADEL SENNA - A member of the Moroccan special forces ...";
//  - credit: a line that is only a credit, "REUTERS/Amr Abdallah Dalsh",
//    "Photo: EFE", "Foto: Europa Press";
//  - image slug: a file name or URL slug, "mohamed vi-rey-marruecos_0",
//    "yihadismo-marruecos-oficina-central-investigaciones-judiciales (1)";
//  - boilerplate: share / read more / newsletter / follow-us lines in English
//    and Spanish ("Read more:", "Sign up for our newsletter", "Leer más").
std::optional<SkipReason> ClassifyLine(std::string_view line);

}  // namespace strabo
