#!/usr/bin/env python3
# apply.py ORIG EDITS FIXED (NER annotation: data/train/ner/GUIDE.md): applies an edit list to ORIG and writes FIXED.
# EDITS: one edit per line, '#' starts a comment:
#   N TAG          set the tag of line N (1-based line number in ORIG) to TAG
#   N-M TYPE       lines N..M become one name: B-TYPE, I-TYPE, ... (TYPE PER ORG LOC MISC)
#   N-M O          lines N..M become O
# Later edits override earlier ones. Run check.py ORIG FIXED afterwards.
import sys
lines = open(sys.argv[1]).read().split('\n')
for k, raw in enumerate(open(sys.argv[2]), 1):
    e = raw.split('#', 1)[0].strip() if not raw.strip().startswith('#') else ''
    if not e:
        continue
    where, tag = e.split()
    a, _, b = where.partition('-')
    a = int(a); b = int(b) if b else a
    for n in range(a, b + 1):
        w, old = lines[n - 1].rsplit(' ', 1)
        if '-' in where:
            t = 'O' if tag == 'O' else ('B-' if n == a else 'I-') + tag
        else:
            t = tag
        lines[n - 1] = w + ' ' + t
open(sys.argv[3], 'w').write('\n'.join(lines))
