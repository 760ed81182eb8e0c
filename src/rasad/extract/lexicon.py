"""Loads the extractor's data files (triggers, cues, topics) into lookup tables.

The files are documented in `data/README.md` and in their headers. Everything is keyed
on `normalize_key` forms so that lookups ignore alef/ya/ta-marbuta spelling.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from rasad.arabic.normalize import normalize_key
from rasad.dataio import load_yaml

# Proclitics peeled before a lexicon lookup, longest first. rasad.arabic.tokens has the
# same list for general use; this one adds the future prefix combinations, which only
# make sense before a verb form.
PROCLITICS: tuple[str, ...] = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
                               "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# Pronoun suffixes of the third person (news rarely speaks in the first or second), the
# accusative alef (اتصالا) and plural/dual endings.
SUFFIXES: tuple[str, ...] = ("هما", "هم", "هن", "نا", "ها", "ه", "ا", "ات", "ان", "ين")
# Proclitics before a bare office (وزير الدفاع، ولرئيس الحكومة) and a dual country name
# (الكوريتين، وبالكوريتين), in the order they are tried.
OFFICE_PROCLITICS: tuple[str, ...] = ("", "و", "ب", "ل", "ف", "وب", "ول")
DUAL_PROCLITICS: tuple[str, ...] = ("", "و", "ب", "ل", "وب")


@dataclass(frozen=True)
class Family:
    """One trigger family of triggers.yaml."""

    id: str
    type: str
    subject: str = "source"
    markers: dict[str, str] = field(default_factory=dict)
    direct: bool = False
    needs: frozenset[str] = frozenset()
    needs_or_support: bool = False
    needs_support: bool = False
    window: int = 4
    excludes: frozenset[str] = frozenset()
    skip_prefixes: frozenset[str] = frozenset()
    only_prefixes: frozenset[str] = frozenset()  # the trigger counts only with one of these proclitics
    only_after: frozenset[str] = frozenset()  # the trigger counts only right after one of these words
    only_before: frozenset[str] = frozenset()  # the trigger counts only right before one of these words
    require_marker: bool = False
    scope_end_needs: bool = False
    weak: bool = False
    genitive_other: bool = False
    needs_before: frozenset[str] = frozenset()
    direct_places: bool = False  # the direct object must be a place (غادر صنعاء), not a party
    persons_only: bool = False  # every party must be a person (co-signers met; signing states did not)
    joins: bool = False  # joining a contact told before: at its place and, with no time of its own, on its day
    needs_far: bool = False  # the needed word may follow the parties, anywhere in the clause
    revisit: bool = False  # a return: a visit only to a country the traveller's visit was told to
    accepted: bool = False  # an invitation the clause's trip answers: made before it, its day untold
    needs_place: bool = False  # "إلى" + a country or place within the window also does for `needs`
    sends: bool = False  # the verb's object travels, not its subject ("أوفد X وزير خارجيته Y إلى الخرطوم")
    confidence: float = 0.75


@dataclass(frozen=True)
class Hit:
    """A token read as a trigger form."""

    family: Family
    aspect: str  # "perfect" | "imperfect" | "noun"
    proclitic: str
    suffix: str
    future: bool


@dataclass
class Lexicon:
    forms: dict[str, list[tuple[Family, str]]]
    support: dict[str, str]
    support_imperfect: frozenset[str]
    types: dict[str, dict[str, str]]
    planned_plover: str
    cues: dict[str, Any]
    words: dict[str, frozenset[str]]  # single-word cue sets
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # multi-word cue sequences
    group_names: dict[str, str]
    plural_roles: dict[tuple[str, ...], str]
    bare_offices: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (rest, role key)
    dual_countries: dict[tuple[str, ...], tuple[str, ...]]  # words -> the two ISO3 codes they name
    dual_country_heads: frozenset[str]  # first words of dual_countries
    topics: tuple[tuple[str, tuple[tuple[str, ...], ...], frozenset[str], tuple[str, ...]], ...]
    not_triggers: frozenset[str] = frozenset()  # tokens never read as a trigger (وزارة "ministry")
    # support verbs of a group with `families`: the only trigger families they carry (يستعد لزيارة)
    support_families: dict[str, frozenset[str]] = field(default_factory=dict)
    anaphor_numbers: dict[str, int] = field(default_factory=dict)  # الثلاثه -> 3 ("الوزراء الثلاثة")
    # "أمير البلاد"، "ولي عهدها": first word -> (rest, role key), offices of the country just named
    place_offices: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    _cache: dict[str, Hit | None] = field(default_factory=dict)
    # Derived tables (built once from the above in __post_init__). Why: the extractor used to
    # try every proclitic on every token with str.startswith (millions of calls per corpus);
    # each table maps every prefixed form to the reading the first matching proclitic gives.
    office_forms: dict[str, tuple[str, str]] = field(init=False)  # و/ب/ل...+first word -> (proclitic, word)
    place_office_forms: dict[str, str] = field(init=False)  # (و/ف+)first word of place_offices -> that word
    dual_country_forms: dict[str, str] = field(init=False)  # proclitic + first word -> first word
    dual_anaphor_forms: frozenset[str] = field(init=False)  # الرئيسان، والرئيسان، فالرئيسان
    # honorific noun (سمو، فخامة) -> the honorific pronoun that refers back to its bearer (سموه، فخامته)
    honorific_class: dict[str, str] = field(init=False)
    descriptor_orgs: dict[str, str] = field(init=False)  # "الاممي" -> "org:un"
    dual_anaphor_roles: dict[str, tuple[str, ...]] = field(init=False)  # "الرئيسان" -> ("president", ...)
    dual_anaphor_not_roles: dict[str, tuple[str, ...]] = field(init=False)  # "الوزيرين" -> ("president", ...)
    descriptor_forms: frozenset[str] = field(init=False)  # المسؤول، والمسؤول، للمسؤول ...
    descriptor_offices: dict[str, str] = field(init=False)  # "الوزير" -> "Minister"
    before_nouns: tuple[str, ...] = field(init=False)  # "وصول" (قبل وصوله: "before")
    honorific_roles: dict[str, tuple[str, ...]] = field(init=False)  # "فخامته" -> ("president", ...)
    delegation_anaphor_forms: frozenset[str] = field(init=False)  # الوفد، والوفد، للوفد ...
    people_nouns: frozenset[str] = field(init=False)  # ممثلين، قيادات، وزراء، وفدا: nouns of people
    # ("الرؤساء", "الثلاثه") -> ("LBN", ("president", "parliament_speaker", "prime_minister"))
    collective_offices: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = field(init=False)
    apposition_titles: frozenset[str] = field(init=False)  # title_words | org_office_heads (built once, not per sentence)
    # per topic, one regex of its multi-word cues as " w1 w2 " (any of them inside " ".join(words))
    topic_phrase_res: tuple[re.Pattern[str] | None, ...] = field(init=False)
    topic_prefix_cache: dict[str, frozenset[int]] = field(init=False, default_factory=dict)
    phrase_firsts: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(init=False)  # kind -> first word -> rests
    _support_cache: dict[str, tuple[str, bool, bool] | None] = field(init=False, default_factory=dict)
    hit_words: set[str] = field(init=False, default_factory=set)  # every token looked up that is a trigger form
    _form_auto: Any = field(init=False, default=None)  # every trigger form (and its hamza seats), as substrings
    _prefix_lens: tuple[int, ...] = field(init=False, default=())
    _prefix_topics: dict[str, tuple[int, ...]] = field(init=False, default_factory=dict)

    def hits_among(self, words: set[str]) -> set[str]:
        """The words of `words` that read as a trigger (`lookup` is not None). Why not one
        lookup per word: set operations in C against the lookup cache; only new words are read."""
        for w in words.difference(self._cache):  # C-level: iterates `words`, probes the dict
            self.lookup(w)
        return words & self.hit_words

    def __post_init__(self) -> None:
        self.collective_offices = {
            tuple(normalize_key(str(ar)).split()): (str(e["country"]), tuple(str(r) for r in e["roles"]))
            for e in (self.cues.get("collective_offices") or ()) for ar in e["ar"]}
        self.apposition_titles = self.words.get("title_words", frozenset()) | self.words.get(
            "org_office_heads", frozenset())
        self.office_forms = {}
        for pre in OFFICE_PROCLITICS:  # the first proclitic that gives an office wins, in this order
            for head in self.bare_offices:
                self.office_forms.setdefault(pre + head, (pre, head))
        self.place_office_forms = {pre + head: head for pre in ("", "و", "ف") for head in self.place_offices}
        self.dual_country_forms = {}
        for pre in DUAL_PROCLITICS:
            for head in self.dual_country_heads:
                self.dual_country_forms.setdefault(pre + head, head)
        duals = self.words.get("dual_anaphors", frozenset())
        self.dual_anaphor_forms = frozenset(duals | {c + d for c in ("و", "ف") for d in duals})
        self.honorific_class = {normalize_key(str(noun)): normalize_key(str(pron))
                                for pron, nouns in (self.cues.get("honorific_antecedents") or {}).items()
                                for noun in nouns}
        self.descriptor_orgs = {normalize_key(str(k)): str(v) for k, v in (self.cues.get("descriptor_orgs") or {}).items()}
        self.dual_anaphor_roles = {normalize_key(str(k)): tuple(str(r) for r in v)
                                   for k, v in (self.cues.get("dual_anaphor_roles") or {}).items()}
        self.dual_anaphor_not_roles = {normalize_key(str(k)): tuple(str(r) for r in v)
                                       for k, v in (self.cues.get("dual_anaphor_not_roles") or {}).items()}
        self.descriptor_forms = definite_forms(self.words.get("descriptors", frozenset()))
        self.before_nouns = tuple(normalize_key(str(w)) for w in (self.cues.get("before_nouns") or ()))
        self.honorific_roles = {normalize_key(str(k)): tuple(str(r) for r in v)
                                for k, v in (self.cues.get("honorific_roles") or {}).items()}
        self.descriptor_offices = {normalize_key(str(k)): str(v)
                                   for k, v in (self.cues.get("descriptor_offices") or {}).items()}
        self.delegation_anaphor_forms = definite_forms(self.words.get("delegation_anaphors", frozenset()))
        # plural or collective nouns of people: a verb's object when no party follows ("التقيا ممثلين عن ...")
        self.people_nouns = (self.words.get("envoy_heads", frozenset()) | self.words.get("plural_heads", frozenset())
                             | self.words.get("group_heads", frozenset()))
        self.phrase_firsts = {}
        for kind, phs in self.phrases.items():
            firsts: dict[str, list[tuple[str, ...]]] = {}
            for ph in phs:
                firsts.setdefault(ph[0], []).append(ph[1:])
            self.phrase_firsts[kind] = {k: tuple(v) for k, v in firsts.items()}
        # A token can read as a trigger only if it holds a trigger form (a reading's stem, or the
        # stem after the future سـ, is a substring of it; a stem read back with its bare hamza
        # (لقاء) holds the form with ي/و for ء). One automaton pass rejects the other words
        # before their readings are built (the first sight of a word was most of a cold run).
        if self.forms:
            auto = ahocorasick.Automaton()
            for f in self.forms:
                auto.add_word(f, 0)
                if f.endswith("ء"):
                    auto.add_word(f[:-1] + "ي", 0)
                    auto.add_word(f[:-1] + "و", 0)
                if f.endswith("ه"):  # the dual's ت (برقيتين), read back by _peel
                    auto.add_word(f[:-1] + "ت", 0)
                if f.endswith("ي"):  # a final ى written ا before a pronoun (التقاه), read back by _peel
                    auto.add_word(f[:-1] + "ا", 0)
            auto.make_automaton()
            self._form_auto = auto
        # topic cue prefixes by length: word[:n] -> the topics with that prefix
        prefix_topics: dict[str, list[int]] = {}
        for k, (_, _, _, prefixes) in enumerate(self.topics):
            for pfx in prefixes:
                prefix_topics.setdefault(pfx, []).append(k)
        self._prefix_topics = {k: tuple(v) for k, v in prefix_topics.items()}
        self._prefix_lens = tuple(sorted({len(k) for k in prefix_topics}))
        self.topic_phrase_res = tuple(
            re.compile("|".join(re.escape(" " + " ".join(ph) + " ") for ph in multi)) if multi else None
            for _, multi, _, _ in self.topics)

    def topic_prefix_hits(self, word: str) -> frozenset[int]:
        """Indexes of the topics one of whose cue prefixes (ceasefire*) starts `word`."""
        got = self.topic_prefix_cache.get(word)
        if got is None:
            hits: set[int] = set()
            for n in self._prefix_lens:  # word.startswith(p) is word[:len(p)] == p
                ks = self._prefix_topics.get(word[:n])
                if ks:
                    hits.update(ks)
            got = frozenset(hits)
            if len(self.topic_prefix_cache) < 200_000:
                self.topic_prefix_cache[word] = got
        return got

    def peel(self, token: str) -> list[tuple[str, str, str]]:
        """(stem, proclitic, suffix) readings of a normalised token, the plainest first."""
        return _peel(token)

    def lookup(self, token: str) -> Hit | None:
        if token in self._cache:
            return self._cache[token]
        hit = self._lookup(token)
        if len(self._cache) < 200_000:
            self._cache[token] = hit
        if hit is not None:
            self.hit_words.add(token)
        return hit

    def _lookup(self, token: str) -> Hit | None:
        if token in self.not_triggers:
            return None
        if self._form_auto is None or next(self._form_auto.iter(token), None) is None:
            return None  # no trigger form inside the token: no reading can be one
        for stem, pre, suf in _peel(token):
            entries = self.forms.get(stem)
            future = False
            if not entries and stem.startswith("س") and pre in ("", "و", "ف"):
                entries = [(f, a) for f, a in self.forms.get(stem[1:], []) if a == "imperfect"]
                future = bool(entries)
            if entries:
                fam, aspect = entries[0]
                return Hit(fam, aspect, pre, suf, future)
        return None

    def support_role(self, token: str) -> tuple[str, bool, bool] | None:
        """(role, imperfect, future) when the token is a support verb."""
        cache = self._support_cache
        if token in cache:
            return cache[token]
        got = self._support_role(token)
        if len(cache) < 200_000:
            cache[token] = got
        return got

    def support_carries(self, token: str, family_id: str) -> bool:
        """May the support verb `token` carry a noun of this family? A group with `families` carries
        only those, and they only by such a group: "يستعد X لزيارة العراق", not "يستعد X لمواجهة"
        nor "وجه X دعوة إلى Y لزيارة مصر" (the purpose of the invitation, no visit of X)."""
        if not self.support_families:
            return True
        for stem, _pre, _suf in _peel(token):
            fams = self.support_families.get(stem)
            if fams is None and stem.startswith("س"):
                fams = self.support_families.get(stem[1:])
            if fams is not None:
                return family_id in fams
        return all(family_id not in fams for fams in self.support_families.values())

    def _support_role(self, token: str) -> tuple[str, bool, bool] | None:
        for stem, pre, suf in _peel(token):
            if suf not in ("", "ه", "ها", "هم", "هما", "ا"):
                continue
            if pre.endswith("ال"):
                continue  # a verb takes no article ("من أجل التوصل إلى اتفاق" is no "توصل" = received)
            future = False
            role = self.support.get(stem)
            if role is None and suf and stem.endswith("ا") and stem[:-1] + "ي" in self.support:
                stem = stem[:-1] + "ي"  # "تلقاه"، "أجراها": a final ى is written ا before a pronoun
                role = self.support[stem]
            if role is None and stem.startswith("س") and pre in ("", "و", "ف"):
                role = self.support.get(stem[1:])
                future = role is not None
                stem = stem[1:]
            if role is not None:
                return role, stem in self.support_imperfect or future, future
        return None

    def is_word(self, kind: str, token: str) -> bool:
        return token in self.words[kind]

    def has_phrase(self, kind: str, toks: list[str], lo: int, hi: int) -> bool:
        """Does a cue of `kind` occur inside toks[lo:hi]?"""
        # Why not a loop over positions x phrases: this is called for every trigger over whole
        # clauses; set operations in C answer most calls, and only the positions holding a
        # phrase's first word are compared
        lo = max(lo, 0)
        hi = min(hi, len(toks))
        if lo >= hi:
            return False
        seg = toks[lo:hi]
        if not self.words[kind].isdisjoint(seg):
            return True
        firsts = self.phrase_firsts[kind]
        if not firsts or firsts.keys().isdisjoint(seg):
            return False
        for i, w in enumerate(seg):
            rests = firsts.get(w)
            if rests:
                for rest in rests:
                    if tuple(seg[i + 1:i + 1 + len(rest)]) == rest:
                        return True
        return False

    def phrase_index(self, kind: str, toks: list[str]) -> tuple[list[int], list[int]]:
        """Where the cues of `kind` occur in `toks`, for `phrase_in`: the start of each occurrence
        (ascending) and, from each occurrence on, the smallest end of any later one.
        Why: rules ask "a cue anywhere before the trigger" once per trigger; on a long
        unpunctuated sentence scanning that stretch each time was quadratic."""
        words = self.words[kind]
        firsts = self.phrase_firsts[kind]
        starts: list[int] = []
        ends: list[int] = []
        for j, w in enumerate(toks):
            e = j + 1 if w in words else -1
            rests = firsts.get(w)
            if rests:
                for rest in rests:
                    if tuple(toks[j + 1:j + 1 + len(rest)]) == rest and (e < 0 or j + 1 + len(rest) < e):
                        e = j + 1 + len(rest)
            if e >= 0:
                starts.append(j)
                ends.append(e)
        for k in range(len(ends) - 2, -1, -1):
            if ends[k + 1] < ends[k]:
                ends[k] = ends[k + 1]
        return starts, ends


def phrase_in(index: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
    """`Lexicon.has_phrase(kind, toks, lo, hi)` answered from `phrase_index(kind, toks)`: is there an
    occurrence that starts at lo or later and ends by hi?"""
    starts, min_ends = index
    k = bisect_left(starts, max(lo, 0))
    return k < len(starts) and min_ends[k] <= hi


@lru_cache(maxsize=200_000)
def _peel(token: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = [(token, "", "")]
    pres = [("", token)] + [(p, token[len(p):]) for p in PROCLITICS
                            if token.startswith(p) and len(token) - len(p) >= 2]
    for pre, rest in pres:
        if pre:
            out.append((rest, pre, ""))
        for s in SUFFIXES:
            if rest.endswith(s) and len(rest) - len(s) >= 3:
                stem = rest[:-len(s)]
                out.append((stem, pre, s))
                # a final hamza sits on ya or waw before a suffix (لقائه، لقاؤه); normalize_key
                # folds those seats to ي/و, so the stem is read back with its bare hamza (لقاء)
                if stem.endswith(("اي", "او")):
                    out.append((stem[:-1] + "ء", pre, s))
                # a final ى is written ا before a pronoun (أجرى -> أجراها، التقى -> التقاه)
                if s in ("ه", "ها", "هم", "هما") and stem.endswith("ا"):
                    out.append((stem[:-1] + "ي", pre, s))
        # the dual of a noun in ة (normalised ه) writes it ت: برقيتين، رسالتي (construct), زيارتان
        for dual in ("تين", "تان", "تي"):
            if rest.endswith(dual) and len(rest) - len(dual) >= 3:
                out.append((rest[:-len(dual)] + "ه", pre, "ين"))
    return out


def _read(name: str) -> Any:
    text = resources.files("rasad.extract").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return load_yaml(text)


def _keys(items: list[Any] | None) -> list[str]:
    return [normalize_key(str(x)) for x in items or []]


def _split(items: list[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    single = frozenset(x for x in items if " " not in x)
    multi = tuple(tuple(x.split()) for x in items if " " in x)
    return single, multi


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    trig = _read("triggers.yaml")
    cues = _read("cues.yaml")
    topics_raw = _read("topics.yaml")

    forms: dict[str, list[tuple[Family, str]]] = {}
    for raw in trig["triggers"]:
        fam = Family(
            id=raw["id"], type=raw["type"], subject=raw.get("subject", "source"),
            markers={normalize_key(k): v for k, v in (raw.get("markers") or {}).items()},
            direct=bool(raw.get("direct")), needs=frozenset(_keys(raw.get("needs"))),
            needs_or_support=bool(raw.get("needs_or_support")), needs_support=bool(raw.get("needs_support")),
            window=int(raw.get("window", 4)), excludes=frozenset(_keys(raw.get("excludes"))),
            skip_prefixes=frozenset(_keys(raw.get("skip_prefixes"))),
            only_prefixes=frozenset(_keys(raw.get("only_prefixes"))),
            only_after=frozenset(_keys(raw.get("only_after"))), only_before=frozenset(_keys(raw.get("only_before"))),
            require_marker=bool(raw.get("require_marker")), scope_end_needs=bool(raw.get("scope_end_needs")),
            weak=bool(raw.get("weak")), genitive_other=bool(raw.get("genitive_other")),
            direct_places=bool(raw.get("direct_places")),
            persons_only=bool(raw.get("persons_only")), needs_far=bool(raw.get("needs_far")),
            needs_place=bool(raw.get("needs_place")),
            joins=bool(raw.get("joins")), sends=bool(raw.get("sends")),
            revisit=bool(raw.get("revisit")), accepted=bool(raw.get("accepted")),
            needs_before=frozenset(_keys(raw.get("needs_before"))), confidence=float(raw.get("confidence", 0.75)),
        )
        for aspect in ("perfect", "imperfect", "nouns"):
            for f in _keys(raw.get(aspect)):
                forms.setdefault(f, []).append((fam, "noun" if aspect == "nouns" else aspect))

    support: dict[str, str] = {}
    imperf: set[str] = set()
    perfect_t = {f for group in trig["support_verbs"].values() for f in _keys(group.get("perfect"))}
    support_families: dict[str, frozenset[str]] = {}
    for group in trig["support_verbs"].values():
        for f in _keys(group["forms"]):
            support.setdefault(f, group["role"])
            if group.get("families"):
                support_families[f] = frozenset(str(x) for x in group["families"])
            if f[:1] in "يتن" and f not in perfect_t:
                imperf.add(f)

    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for kind in ("negation", "not_negating", "invited_to", "cancel", "conditional", "possibility", "planned", "planned_soon", "soon_not_before", "later", "ongoing", "past", "boundaries",
                 "left_boundaries", "not_actor_markers", "group_heads", "anaphoric", "vague_time", "same_day",
                 "mediators", "summit_cues", "pp_heads", "country_construct_heads", "dual_anaphors",
                 "former", "office_modifiers", "pair_adjectives", "title_words", "kinship",
                 "similar_cues", "honorific_pronouns", "unreal_after", "venue_cues", "head_cues", "honorific_words", "home_offices", "round_words", "handover_verbs", "formulas", "envoy_heads", "occasion_cues", "any_words", "denial", "carry_cues", "org_office_heads", "time_words", "agent_heads", "descriptors", "plan_verbs", "agreed_masdars", "possible_after", "possible_not_after", "outcome_cues", "portfolio_words", "sponsors", "agency_names", "not_surnames", "delegation_anaphors", "country_epithets", "member_cues", "guest_heads", "among_words", "relation_heads", "number_words", "untitled_roles", "greeting_nouns", "envoy_cues", "office_qualifiers", "return_words", "private_stay_nouns", "plural_anaphors", "reporting_verbs", "residence_heads",
                 "plural_messages", "plural_heads", "quantity_words", "land_words", "situation_nouns",
                 "same_day_anaphors", "participation_words", "next_day_anaphors", "address_words", "attend_words", "presence_nouns",
                 "programme_nouns"):
        words[kind], phrases[kind] = _split(_keys(cues.get(kind)))

    topics = []
    for tag, cue_list in topics_raw.items():
        keys = _keys(cue_list)
        prefixes = tuple(k[:-1] for k in keys if k.endswith("*"))
        plain = [k for k in keys if not k.endswith("*")]
        single, multi = _split(plain)
        topics.append((str(tag), multi, single, prefixes))

    types = {k: v for k, v in trig["types"].items() if isinstance(v, dict)}
    duals = {tuple(normalize_key(k).split()): tuple(str(c) for c in v)
             for k, v in (cues.get("dual_countries") or {}).items()}
    return Lexicon(forms=forms, support=support, support_imperfect=frozenset(imperf), support_families=support_families,
                   types=types,
                   planned_plover=str(trig["types"].get("planned_plover", "AGREE")), cues=cues, words=words,
                   phrases=phrases,
                   group_names={normalize_key(k): v for k, v in (cues.get("group_names") or {}).items()},
                   plural_roles={tuple(normalize_key(k).split()): str(v)
                                 for k, v in (cues.get("plural_roles") or {}).items()},
                   bare_offices=_bare_offices(cues.get("bare_offices") or {}),
                   place_offices=_bare_offices(cues.get("place_offices") or {}),
                   dual_countries=duals, dual_country_heads=frozenset(k[0] for k in duals),
                   not_triggers=frozenset(_keys(trig.get("not_triggers"))),
                   anaphor_numbers={normalize_key(str(k)): int(v)
                                    for k, v in (cues.get("anaphor_numbers") or {}).items()},
                   topics=tuple(topics))


def definite_forms(words: frozenset[str]) -> frozenset[str]:
    """Definite nouns with the proclitics they take in running text (المسؤول، والمسؤول، بالمسؤول،
    للمسؤول، وللمسؤول): the forms a token must equal; extract's _definite_stem reads them back."""
    return frozenset(set(words) | {c + d for c in ("و", "ف", "ب") for d in words}
                     | {p + d[2:] for p in ("لل", "ولل", "فلل") for d in words if d.startswith("ال")})


def _bare_offices(raw: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, role in raw.items():
        words = normalize_key(phrase).split()
        out.setdefault(words[0], []).append((tuple(words[1:]), str(role)))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))  # the longest office first (رئيس مجلس الوزراء)
    return out
