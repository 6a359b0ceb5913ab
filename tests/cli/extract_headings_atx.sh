# '#' headings: the level is the number of '#' (1-6), bold markers and a closing
# run of '#' are markup, the path nests by level, and once a document uses '#'
# headings its lone lines are paragraphs.

printf '%s\n' \
  '# Program **2023**' \
  '' \
  'Innledning.' \
  '' \
  '## Skole ##' \
  'Tekst rett under.' \
  '' \
  '### Lærere' \
  '' \
  'Lone linje' \
  '' \
  '## Helse' \
  '' \
  '####### Sju er for mange.' \
  '' \
  '#Uten mellomrom.' \
  '' \
  '## C#' \
  '' \
  '#   Første nivå igjen   #' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["heading",1,"Program 2023",[1,1],[]]
["paragraph",null,"Innledning.",[3,3],["Program 2023"]]
["heading",2,"Skole",[5,5],["Program 2023"]]
["paragraph",null,"Tekst rett under.",[6,6],["Program 2023","Skole"]]
["heading",3,"Lærere",[8,8],["Program 2023","Skole"]]
["paragraph",null,"Lone linje",[10,10],["Program 2023","Skole","Lærere"]]
["heading",2,"Helse",[12,12],["Program 2023"]]
["paragraph",null,"####### Sju er for mange.",[14,14],["Program 2023","Helse"]]
["paragraph",null,"#Uten mellomrom.",[16,16],["Program 2023","Helse"]]
["heading",2,"C#",[18,18],["Program 2023"]]
["heading",1,"Første nivå igjen",[20,20],[]]' \
  "$(jq -c '[.kind, .level, .text, .lines, .path]' out)" 'records'
# Parents: each heading's parent is the heading above it in the path.
expect_eq '[null,"Program 2023"]
["Program 2023","Skole"]
["Skole","Lærere"]
["Program 2023","Helse"]
["Program 2023","C#"]
[null,"Første nivå igjen"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.kind == "heading") | [(if .parent then $by[.parent].text else null end), .text]' out)" \
  'heading parents'
# The paragraph under "Lærere" points at it; its bytes are its own line.
laerere=$(jq -r 'select(.text == "Lærere") | .id' out)
expect_eq "$laerere" "$(jq -r 'select(.text == "Lone linje") | .parent' out)" 'parent of the lone line'
# Level 6 is the deepest.
printf '###### Seks\n' >six.txt
run extract six.txt
expect_eq '["heading",6,"Seks"]' "$(jq -c '[.kind, .level, .text]' out)" 'level 6'

# A '#' run with no text titles nothing: no record (and no empty path entry).
printf '# A\n\n###\n\nTekst.\n\n## #\n' >empty.txt
run extract empty.txt
expect_status 0
expect_eq '["heading",1,"A",[]] ["paragraph",null,"Tekst.",["A"]]' "$(jq -c '[.kind, .level, .text, .path]' out | paste -sd' ')" 'empty ATX headings'
