#!/usr/bin/env python3
# check.py ORIG FIXED (NER annotation: data/train/ner/GUIDE.md): FIXED must have exactly ORIG's lines except the tags;
# tags are O, B-X, I-X (X in PER ORG LOC MISC) and I-X only after B-X/I-X.
# Prints the number of changed tags and changed sentences.
import sys
TYPES = {'PER', 'ORG', 'LOC', 'MISC'}
orig = open(sys.argv[1]).read().split('\n')
fixed = open(sys.argv[2]).read().split('\n')
bad = 0
if len(orig) != len(fixed):
    print('line count differs: %d vs %d' % (len(orig), len(fixed))); sys.exit(1)
changed = 0; sents = set(); sent = 0; prev = 'O'
for i, (o, f) in enumerate(zip(orig, fixed), 1):
    # '# ' starts a comment line, as src/entities/corpus.h reads it ("#Ghazni" is a token).
    if o == '' or o.startswith('# ') or o.startswith('-DOCSTART-'):
        if o != f:
            print('line %d: non-token line changed: %r -> %r' % (i, o, f)); bad += 1
        if o == '':
            sent += 1
        prev = 'O'
        continue
    ow, ot = o.rsplit(' ', 1)
    parts = f.rsplit(' ', 1)
    if len(parts) != 2 or parts[0] != ow:
        print('line %d: token changed: %r -> %r' % (i, o, f)); bad += 1; continue
    ft = parts[1]
    if ft != 'O':
        if ft[:2] not in ('B-', 'I-') or ft[2:] not in TYPES:
            print('line %d: bad tag %r' % (i, ft)); bad += 1
        elif ft[:2] == 'I-' and prev[2:] != ft[2:]:
            print('line %d: %s does not continue %s (%r)' % (i, ft, prev, f)); bad += 1
    if ft != ot:
        changed += 1; sents.add(sent)
    prev = ft
print('%d tags changed in %d sentences; %d problems' % (changed, len(sents), bad))
sys.exit(1 if bad else 0)
