#include "vil/line_batcher.hpp"

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vil {

bool StringSource::read(char* buf, std::size_t cap, std::size_t& got, std::string&) {
  got = std::min(cap, m_bytes.size());
  std::memcpy(buf, m_bytes.data(), got);
  m_bytes.remove_prefix(got);
  return true;
}

LineBatcher::LineBatcher(ByteSource& source, std::size_t batch_bytes, std::size_t max_line)
    : m_source(source), m_batch_bytes(std::max<std::size_t>(batch_bytes, 1)), m_max_line(max_line) {}

LineBatcher::Status LineBatcher::next(ByteBuffer& buf, std::size_t& size, std::string& err) {
  size = 0;
  if (m_failed) {
    err = m_error;
    return Status::error;
  }
  // Start with the partial line the last batch left, then read until the batch is
  // full (or the source is drained for now) and holds a whole line.
  size = m_carry.size();
  if (buf.size() < std::max(m_batch_bytes, size + m_batch_bytes / 2) + k_json_padding)
    buf.resize(std::max(m_batch_bytes, size + m_batch_bytes / 2) + k_json_padding);
  std::memcpy(buf.data(), m_carry.data(), size);
  m_carry.clear();
  std::size_t last_newline = std::string::npos;  // the carry holds none
  while (!m_eof) {
    if (buf.size() - k_json_padding - size < m_batch_bytes / 2 + 1)
      buf.resize(std::max(buf.size() * 2, size + m_batch_bytes + k_json_padding));
    const std::size_t want = buf.size() - k_json_padding - size;
    std::size_t got = 0;
    if (!m_source.read(buf.data() + size, want, got, err)) {
      m_failed = true;
      m_error = err;
      break;
    }
    if (got == 0) {
      m_eof = true;
      break;
    }
    if (const void* nl = memrchr(buf.data() + size, '\n', got); nl != nullptr)
      last_newline = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.data());
    size += got;
    if ((size >= m_batch_bytes || got < want) && last_newline != std::string::npos) break;
    if (last_newline == std::string::npos && size > m_max_line) {
      // Only the start of one line is held (the whole lines before it went out in
      // earlier batches): it is over the limit, and reading on would hold all of it.
      m_failed = m_too_long = true;
      m_error = "a line longer than " + limit_text(m_max_line) +
                ", the most vil reads as one record (is this JSON Lines?)";
      err = m_error;
      size = 0;
      return Status::error;
    }
  }
  if (!m_bom_checked) {
    m_bom_checked = true;
    if (size >= 3 && std::memcmp(buf.data(), "\xEF\xBB\xBF", 3) == 0) {
      std::memmove(buf.data(), buf.data() + 3, size - 3);
      size -= 3;
      if (last_newline != std::string::npos) last_newline -= 3;
    }
  }
  if (m_failed && last_newline == std::string::npos) {
    size = 0;
    return Status::error;
  }
  if (!m_eof) {
    // End at the last whole line; after a read error its partial line is lost.
    const std::size_t cut = last_newline + 1;
    if (!m_failed) m_carry.assign(buf.data() + cut, size - cut);
    size = cut;
  }
  // The buffer's bytes are not zeroed when it grows (ByteBuffer): the padding gets a
  // value, so that nothing after the batch is ever read uninitialised.
  std::memset(buf.data() + size, 0, k_json_padding);
  return size == 0 ? Status::end : Status::batch;
}

std::string_view next_line(const char* batch, std::size_t size, std::size_t& pos) {
  const char* begin = batch + pos;
  const void* nl = std::memchr(begin, '\n', size - pos);
  const char* end = nl != nullptr ? static_cast<const char*>(nl) : batch + size;
  pos = static_cast<std::size_t>(end - batch) + (nl != nullptr ? 1 : 0);
  std::string_view line(begin, static_cast<std::size_t>(end - begin));
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

LineReader::Status LineReader::next(std::string_view& line, std::string& err) {
  while (m_pos >= m_size) {
    m_pos = 0;
    const LineBatcher::Status status = m_batcher.next(m_batch, m_size, err);
    if (status == LineBatcher::Status::end) return Status::end;
    if (status == LineBatcher::Status::error) return Status::error;
  }
  line = next_line(m_batch.data(), m_size, m_pos);
  ++m_line;
  return Status::line;
}

bool is_blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::size_t count_newlines(const char* data, std::size_t size) {
  std::size_t n = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: each lane counts its newlines in a byte, for up to 255 rounds,
  // then the lanes are summed.
  const __m128i newline = _mm_set1_epi8('\n');
  while (size - i >= 16) {
    __m128i lanes = _mm_setzero_si128();
    const std::size_t rounds = std::min<std::size_t>((size - i) / 16, 255);
    for (std::size_t r = 0; r < rounds; ++r, i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, newline));
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    n += static_cast<std::size_t>(_mm_cvtsi128_si64(sums)) +
         static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; i < size; ++i) n += data[i] == '\n';
  return n;
}

}  // namespace vil
