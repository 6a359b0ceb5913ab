# The main job: which of the kommuneplan's strategies do the party programs address?
# A Makefile to copy and edit. From the top of the repository:
#
#   make -f scripts/report.mk -j2                    build report/report.md and report.html
#   make -f scripts/report.mk DECIDE=0.4 OUT=strict
#   make -f scripts/report.mk report/tagged.jsonl   one step only
#   make -f scripts/report.mk clean                 remove what it made
#
# Every step leaves its output in $(OUT) for review; each file is also a target:
#   records.jsonl            vil extract: every record of the corpus
#   tagged.jsonl             vil tag: the records with topic and SDG tags (the shipped
#                            rule sets, or $(RULES))
#   pledges.jsonl            vil grep: the bullets of the $(PROGRAMS)
#   plan.jsonl               vil grep: the goals, sub-goals and strategies of the $(PLAN)
#   strategies.jsonl         vil grep: its strategies
#   links-by-pledge.jsonl    vil match --unmatched: each pledge's best $(TOP) plan rows, the
#                            ones that address their row marked "addresses":true
#   links-by-strategy.jsonl  jq: the addressing links to strategies, per strategy and
#                            program, best first (rank)
#   quality.tsv              vil agree: how those links agree with the hand codings in
#                            $(CODING): recall@1, recall@3, precision, per program
#   sensitivity.tsv          the headline counts and their precision at other MARGIN values
#                            (every program at every margin, 0 where it addresses none)
#   coverage-focus.tsv       per focus area: strategies, how many each program addresses, share
#   coverage-sdg.tsv         per SDG: the same
#   topics.tsv               per topic tag: each program's pledges with it, share
#   summary.tsv              per program: pledges, those that address a strategy, strategies
#                            addressed (what make prints at the end)
#   $(PAIR).jsonl     vil diff: $(COMPARE_LEFT) and $(COMPARE_RIGHT) aligned pledge by pledge
#   $(PAIR).tsv       vil stats: the alignments per op (same, changed, removed, added)
#   report.md, report.html   scripts/report-html: the report, as Markdown and as one HTML file
#
# A file is remade when what it is made from changes: the corpus, the rule files, the vil
# binary, scripts/report-html, or a setting on this page that the step uses (each step's
# settings are kept in $(OUT)/.settings/, rewritten only when they differ).
#
# Needs GNU make, bash, jq and a built vil (scripts/build, or cmake as in the README).

# ---- settings: override on the command line (make -f scripts/report.mk TOP=1) ---------

VIL        := build/vil
CORPUS     := corpus
OUT        := report
RULES      :=

# Hand codings to measure the links against (vil agree): the project's own sample and,
# where it is beside the repository, the double-coded one of ../shared/gold.
CODING     := $(wildcard ../shared/gold/links-dev.tsv tests/data/links-extra.tsv tests/data/links-extra2.tsv tests/data/links-extra3.tsv tests/data/links-extra4.tsv tests/data/links-extra5.tsv)

# The documents compared: the party programs (their bullets are the pledges) and the plan
# (its goals, sub-goals and strategies are what the pledges are matched to; the tables
# count strategies). Ids as in $(CORPUS)/manifest.tsv.
PROGRAMS   := ps-asker ps-baerum venstre-asker
PLAN       := kommuneplan-asker

# vil match: each pledge's best $(TOP) plan rows. A pledge addresses a row when that row is
# its best link, scores at least $(DECIDE) and leads the pledge's next best link by at
# least $(MARGIN) (man vil-match, DECISION: the defaults were chosen on hand coding so that
# about four counted links in five are right); a strategy counts as addressed by a program
# when one of the program's pledges addresses it. MATCH_FLAGS: more vil match options.
TOP        := 3
DECIDE     := 0.3
MARGIN     := 0.1
MATCH_FLAGS :=
# The MARGIN values of the sensitivity table (0: any best link that scores DECIDE).
SENSITIVITY := 0 0.03 0.05 0.1 0.15

