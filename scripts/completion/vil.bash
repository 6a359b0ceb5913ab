# bash completion for vil(1): subcommands, each subcommand's options, the values of
# --format, --color, --sort, --kind, --doc and of the field options, and file names.
#
# Installed as share/bash-completion/completions/vil, bash-completion loads it the first
# time vil is completed. By hand: . scripts/completion/vil.bash; to complete a vil that
# is not on PATH, also: complete -F _vil build/vil
#
# The options are read from "vil SUBCOMMAND --help" of the vil being completed (once per
# shell and binary), so they follow the binary; the lists below are only what --help does
# not spell out.

_vil_subcommands='extract grep tag stats diff match agree help'
_vil_kinds='heading paragraph toc lead bullet pledge goal subgoal strategy'
# Record fields (man vil-extract), tags (vil tag), and the fields of vil match links and
# vil diff alignments (vil stats counts those too).
_vil_fields='doc id kind level number page text path path.0 path.1 parent actor refs.raw
  refs.bases refs.targets refs.sdg lines bytes meta.title meta.author meta.municipality
  meta.type meta.period meta.source tags'
_vil_link_fields='rank score cosine addresses shared.words shared.concepts shared.context shared.tags op moved unmatched'

declare -gA _vil_help_cache 2>/dev/null

# _vil_options VIL SUB: one line per option of SUB, "NAME SPEC": SPEC is what --help
# shows after it (FILE, FORMAT:{jsonl,text}, N:N>=0) or - for a flag.
_vil_options() {
  local key="$1 $2"
  if [[ -z ${_vil_help_cache[$key]+set} ]]; then
    _vil_help_cache[$key]=$(LC_ALL=C "$1" "$2" --help 2>/dev/null | awk '
      /^ +-/ {
        spec = ($2 ~ /^[A-Z]/) ? $2 : "-"
        n = split($1, names, ",")
        for (i = 1; i <= n; i++) print names[i], spec
      }')
  fi
  [[ -n ${_vil_help_cache[$key]} ]] && printf '%s\n' "${_vil_help_cache[$key]}"
}

# _vil_spec VIL SUB OPTION: the option's SPEC, empty when SUB has no such option.
_vil_spec() {
  local name spec
  while read -r name spec; do
    [[ $name == "$3" ]] && { printf '%s\n' "$spec"; return; }
  done < <(_vil_options "$1" "$2")
}

# _vil_doc_ids: the document ids of ./corpus/manifest.tsv or ./manifest.tsv, if any.
_vil_doc_ids() {
  local m
  for m in corpus/manifest.tsv manifest.tsv; do
    [[ -r $m ]] || continue
    awk -F'\t' '/^#/ || !NF { next } !seen++ { for (i = 1; i <= NF; i++) if ($i == "id") c = i; next }
                c { print $c }' "$m"
    return
  done
}

_vil_files() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

_vil() {
  COMPREPLY=()
  # Split the line ourselves, so --format=md completes whatever COMP_WORDBREAKS holds.
  local line=${COMP_LINE:0:COMP_POINT} words
  read -ra words <<<"$line"
  [[ $line == *[[:space:]] || ${#words[@]} -eq 0 ]] && words+=("")
  local cword=$((${#words[@]} - 1)) cur=${words[-1]} vil=${words[0]}
  vil=${vil/#\~/$HOME}
  local prev="" prefix=""
  ((cword > 0)) && prev=${words[cword - 1]}
  if [[ $cur == --*=* ]]; then
    prev=${cur%%=*} cur=${cur#*=}
    [[ $COMP_WORDBREAKS == *=* ]] || prefix="$prev="
  fi

  # The subcommand: the first word after vil that is not an option.
  local i sub="" subi=0
  for ((i = 1; i < cword; i++)); do
    [[ ${words[i]} == -* ]] && continue
    sub=${words[i]} subi=$i
    break
  done
  if [[ -z $sub ]]; then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W '-h --help -V --version' -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "$_vil_subcommands" -- "$cur")
    fi
    return
  fi
  if [[ $sub == help ]]; then
    ((cword == subi + 1)) && mapfile -t COMPREPLY < <(compgen -W "${_vil_subcommands% help}" -- "$cur")
    return
  fi

  # The value of an option.
  local spec=""
  [[ $prev == -* ]] && spec=$(_vil_spec "$vil" "$sub" "$prev")
  if [[ -n $spec && $spec != - ]]; then
    local values="" f
    case $prev in
      --kind) values=$_vil_kinds ;;
      --doc) values=$(_vil_doc_ids) ;;
      --field | -b | --by | --per)
        values=$_vil_fields
        [[ $sub == stats ]] && values+=" $_vil_link_fields" && for f in $_vil_fields; do values+=" left.$f right.$f"; done
        ;;
      *)
        case $spec in
          *'{'*'}'*) values=${spec#*\{} values=${values%%\}*} values=${values//,/ } ;;
          FILE* | PATH* | LEFT* | RIGHT*) _vil_files "$cur"; return ;;
          *) return ;; # a number, a pattern, A=B: nothing to offer
        esac
        ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    [[ -n $prefix ]] && COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    return
  fi

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_vil_options "$vil" "$sub" | awk '{ print $1 }')" -- "$cur")
    return
  fi

  # A positional: vil grep's first is its pattern; the others are files (or folders).
  if [[ $sub == grep ]]; then
    local n=0 s
    for ((i = subi + 1; i < cword; i++)); do
      if [[ ${words[i]} == -* ]]; then
        [[ ${words[i]} == *=* ]] && continue
        s=$(_vil_spec "$vil" "$sub" "${words[i]}")
        [[ -n $s && $s != - ]] && ((i++))
      else
        ((n++))
      fi
    done
    ((n == 0)) && return
  fi
  _vil_files "$cur"
}

complete -F _vil vil
