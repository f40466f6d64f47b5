#include <gtest/gtest.h>

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/store.h"

namespace strabo {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("strabo-store-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "news.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static Document Doc(const std::string& id, const std::string& text) {
    Document doc;
    doc.id = id;
    doc.text = text;
    doc.date = "2024-03-14";
    return doc;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreTest, PuttingTheSameArticleTwiceChangesNothing) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ(*(*store)->Put(Doc("a", "Police arrested five men."), "{}"), Store::PutOutcome::kAdded);
    EXPECT_EQ(*(*store)->Put(Doc("b", "Rabat praised NATO."), "{}"), Store::PutOutcome::kAdded);
    ASSERT_TRUE((*store)->Commit().ok());
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->Put(Doc("a", "Police arrested five men."), "{}"), Store::PutOutcome::kUnchanged);
  EXPECT_EQ(*(*store)->Put(Doc("a", "Police arrested six men."), "{}"), Store::PutOutcome::kUpdated);
  ASSERT_TRUE((*store)->Commit().ok());
  EXPECT_EQ(*(*store)->CountArticles(), 2);
}

TEST_F(StoreTest, RefusesFilesThatAreNotStrabosOrAreNewer) {
  {
    std::FILE* f = std::fopen(path_.c_str(), "w");
    std::fputs("this is not a database, just text that is long enough to be read", f);
    std::fclose(f);
  }
  EXPECT_FALSE(Store::Open(path_).ok());
  std::filesystem::remove(path_);

  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE other(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto foreign = Store::Open(path_);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find("not a strabo store"), std::string::npos);
  std::filesystem::remove(path_);

  ASSERT_TRUE(Store::Open(path_).ok());
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto newer = Store::Open(path_);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("newer than this strabo"), std::string::npos);
}

}  // namespace
}  // namespace strabo
