#!/usr/bin/env python3
"""Check that a reviewed bracket-annotated file differs from its original only in markup.

    python3 scripts/ner-edits/samewords.py ORIG.txt REVIEWED.txt

Compares the words of every non-empty line with the [TYPE ... ] markup taken off (the format of
brackets.py); prints the lines that differ and their count, exits 1 when any does."""
import sys, re
def words(path):
    out=[]
    for l in open(path, encoding='utf-8'):
        toks=[]
        for t in l.split():
            if re.fullmatch(r'\[(PER|ORG|LOC|MISC)', t): continue
            if t.endswith(']') and len(t)>1: t=t[:-1]
            toks.append(t)
        out.append(toks)
    return [x for x in out if x]
a,b=words(sys.argv[1]),words(sys.argv[2])
if len(a)!=len(b): print('line count differs', len(a), len(b)); sys.exit(1)
bad=0
for i,(x,y) in enumerate(zip(a,b)):
    if x!=y:
        bad+=1
        if bad<=10: print('line', i+1, 'differs:', ' '.join(x)[:100], '|', ' '.join(y)[:100])
print(bad, 'lines differ'); sys.exit(1 if bad else 0)
