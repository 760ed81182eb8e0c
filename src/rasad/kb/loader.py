"""Reading the data files of `rasad/kb/data` into entries and Arabic surface forms.

Every surface form is normalised with `rasad.arabic.normalize_key` so that alef, ya and
ta-marbuta spellings and diacritics do not matter. Format of each file: data/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rasad.arabic.normalize import normalize_key
from rasad.dataio import load_yaml
from rasad.errors import KnowledgeError
from rasad.kb.model import Entry, person_from_dict

# libyaml's C loader parses the data about ten times faster than the pure-Python one.

# Form tags (what a surface form is a form of).
NAME = "name"  # person: canonical Arabic name; organisation: name; country: name
ALIAS = "alias"
NISBA_M = "nisba_m"  # definite masculine nisba (الأمريكي)
NISBA_F = "nisba_f"  # definite feminine nisba (الأمريكية)
NISBA_PL = "nisba_pl"  # definite plural (الأمريكيين)
NISBA_I = "nisba_i"  # indefinite nisba, any gender/number (أمريكي، أمريكية)
METONYM = "metonym"
WEAK = "weak"  # weak metonym: used only when the document favours this country
ORG_NISBA = "org_nisba"  # definite organisation nisba (الأممي): only inside role phrases
PLACE = "place"
HEAD = "head"
FIXED = "fixed"
COUNTERPART = "counterpart"
INSTITUTION = "institution"
DELEGATION = "delegation"
HONORIFIC = "honorific"
NOT_A_NAME = "not_a_name"  # a phrase holding a form that does not name it (places.yaml `not_in`): no mention

NISBA_TAGS = frozenset({NISBA_M, NISBA_F, NISBA_PL, NISBA_I})


@dataclass(frozen=True)
class Head:
    role: str
    definite: bool
    gender: str
    bare: bool
    default_of: str | None
    one_word: bool


@dataclass
class KBData:
    entries: dict[str, Entry] = field(default_factory=dict)
    forms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # norm form -> [(tag, target)]
    heads: list[Head] = field(default_factory=list)
    fixed: list[tuple[str, str]] = field(default_factory=list)  # (role, of)
    fillers: frozenset[str] = frozenset()
    then_words: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()  # roles.yaml `place_heads`: مدينة، بلدة، منتجع ...
    honorific_words: frozenset[str] = frozenset()
    fallback: dict[str, list[str]] = field(default_factory=dict)
    titles: dict[str, dict[str, str]] = field(default_factory=dict)
    priority: list[str] = field(default_factory=list)
    shared: frozenset[str] = frozenset()  # roles several people hold at once (roles.yaml `shared`)
    by_country: dict[str, str] = field(default_factory=dict)  # ISO3 -> entry id
    by_wikidata: dict[str, str] = field(default_factory=dict)
    dropped: set[str] = field(default_factory=set)

    def add(self, form: str, tag: str, target: str) -> None:
        key = normalize_key(form)
        if len(key) < 2 or key in self.dropped and tag not in (HEAD, FIXED, HONORIFIC):
            return
        refs = self.forms.setdefault(key, [])
        if (tag, target) not in refs:
            refs.append((tag, target))


def _read_yaml(path: Path | Any) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise KnowledgeError(f"invalid YAML: {err}", source=str(path)) from err


def data_dir() -> Any:
    return resources.files("rasad.kb").joinpath("data")


def country_id(iso3: str) -> str:
    return f"country:{iso3}"


def nisba_forms(masc: str) -> dict[str, list[str]]:
    """Inflected forms of a masculine nisba without ال (every word inflects: كوري شمالي)."""
    words = normalize_key(masc).split()

    def each(fn: Any) -> str:
        return " ".join(fn(w) for w in words)

    return {
        NISBA_M: [each(lambda w: "ال" + w)],
        NISBA_F: [each(lambda w: "ال" + w + "ه")],
        NISBA_PL: [each(lambda w: "ال" + w + "ون"), each(lambda w: "ال" + w + "ين")],
        NISBA_I: [each(lambda w: w), each(lambda w: w + "ه"), each(lambda w: w + "ون"), each(lambda w: w + "ين")],
    }


def auto_nisba(name_ar: str) -> str | None:
    """Nisba of a one-word country name by the regular rule (كندا -> كندي, ألمانيا -> ألماني).

    Irregular ones (السعودية -> سعودي, الولايات المتحدة -> أمريكي) are written in country_forms.yaml.
    """
    w = normalize_key(name_ar)
    if " " in w:
        return None
    if w.startswith("ال"):
        w = w[2:]
    if w.endswith("يا"):
        w = w[:-2]
    elif w.endswith("ا") or w.endswith("ه"):
        w = w[:-1]
    if len(w) < 3:
        return None
    return w + "ي"


def load(people_dir: Path | None = None, extra_people: list[Path] | None = None) -> KBData:
    root = data_dir()
    kb = KBData()
    _load_countries(kb, root)
    _load_orgs(kb, root)
    _load_places(kb, root)
    _load_roles(kb, root)
    pdir: Any = people_dir if people_dir is not None else root.joinpath("people")
    files: list[Any] = []
    if pdir.is_dir():
        files = sorted((p for p in pdir.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)
    for p in files + list(extra_people or []):
        _load_people(kb, p)
    return kb


def _load_countries(kb: KBData, root: Any) -> None:
    base = _read_yaml(root.joinpath("countries.yaml"))
    forms = _read_yaml(root.joinpath("country_forms.yaml")) or {}
    for row in base:
        iso3 = row["iso3"]
        extra = forms.get(iso3) or {}
        eid = country_id(iso3)
        the = bool(extra.get("the"))
        e = Entry(id=eid, kind="country", name_en=row["name_en"], name_ar=row["name_ar"], country=iso3,
                  wikidata=extra.get("wikidata"), aliases_ar=[str(x) for x in extra.get("names") or []],
                  title_name=("the " if the else "") + row["name_en"])
        kb.entries[eid] = e
        kb.by_country[iso3] = eid
        if e.wikidata:
            kb.by_wikidata[e.wikidata] = eid
        kb.dropped = {normalize_key(x) for x in extra.get("drop") or []}
        for name in [row["name_ar"], *e.aliases_ar]:
            kb.add(name, NAME, eid)
        nisbas = extra.get("nisba")
        if nisbas is None:
            auto = auto_nisba(row["name_ar"])
            nisbas = [auto] if auto else []
        for n in nisbas:
            for tag, fs in nisba_forms(str(n)).items():
                for f in fs:
                    kb.add(f, tag, eid)
        for pl in extra.get("plural") or []:
            kb.add("ال" + normalize_key(str(pl)), NISBA_PL, eid)
            kb.add(str(pl), NISBA_I, eid)
        for m in extra.get("metonyms") or []:
            kb.add(str(m), METONYM, eid)
        for m in extra.get("weak_metonyms") or []:
            kb.add(str(m), WEAK, eid)
        kb.dropped = set()


def _load_orgs(kb: KBData, root: Any) -> None:
    for d in _read_yaml(root.joinpath("organizations.yaml")):
        e = Entry(id=d["id"], kind="organization", name_en=d["name_en"], name_ar=d["name_ar"],
                  country=d.get("country"), wikidata=d.get("wikidata"),
                  aliases_en=[str(x) for x in d.get("aliases_en") or []],
                  aliases_ar=[str(x) for x in d.get("aliases_ar") or []],
                  title_name=d.get("title_name") or d["name_en"], short_en=d.get("short_en") or d["name_en"],
                  domestic=bool(d.get("domestic")))
        if e.id in kb.entries:
            raise KnowledgeError(f"duplicate id {e.id}", source="organizations.yaml")
        kb.entries[e.id] = e
        if e.wikidata:
            kb.by_wikidata[e.wikidata] = e.id
        kb.add(e.name_ar or "", NAME, e.id)
        for a in e.aliases_ar:
            kb.add(a, ALIAS, e.id)
        for n in d.get("nisba_ar") or []:
            fs = nisba_forms(str(n))
            for f in fs[NISBA_M] + fs[NISBA_F]:
                kb.add(f, NISBA_M if d.get("nisba_standalone") else ORG_NISBA, e.id)


def _load_places(kb: KBData, root: Any) -> None:
    # "إلى العاصمة العمانية": a capital named by its country's feminine nisba (the capital of every
    # metonym city, unless `capital: false`), generated here so that no entry lists all of them
    fem: dict[str, list[str]] = {}
    for form, refs in kb.forms.items():
        for tag, target in refs:
            if tag == NISBA_F:
                fem.setdefault(target, []).append(form)
    for d in _read_yaml(root.joinpath("places.yaml")):
        names = [str(x) for x in d.get("ar") or []]
        e = Entry(id=d["id"], kind="place", name_en=str(d["en"]), name_ar=names[0] if names else None,
                  country=d.get("country"), aliases_ar=names[1:], place_kind=d.get("kind", "city"),
                  metonym=bool(d.get("metonym")), default=bool(d.get("default")),
                  seat=str(d["seat"]) if d.get("seat") else None)
        if e.id in kb.entries:
            raise KnowledgeError(f"duplicate id {e.id}", source="places.yaml")
        kb.entries[e.id] = e
        for n in names:
            kb.add(n, PLACE, e.id)
        for phrase in d.get("not_in") or []:
            # the automaton keeps the longest hit, so the phrase hides the place's form inside it
            kb.add(str(phrase), NOT_A_NAME, e.id)
        if e.metonym and e.place_kind == "city" and e.country and d.get("capital", True):
            for f in fem.get(country_id(e.country), []):
                kb.add("العاصمه " + f, PLACE, e.id)


def _definite(word: str) -> bool:
    """Does a head's last word carry the article? A conjunct noun keeps it after its و: "وزير الطاقة
    والمياه" ends in a definite word, so it composes with a nisba ("وزير الطاقة والمياه اللبناني") like
    "وزير الطاقة" does. (Not a general clitic strip: a head's last word is never a ب/ل/ك phrase.)"""
    if word.startswith("و") and word[1:].startswith("ال"):
        word = word[1:]
    return word.startswith("ال")


def _feminine_form(key: str, nouns: dict[str, str], adjectives: dict[str, str]) -> str | None:
    """The feminine of a normalised head form whose first word is an office noun with a feminine
    (roles.yaml `feminine`): "رييس مجلس الوزراء" -> "رييسه مجلس الوزراء"، "الامين العام" -> "الامينه
    العامه" (the adjectives right after the noun agree with it; the nouns after it keep their
    gender). None when the first word has none."""
    words = key.split()
    fem = nouns.get(words[0])
    if fem is None:
        return None
    out = [fem]
    k = 1
    while k < len(words) and words[k] in adjectives:
        out.append(adjectives[words[k]])
        k += 1
    return " ".join(out + words[k:])


def _load_roles(kb: KBData, root: Any) -> None:
    d = _read_yaml(root.joinpath("roles.yaml"))
    fem = d.get("feminine") or {}
    nouns = {normalize_key(k): normalize_key(v) for k, v in (fem.get("nouns") or {}).items()}
    adjectives = {normalize_key(k): normalize_key(v) for k, v in (fem.get("adjectives") or {}).items()}
    listed = {normalize_key(form) for h in d["heads"] for form in h["ar"]}
    for h in d["heads"]:
        for form in h["ar"]:
            key = normalize_key(form)
            # each form with, unless listed already, its feminine ("رئيسة مجلس الوزراء الإيطالي")
            f_key = _feminine_form(key, nouns, adjectives)
            for k, gender in ((key, h.get("gender", "m")),
                              *(((f_key, "f"),) if f_key is not None and f_key not in listed else ())):
                words = k.split()
                head = Head(role=h["role"], definite=_definite(words[-1]), gender=gender,
                            bare=bool(h.get("bare")), default_of=h.get("default_of"), one_word=len(words) == 1)
                kb.heads.append(head)
                kb.add(k, HEAD, str(len(kb.heads) - 1))
    for f in d.get("fixed") or []:
        kb.fixed.append((f["role"], f["of"]))
        for form in f["ar"]:
            kb.add(form, FIXED, str(len(kb.fixed) - 1))
    for tag, section in ((COUNTERPART, "counterpart"), (INSTITUTION, "institutions"),
                         (DELEGATION, "delegations"), (HONORIFIC, "honorifics")):
        for form in d.get(section) or []:
            kb.add(form, tag, "")
    kb.fillers = frozenset(w for x in d.get("fillers") or [] for w in normalize_key(x).split())
    kb.then_words = frozenset(normalize_key(x) for x in d.get("then_words") or [])
    kb.connectors = frozenset(normalize_key(x) for x in d.get("for_connectors") or [])
    kb.org_words = frozenset(normalize_key(x) for x in d.get("org_words") or [])
    kb.state_words = frozenset(normalize_key(x) for x in d.get("state_words") or [])
    kb.role_modifiers = frozenset(normalize_key(x) for x in d.get("role_modifiers") or [])
    kb.place_heads = frozenset(normalize_key(x) for x in d.get("place_heads") or [])
    kb.honorific_words = frozenset(normalize_key(x) for x in d.get("honorifics") or [] if " " not in str(x))
    kb.fallback = {k: list(v) for k, v in (d.get("fallback") or {}).items()}
    kb.titles = {k: (v if isinstance(v, dict) else {"default": v}) for k, v in (d.get("titles") or {}).items()}
    kb.priority = list(d.get("priority") or [])
    kb.shared = frozenset(d.get("shared") or [])


def _article_variants(name: str) -> list[str]:
    """Spellings of a long Arabic name with the article dropped from its middle names: Gulf news
    writes "صباح خالد الحمد الصباح" as often as "صباح الخالد الحمد الصباح". Only names of four
    words or more, whose first and last words are kept as written (one-word changes in a short
    name would reach other people)."""
    words = name.split()
    if len(words) < 4:
        return []
    mids = [k for k in range(1, len(words) - 1) if words[k].startswith("ال") and len(words[k]) > 4]
    out = []
    for k in mids:
        v = words.copy()
        v[k] = v[k][2:]
        out.append(" ".join(v))
    if len(mids) > 1:
        v = [w[2:] if k in mids else w for k, w in enumerate(words)]
        out.append(" ".join(v))
    return out


def _load_people(kb: KBData, path: Any) -> None:
    data = _read_yaml(path)
    if data is None:
        return
    if not isinstance(data, list):
        raise KnowledgeError("a people file must be a YAML list", source=str(path))
    for d in data:
        e = person_from_dict(d, str(path))
        if e.id in kb.entries:
            # Two files may list the same person (several editors): merge aliases and offices.
            old = kb.entries[e.id]
            old.aliases_ar += [a for a in e.aliases_ar if a not in old.aliases_ar]
            old.aliases_en += [a for a in e.aliases_en if a not in old.aliases_en]
            old.offices += [o for o in e.offices if o not in old.offices]
            # a file listing only extra offices may load before the person's own file
            old.name_ar = old.name_ar or e.name_ar
            old.country = old.country or e.country
            old.wikidata = old.wikidata or e.wikidata
            old.gender = old.gender or e.gender
            e = old
        else:
            kb.entries[e.id] = e
        if e.wikidata:
            kb.by_wikidata[e.wikidata] = e.id
        if e.name_ar:
            kb.add(e.name_ar, NAME, e.id)
        for a in e.aliases_ar:
            kb.add(a, ALIAS, e.id)
        for a in [e.name_ar or "", *e.aliases_ar]:
            for v in _article_variants(a):
                kb.add(v, ALIAS, e.id)
