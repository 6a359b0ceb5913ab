# Record ids: 16 lower-case hex digits, a hash of the document id, the kind, the
# normalized text and its occurrence. So they survive edits elsewhere in the
# document, differ for repeated texts, and the same input always gives the same bytes.

mkdir v1 v2 v3
printf '%s\n' 'Skole' '' 'Innledning.' '' 'PS vil:' '- gratis mat' '- gratis mat' '' 'Helse' '' 'Mer tekst.' >v1/doc.txt
# v2: the introduction edited, a paragraph inserted, a line wrapped differently.
printf '%s\n' 'Skole' '' 'Innledningen er endret.' '' 'Et nytt avsnitt.' '' 'PS vil:' '- gratis mat' '- gratis mat' '' 'Helse' '' 'Mer' 'tekst.' >v2/doc.txt
# v3: the same text with different case and spacing.
printf '%s\n' 'SKOLE' '' 'Innledning.' '' 'PS  vil:' '-   Gratis mat' '- gratis  mat' '' 'Helse' '' 'Mer tekst.' >v3/doc.txt

run extract v1/doc.txt
expect_status 0
cp out v1.jsonl
expect_eq 0 "$(count '.id | test("^[0-9a-f]{16}$") | not')" 'ids not 16 hex digits'
expect_eq 7 "$(jq -r .id out | sort -u | wc -l | tr -d ' ')" 'distinct ids'
# The two identical items differ in id but share parent and text.
expect_eq 2 "$(jq -r 'select(.kind == "bullet") | .id' out | sort -u | wc -l | tr -d ' ')" 'distinct ids of identical items'

run extract v2/doc.txt
cp out v2.jsonl
# Every record whose text is unchanged keeps its id (and its parent).
for text in Skole 'PS vil:' 'gratis mat' Helse 'Mer tekst.'; do
  expect_eq "$(jq -c --arg t "$text" 'select(.text == $t) | [.id, .parent]' v1.jsonl)" \
    "$(jq -c --arg t "$text" 'select(.text == $t) | [.id, .parent]' v2.jsonl)" "id of '$text' after an edit elsewhere"
done

# Case and spacing do not change the key, so the ids are those of v1.
run extract v3/doc.txt
expect_eq "$(jq -r .id v1.jsonl)" "$(jq -r .id out)" 'ids under case and spacing changes'

# Same input twice: byte-identical output.
run extract v1/doc.txt
expect_out_file v1.jsonl

# The same text in another document, or as another kind, gets another id.
cp v1/doc.txt other.txt
run extract other.txt
expect_eq 0 "$(jq -r .id out | grep -cxFf <(jq -r .id v1.jsonl))" 'ids shared with another document'
printf 'Skole\n\nTekst.\n\n- Skole\n' >kinds.txt
run extract kinds.txt
expect_eq 3 "$(jq -r .id out | sort -u | wc -l | tr -d ' ')" 'heading and bullet with the same text'

# The parent of a record is the id of a record in the same output.
run extract v1/doc.txt v2/doc.txt
expect_eq 0 "$(jq -sc '(map(.id) | INDEX(.)) as $ids | .[] | select(.parent != null and ($ids[.parent] == null))' out | wc -l | tr -d ' ')" 'dangling parents'
