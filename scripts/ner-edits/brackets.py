#!/usr/bin/env python3
"""Convert text annotated with inline brackets to CoNLL 'WORD TAG' lines (IOB2).

Input (UTF-8): one sentence, table row, headline or dateline per line; tokens separated by
spaces (CoNLL-2003 tokenisation); a name written [TYPE word ... word] with TYPE one of PER, ORG,
LOC, MISC, the opening bracket glued to the type, the closing one to the last word; a line
'-DOCSTART-' before each story; blank lines and lines starting with '#' are skipped.

    python3 scripts/ner-edits/brackets.py PART.txt [PART.txt ...] > OUT.conll

Malformed lines (nested, unclosed or stray brackets, unknown types) are reported on stderr as
FILE:LINE: reason and left out; the exit status is then 1."""
import sys

TYPES = {'PER', 'ORG', 'LOC', 'MISC'}


def convert_line(tokens):
    """Returns [(word, tag)] for one line, or raises ValueError naming the problem."""
    rows, current, first = [], None, False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith('['):
            if current is not None:
                raise ValueError(f'nested bracket at "{token}"')
            if token[1:] not in TYPES:
                raise ValueError(f'unknown type "{token}"')
            if i + 1 == len(tokens):
                raise ValueError('bracket opened at the end of the line')
            current, first = token[1:], True
            i += 1
            continue
        closes = current is not None and token.endswith(']') and len(token) > 1
        if closes:
            token = token[:-1]
        if '[' in token or ']' in token:
            raise ValueError(f'stray bracket in "{tokens[i]}"')
        if current is None:
            rows.append((token, 'O'))
        else:
            rows.append((token, ('B-' if first else 'I-') + current))
            first = False
            if closes:
                current = None
        i += 1
    if current is not None:
        raise ValueError('unclosed bracket')
    return rows


def main(paths):
    out, failed = [], False
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for number, raw in enumerate(f, 1):
                line = raw.strip()
                if not line or line.startswith('#'):
                    continue
                if line == '-DOCSTART-':
                    out += ['-DOCSTART- -X- -X- O', '']
                    continue
                try:
                    rows = convert_line(line.split())
                except ValueError as e:
                    print(f'{path}:{number}: {e}', file=sys.stderr)
                    failed = True
                    continue
                out += [f'{w} {t}' for w, t in rows] + ['']
    sys.stdout.write('\n'.join(out) + '\n')
    return 1 if failed else 0


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
