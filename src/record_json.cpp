#include "vil/record_json.hpp"

#include <array>

#include "vil/json_writer.hpp"

namespace vil {
namespace {

void append_uint(std::string& out, std::size_t v) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void append_int(std::string& out, int v) {
  if (v < 0) {
    out.push_back('-');
    append_uint(out, static_cast<std::size_t>(-static_cast<long long>(v)));
  } else {
    append_uint(out, static_cast<std::size_t>(v));
  }
}

void append_nullable(std::string& out, std::string_view s) {
  if (s.empty())
    out.append("null");
  else
    append_json_string(out, s);
}

void append_refs(std::string& out, const Refs& refs) {
  out.append(",\"refs\":{\"raw\":");
  append_json_string(out, refs.raw);
  out.append(",\"bases\":");
  append_json_string_array(out, refs.bases);
  out.append(",\"targets\":");
  append_json_string_array(out, refs.targets);
  out.append(",\"sdg\":[");
  for (std::size_t i = 0; i < refs.sdg.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_int(out, refs.sdg[i]);
  }
  out.append("]}");
}

}  // namespace

RecordWriter::RecordWriter(std::string_view doc, const DocMeta* meta) {
  m_doc_json = "{\"doc\":";
  append_json_string(m_doc_json, doc);
  if (meta == nullptr) return;
  m_meta_json = ",\"meta\":{\"title\":";
  append_nullable(m_meta_json, meta->title);
  m_meta_json += ",\"author\":";
  append_nullable(m_meta_json, meta->author);
  m_meta_json += ",\"municipality\":";
  append_nullable(m_meta_json, meta->municipality);
  m_meta_json += ",\"type\":";
  append_nullable(m_meta_json, meta->type);
  m_meta_json += ",\"period\":";
  append_nullable(m_meta_json, meta->period);
  m_meta_json += ",\"source\":";
  append_nullable(m_meta_json, meta->source);
  m_meta_json += "}";
}

void RecordWriter::append(std::string& out, const Record& r) const {
  out.append(m_doc_json);
  out.append(",\"id\":\"");
  out.append(r.id);
  out.append("\",\"kind\":\"");
  out.append(kind_name(r.kind));
  out.push_back('"');
  if (r.kind == Kind::heading) {
    out.append(",\"level\":");
    append_int(out, r.level);
  }
  if (r.number) {
    out.append(",\"number\":");
    append_int(out, *r.number);
  }
  if (r.page) {
    out.append(",\"page\":");
    append_int(out, *r.page);
  }
  out.append(",\"text\":");
  append_json_string(out, r.text);
  out.append(",\"path\":");
  // The records under one heading share its path: written once, then copied.
  if (const std::vector<std::string>* headings = &r.path.headings(); headings != m_path_of) {
    m_path_json.clear();
    append_json_string_array(m_path_json, *headings);
    m_path_of = headings;
  }
  out.append(m_path_json);
  out.append(",\"parent\":");
  append_nullable(out, r.parent);
  if (has_actor_field(r.kind)) {
    out.append(",\"actor\":");
    append_nullable(out, r.actor ? std::string_view(*r.actor) : std::string_view());
  }
  if (r.refs) append_refs(out, *r.refs);
  out.append(",\"lines\":[");
  append_uint(out, r.first_line);
  out.push_back(',');
  append_uint(out, r.last_line);
  out.append("],\"bytes\":[");
  append_uint(out, r.byte_begin);
  out.push_back(',');
  append_uint(out, r.byte_end);
  out.push_back(']');
  out.append(m_meta_json);
  out.append("}\n");
}

}  // namespace vil
