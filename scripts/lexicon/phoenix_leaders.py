#!/usr/bin/env python3
"""Converts the PETRARCH-2 Phoenix person dictionaries into data/events/leaders.tsv.

A developer tool, run by hand when the conversion or its hand table changes; strabo itself
reads only the TSV it writes (doc/formats/event-lexicons.md). Usage, from the project root:

    python3 scripts/lexicon/phoenix_leaders.py --phoenix ../shared/data/events/petrarch2 \
        --ud ../shared/data/ud --actors data/events/actors.tsv --out data/events/leaders.tsv

What it keeps and drops is printed on stderr and described in the output's header. The HAND
table at the end holds the rows added or corrected by hand (source "strabo" or
"phoenix+strabo"): edit it there, not in the TSV, or the next run undoes the edit.
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
ap.add_argument('--phoenix', required=True, help='directory with Phoenix.*.actors.txt')
ap.add_argument('--ud', required=True, help='directory with the UD treebanks (common-word filter)')
ap.add_argument('--actors', required=True, help='data/events/actors.tsv (the countries)')
ap.add_argument('--out', required=True, help='the leaders.tsv to write')
args = ap.parse_args()


def parse(path):
    entries=[]; cur=None
    for raw in open(path,encoding='utf-8',errors='replace'):
        line=raw.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'): continue
        comment=''
        if '#' in line:
            line,comment=line.split('#',1)
        s=line.strip()
        if not s: continue
        if s.startswith('['):
            if cur is not None: cur['codes']+=re.findall(r'\[([^\]]*)\]',s)
            continue
        if s.startswith('+'):
            if cur is not None:
                for a in s.split('+'):
                    a=a.strip()
                    if a: cur['aliases'].append(a)
            continue
        # new entry: NAME [codes]?
        m=re.match(r'^([^\[]+?)\s*((\[[^\]]*\]\s*)*)$',s)
        name=m.group(1).strip() if m else s
        codes=re.findall(r'\[([^\]]*)\]',s)
        cur={'name':name,'aliases':[],'codes':codes,'comment':comment.strip(),'raw_indent':raw[:1]}
        entries.append(cur)
    return entries

ISO=set(); BODIES=set(); INTL={'IGO','UNO','EUR','NGO','IMG','ISM','MNC'}
for l in open(args.actors, encoding='utf-8'):
    if l.startswith('#') or l.startswith('id\t'): continue
    f=l.split('\t')
    if f[1] in ('country',): ISO.add(f[2])
    # Named bodies the actor lexicon codes (with their sector): a Phoenix
    # entry under one of their names is that body, not a person.
    if f[1] in ('group','org','igo','ngo'):
        for a in [f[5]]+f[6].split('|'):
            a=re.sub(r'^(en|es):','',a).lstrip('=')
            if a: BODIES.add(a)
FOLDC={'KSV':'KOS','TMP':'TLS','ABW':'NLD','AIA':'GBR','BMU':'GBR','COK':'NZL','CYM':'GBR'}
SECTORS=set('AGR BUS COP CRM CVL EDU ELI GOV IGO JRN JUD LAB LEG MED MIL NGO OPP PRE PRM PTY REB REF REL SOC SPY UAF UNK'.split())
# Common words: lower-case, non-proper tokens of the UD treebanks.
common=set()
for path in [os.path.join(args.ud, n) for n in ('en_ewt-ud-train.conllu', 'es_gsd-ud-dev.conllu', 'es_pud-ud-test.conllu')]:
    for line in open(path,encoding='utf-8'):
        if not line or line[0]=='#' or '\t' not in line: continue
        f=line.split('\t')
        if len(f)<4 or f[3]=='PROPN': continue
        common.add(f[1].lower())
def fold(s):
    s=unicodedata.normalize('NFD',s.lower())
    return ''.join(c for c in s if unicodedata.category(c)!='Mn')
stats=collections.Counter()
def parse_date(tok):
    if len(tok)==6:
        yy=int(tok[:2]); y=2000+yy if yy<=30 else 1900+yy
        m,d=int(tok[2:4]),int(tok[4:6])
    elif len(tok)==8:
        y,m,d=int(tok[:4]),int(tok[4:6]),int(tok[6:8])
    else: return None
    if not (1<=m<=12 and 1<=d<=31 and 1800<=y<=2100): return None
    return '%04d-%02d-%02d'%(y,m,d)
def parse_role(code):
    parts=code.split()
    if not parts: return None
    c=parts[0]
    country=c[:3]; sector=c[3:6] if len(c)>=6 else ''
    if country=='IGO' and c[3:6] in ('UNO','EUR'):
        country=c[3:6]; sector='IGO'
    elif country in INTL:
        sector=country if country in ('IGO','NGO') else (sector if sector in SECTORS else '')
    elif country in FOLDC:
        country=FOLDC[country]
    elif country not in ISO:
        stats['role: country not an ISO code we keep ('+country+')']+=1; return None
    if sector and sector not in SECTORS:
        stats['role: secondary/unknown sector dropped']+=1; sector=''
    frm=to=''
    rest=''.join(parts[1:])
    if rest:
        m=re.fullmatch(r'(\d+)-(\d+)',rest)
        if m:
            frm,to=parse_date(m.group(1)),parse_date(m.group(2))
            if not frm or not to: stats['role: bad date']+=1; return None
            if frm>to: stats['role: from after to']+=1; return None
        elif rest.startswith('>'):
            frm=parse_date(rest[1:]); 
            if not frm: stats['role: bad date']+=1; return None
        elif rest.startswith('<'):
            to=parse_date(rest[1:])
            if not to: stats['role: bad date']+=1; return None
        else:
            stats['role: bad date']+=1; return None
    return (country, sector or '-', frm or '-', to or '-')
SMALL={'de','del','da','do','dos','das','van','der','von','y','e','la'}
ROMAN=re.compile(r'^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$')
def display(raw):
    s=raw.strip().strip('_').replace('_',' ')
    s=re.sub(r'\s+',' ',s).strip()
    words=[]
    for i,w in enumerate(s.split(' ')):
        if ROMAN.match(w) and i>0: words.append(w); continue
        lw=w.lower()
        if i>0 and lw in SMALL: words.append(lw); continue
        words.append(re.sub(r"(^|[-'.])([a-záéíóúñü])", lambda m: m.group(1)+m.group(2).upper(), lw))
    return ' '.join(words)
def good_alias(a):
    if not re.search(r'[A-Za-z]',a): return False
    toks=a.split()
    if any(t.lower() in ('president','prime','minister','king','secretary','general','sheikh','sheik','mr','mr.','dr','dr.','gen','gen.','col','col.','former','ex','leader','chief') for t in toks[:1]) and len(toks)<=2:
        return False   # "President X" with one name: too generic as an alias
    if len(toks)==1 and fold(toks[0]) in common: stats['alias: one common word dropped']+=1; return False
    if len(toks)==1 and len(toks[0])<4: stats['alias: one short word dropped']+=1; return False
    return True
people={}
def add(entry, source):
    roles=[r for r in (parse_role(c) for c in entry['codes']) if r]
    if not roles: stats['entry: no usable role']+=1; return
    name=display(entry['name'])
    aliases=[]
    for a in [entry['name']]+entry['aliases']:
        d=display(a)
        if good_alias(d) and d not in aliases: aliases.append(d)
    if not aliases: stats['entry: no usable name']+=1; return
    key=fold(name)
    if key in people:
        stats['entry: duplicate name merged']+=1
        p=people[key]
        for a in aliases:
            if a not in p['aliases']: p['aliases'].append(a)
        for r in roles:
            if r not in p['roles']: p['roles'].append(r)
        return
    people[key]={'name':name,'aliases':aliases,'roles':roles,'source':source}
c=parse(os.path.join(args.phoenix, 'Phoenix.Countries.actors.txt'))
for x in c:
    if 'CountryInfo' in x['comment'] or any(re.search(r'\d',cc) for cc in x['codes']):
        # country blocks have a bare country code and no CountryInfo tag
        add(x,'phoenix')
    else:
        stats['entry: country or institution block (hand-curated in actors.tsv instead)']+=1
intl=parse(os.path.join(args.phoenix, 'Phoenix.International.actors.txt'))
for x in intl:
    if ('IGOrulers' in x['comment'] or any(re.search(r'\d',cc) for cc in x['codes'])) and any(cc.startswith('IGO') for cc in x['codes']):
        add(x,'phoenix')
# Phoenix files some groups as people ("The Islamic State", IMG with no
# sector): the actor lexicon's entry for the group is the one to code.
BODYKEYS={fold(a) for a in BODIES}
for k,p in list(people.items()):
    if re.sub(r'^the ','',fold(p['name'])) in BODYKEYS:
        del people[k]; stats['entry: a group or organisation actors.tsv codes']+=1
# Ambiguous aliases: one folded alias, people of different countries.
owners=collections.defaultdict(set)
for k,p in people.items():
    countries=frozenset(r[0] for r in p['roles'])
    for a in p['aliases']: owners[fold(a)].add(k)
amb={a for a,ks in owners.items() if len(ks)>1}
for k,p in list(people.items()):
    before=len(p['aliases'])
    p['aliases']=[a for a in p['aliases'] if fold(a) not in amb]
    stats['alias: shared by several people, dropped']+=before-len(p['aliases'])
    if not p['aliases']: del people[k]; stats['entry: every name ambiguous']+=1
# Hand additions and corrections (source=strabo), checked against public records up to 2025.
HAND=[
 ('Mohammed VI',['Mohammed VI','Mohamed VI','Muhammad VI','Mohammed 6','King Mohammed VI','Mohamed VI de Marruecos'],[('MAR','ELI','-','1999-07-22'),('MAR','GOV','1999-07-23','-')],'merge:Muhammad VI'),
 ('Aziz Akhannouch',['Aziz Akhannouch','Akhannouch','Aziz Akhenouch','Aziz Ajanuch','Ajanuch'],[('MAR','GOV','2007-10-15','-')],'merge:Aziz Akhenouch'),
 ('Taliban',['Taliban','Talibans','talibanes','Islamic Emirate of Afghanistan'],[('AFG','REB','-','2021-08-14'),('AFG','GOV','2021-08-15','-')],'new: the Taliban took Kabul on 2021-08-15'),
 ('Hayat Tahrir al-Sham',['Hayat Tahrir al-Sham','HTS','Hayat Tahrir al Sham','Hayat Tahrir Al-Sham'],[('SYR','REB','-','2024-12-07'),('SYR','GOV','2024-12-08','-')],'new: led the government after Assad fell on 2024-12-08'),
 ('Pedro Sánchez',['Pedro Sánchez','Pedro Sanchez'],[('ESP','OPP','2014-07-26','2018-06-01'),('ESP','GOV','2018-06-02','-')],'new'),
 ('Nasser Bourita',['Nasser Bourita','Bourita'],[('MAR','GOV','2017-04-05','-')],'new'),
 ('Abdellatif Hammouchi',['Abdellatif Hammouchi','Hammouchi'],[('MAR','COP','2015-05-14','-')],'new: head of the DGSN and DGST'),
 ('Mark Rutte',['Mark Rutte','Rutte'],[('NLD','GOV','2010-10-14','2024-07-02'),('IGO','IGO','2024-10-01','-')],'new: NATO secretary general from 2024-10-01'),
 ('Jens Stoltenberg',['Jens Stoltenberg','Stoltenberg'],[('NOR','GOV','2005-10-17','2013-10-16'),('IGO','IGO','2014-10-01','2024-09-30'),('NOR','GOV','2025-02-04','-')],'new'),
 ('António Guterres',['António Guterres','Antonio Guterres','Guterres'],[('PRT','GOV','1995-10-28','2002-04-06'),('UNO','IGO','2005-06-15','2015-12-31'),('UNO','IGO','2017-01-01','-')],'new: UNHCR 2005-2015, UN secretary general from 2017'),
]
for name,aliases,roles,how in HAND:
    keys=[fold(how[6:])] if how.startswith('merge:') else []
    # Phoenix entries sharing a name with a hand entry are the same person: merge them.
    hand_keys={fold(a) for a in aliases}
    for k,p in people.items():
        if k not in keys and any(fold(a) in hand_keys for a in p['aliases']):
            keys.append(k)
    merged=[]
    for k in keys:
        if k in people:
            p=people.pop(k)
            merged+= [a for a in p['aliases'] if a not in merged]
    allal=list(aliases)+[a for a in merged if a not in aliases]
    # A hand entry's roles replace Phoenix's: they were checked.
    people[fold(name)]={'name':name,'aliases':allal,'roles':roles,'source':'phoenix+strabo' if keys else 'strabo'}
    stats['hand: merged Phoenix entries']+=len(keys)
hdr='''#strabo-lexicon\tleaders\t1\tphoenix_date=2014-01-30
# People (and a few organisations) whose actor code depends on the date: office holders with
# the dates of their terms. How a role applies against the article date: doc/codebook.md.
#
# Converted from the PETRARCH-2 Phoenix dictionaries (Phoenix.Countries.actors.txt, built from
# CountryInfo.140130, and Phoenix.International.actors.txt; Open Event Data Alliance, MIT) by
# scripts/lexicon/phoenix_leaders.py (the command is in data/README.md): Phoenix's YYMMDD dates become ISO dates
# (two-digit years 00-30 are 20xx, others 19xx); a role keeps its country (ISO3, or UNO/EUR/IGO)
# and its first sector code; roles of states strabo does not code (USSR, Yugoslavia, ...) and
# malformed dates are dropped; one-word names that are ordinary English or Spanish words (from
# the UD treebanks) and names shared by people of different countries are dropped. Rows whose
# source is "strabo" or "phoenix+strabo" were added or corrected by hand.
#
# Phoenix was last updated on 2014-01-30 (phoenix_date): an open-ended Phoenix role is a
# claim about 2014, so the matcher reports it as unconfirmed for later articles.
#
# Columns: name; aliases ("|"-separated); roles (";"-separated "CODE SECTOR FROM TO", ISO dates
# or "-"; a role without dates is the default when no dated role holds); source.
'''
rows=[]
for k in sorted(people, key=lambda k: people[k]['name']):
    p=people[k]
    roles=';'.join(' '.join(r) for r in p['roles'])
    rows.append('\t'.join([p['name'],'|'.join(p['aliases']),roles,p['source']]))
with open(args.out, 'w', encoding='utf-8') as out:
    out.write(hdr)
    out.write('name\taliases\troles\tsource\n')
    for r in rows: out.write(r+'\n')
print(len(rows), 'people', file=sys.stderr)
for k, v in sorted(stats.items()): print(' ', k, v, file=sys.stderr)
