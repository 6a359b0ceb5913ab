# -o FILE: the output goes to FILE, which is replaced only when the run has finished
# (a temporary file renamed into place); nothing is left behind when it cannot be
# written; '-o -' is standard output.

printf 'Tittel\n\nGod tekst.\n' >good.txt
run extract good.txt
cp out expected.jsonl

# Written to the file, nothing on stdout or stderr.
run extract good.txt -o result.jsonl
expect_status 0
expect_err ''
expect_eq '' "$(cat out)" 'stdout with -o'
checks=$((checks + 1))
cmp -s result.jsonl expected.jsonl || fail '-o content differs from stdout output'

# An existing file is replaced, not appended to; no temporary file stays.
printf 'gammelt innhold\n' >result.jsonl
run extract good.txt --output result.jsonl
expect_status 0
checks=$((checks + 1))
cmp -s result.jsonl expected.jsonl || fail 'replaced file differs'
expect_eq 'expected.jsonl good.txt result.jsonl' "$(find . -mindepth 1 -maxdepth 1 ! -name out ! -name err -printf '%f\n' | sort | paste -sd' ')" 'files in the folder'

# The new file gets the usual mode (0666 minus the umask).
rm result.jsonl
(umask 027 && "$VIL" extract good.txt -o result.jsonl)
expect_eq 640 "$(stat -c %a result.jsonl)" 'mode under umask 027'

# Into a missing folder: an error, exit 2, nothing created.
run extract good.txt -o nofolder/result.jsonl
expect_status 2
expect_err 'vil: nofolder/result.jsonl: cannot create output file: No such file or directory'
expect_eq no "$( [ -e nofolder ] && echo yes || echo no)" 'missing folder created'

# Onto a directory: an error before anything is written.
mkdir target
run extract good.txt -o target
expect_status 2
expect_err 'vil: target: is a directory'
expect_eq '' "$(find . -mindepth 1 \( -path ./target/\* -o -name '*vil-tmp*' \) -printf '%P\n')" 'files left behind'

# An unreadable input: the others are still written to the file, exit 2.
run extract nosuch.txt good.txt -o partial.jsonl
expect_status 2
expect_err 'vil: nosuch.txt: No such file or directory'
checks=$((checks + 1))
cmp -s partial.jsonl expected.jsonl || fail 'partial output differs'

# '-o -' is standard output.
run extract good.txt -o -
expect_status 0
expect_out_file expected.jsonl
expect_eq no "$( [ -e ./- ] && echo yes || echo no)" "file named '-' created"

# -o keeps the mode of the file it replaces.
printf 'Tekst.\n' >in.txt
printf 'gammelt\n' >kept.jsonl
chmod 0640 kept.jsonl
run extract in.txt -o kept.jsonl
expect_status 0
expect_eq 640 "$(stat -c %a kept.jsonl)" 'mode of a replaced file'
expect_eq 'Tekst.' "$(jq -r .text kept.jsonl)" 'replaced content'
