#include <gtest/gtest.h>

#include "util/container.h"
#include "util/huge_pages.h"
#include "util/json_writer.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo {
namespace {

TEST(Utf8, ValidatesAndLocatesErrors) {
  size_t bad = 99;
  EXPECT_TRUE(IsValidUtf8("Kénitra — Aït Melloul", &bad));
  EXPECT_FALSE(IsValidUtf8("ok \xC3\x28 bad", &bad));  // lead byte without continuation
  EXPECT_EQ(bad, 3u);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80", &bad));      // an encoded surrogate
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF", &bad));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80", &bad));  // above U+10FFFF
}

TEST(Utf8, CodePointMapCountsCodePointsNotBytes) {
  const std::string text = "Aït €5 😀x";
  CodePointMap map(text);
  EXPECT_EQ(map(0), 0u);
  EXPECT_EQ(map(1), 1u);   // 'ï' starts at byte 1
  EXPECT_EQ(map(3), 2u);   // 't' at byte 3 is code point 2
  const size_t x = text.find('x');
  EXPECT_EQ(map(static_cast<uint32_t>(x)), 8u);
  EXPECT_EQ(map(static_cast<uint32_t>(text.size())), 9u);
  EXPECT_EQ(CountCodePoints(text), 9u);
}

TEST(Utf8, DecodeNeverStalls) {
  const std::string junk = "\xFF\xFE\x80" "a";
  size_t pos = 0;
  int n = 0;
  while (pos < junk.size()) {
    DecodeUtf8(junk, &pos);
    ++n;
  }
  EXPECT_EQ(n, 4);
}

TEST(Text, NfcComposesDecomposedAccents) {
  EXPECT_EQ(ToNfc("Ke\xCC\x81" "nitra"), "K\xC3\xA9" "nitra");  // e + combining acute → é
  EXPECT_EQ(ToNfc("plain"), "plain");
  EXPECT_EQ(FoldCase("AÏT MELLOUL"), "aït melloul");
}

TEST(Text, FoldTypographyWritesApostrophesAndQuotesAsTheCorporaDo) {
  std::string scratch;
  EXPECT_EQ(FoldTypography("don\u2019t", &scratch), "don't");
  EXPECT_EQ(FoldTypography("al-Rufay\u2019i\u2019s", &scratch), "al-Rufay'i's");
  EXPECT_EQ(FoldTypography("\u2018O\u02BCBrien\u2032\u201B", &scratch), "'O'Brien''");
  EXPECT_EQ(FoldTypography("\u201CC\u00F4te d\u2019Ivoire\u201D \u201E\u201F\u2033", &scratch),
            "\"C\u00F4te d'Ivoire\" \"\"\"")
      << "other non-ASCII letters stay";
  // Characters that share the lead byte of ’ or that look like quotes but
  // are not folded: dashes, the euro sign, guillemets (the Spanish corpora
  // write them), the grave accent and acute accent.
  EXPECT_EQ(FoldTypography("\u2014\u20AC\u00AB\u00BB`\u00B4\u2026", &scratch),
            "\u2014\u20AC\u00AB\u00BB`\u00B4\u2026");
  const std::string plain = "O'Brien said \"no\"";
  EXPECT_EQ(FoldTypography(plain, &scratch).data(), plain.data()) << "unchanged text is not copied";
  EXPECT_EQ(FoldTypography("\u2019s"), "'s");
  EXPECT_TRUE(IsApostrophe(U'\'') && IsApostrophe(0x2019) && IsApostrophe(0x2018) && IsApostrophe(0x02BC));
  EXPECT_FALSE(IsApostrophe(0x201D) || IsApostrophe('`') || IsApostrophe('"'));
}

TEST(JsonWriter, EscapesAndNests) {
  std::string out;
  JsonWriter json(&out);
  json.BeginObject()
      .Field("s", "quote \" backslash \\ newline \n tab \t ctrl \x01 é")
      .Key("a").BeginArray().Int(1).Double(34.26).Null().Bool(false).EndArray()
      .StringOrNull("empty", "")
      .EndObject();
  EXPECT_EQ(out,
            "{\"s\":\"quote \\\" backslash \\\\ newline \\n tab \\t ctrl \\u0001 é\","
            "\"a\":[1,34.26,null,false],\"empty\":null}");
}

// Tables of 2 MiB or more start on a 2 MiB boundary (so that huge pages can
// back them), smaller ones are ordinary; both hold what is put in them,
// across growth.
TEST(HugePageVector, LargeTablesAreAlignedAndAllHoldTheirValues) {
  HugePageVector<uint64_t> big(300000, 7);  // 2.4 MB
  EXPECT_EQ(reinterpret_cast<uintptr_t>(big.data()) % (size_t{2} << 20), 0u);
  big.back() = 9;
  HugePageVector<uint16_t> small = {1, 2, 3};
  for (uint16_t i = 0; i < 2000; ++i) small.push_back(i);  // grows through reallocations
  EXPECT_EQ(small.size(), 2003u);
  EXPECT_EQ(small[2], 3);
  EXPECT_EQ(small[2002], 1999);
  const HugePageVector<uint64_t> copy = big;
  EXPECT_EQ(copy.size(), 300000u);
  EXPECT_EQ(copy.front(), 7u);
  EXPECT_EQ(copy.back(), 9u);
}

TEST(Container, RoundTripsSectionsAndSettings) {
  ContainerWriter writer("tagger", 2);
  writer.SetSetting("lang", "es");
  writer.AddSection("weights", std::string("\x01\x02\x03", 3));
  writer.AddSection("empty", "");
  const std::string bytes = writer.Serialize();

  auto c = Container::FromBytes(bytes, "mem", "tagger", 2);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->Setting("lang"), "es");
  EXPECT_EQ(c->kind_version(), 2u);
  EXPECT_EQ(*c->Section("weights"), std::string("\x01\x02\x03", 3));
  EXPECT_TRUE(c->Section("empty")->empty());
  EXPECT_FALSE(c->Section("missing").ok());
}

TEST(Container, RejectsWrongKindNewerVersionAndDamage) {
  ContainerWriter writer("parser", 3);
  writer.AddSection("w", "abcdefgh");
  std::string bytes = writer.Serialize();
  EXPECT_NE(Container::FromBytes(bytes, "m", "tagger", 3).status().message().find("expected 'tagger'"),
            std::string::npos);
  EXPECT_NE(Container::FromBytes(bytes, "m", "parser", 2).status().message().find("version 3"),
            std::string::npos);
  bytes[bytes.size() - 2] ^= 0x55;  // flip bits inside the last section
  EXPECT_NE(Container::FromBytes(bytes, "m", "parser", 3).status().message().find("checksum"),
            std::string::npos);
  EXPECT_FALSE(Container::FromBytes("short", "m", "parser", 3).ok());
  EXPECT_FALSE(Container::FromBytes(bytes.substr(0, 40), "m", "parser", 3).ok());
}

}  // namespace
}  // namespace strabo
