# A folder scan reads regular files only: a FIFO named like a document would hang it
# and a link to /dev/zero would never end; both are skipped, each with a note.
mkdir docs
printf 'Tittel\n\nEn god tekst.\n' >docs/a.txt
mkfifo docs/p.txt
ln -s /dev/zero docs/z.txt
ln -s a.txt docs/b.txt        # a link to a regular file is read
status=0
timeout 20 "$VIL" extract docs >out 2>err || status=$?
expect_status 0
expect_eq 'a b' "$(jq -r .doc out | uniq | paste -sd' ')" 'documents read'
expect_err 'vil: docs/p.txt: not a regular file (a FIFO, device or socket), skipped
vil: docs/z.txt: not a regular file (a FIFO, device or socket), skipped'
