"""The knowledge base: one Aho-Corasick pass finds names, nisbas, role phrases and places.

How `find_mentions` works (all on the text of `rasad.arabic.normalize(text)`, computed by
`rasad.kb.fastnorm` with identical results and offsets):

1. pyahocorasick reports every known surface form. A hit counts only on whole words: the
   character after it is not a letter, and the letters before it (in the same word) are a
   proclitic sequence (و ف ب ل ك and combinations: وبنتنياهو، لبوتين، بالرئيس). For forms
   starting with ال the automaton also holds the لل variant (للسعودية = ل + السعودية).
2. Overlapping hits: the longest wins (leftmost on ties), so "رئيس الوزراء" beats "الوزراء"; a
   phrase listed as not naming a place (places.yaml `not_in`: "مسقط رأس") hides the form inside it.
3. Composition, left to right: a role head takes a following nisba or name (الرئيس الأمريكي,
   ملك الأردن, الأمين العام للأمم المتحدة) and, for envoys, "إلى" + country; counterpart heads
   (نظيره الروسي), institutions (الحكومة السعودية) and delegations (الوفد الإسرائيلي) likewise.
4. Ambiguous forms (عمان: Oman or Amman; المملكة; a surname two people share) are decided by
   the rest of the document (which country/person it mentions unambiguously), then by data
   defaults.
5. A role phrase or honorific directly followed by a person's name is one mention of that
   person ("وزير الخارجية السعودي عادل الجبير"), when the person held that office or nobody
   else is known to hold it on the date ("الوفد الرسمي لولي ولي العهد الدكتور مساعد العيبان"
   keeps the deputy crown prince apart).
6. A place head, one or two unknown words and a country's nisba ("مدينة ناغاتو اليابانية", roles.yaml
   `place_heads`) are one place mention in that country, for towns the data does not list.
7. Offsets are mapped back to the original text with `NormText.span`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Any, NamedTuple

import ahocorasick

from rasad.arabic.normalize import NormText, feminine_key, normalize_key
from rasad.errors import NotFound
from rasad.kb.fastnorm import Norm, fast_normalize
from rasad.kb.loader import (
    ALIAS,
    COUNTERPART,
    DELEGATION,
    FIXED,
    HEAD,
    HONORIFIC,
    INSTITUTION,
    METONYM,
    NAME,
    NISBA_F,
    NISBA_I,
    NISBA_M,
    NISBA_PL,
    NISBA_TAGS,
    ORG_NISBA,
    PLACE,
    WEAK,
    KBData,
    country_id,
)
from rasad.kb.model import Entry, Office
from rasad.types import Actor, Mention, Place, dict_built

# Proclitic sequences allowed before a name (normalised): conjunctions, prepositions, and
# their combinations. "ال" is not here: definite forms are listed explicitly in the data.
CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "لل", "ولل", "فلل"})

_CLITIC_LETTERS = frozenset("".join(CLITICS))

_ENTITY_TAGS = frozenset({NAME, ALIAS, METONYM, WEAK, PLACE}) | NISBA_TAGS


_WORD = re.compile(r"\w+")
_QUOTES = frozenset('"«»“”\'')
_QUOTE_BLANKS = str.maketrans({q: " " for q in _QUOTES})


def _tail_of_a_longer_name(m: Mention, text: str, titles: frozenset[str]) -> bool:
    """"الشيخ طحنون بن زايد": a person's short alias that begins with بن ("بن زايد" for Mohamed bin
    Zayed) after a title and another given name is the end of someone else's name (his brother's)."""
    if m.kind != "person" or not m.text.startswith(("بن ", "ابن ")):
        return False
    words = text[max(0, m.start - 60):m.start].split()
    return len(words) >= 2 and normalize_key(words[-2]) in titles and normalize_key(words[-1]) not in titles


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# How strongly each tag names its entry (ties between the entries of one form).
_STRENGTH = {NAME: 3, ALIAS: 3, NISBA_M: 3, NISBA_F: 3, NISBA_PL: 3, NISBA_I: 3, METONYM: 2, PLACE: 2, WEAK: 0}
_GROUP_TAGS = frozenset({COUNTERPART, INSTITUTION, DELEGATION})
_UNSET: Any = object()  # a lazily computed _FormInfo field not computed yet


# offices held abroad, "to" a country (السفير الأمريكي في بيروت، القنصل العام لإندونيسيا في جدة)
_POSTED = ("envoy", "ambassador", "consul_general")
# offices whose holder sends envoys: "مبعوث الرئيس الروسي" is Russia's envoy (engine._principal)
_PRINCIPALS = frozenset({"president", "monarch", "prime_minister", "secretary_general", "crown_prince",
                         "supreme_leader", "chancellor", "leader"})


class _FormInfo:
    """What depends only on a form's refs, computed once when the automaton is built (it was
    recomputed for every hit of every article): its tags as flags, the targets of each tag
    query the composition makes, and (lazily, on the form's first hit, since they read the
    entries and may raise as the matching did) what its entries say."""

    __slots__ = ("tags", "unique", "cands", "only", "role", "group", "entity", "honorific", "counterpart",
                 "delegation", "institution", "nisba_m", "nisba_f", "nisba_mf", "nisba_pl", "org_nisba", "nam", "name_alias",
                 "place", "fixed", "head", "non_person", "unique_cp", "conj_split")

    def __init__(self, refs: list[tuple[str, str]]):
        tags = self.tags = frozenset(t for t, _ in refs)
        ids = {x for tag, x in refs if tag in _ENTITY_TAGS and tag != WEAK}
        self.unique = next(iter(ids)) if len(ids) == 1 else None  # the one entry it names, if one
        cands: dict[str, str] = {}  # entry -> its strongest entity tag, in the order of refs
        for tag, x in refs:
            if tag in _ENTITY_TAGS and (x not in cands or _STRENGTH[tag] > _STRENGTH[cands[x]]):
                cands[x] = tag
        self.cands = cands
        self.only = next(iter(cands)) if len(cands) == 1 else None
        self.role = HEAD in tags or FIXED in tags
        self.group = not tags.isdisjoint(_GROUP_TAGS)
        self.entity = not tags.isdisjoint(_ENTITY_TAGS)
        self.honorific = HONORIFIC in tags
        self.counterpart = COUNTERPART in tags
        self.delegation = DELEGATION in tags
        self.institution = INSTITUTION in tags

        def targets(*ts: str) -> tuple[str, ...]:
            return tuple(x for t, x in refs if t in ts)

        self.nisba_m = targets(NISBA_M)
        self.nisba_f = targets(NISBA_F)
        self.nisba_mf = targets(NISBA_M, NISBA_F)
        self.nisba_pl = targets(NISBA_PL)
        self.org_nisba = targets(ORG_NISBA)
        self.nam = targets(NAME, ALIAS, METONYM)
        self.name_alias = targets(NAME, ALIAS)
        self.place = targets(PLACE)
        self.fixed = targets(FIXED)
        self.head = targets(HEAD)
        self.non_person: Any = _UNSET  # `nam` without places and persons (lazy)
        self.unique_cp: Any = _UNSET  # (country, person id) of `unique` (lazy)
        self.conj_split = False  # some form of these refs is و + another form ("وجدة": Oujda, "and Jeddah")


@dataclass(slots=True)
class _Hit:
    """A kept hit of the automaton. An entity's hit is also its composed item (kind "entity";
    `res`: the entry chosen for it): no second object per name."""

    start: int  # normalised offsets of the form itself (clitics excluded)
    end: int
    prefix: str  # the proclitics before it in the same word
    refs: list[tuple[str, str]]
    info: _FormInfo
    res: _Resolved | None = None
    # a field, not a ClassVar: mypyc (rasad.native) does not compile a ClassVar before fields
    kind: str = "entity"


class _Resolved(NamedTuple):
    """The entry chosen for an entity item (the caller makes the Mention: a frozen dataclass
    costs ~2 us to build, and this was built and then copied for every entity)."""

    kind: Any
    entry_id: str
    actor: Actor | None
    place: Place | None
    via: str


@dataclass(slots=True)
class _Item:
    """A composed stretch: a role phrase, a counterpart, a group or an honorific (an entity is
    its _Hit)."""

    start: int
    end: int
    kind: str  # "role" | "counterpart" | "country" | "group" | "honorific"
    role: str | None = None
    of: str | None = None
    for_: str | None = None
    via: str = "name"
    head_start: int = -1  # where a person merge may start (role/honorific items)
    female: bool = False  # a feminine office form (رئيسة، وزيرة): its holder must be a woman


# Mentions are built without the frozen dataclass's __init__ (one object.__setattr__ per
# field: ~2.5 us, against ~0.7 us for setting the instance dict at once; a mention is built
# for every name of every article). The result is the same object (same __dict__ in field
# order, so equality, hash, repr and pickling agree); if Mention ever changes shape (slots, a
# __post_init__, other fields) the constructor is used instead.
_MENTION_FIELDS = ("text", "start", "end", "kind", "entry_id", "actor", "place", "via")


def _mention_fast(text: str, start: int, end: int, kind: Any, entry_id: str | None, actor: Actor | None,
                  place: Place | None, via: str) -> Mention:
    m = _new(Mention)
    _set(m, "__dict__", {"text": text, "start": start, "end": end, "kind": kind, "entry_id": entry_id,
                         "actor": actor, "place": place, "via": via})
    return m


_new = object.__new__
_set = object.__setattr__
_mention: Any = _mention_fast if dict_built(Mention, _MENTION_FIELDS) else Mention
_by_start = attrgetter("start")


# (normalised) ordinals that may stand between a role modifier and the role: "النائب الأول للرئيس"
_ORDINALS = frozenset({"الاول", "الاولي", "الثاني", "الثانيه"})


class KnowledgeBase:
    """Actors, places and offices loaded from `rasad/kb/data`; see the module doc."""

    def __init__(self, data: KBData):
        self.data = data
        self.entries = data.entries
        self._automaton = ahocorasick.Automaton()
        infos = {id(refs): _FormInfo(refs) for refs in data.forms.values()}
        for key, refs in data.forms.items():
            self._automaton.add_word(key, (len(key), 0, refs, infos[id(refs)]))
        # لل variants of definite forms: للأمم المتحدة, وللسعودية (the first ل is the clitic).
        for key, refs in data.forms.items():
            if key.startswith("ال") and len(key) > 3:
                var = "ل" + key[1:]
                if not self._automaton.exists(var):
                    self._automaton.add_word(var, (len(var), 1, refs, infos[id(refs)]))
            # "عبد الله" and "عبدالله" are both common spellings of the same name.
            for a, b in (("عبد ال", "عبدال"), ("عبدال", "عبد ال"), ("ابو ", "ابو")):
                if a in key:
                    var = key.replace(a, b)
                    if not self._automaton.exists(var):
                        self._automaton.add_word(var, (len(var), 0, refs, infos[id(refs)]))
        # A form that is و + another form ("وجدة": Oujda, or "and Jeddah"): the automaton keeps the
        # longer reading; _resolve_entities takes the other when the document supports it.
        self._conj_split: dict[str, tuple[list[tuple[str, str]], _FormInfo]] = {}
        for key, refs in data.forms.items():
            rest = key[1:]
            if key.startswith("و") and " " not in key and len(rest) >= 3 and rest in data.forms and infos[id(refs)].entity:
                self._conj_split[key] = (data.forms[rest], infos[id(data.forms[rest])])
                infos[id(refs)].conj_split = True
        self._automaton.make_automaton()
        self._search_index: dict[str, set[str]] | None = None
        self._actor_cache: dict[tuple[str, date | None], Actor] = {}
        # memos of pure functions of the (immutable) data: see _resolve_entities, holder, _role_actor
        self._res_static: dict[tuple[str, str], _Resolved] = {}
        self._res_dated: dict[tuple[str, str, date | None], _Resolved] = {}
        self._cc_memo: dict[str, str | None] = {}
        self._last_words: dict[str, frozenset[str]] = {}
        self._holder_memo: dict[tuple[str, str, date, str | None, bool], Actor | None] = {}
        self._role_memo: dict[tuple[str, str, str | None, date | None, bool], tuple[str, Actor]] = {}
        self._holders: dict[tuple[str, str], list[tuple[Office, str]]] = {}
        for e in self.entries.values():
            for o in e.offices:
                self._holders.setdefault((o.role, o.of), []).append((o, e.id))

    # ------------------------------------------------------------------ lookup
    def entry(self, entry_id: str) -> Entry:
        eid = self.data.by_wikidata.get(entry_id, entry_id)
        if eid not in self.entries and len(entry_id) == 3 and entry_id.isupper():
            eid = country_id(entry_id)
        try:
            return self.entries[eid]
        except KeyError:
            raise NotFound(f"no knowledge-base entry {entry_id!r}") from None

    def actor(self, entry_id: str, on: date | None = None) -> Actor:
        """The actor for an entry id (also a Wikidata QID or an ISO3 code); persons get the
        title of the office held on `on` (or of their latest office when `on` is None)."""
        key = (entry_id, on)
        cached = self._actor_cache.get(key)
        if cached is not None:
            return cached
        if len(self._actor_cache) > 100_000:
            self._actor_cache.clear()
        a = self._actor_cache[key] = self._make_actor(entry_id, on)
        return a

    def _make_actor(self, entry_id: str, on: date | None) -> Actor:
        e = self.entry(entry_id)
        if e.kind == "place":
            if e.country is None:
                raise NotFound(f"place {entry_id!r} has no country actor")
            return self.actor(country_id(e.country))
        kind: Any = e.kind
        title = self.title_of(e, on) if e.kind == "person" else None
        return Actor(id=e.wikidata or e.id, name_en=e.name_en, name_ar=e.name_ar, kind=kind,
                     country=e.country, title=title, wikidata=e.wikidata)

    def country(self, iso3: str) -> Actor:
        return self.actor(country_id(iso3))

    def place_of(self, entry_id: str) -> Place | None:
        """The Place of a place entry, or of a country entry (kind "country"); None otherwise."""
        try:
            e = self.entry(entry_id)
        except NotFound:
            return None
        if e.kind == "place":
            pk: Any = e.place_kind
            return Place(id=e.id, name_en=e.name_en, name_ar=e.name_ar, country=e.country, kind=pk)
        if e.kind == "country":
            return Place(id=e.id, name_en=e.name_en, name_ar=e.name_ar, country=e.country, kind="country")
        return None

    def offices(self, entry_id: str) -> list[Office]:
        return list(self.entry(entry_id).offices)

    def title_of(self, e: Entry, on: date | None) -> str | None:
        office = self._office_on(e, on)
        if office is None:
            return None
        return office.title or self.role_title(office.role, office.of, office.for_)

    def _office_on(self, e: Entry, on: date | None) -> Office | None:
        if not e.offices:
            return None
        prio = {r: i for i, r in enumerate(self.data.priority)}
        if on is None:
            return max(e.offices, key=lambda o: (o.start or date.min, -prio.get(o.role, 99)))
        active = [o for o in e.offices if o.active(on)]
        if not active:
            return None
        return min(active, key=lambda o: (prio.get(o.role, 99), -(o.start or date.min).toordinal()))

    def holder(self, role: str, of: str, on: date, for_: str | None = None, *, female: bool = False
               ) -> Actor | None:
        """The person holding office `role` of `of` (ISO3 or org id), for `for_` (envoys), on `on`;
        with `female`, only a woman (the office was named in the feminine: "رئيسة الحكومة")."""
        # memoised: every role phrase of every article asks (walking the office's holders),
        # mostly for the same few offices and dates; Actor is immutable, so sharing it is safe
        key = (role, of, on, for_, female)
        memo = self._holder_memo
        if key in memo:
            return memo[key]
        if len(memo) > 100_000:
            memo.clear()
        a = memo[key] = self._holder(role, of, on, for_, female)
        return a

    def is_female(self, entry_id: str) -> bool:
        """Is the entry a woman (people/*.yaml `gender: f`)?"""
        try:
            return self.entry(entry_id).gender == "f"
        except NotFound:
            return False

    def _holder(self, role: str, of: str, on: date, for_: str | None, female: bool = False) -> Actor | None:
        for r in [role, *self.data.fallback.get(role, [])]:
            best: tuple[Office, str] | None = None
            pids: set[str] = set()
            for office, pid in self._holders.get((r, of), []):
                if not office.active(on):
                    continue
                if for_ is not None and office.for_ not in (None, for_):
                    continue
                if for_ is None and office.for_ is not None and r in _POSTED:
                    continue
                if female and self.entries[pid].gender != "f":
                    continue
                pids.add(pid)
                if best is None or (office.start or date.min) > (best[0].start or date.min):
                    best = (office, pid)
            if len(pids) > 1 and r in self.data.shared:
                # several deputy ministers at once: the phrase alone does not say which one
                return None
            if best is not None:
                e = self.entries[best[1]]
                title = best[0].title or self.role_title(best[0].role, of, best[0].for_)
                return Actor(id=e.wikidata or e.id, name_en=e.name_en, name_ar=e.name_ar, kind="person",
                             country=e.country, title=title, wikidata=e.wikidata)
        return None

    def role_title(self, role: str, of: str, for_: str | None = None) -> str:
        """English title of an office: "President of the United States", "UN Secretary-General"."""
        tpl = self.data.titles.get(role, {})
        of_e = self.entries.get(of) or self.entries.get(country_id(of))
        of_name = (of_e.title_name or of_e.name_en) if of_e else of
        of_short = (of_e.short_en or of_e.name_en) if of_e else of
        if of_e is not None and of_e.kind == "country":
            of_short = {"USA": "US", "GBR": "UK"}.get(of_e.country or "", of_e.name_en)
        for_e = self.entries.get(country_id(for_)) if for_ else None
        for_name = (for_e.title_name or for_e.name_en) if for_e else for_
        if for_ and "with_for" in tpl:
            text = tpl["with_for"]
        else:
            text = tpl.get(of) or tpl.get("default") or (role.replace("_", " ").title() + " of {of}")
        return text.format(of=of_name, of_short=of_short, **{"for": for_name})

    def _role_actor(self, role: str, of: str, for_: str | None, on: date | None,
                    female: bool = False) -> tuple[str, Actor]:
        key = (role, of, for_, on, female)
        memo = self._role_memo
        got = memo.get(key)
        if got is None:
            if len(memo) > 100_000:
                memo.clear()
            got = memo[key] = self._make_role_actor(role, of, for_, on, female)
        return got

    def _make_role_actor(self, role: str, of: str, for_: str | None, on: date | None,
                         female: bool = False) -> tuple[str, Actor]:
        if on is not None:
            a = self.holder(role, of, on, for_, female=female)
            if a is not None:
                return self._id_of(a), a
        rid = f"rasad:role:{role}:{of}" + (f":{for_}" if for_ else "")
        of_e = self.entries.get(of) or self.entries.get(country_id(of))
        return rid, Actor(id=rid, name_en=None, name_ar=None, kind="person",
                          country=of_e.country if of_e else None, title=self.role_title(role, of, for_))

    def _id_of(self, a: Actor) -> str:
        if a.wikidata and a.wikidata in self.data.by_wikidata:
            return self.data.by_wikidata[a.wikidata]
        return a.id

    # ------------------------------------------------------------------ matching
    def _hits(self, t: str) -> list[_Hit]:
        n = len(t)
        raw: list[tuple[int, int, str, Any]] = []  # (start, end, prefix, value), by end as the automaton goes
        add = raw.append
        clitics = CLITICS
        clitic_letters = _CLITIC_LETTERS
        # _is_word inlined (ch.isalnum() or ch == "_"): this loop runs for every raw hit
        for last, v in self._automaton.iter(t):
            end = last + 1
            if end < n:
                ch = t[end]
                if ch.isalnum() or ch == "_":
                    continue
            start = end - v[0]
            skip = v[1]
            if start:
                ch = t[start - 1]
                if ch.isalnum() or ch == "_":
                    if ch not in clitic_letters:  # then no proclitic sequence ends the word here
                        continue
                    ws = start - 1  # clitics are at most three letters: look back no further
                    while ws > 0 and start - ws < 4:
                        ch = t[ws - 1]
                        if not (ch.isalnum() or ch == "_"):
                            break
                        ws -= 1
                    else:
                        if ws > 0:  # a longer word
                            ch = t[ws - 1]
                            if ch.isalnum() or ch == "_":
                                continue
                    prefix = t[ws:start + skip]
                    if prefix not in clitics:
                        continue
                else:
                    prefix = t[start:start + skip] if skip else ""  # "" or "ل": clitics
            else:
                prefix = t[:skip] if skip else ""
            add((start + skip, end, prefix, v))
        # Overlapping hits: the longest wins, then the leftmost, then the first found (taken
        # greedily in that order, each kept unless it overlaps one kept before). Hits that overlap
        # no other are kept as they are, so only the groups of overlapping hits are sorted: the
        # raw hits come by end, so walking them backwards a group is a run whose ends reach past
        # the smallest start of the run so far (most hits are alone in their group).
        kept: list[tuple[int, int, str, Any]] = []
        keep = kept.append
        i = len(raw) - 1
        while i >= 0:
            h = raw[i]
            lo = h[0]
            j = i - 1
            if j < 0 or raw[j][1] <= lo:
                keep(h)
                i = j
                continue
            while j >= 0 and raw[j][1] > lo:
                if raw[j][0] < lo:
                    lo = raw[j][0]
                j -= 1
            if i - j == 2:  # two hits that overlap: one wins
                g = raw[j + 1]
                keep(h if (h[0] - h[1], h[0]) < (g[0] - g[1], g[0]) else g)
                i = j
                continue
            won: list[tuple[int, int, str, Any]] = []
            for _, _, k in sorted([(raw[k][0] - raw[k][1], raw[k][0], k) for k in range(j + 1, i + 1)]):
                g = raw[k]
                gs, ge = g[0], g[1]
                for w in won:
                    if w[0] < ge and gs < w[1]:
                        break
                else:
                    won.append(g)
            won.sort(reverse=True)  # kept hits do not overlap: the starts differ
            kept.extend(won)
            i = j
        kept.reverse()
        return [_Hit(start, end, prefix, v[2], v[3]) for start, end, prefix, v in kept]

    def _gap_words(self, t: str, a_end: int, b: _Hit) -> list[str] | None:
        """Words between two hits, or None when punctuation separates them. Quotation marks
        do not separate: Arabic news quotes names inside titles (لحركة "حماس")."""
        gap = t[a_end:b.start - len(b.prefix)]
        if gap and not _QUOTES.isdisjoint(gap):
            gap = gap.translate(_QUOTE_BLANKS)
        if gap and (gap[0] != " " or gap[-1] != " "):
            return None
        words = gap.split()
        if any(not w.isalpha() for w in words):
            return None
        return words

    def _compose(self, t: str, hits: list[_Hit]) -> list[_Item | _Hit]:
        items: list[_Item | _Hit] = []
        add = items.append
        i = 0
        n = len(hits)
        while i < n:
            h = hits[i]
            info = h.info
            if info.role:
                item, i = self._compose_role(t, hits, i)
                add(item)
                continue
            if info.group:
                nxt = hits[i + 1] if i + 1 < n else None
                tgt = None
                if nxt is not None:
                    words = self._gap_words(t, h.end, nxt)
                    if words is not None and all(w in ("في", "من") for w in words) and len(words) <= 1:
                        tgt = self._target(nxt, definite=not words, construct=bool(words) or info.delegation
                                           or info.institution, gender="any")
                        if tgt is None and info.counterpart and not words and not nxt.prefix and nxt.info.nisba_pl:
                            # "مع نظيريهما المصريين": two or more counterparts take the plural nisba
                            tgt = self._of(nxt.info.nisba_pl[0])
                if tgt is not None:
                    kind = "counterpart" if info.counterpart else "group" if info.delegation else "country"
                    add(_Item(h.start, nxt.end, kind, of=tgt,  # type: ignore[union-attr]
                              via="counterpart" if kind == "counterpart" else "metonym", head_start=h.start))
                    i += 2
                    continue
                if info.counterpart:
                    add(_Item(h.start, h.end, "counterpart", head_start=h.start, via="counterpart"))
                    i += 1
                    continue
                if not info.entity:
                    if info.honorific:
                        add(_Item(h.start, h.end, "honorific", head_start=h.start))
                    i += 1
                    continue
            if info.entity:
                add(h)
            elif info.honorific:
                add(_Item(h.start, h.end, "honorific", head_start=h.start))
            # else: an organisation nisba (الأممي) outside a role phrase is not a mention on its own
            i += 1
        return items

    def _target(self, h: _Hit, *, definite: bool, construct: bool, gender: str, lprefix: bool = False
                ) -> str | None:
        """The country ISO3 / organisation id a head composes with, or None."""
        info = h.info
        prefix = h.prefix
        lprefix = lprefix or prefix.endswith("ل")
        if definite and not prefix:
            c = info.nisba_m if gender == "m" else info.nisba_f if gender == "f" else info.nisba_mf
            if c:
                return self._of(c[0])
            if info.org_nisba:
                return info.org_nisba[0]
        if (construct and not prefix) or (definite and lprefix):
            # a person's name is no office's or institution's target ("قائد الجيش العماد X")
            non_person: Any = info.non_person  # not `c`, which is typed a tuple above (mypyc checks it)
            if non_person is _UNSET:
                non_person = info.non_person = tuple(
                    x for x in info.nam if not x.startswith("place:") and self.entries[x].kind != "person")
            if non_person:
                return self._of(non_person[0])
        return None

    def _of(self, eid: str) -> str:
        e = self.entries[eid]
        if e.kind == "country" and e.country:
            return e.country
        return eid

    def _compose_role(self, t: str, hits: list[_Hit], i: int) -> tuple[_Item, int]:
        d = self.data
        h = hits[i]
        info = h.info
        n = len(hits)
        if info.fixed and HEAD not in info.tags:
            frole, fof = d.fixed[int(info.fixed[0])]
            return _Item(h.start, h.end, "role", role=frole, of=fof, via="role", head_start=h.start), i + 1
        head = d.heads[int(info.head[0])]
        gender = head.gender if head.one_word else "any"
        j = i + 1
        of: str | None = None
        end = h.end
        if j < n:
            words = self._gap_words(t, h.end, hits[j])
            if words is not None and all(w in d.fillers for w in words):
                of = self._target(hits[j], definite=head.definite, construct=not head.definite, gender=gender)
            elif (words and words[-1][:1] == "ل" and (words[-1][1:] in d.org_words or words[-1][1:] in d.state_words)
                  and all(w in d.fillers for w in words[:-1]) and not hits[j].prefix):
                # "رئيس المكتب السياسي لحركة "حماس""، "القنصل العام لجمهورية إندونيسيا": the ل of the
                # word before the name
                of = self._target(hits[j], definite=head.definite, construct=not head.definite, gender=gender,
                                  lprefix=True)
            elif (words and not head.definite and words[-1] in d.state_words
                  and all(w in d.fillers for w in words[:-1]) and not hits[j].prefix):
                # "سفير جمهورية إندونيسيا"، "وزير خارجية مملكة البحرين"
                of = self._target(hits[j], definite=False, construct=True, gender=gender)
            if of is not None:
                end = hits[j].end
                j += 1
            elif head.role == "envoy" and words is not None and all(w in d.fillers for w in words):
                # "المبعوث الخاص للأمين العام للأمم المتحدة"، "مبعوث الرئيس الروسي": the envoy of a
                # principal is his state's or organisation's envoy; the principal's phrase is part of
                # the title, not a mention of the principal
                of, end, j = self._principal(t, hits, j, end, construct=not head.definite)
        if of is None and head.default_of:
            of = head.default_of
        for_: str | None = None
        if of is not None and j < n and head.role in _POSTED:
            words = self._gap_words(t, end, hits[j])
            if words is not None and all(w in d.fillers or w in d.connectors for w in words) and (
                    any(w in d.connectors for w in words) or hits[j].prefix[-1:] in ("ل", "ب")):
                # (a country's name or its own metonym: "سفير اليابان لدى المملكة")
                c = [x for x in hits[j].info.nam if x.startswith("country:")]
                # "السفير الأمريكي في بيروت": a capital standing for its government names the country
                c += [country_id(e.country) for x in hits[j].info.place
                      if ((e := self.entries[x]).metonym or head.role == "consul_general") and e.country]
                if c:
                    for_ = self._of(c[0])
                    end = hits[j].end
                    j += 1
        return _Item(h.start, end, "role", role=head.role, of=of, for_=for_, via="role", head_start=h.start,
                     female=feminine_key(t[h.start:h.end].split(maxsplit=1)[0])), j

    def _principal(self, t: str, hits: list[_Hit], j: int, end: int, *, construct: bool
                   ) -> tuple[str | None, int, int]:
        """The state or organisation of the principal whose office follows an envoy's head at
        hits[j] ("للأمين العام للأمم المتحدة", "الرئيس الروسي", "خادم الحرمين الشريفين"), with the
        end of the phrase and the next hit; (None, end, j) when hits[j] is no principal's office."""
        p = hits[j]
        info = p.info
        if not info.role or not (construct and not p.prefix or p.prefix.endswith("ل")):
            return None, end, j
        if info.fixed and HEAD not in info.tags:
            frole, fof = self.data.fixed[int(info.fixed[0])]
            return (fof, p.end, j + 1) if frole in _PRINCIPALS else (None, end, j)
        ph = self.data.heads[int(info.head[0])]
        if ph.role not in _PRINCIPALS or j + 1 >= len(hits):
            return None, end, j
        of: str | None = None
        k = j + 1
        words = self._gap_words(t, p.end, hits[k])
        if words is not None and all(w in self.data.fillers for w in words):
            of = self._target(hits[k], definite=ph.definite, construct=not ph.definite,
                              gender=ph.gender if ph.one_word else "any")
            if of is not None:
                k += 1
        # the principal's own name ("مبعوث الرئيس الأمريكي دونالد ترامب"، "مبعوث الرئيس بوتين") is
        # part of the title too; it names the state when no nisba did
        if k < len(hits) and self._gap_words(t, hits[k - 1].end, hits[k]) == []:
            # (the principal's only when he held that office: "مبعوث الرئيس الروسي ألكسندر
            # لافرنتييف" names the envoy)
            holders = [e for x in hits[k].info.name_alias if (e := self.entries[x]).kind == "person" and any(
                o.role == ph.role and (of is None or o.of == of) for o in e.offices)]
            if holders:
                of = of or next(o.of for o in holders[0].offices if o.role == ph.role)
                k += 1
        return (of, hits[k - 1].end, k) if of is not None else (None, end, j)

    def find_mentions(self, text: str, on: date | None = None, *, unresolved: bool = False,
                      norm: NormText | None = None) -> list[Mention]:
        """Mentions of known actors, roles and places in `text`, sorted by offset.

        Persons: kind "person", via "name"/"alias"; roles: resolved to the holder on `on`
        (via "role"; without a date or a known holder the actor has id "rasad:role:<key>:<of>",
        no name and the office title); "نظيره الأمريكي": via "counterpart", actor id
        "rasad:counterpart:<ISO3>" with only the country (the extractor resolves it against
        the other party's office). Countries: via "name"/"nisba"/"metonym"; organisations:
        kind "organization"; delegations: kind "group"; places: kind "place" with `place`,
        plus the country actor when the place stands for a government (capitals; via "metonym").
        With `unresolved=True` bare role heads ("الرئيس" with no country and no name after it)
        are included as kind "role" mentions without actor (for gap reports).
        `norm`: `rasad.arabic.normalize(text)` when the caller has it already (the pipeline
        normalises each article once for all stages); ignored when it is of another text.
        """
        nt: NormText | Norm
        if norm is not None and (norm.original is text or norm.original == text):
            nt = norm
        else:
            nt = fast_normalize(text)
        t = nt.text
        span = nt.span
        hits = self._hits(t)
        items = self._compose(t, hits)
        self._resolve_entities(items, on, t)
        out: list[Mention] = []
        add = out.append
        pending: list[_Item] = []  # role/honorific items that may merge into a following person
        prev_end = 0
        heads = self.data.place_heads
        for item in items:
            lo, prev_end = prev_end, item.end
            if isinstance(item, _Hit):  # an entity
                m = item.res
                if (m is not None and m.via == "nisba" and m.kind == "country" and heads and item.info.nisba_mf
                        and m.actor is not None and m.actor.country
                        and (found := self._unlisted_place(t, lo, item)) is not None):
                    for p in pending:
                        out.extend(self._item_mentions(p, nt, t, on, unresolved))
                    pending = []
                    head_start, name_s, name_e = found
                    s, e = span(head_start, item.end)
                    ns, ne = span(name_s, name_e)
                    iso = m.actor.country
                    # (named in English by its country: no transliteration is guessed)
                    place = Place(id=f"rasad:place:{iso}:{t[name_s:name_e].replace(' ', '_')}",
                                  name_en=m.actor.name_en or iso, name_ar=text[ns:ne], country=iso, kind="city")
                    add(_mention(text[s:e], s, e, "place", None, None, place, "name"))
                    continue
                if m is None:  # a weak form the document does not support
                    if pending:
                        for p in pending:
                            out.extend(self._item_mentions(p, nt, t, on, unresolved))
                        pending = []
                    continue
                start = item.start
                if pending:
                    if m.kind == "person" and m.via in ("name", "alias"):
                        # merge the run of role/honorific items directly before the name
                        fitted = False  # a role with its country was taken as his title
                        for p in reversed(pending):
                            gap = t[p.end:start].strip()
                            if gap not in ("", ",") and not (p.role == "envoy" and all(
                                    w in self.data.fillers for w in gap.split())) and not (
                                    p.kind == "role" and gap in self.data.then_words):
                                # "مبعوث الرئيس الروسي الخاص ألكسندر لافرنتييف": الخاص may
                                # follow the whole title
                                break
                            if p.kind == "role" and not self._role_fits(p, m.entry_id, on):
                                # "الوفد الرسمي لولي ولي العهد الدكتور مساعد العيبان": the office is
                                # someone else's (the delegation's head), not this person's title
                                break
                            if (p.kind == "role" and p.of is None and p.role is not None and fitted
                                    and not self._held(p.role, m.entry_id)):
                                # "والتقى ولي العهد رئيس الوزراء الفرنسي X": a bare office before another
                                # person's titled office is the subject of the clause, not his title
                                break
                            if p.kind == "role" and p.of is not None:
                                fitted = True
                            start = p.start
                            pending.remove(p)
                    for p in pending:
                        out.extend(self._item_mentions(p, nt, t, on, unresolved))
                    pending = []
                s, e = span(start, item.end)
                add(_mention(text[s:e], s, e, m.kind, m.entry_id, m.actor, m.place, m.via))
                continue
            if item.kind in ("role", "honorific", "counterpart"):
                if pending and t[pending[-1].end:item.start].strip() not in ("", ","):
                    for p in pending:
                        out.extend(self._item_mentions(p, nt, t, on, unresolved))
                    pending = []
                pending.append(item)
                continue
            for p in pending:
                out.extend(self._item_mentions(p, nt, t, on, unresolved))
            pending = []
            out.extend(self._item_mentions(item, nt, t, on, unresolved))
        for p in pending:
            out.extend(self._item_mentions(p, nt, t, on, unresolved))
        out.sort(key=_by_start)
        if "بن" in text:
            titles = self.data.honorific_words
            out = [m for m in out if not (m.kind == "person" and m.text.startswith(("بن ", "ابن "))
                                          and _tail_of_a_longer_name(m, text, titles))]
        return out

    def _unlisted_place(self, t: str, lo: int, item: _Hit) -> tuple[int, int, int] | None:
        """"إلى مدينة ناغاتو اليابانية"، "في منتجع سوتشي الروسي": a place head (roles.yaml `place_heads`),
        one or two words the knowledge base does not know (after `lo`), then the country's definite
        singular nisba `item` (agreeing with the head) name a place in that country.
        Returns (start of the head, start and end of the place's name) in normalised offsets."""
        seg_start = max(lo, item.start - 60)
        words = [w.span() for w in _WORD.finditer(t, seg_start, item.start)]
        if len(words) < 2 or t[words[-1][1]:item.start] != " ":
            return None
        for n_name in (1, 2):
            if len(words) <= n_name:
                return None
            hs, he = words[-1 - n_name]
            name_s, name_e = words[-n_name][0], words[-1][1]
            if t[he:name_s] != " " or (n_name == 2 and t[words[-2][1]:words[-1][0]] != " "):
                return None
            head = t[hs:he]
            for k in range(min(3, len(head) - 2), -1, -1):
                if head[:k] in CLITICS and head[k:] in self.data.place_heads:
                    return hs + k, name_s, name_e
        return None

    def _role_fits(self, item: _Item, entry_id: str, on: date | None) -> bool:
        """May a role phrase right before a person's name be that person's title? Yes when the
        person held the office (at any time: news keep a former holder's title, and dates in the
        data are sometimes approximate) or when nobody else is known to hold it on the date (an
        unresolved office: the name says who holds it); no when it resolves to someone else."""
        if item.role is None or item.of is None or item.role in self.data.shared or (
                item.for_ is None and item.role in _POSTED):
            # offices many hold at once ("المبعوث الأمريكي سونغ كيم"): the phrase names no one
            return True
        roles = (item.role, *self.data.fallback.get(item.role, ()))
        e = self.entries.get(entry_id)
        if e is None:
            return True
        for o in e.offices:
            if o.role in roles and o.of == item.of and (item.for_ is None or o.for_ in (None, item.for_)):
                return True
            if o.of == item.of and o.of.startswith("org:"):
                # a movement's officers go by loose titles ("زعيم حماس في غزة يحيى السنوار")
                return True
        if on is not None:
            return self.holder(item.role, item.of, on, item.for_) is None
        # no date: an office with known holders names one of them
        return not any(k[1] == item.of and k[0] in roles for k in self._holders)

    def _held(self, role: str, entry_id: str | None) -> bool:
        """Did the person ever hold the office `role` (or one it falls back to), by the data?"""
        e = self.entries.get(entry_id) if entry_id else None
        if e is None:
            return True
        roles = (role, *self.data.fallback.get(role, ()))
        return any(o.role in roles for o in e.offices)

    def _modified(self, t: str, start: int) -> bool:
        """Is the word before a role phrase one that makes it someone else's office (a deputy, an
        adviser, a spokesman of the holder)?"""
        k = start - 1
        while k >= 0 and _is_word(t[k]):  # a proclitic of the role's own word ("للرئيس")
            k -= 1
        while k >= 0 and t[k] == " ":
            k -= 1
        j = k
        while j >= 0 and _is_word(t[j]):
            j -= 1
        word = t[j + 1:k + 1]
        if word in _ORDINALS:  # "النائب الأول للرئيس": the word before the ordinal
            return self._modified(t, j + 1)
        return bool(word) and word in self.data.role_modifiers

    def _item_mentions(self, item: _Item, nt: Any, t: str, on: date | None, unresolved: bool) -> list[Mention]:
        s, e = nt.span(item.start, item.end)
        surface = nt.original[s:e]
        if item.kind == "role":
            if item.of is not None and self._modified(t, item.start):
                # "نائبة المبعوث الأميركي"، "المتحدث باسم الرئيس التركي": another person's office
                item = replace(item, of=None)
            if item.of is None or item.role is None:
                if unresolved:
                    return [_mention(surface, s, e, "role", None, None, None, "role")]
                return []
            rid, actor = self._role_actor(item.role, item.of, item.for_, on, item.female)
            return [_mention(surface, s, e, "person", rid, actor, None, "role")]
        if item.kind == "counterpart":
            if item.of is None:
                if unresolved:
                    return [_mention(surface, s, e, "role", None, None, None, "counterpart")]
                return []
            country = self._country_code(item.of)
            cid = f"rasad:counterpart:{country or item.of}"
            return [_mention(surface, s, e, "person", cid,
                             Actor(id=cid, name_en=None, name_ar=None, kind="person", country=country),
                             None, "counterpart")]
        if item.kind == "country" and item.of:
            ent = self._entity_for(item.of)
            if ent.kind == "organization":
                return [_mention(surface, s, e, "organization", ent.id, self.actor(ent.id), None, "metonym")]
            return [_mention(surface, s, e, "country", ent.id, self.actor(ent.id), None, "metonym")]
        if item.kind == "group" and item.of:
            ent = self._entity_for(item.of)
            gid = f"rasad:group:delegation:{item.of}"
            actor = Actor(id=gid, name_en=f"Delegation of {ent.title_name or ent.name_en}",
                          name_ar=f"وفد {ent.name_ar}" if ent.name_ar else None, kind="group",
                          country=ent.country)
            return [_mention(surface, s, e, "group", gid, actor, None, "metonym")]
        return []

    def _entity_for(self, of: str) -> Entry:
        return self.entries.get(of) or self.entries[country_id(of)]

    def _country_code(self, of: str) -> str | None:
        memo = self._cc_memo
        if of in memo:
            return memo[of]
        e = self.entries.get(of) or self.entries.get(country_id(of))
        c = memo[of] = e.country if e else None
        return c

    def _resolve_entities(self, items: list[_Item | _Hit], on: date | None, t: str) -> None:
        """Choose one entry per entity item (document context breaks ties): `item.res`, the
        mention's fields but its offsets (the caller maps them back)."""
        countries: dict[str, int] = {}
        persons: dict[str, int] = {}
        entries = self.entries
        ents: list[_Hit] = []
        for item in items:
            if isinstance(item, _Hit):
                ents.append(item)
                info = item.info
                if info.unique is not None:
                    cp = info.unique_cp
                    if cp is _UNSET:
                        e = entries[info.unique]
                        cp = info.unique_cp = (e.country, e.id if e.kind == "person" else None)
                    if cp[0]:
                        countries[cp[0]] = countries.get(cp[0], 0) + 1
                    if cp[1] is not None:
                        persons[cp[1]] = persons.get(cp[1], 0) + 1
            elif item.of:
                c = self._country_code(item.of)
                if c:
                    countries[c] = countries.get(c, 0) + 1

        def support(x: str) -> float:
            e = entries[x]
            if e.kind == "person":
                # (two namesakes in office on the day, "محمد عبد العزيز" of Libya and of the Polisario:
                # the one of a country the article names, "نظيره الليبي")
                return (persons.get(x, 0) * 10 + (0.5 if on and any(o.active(on) for o in e.offices) else 0)
                        + 0.1 * min(countries.get(e.country or "", 0), 4))
            return float(countries.get(e.country or "", 0))

        def score(x: str, cands: dict[str, str]) -> tuple[float, int, int]:
            e = entries[x]
            st = _STRENGTH[cands[x]]
            if e.kind == "place":
                st = 2 if e.default else 1
            return (support(x), st, 0)

        static = self._res_static
        dated = self._res_dated
        for item in ents:
            if item.info.conj_split:
                self._split_conjunction(item, t, support)
            info = item.info
            cands = info.cands  # shared by every hit of the form: read only
            best = info.only
            if best is None:
                best = max(cands, key=partial(score, cands=cands))
            tag = cands[best]
            if tag == WEAK and support(best) <= 0:
                continue
            if tag == ALIAS and persons and best not in persons and entries[best].kind == "person":
                # "الحبيب المالكي ... دعوة إلى المالكي": a one-word surname is the person the
                # article named in full, not another person the form is an alias of
                w = t[item.start:item.end]
                owner = [x for x in persons if w in self._surnames(x)] if " " not in w else []
                if len(owner) == 1:
                    best = owner[0]
            # the chosen entry's mention fields depend only on (entry, tag), and for a person on
            # the date too (the title of the office held then): built once, not per hit
            key = (best, tag)
            res = static.get(key)
            if res is None:
                if entries[best].kind != "person":
                    res = static[key] = self._resolution(best, tag, None)
                else:
                    dkey = (best, tag, on)
                    res = dated.get(dkey)
                    if res is None:
                        if len(dated) > 100_000:
                            dated.clear()
                        res = dated[dkey] = self._resolution(best, tag, on)
            item.res = res

    def _split_conjunction(self, item: _Hit, t: str, support: Callable[[str], float]) -> None:
        """"إلى القاهرة وجدة": the form "وجدة" (Oujda) is also و + "جدة" (Jeddah); the reading whose
        entries the document supports more wins (a tie keeps the whole word unless a place or
        country comes just before it: a list of places)."""
        got = self._conj_split.get(t[item.start:item.end])
        if got is None or item.prefix:
            return
        refs, info = got
        # (the word's own hit counted its entry's country: not a support of itself)
        own = max((support(x) - (x == item.info.unique) for x in item.info.cands), default=0.0)
        other = max(map(support, info.cands), default=0.0)
        before = t[:item.start].rstrip().rsplit(" ", 1)[-1]
        listed = bool(before) and any(tag in (PLACE, METONYM) or self.entries[x].kind == "country"
                                      for tag, x in self.data.forms.get(before, ()))
        if other > own or (other == own and listed):
            item.start += 1
            item.prefix = "و"
            item.refs, item.info = refs, info

    def _surnames(self, eid: str) -> frozenset[str]:
        """The last words of a person's Arabic names (normalised), memoised."""
        got = self._last_words.get(eid)
        if got is None:
            e = self.entries[eid]
            got = self._last_words[eid] = frozenset(
                normalize_key(n).split()[-1] for n in (e.name_ar, *e.aliases_ar) if n and " " in n.strip())
        return got

    def _resolution(self, best: str, tag: str, on: date | None) -> _Resolved:
        e = self.entries[best]
        kind: Any
        place = None
        actor: Actor | None
        if e.kind == "place":
            kind = "place"
            place = self.place_of(e.id)
            actor = self.actor(e.id) if e.metonym and e.country else None
            via = "metonym" if e.metonym else "name"
        else:
            kind = e.kind
            actor = self.actor(e.id, on)  # a non-person's actor does not depend on the date
            via = ("nisba" if tag in NISBA_TAGS else "metonym" if tag in (METONYM, WEAK)
                   else "alias" if tag == ALIAS else "name")
            if e.kind == "person" and tag == NAME:
                via = "name"
        return _Resolved(kind, e.id, actor, place, via)

    # ------------------------------------------------------------------ gaps
    def gaps(self, text: str, on: date | None = None) -> list[dict[str, Any]]:
        """Person-like stretches the knowledge base could not resolve (for gap reports).

        Each gap: {"type", "text", "start", "end", "detail"} with type
        "no-holder" (a role phrase whose office has no known holder on `on`),
        "unknown-name" (a role phrase, title or honorific followed by words that match no
        entry, e.g. "وزير الخارجية الباكستاني خواجة آصف" without Asif in the data; `detail`
        gives those words), or "bare-role" (a role word with no country, organisation or name).
        """
        nt = fast_normalize(text)
        t = nt.text
        items = self._compose(t, self._hits(t))
        mentions = self.find_mentions(text, on)
        starts = {m.start for m in mentions}
        merged = [(m.start, m.end) for m in mentions if m.kind == "person" and m.via in ("name", "alias")]
        out: list[dict[str, Any]] = []
        for item in items:
            if isinstance(item, _Hit) or item.kind not in ("role", "honorific"):
                continue
            s, e = nt.span(item.start, item.end)
            if any(a <= s < b for a, b in merged):
                continue
            words = _following_words(t, item.end)
            # only words up to the next known mention
            nxt = [w for w in words if nt.span(w[0], w[0] + 1)[0] not in starts]
            if len(nxt) < len(words):
                nxt = words[:next(i for i, w in enumerate(words) if nt.span(w[0], w[0] + 1)[0] in starts)]
            detail = " ".join(w[1] for w in nxt)
            if item.kind == "role" and item.of and item.role:
                if on is not None and self.holder(item.role, item.of, on, item.for_) is None:
                    out.append({"type": "no-holder", "text": text[s:e], "start": s, "end": e,
                                "detail": f"{self.role_title(item.role, item.of, item.for_)} @ {on}"})
                elif nxt:
                    out.append({"type": "unknown-name", "text": text[s:e], "start": s, "end": e, "detail": detail})
            elif nxt:
                out.append({"type": "unknown-name" if item.kind == "honorific" else "bare-role",
                            "text": text[s:e], "start": s, "end": e, "detail": detail})
        return out

    # ------------------------------------------------------------------ search
    def search(self, query: str, limit: int = 10) -> list[Actor]:
        """Actors whose name or any alias (Arabic or English) matches `query`: exact matches
        (case, accent and Arabic-spelling insensitive) first, then fuzzy English/Arabic matches
        (rapidfuzz WRatio >= 85). Places are not returned; persons carry their latest title."""
        from rapidfuzz import fuzz, process

        index = self._index()
        key = _search_key(query)
        ids: list[str] = []
        for eid in sorted(index.get(key, ())):
            ids.append(eid)
        if len(ids) < limit:
            for cand, _score, _ in process.extract(key, list(index), scorer=fuzz.WRatio, score_cutoff=85,
                                                  limit=limit * 3):
                for eid in sorted(index[cand]):
                    if eid not in ids:
                        ids.append(eid)
        return [self.actor(eid) for eid in ids[:limit]]

    def _index(self) -> dict[str, set[str]]:
        if self._search_index is None:
            idx: dict[str, set[str]] = {}
            for e in self.entries.values():
                if e.kind == "place":
                    continue
                names = [e.name_en, *(e.aliases_en), e.name_ar or "", *e.aliases_ar, e.id]
                if e.kind == "country" and e.country:
                    names.append(e.country)
                if e.wikidata:
                    names.append(e.wikidata)
                for nm in names:
                    k = _search_key(nm)
                    if k:
                        idx.setdefault(k, set()).add(e.id)
            self._search_index = idx
        return self._search_index


def _search_key(text: str) -> str:
    """Lower case, no accents (Çavuşoğlu = cavusoglu), hyphens as spaces, Arabic normalised."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    folded = folded.replace("-", " ").replace("ı", "i")
    return normalize_key(folded)


# Words after a title that are not part of a name: prepositions, particles, time words and
# frequent verbs (normalised). Used only by the gap report.
_NOT_NAME = frozenset(normalize_key(w) for w in (
    "في إلى الى على من عن مع أن إن أنه انه الذي التي الذين خلال اليوم أمس غدا قد لقد لم لن كان كانت "
    "وقال قال أكد وأكد أعلن وأعلن بحث يبحث يزور زار التقى استقبل يلتقي هذا هذه ذلك تلك بعد قبل حول "
    "عبر لدى أثناء منذ حتى ثم أو أي كل بين بشأن لبحث لـ له لها هو هي هم الجديد السابق الحالي الأسبق "
    "المنتهية ولايته المكلف بالوكالة نفسه ذاته أيضا ايضا كما").split())


def _following_words(t: str, pos: int, limit: int = 3) -> list[tuple[int, str]]:
    """Up to `limit` name-like words after `pos` in normalised text (stop at punctuation)."""
    out: list[tuple[int, str]] = []
    i = pos
    n = len(t)
    while len(out) < limit:
        if i >= n or t[i] != " ":
            break
        j = i + 1
        k = j
        while k < n and _is_word(t[k]):
            k += 1
        word = t[j:k]
        if not word or word in _NOT_NAME or word.isdigit():
            break
        out.append((j, word))
        i = k
    return out