# Where a strategy's SDGs come from, for the SDG table:
#   tags  its sdg:N tags after vil tag: the plan's own codes (refs.sdg, "FN-T 11.7" is
#         SDG 11) and the SDG rules on its text, so the 52 strategies coded only "AK"
#         (the municipality's own) get SDGs too; a strategy counts once under each SDG
#   refs  the plan's own codes only; strategies without one are counted under "none"
STRATEGY_SDG := tags

# vil diff: two programs aligned pledge by pledge, with names that count as one word.
COMPARE_LEFT  := ps-asker
COMPARE_RIGHT := ps-baerum
EQUATE        := Asker=Bærum
PAIR          := asker-vs-baerum

# ---- derived --------------------------------------------------------------------------

HERE        := $(dir $(lastword $(MAKEFILE_LIST)))
REPORT_HTML := $(HERE)report-html
SET         := $(OUT)/.settings
# Which settings each step uses (see setting below).
STEPS             := extract tag select match tables diff
SETTINGS_extract  := VIL CORPUS
SETTINGS_tag      := RULES
SETTINGS_select   := PROGRAMS PLAN
SETTINGS_match    := TOP DECIDE MARGIN MATCH_FLAGS CODING SENSITIVITY
SETTINGS_tables   := STRATEGY_SDG
SETTINGS_diff     := COMPARE_LEFT COMPARE_RIGHT EQUATE
settings_of        = $(foreach v,$(SETTINGS_$(1)),'$(v)=$($(v))')
SDG_FIELD   := $(if $(filter refs,$(STRATEGY_SDG)),refs.sdg,tags)
DOCS        := $(CORPUS)/manifest.tsv $(wildcard $(CORPUS)/*.txt $(CORPUS)/*.md)
RULE_FILES  := $(if $(RULES),$(RULES),$(wildcard $(CORPUS)/tags/*.tsv))
LEXICON     := $(wildcard $(CORPUS)/lexicon/*)

FILES := records.jsonl tagged.jsonl pledges.jsonl plan.jsonl strategies.jsonl \
         links-by-pledge.jsonl links-by-strategy.jsonl quality.tsv sensitivity.tsv \
         coverage-focus.tsv coverage-sdg.tsv topics.tsv summary.tsv \
         $(PAIR).jsonl $(PAIR).tsv report.md report.html
FILES := $(addprefix $(OUT)/,$(FILES))

SHELL       := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:
.PHONY: all clean
ifneq ($(filter clean,$(MAKECMDGOALS)),)
.NOTPARALLEL:
endif

ifneq ($(MAKECMDGOALS),clean)
# The vil binary is a prerequisite, so a rebuilt vil remakes everything.
VIL_BIN := $(shell command -v '$(VIL)' 2>/dev/null)
ifeq ($(VIL_BIN),)
$(error VIL=$(VIL): no such program; build it first (scripts/build) or pass VIL=path/to/vil)
endif
ifeq ($(filter tags refs,$(STRATEGY_SDG)),)
$(error STRATEGY_SDG=$(STRATEGY_SDG): expected tags or refs)
endif
# setting STEP: writes the step's settings, VAR=value lines, to $(SET)/STEP when they
# changed since the last run.
setting = $(shell mkdir -p '$(SET)' && f='$(SET)/$(1)' && \
  printf '%s\n' $(call settings_of,$(1)) >"$$f.new" && \
  if cmp -s "$$f.new" "$$f"; then rm -f "$$f.new"; else mv -f "$$f.new" "$$f"; fi)
$(foreach step,$(STEPS),$(call setting,$(step)))
endif

# The settings files are written while this file is read (above); this rule only
# covers "make clean all", where clean removes them first.
$(SET)/%:
	mkdir -p $(@D)
	printf '%s\n' $(call settings_of,$*) >$@

# ---- the report ----------------------------------------------------------------------

all: $(OUT)/report.md $(OUT)/report.html
	@echo "Report: $(OUT)/report.md and $(OUT)/report.html (every step's output is in $(OUT)/)"
	@awk -F'\t' 'NR > 1 { printf "%s addresses %d of %d strategies (%d%%); %d of its %d pledges (%d%%) address a plan row.\n", \
	  $$2, $$7, $$6, ($$6 > 0 ? int($$7 / $$6 * 100 + 0.5) : 0), $$4, $$3, ($$3 > 0 ? int($$4 / $$3 * 100 + 0.5) : 0) }' $(OUT)/summary.tsv
	@awk -F'\t' '$$1 == "all" { printf "Measured on %d hand-coded pledges: %s of the links counted are right; recall@1 %s, recall@3 %s.\n", $$2, $$6, $$3, $$4 }' $(OUT)/quality.tsv

REPORT_INPUTS := $(OUT)/summary.tsv $(OUT)/coverage-focus.tsv $(OUT)/coverage-sdg.tsv \
  $(OUT)/topics.tsv $(OUT)/strategies.jsonl $(OUT)/links-by-strategy.jsonl \
  $(OUT)/quality.tsv $(OUT)/sensitivity.tsv \
  $(OUT)/links-by-pledge.jsonl $(OUT)/$(PAIR).jsonl $(OUT)/$(PAIR).tsv $(REPORT_HTML) \
  $(addprefix $(SET)/,$(STEPS))

$(OUT)/report.md: $(REPORT_INPUTS)
	$(REPORT_HTML) --format md --pair $(PAIR) $(OUT) >$@.tmp
	mv $@.tmp $@

$(OUT)/report.html: $(REPORT_INPUTS)
	$(REPORT_HTML) --format html --pair $(PAIR) $(OUT) >$@.tmp
	mv $@.tmp $@

# ---- records, tags, the two sides ----------------------------------------------------

# none WHAT: after a vil grep that kept nothing (exit 1), say so and fail.
none = { [ $$? -eq 1 ] && echo "report.mk: no $(1) in $<: check the ids in $(CORPUS)/manifest.tsv" >&2; exit 2; }

$(OUT)/records.jsonl: $(DOCS) $(VIL_BIN) $(SET)/extract
	$(VIL) extract $(CORPUS)/ -o $@

$(OUT)/tagged.jsonl: $(OUT)/records.jsonl $(RULE_FILES) $(VIL_BIN) $(SET)/tag
	$(VIL) tag $(addprefix -r ,$(RULES)) $< >$@.tmp
	mv $@.tmp $@

$(OUT)/pledges.jsonl: $(OUT)/tagged.jsonl $(VIL_BIN) $(SET)/select
	$(VIL) grep --kind bullet $(addprefix --doc ,$(PROGRAMS)) '' $< >$@.tmp || $(call none,bullets of $(PROGRAMS))
	mv $@.tmp $@

$(OUT)/plan.jsonl: $(OUT)/tagged.jsonl $(VIL_BIN) $(SET)/select
	$(VIL) grep --kind goal --kind subgoal --kind strategy --doc $(PLAN) '' $< >$@.tmp || $(call none,plan rows of $(PLAN))
	mv $@.tmp $@

$(OUT)/strategies.jsonl: $(OUT)/plan.jsonl $(VIL_BIN)
	$(VIL) grep --kind strategy '' $< >$@.tmp || $(call none,strategies of $(PLAN))
	mv $@.tmp $@

# ---- links ---------------------------------------------------------------------------

MATCH = $(VIL) match --top $(TOP) $(MATCH_FLAGS)

# For each pledge, its best plan rows, those that address their row marked; then
# {"unmatched":"right"} for the pledges without a link and {"unmatched":"left"} for the
# plan rows no pledge reached.
$(OUT)/links-by-pledge.jsonl: $(OUT)/pledges.jsonl $(OUT)/plan.jsonl $(LEXICON) $(VIL_BIN) $(SET)/match
	$(MATCH) --decide $(DECIDE) --decide-margin $(MARGIN) --unmatched $(OUT)/plan.jsonl $(OUT)/pledges.jsonl >$@.tmp
	mv $@.tmp $@

define BY_STRATEGY_JQ
group_by([.left.id, .right.doc]) | .[] | sort_by(-.score, .right.lines[0]) | to_entries[]
| .value as $l | {rank: (.key + 1), score: $l.score, shared: $l.shared, left: $l.right, right: $l.left}
endef
export BY_STRATEGY_JQ_TEXT = $(value BY_STRATEGY_JQ)

# For each strategy, the pledges of each program that address it, best first: rank 1 is
# the program's best pledge for the strategy (left: the pledge, right: the strategy).
$(OUT)/links-by-strategy.jsonl: $(OUT)/links-by-pledge.jsonl
	jq -c 'select(.addresses and .left.kind == "strategy")' $< \
	  | jq -sc "$$BY_STRATEGY_JQ_TEXT" >$@.tmp
	mv $@.tmp $@

# How the links agree with hand coding (vil agree), per program and for all.
$(OUT)/quality.tsv: $(OUT)/links-by-pledge.jsonl $(CODING) $(VIL_BIN)
	$(if $(CODING),$(VIL) agree --format tsv $< $(CODING),printf 'group\n') >$@.tmp
	mv $@.tmp $@

# Sensitivity: at each MARGIN value (DECIDE as set), the strategies each program
# addresses and how many of the links counted agree with the hand coding.
$(OUT)/sensitivity.tsv: $(OUT)/pledges.jsonl $(OUT)/plan.jsonl $(CODING) $(LEXICON) $(VIL_BIN) $(SET)/match
	{ printf 'margin\tprogram\tstrategies_addressed\tcounted\tcounted_right\n'; \
	  for d in $(SENSITIVITY); do \
	    $(MATCH) --decide $(DECIDE) --decide-margin $$d $(OUT)/plan.jsonl $(OUT)/pledges.jsonl >$@.links.tmp; \
	    q=$$($(if $(CODING),$(VIL) agree $@.links.tmp $(CODING) | jq -r 'select(.group == "all") | "\(.counted)\t\(.counted_right)"',printf '0\t0')); \
	    jq -r --arg d "$$d" 'select(.addresses and .left.kind == "strategy") | [.right.doc, .left.id] | @tsv' $@.links.tmp \
	      | sort -u | cut -f1 \
	      | awk -v d="$$d" -v q="$$q" -v progs="$(PROGRAMS)" '{ n[$$1]++ } \
	          END { k = split(progs, p, " "); for (i = 1; i <= k; i++) printf "%s\t%s\t%d\t%s\n", d, p[i], n[p[i]], q }'; \
	  done; } >$@.tmp
	rm -f $@.links.tmp
	mv $@.tmp $@

# ---- tables (vil stats counts, jq puts the counts side by side) -----------------------

# Coverage: per focus area (path.0) or SDG, the strategies, and per program how many
# of them it addresses (the rank-1 links: one per strategy and program) and the share.
define COVERAGE_JQ
# input: [strategies per key], {addressed: key x program}, [addressed per program], [all]
def key: if $key == "focus_area" then (. // "none")
  elif type == "number" then .
  elif type == "string" and test("^sdg:[0-9]+$") then ltrimstr("sdg:") | tonumber
  elif . == null then "none" else empty end;
def share(a; b): if b > 0 then (a / b * 1000 + 0.5 | floor) / 1000 else 0 end;
($programs | split(" ")) as $progs
| .[0] as $n | .[1] as $m | .[2] as $per | .[3][0].count as $total
| ([$n[] | {k: (.[$field] | key), count}] | group_by(.k) | map({key: "\(.[0].k)", value: (map(.count) | add)})
   | from_entries) as $counts
| ([range($m.rows | length) as $i | $m.rows[$i] | key as $k
    | [range($m.columns | length) as $j | {key: "\($k)\t\($m.columns[$j])", value: $m.counts[$i][$j]}]]
   | flatten | group_by(.key) | map({key: .[0].key, value: (map(.value) | add)}) | from_entries) as $addr
| (if $key == "focus_area" then [$plan[] | .path[0] // "none"] | reduce .[] as $k ([]; if index([$k]) then . else . + [$k] end)
   else [$counts | keys_unsorted[] | tonumber? // .] | sort_by(type == "string", .) end) as $order
| ([$key, "strategies"] + [$progs[] | ., "\(.)_share"] | @tsv),
  ($order[] as $k | [$k, $counts["\($k)"]] + [$progs[] as $p | ($addr["\($k)\t\($p)"] // 0) | ., share(.; $counts["\($k)"])] | @tsv),
  (["total", $total] + [$progs[] as $p | ([$per[] | select(.["left.doc"] == $p) | .count] | add // 0) | ., share(.; $total)] | @tsv)
endef
export COVERAGE_JQ_TEXT = $(value COVERAGE_JQ)

# coverage FIELD, KEY: the coverage table of the strategies by FIELD (path.0, tags, refs.sdg).
coverage = { $(VIL) stats --by $(1) $(OUT)/strategies.jsonl | jq -sc .; \
  jq -c 'select(.rank == 1)' $(OUT)/links-by-strategy.jsonl | $(VIL) stats --by right.$(1) --by left.doc --matrix; \
  jq -c 'select(.rank == 1)' $(OUT)/links-by-strategy.jsonl | $(VIL) stats --by left.doc | jq -sc .; \
  $(VIL) stats $(OUT)/strategies.jsonl | jq -sc .; } | \
  jq -rs --arg programs '$(PROGRAMS)' --arg field '$(1)' --arg key '$(2)' \
    --slurpfile plan $(OUT)/strategies.jsonl "$$COVERAGE_JQ_TEXT"

$(OUT)/coverage-focus.tsv: $(OUT)/strategies.jsonl $(OUT)/links-by-strategy.jsonl $(VIL_BIN)
	$(call coverage,path.0,focus_area) >$@.tmp
	mv $@.tmp $@

$(OUT)/coverage-sdg.tsv: $(OUT)/strategies.jsonl $(OUT)/links-by-strategy.jsonl $(VIL_BIN) $(SET)/tables
	$(call coverage,$(SDG_FIELD),sdg) >$@.tmp
	mv $@.tmp $@

# Topic profile: per topic tag, how many of each program's pledges have it, and the share
# of the program's pledges (a pledge may have several topics; "none": no topic tag).
define TOPICS_JQ
# input: {pledges: topic x program}, [pledges per program]
def share(a; b): if b > 0 then (a / b * 1000 + 0.5 | floor) / 1000 else 0 end;
($programs | split(" ")) as $progs | .[0] as $m | .[1] as $per
| ([$per[] | {key: .doc, value: .count}] | from_entries) as $n
| [range($m.rows | length) as $i | {topic: ($m.rows[$i] // "none"),
    counts: ([$m.columns, $m.counts[$i]] | transpose | map({key: .[0], value: .[1]}) | from_entries)}]
| sort_by(.topic == "none", -([.counts[]] | add), .topic)
| (["topic"] + [$progs[] | ., "\(.)_share"] | @tsv),
  (.[] as $r | [$r.topic] + [$progs[] as $p | ($r.counts[$p] // 0) | ., share(.; $n[$p] // 0)] | @tsv),
  (["pledges"] + [$progs[] as $p | ($n[$p] // 0) | ., 1] | @tsv)
endef
export TOPICS_JQ_TEXT = $(value TOPICS_JQ)

$(OUT)/topics.tsv: $(OUT)/pledges.jsonl $(VIL_BIN)
	{ jq -c '{doc, topics: [.tags[] | select(startswith("topic:"))]}' $< | $(VIL) stats --by topics --by doc --matrix; \
	  $(VIL) stats --by doc $< | jq -sc .; } | jq -rs --arg programs '$(PROGRAMS)' "$$TOPICS_JQ_TEXT" >$@.tmp
	mv $@.tmp $@

# Summary: per program its name, pledges, the pledges that address at least one strategy,
# and the strategies it addresses. The all target prints it.
define SUMMARY_JQ
# input: [pledges per program and author], [unmatched pledges per program],
#        [addressed strategies per program], [all strategies]
def share(a; b): if b > 0 then (a / b * 1000 + 0.5 | floor) / 1000 else 0 end;
def count(rows; f; p): [rows[] | select(.[f] == p) | .count] | add // 0;
.[0] as $pl | .[1] as $un | .[2] as $ad | .[3][0].count as $total
| (["program", "name", "pledges", "pledges_linked", "pledges_linked_share",
    "strategies", "strategies_addressed", "strategies_addressed_share"] | @tsv),
  ($programs | split(" ")[] as $p
   | count($pl; "doc"; $p) as $n | ($n - count($un; "right.doc"; $p)) as $l | count($ad; "left.doc"; $p) as $a
   | [$p, ([$pl[] | select(.doc == $p) | .["meta.author"] // empty][0] // $p),
      $n, $l, share($l; $n), $total, $a, share($a; $total)] | @tsv)
endef
export SUMMARY_JQ_TEXT = $(value SUMMARY_JQ)

$(OUT)/summary.tsv: $(OUT)/pledges.jsonl $(OUT)/strategies.jsonl $(OUT)/links-by-strategy.jsonl \
                    $(OUT)/links-by-pledge.jsonl $(VIL_BIN)
	{ $(VIL) stats --by doc --by meta.author $(OUT)/pledges.jsonl | jq -sc .; \
	  jq -c '.right // empty | {doc, id}' $(OUT)/links-by-pledge.jsonl | sort -u \
	    | jq -sc --slurpfile l $(OUT)/links-by-pledge.jsonl '([$$l[] | select(.addresses) | .right.id] | unique) as $$a | .[] | select(.id as $$i | $$a | index([$$i]) | not) | {right: {doc}}' \
	    | $(VIL) stats --by right.doc | jq -sc .; \
	  jq -c 'select(.rank == 1)' $(OUT)/links-by-strategy.jsonl | $(VIL) stats --by left.doc | jq -sc .; \
	  $(VIL) stats $(OUT)/strategies.jsonl | jq -sc .; } | jq -rs --arg programs '$(PROGRAMS)' "$$SUMMARY_JQ_TEXT" >$@.tmp
	mv $@.tmp $@

# ---- two programs side by side ---------------------------------------------------------

# Each pledge of one program aligned with its counterpart in the other: same, changed
# (with a word-level diff), removed (only left), added (only right). vil diff exits 1
# when there are differences, which is the point here.
$(OUT)/$(PAIR).jsonl: $(OUT)/records.jsonl $(VIL_BIN) $(SET)/diff
	$(VIL) grep --doc $(COMPARE_LEFT) '' $< >$@.left.tmp || $(call none,records of $(COMPARE_LEFT))
	$(VIL) grep --doc $(COMPARE_RIGHT) '' $< >$@.right.tmp || $(call none,records of $(COMPARE_RIGHT))
	$(VIL) diff --kind bullet $(addprefix --equate ,$(EQUATE)) $@.left.tmp $@.right.tmp >$@.tmp || [ $$? -eq 1 ]
	rm -f $@.left.tmp $@.right.tmp
	mv $@.tmp $@

$(OUT)/$(PAIR).tsv: $(OUT)/$(PAIR).jsonl $(VIL_BIN)
	$(VIL) stats --by op --format tsv --sort key $< >$@.tmp
	mv $@.tmp $@

# ---- clean ---------------------------------------------------------------------------

clean:
	rm -f $(FILES) $(addsuffix .tmp,$(FILES)) $(OUT)/$(PAIR).jsonl.left.tmp $(OUT)/$(PAIR).jsonl.right.tmp
	rm -rf $(SET)
	if [ -d $(OUT) ]; then rmdir --ignore-fail-on-non-empty $(OUT); fi
