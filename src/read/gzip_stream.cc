#include <zlib.h>

#include <cerrno>
#include <cstring>

#include "read/readers.h"

namespace strabo {
namespace {

class GzStreamBuf : public std::streambuf {
 public:
  explicit GzStreamBuf(gzFile file) : file_(file) {}
  ~GzStreamBuf() override { gzclose(file_); }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const int n = gzread(file_, buffer_, sizeof buffer_);
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  gzFile file_;
  char buffer_[1 << 16];
};

class GzStream : public std::istream {
 public:
  explicit GzStream(gzFile file) : std::istream(nullptr), buf_(file) { rdbuf(&buf_); }

 private:
  GzStreamBuf buf_;
};

}  // namespace

Result<std::unique_ptr<std::istream>> OpenMaybeGzipped(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return Status::IoError(path + ": " + std::strerror(errno ? errno : EIO));
  gzbuffer(file, 1 << 17);
  return std::unique_ptr<std::istream>(std::make_unique<GzStream>(file));
}

}  // namespace strabo
