"""Event extraction: the diplomatic contacts one article reports.

Rules over Arabic clause structure, one sentence at a time:

1. Triggers: each token is looked up in the trigger lexicon (verbs in all aspects, with
   the future سـ, masdars, and nouns carried by a support verb: أجرى اتصالا، تلقى دعوة،
   جرى لقاء). Constraints from the lexicon (a needed qualifier such as هاتفيا, an
   excluded neighbour, a purpose prefix) are checked.
2. Scope: the trigger's clause runs from the previous clause break (or the complementiser
   of reported speech, "قال مسؤول إن ...") to the next one or the next trigger.
3. Parties: actor mentions of the clause are grouped (coordination with و, apposition
   "الرئيس الأمريكي، دونالد ترامب"), each group tagged with the marker before it
   (مع، ب، إلى، من، بين ...). The subject is an unmarked group before the trigger (SVO,
   headlines) or right after it (VSO, or a genitive after a noun); the other party is a
   marked group, or a direct object. A missing subject is the subject of the previous
   event or sentence (omitted subject, pronoun suffix: زيارته). One group of several
   parties of a reciprocal contact is split (التقى X وY، اتصال بين X وY).
4. Status and filters: negation, cancellation, condition and possibility cues drop the
   contact; future forms, planning cues and future dates make it planned.
5. Article level: the same contact told twice (headline and body) is kept once, a
   country-level visit is replaced by the named host, non-diplomatic pairs (both sides of
   one country, no organisation or group) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, takewhile
from typing import Any, NamedTuple, Protocol

from rasad.arabic.normalize import NormText, feminine_key, normalize, normalize_key, py_lower, split_chunks
from rasad.extract.lexicon import Family, Hit, Lexicon, definite_forms, load_lexicon, phrase_in
from rasad.types import Actor, Article, Event, Mention, Place, Sentence, TimeExpr


class KBLike(Protocol):
    """What the extractor asks of a knowledge base: `rasad.kb.KnowledgeBase`, or a stand-in with
    the methods it uses (the extractor's unit tests; the others are read with getattr). A
    Protocol, not the class: compiled (rasad.native), a parameter typed with the compiled
    KnowledgeBase would take instances of that very class only."""

    def holder(self, role: str, of: str, on: date, for_: str | None = None, *, female: bool = False
               ) -> Actor | None: ...

    def actor(self, entry_id: str, on: date | None = None) -> Actor | None: ...

_TOKEN = re.compile(r"(\w+)|([^\w\s])")  # group 2: punctuation
_CLAUSE_PUNCT = frozenset(";:.!?؛")
_NEG_STOPS = frozenset(";:.!?؛،,")
_BREAK_RE = re.compile("[.!?؟\n]")  # the end of a sentence (a headline's line ends with \n)
_SYMMETRIC = frozenset({"call", "meeting", "talks"})
_CLASS = {"call": "remote", "message": "remote", "visit": "in-person", "meeting": "in-person",
          "talks": "in-person", "invitation": "invitation"}
_MAX_GROUP_SPLIT = 4  # a gathering of more parties is a multilateral meeting (optional in gold)
_SUPPORT_REACH = 16  # a VSO support verb may stand before a long coordinated subject ("أجرى X، وY، محادثات")
_RIGHT_REACH = 36  # tokens after a trigger that may still hold its parties (VSO with long adverbials)
_STATUS_REACH = 22  # tokens after a trigger whose planning cues set its status
_ACTOR_KINDS = frozenset({"person", "country", "organization", "group", "role"})


class _Tok(NamedTuple):
    """One token (a tuple: `_tokenize_text` builds them with C-level tuple.__new__, no Python
    constructor call per token)."""

    norm: str
    start: int  # article offsets
    end: int
    punct: bool


@dataclass(slots=True)
class _Party:
    """One mention read as a party (or a place) in a sentence."""

    actor: Actor | None
    place: Place | None
    first: int  # token indexes [first, last]
    last: int
    marker: str | None  # "مع", "ب", "الى", ... or "x" (not a party), None (unmarked)
    mention: Mention
    conj: bool = False  # attached و
    lead: int = -1  # first token of an unread title before the mention ("ورئيسة مجلس الوزراء الإيطالي X")
    tail: int = -1  # last token of his chain of titles after a person's name ("X ولي العهد وزير الدفاع")


@dataclass
class _Group:
    parties: list[_Party]
    marker: str | None

    @property
    def first(self) -> int:
        return self.parties[0].first

    @property
    def last(self) -> int:
        return self.parties[-1].last

    def actors(self) -> list[Actor]:
        return [p.actor for p in self.parties if p.actor is not None]


@dataclass
class _Cand:
    type: str
    family: Family
    hit: Hit
    tok: int
    support: int | None
    support_role: str | None
    support_imperf: bool
    support_future: bool
    support_after: bool = False  # "زيارة قام بها": a relative support verb after the noun


@dataclass
class _Draft:
    type: str
    status: str
    source: list[Actor]
    target: list[Actor]
    mediators: list[Actor]
    sentence: Sentence
    trig: _Tok
    trig_text: str
    family: Family
    host_frame: bool
    first: date | None
    last: date | None
    location: Place | None
    topics: list[str]
    confidence: float
    inherited: bool
    weak: bool
    summit: bool
    order: int
    extra: dict[str, Any] = field(default_factory=dict)
    # the grammatical subject is the target ("تسلم X رسالة من Y": X): whom a pronoun in the next
    # clause refers to ("لدى استقبال سموه ...")
    subj_target: bool = False


_NEEDS_REACH = 24  # how far past a long subject a verb's needed adverb (هاتفيا) may stand
# after a dateline's city: a date or words (no sentence end), then the agency between slashes or
# brackets, or a dash or a colon
_DATELINE_END = re.compile(r"[^\n.!?؟]{0,60}?(?:/[^/\n]{1,30}/|\([^)\n]{1,30}\)\s*[-–—]{0,2}|\s[-–—]{1,2}(?=\s)"
                           r"|\s[^\W\d]{2,12}[-–—]{1,2}(?=\s)|:)"
                           # or a first line with a date that ends with the agency's name ("الرياض 04 رجب 1445 هـ
                           # الموافق 16 يناير 2024 م واس")
                           r"|[^\n.!?؟]{0,40}?\d[^\n.!?؟]{0,60}\s[^\W\d]{2,6}[ \t]*(?=\n)")
# a dateline's numeric date right after its city, before the agency: "الكويت - 16 - 6 (كونا)"
_DATELINE_DAY = re.compile(r"\s*[^\W\d][^\n\d]{0,30}?(\d{1,2})\s*[-–/]\s*(\d{1,2})(?:\s*[-–/]\s*(\d{4}))?\s*"
                           r"(?:\(|/|[-–]|[^\W\d]{2,12}\s*[-–(/])")
_UNREAL_REACH = 10  # how far after a contact's parties its predicate may rule it out
_SCAN = 48  # a stretch up to this long is scanned directly; a longer one is answered from the index


class _SentIndex:
    """Lookups over one sentence, built on first use. Why: several rules ask about a stretch
    that reaches back to the sentence (or clause) start, or about all of the sentence's parties,
    once per trigger; on a long unpunctuated sentence (a scraped table, an RSS dump) that was
    quadratic in its length. Every answer is the one the direct scan gives."""

    def __init__(self, lex: Lexicon, toks: list[_Tok], norms: list[str], parties: list[_Party],
                 trig_idx: list[int]):
        self.lex = lex
        self.toks = toks
        self.norms = norms
        self.parties = parties
        self.trig_set = frozenset(trig_idx)
        self.single = len(self.trig_set) <= 1
        firsts = [p.first for p in parties]
        # parties come sorted by their first token; if not, the callers scan them all
        in_order = all(a <= b for a, b in zip(firsts, firsts[1:], strict=False))
        self.firsts: list[int] | None = firsts if in_order else None
        self._phrases: dict[str, tuple[list[int], list[int]]] = {}
        self._breaks: list[int] | None = None
        self._quotes: list[int] | None = None
        self._covered: set[int] | None = None
        self.memo: dict[str, Any] = {}

    def has_phrase(self, kind: str, lo: int, hi: int) -> bool:
        """`lex.has_phrase(kind, norms, lo, hi)`."""
        if hi - lo <= _SCAN:
            return self.lex.has_phrase(kind, self.norms, lo, hi)
        idx = self._phrases.get(kind)
        if idx is None:
            idx = self._phrases[kind] = self.lex.phrase_index(kind, self.norms)
        return phrase_in(idx, lo, hi)

    def clause_start(self, head: int) -> int:
        """Start of the stretch whose cues govern the trigger: back to the previous clause
        break, across the complementiser of reported speech ("نفى ... أن يكون X التقى Y")."""
        toks, norms, bounds = self.toks, self.norms, self.lex.words["boundaries"]
        j = head - 1
        stop = max(-1, head - 1 - _SCAN)
        while j > stop:
            if (toks[j].punct and toks[j].norm in _CLAUSE_PUNCT) or (norms[j] in bounds and norms[j] not in _KANA) \
                    or _agency(self.lex, toks, j):
                return j + 1
            j -= 1
        if j < 0:
            return 0
        if self._breaks is None:
            self._breaks = [k for k, t in enumerate(toks)
                            if (t.punct and t.norm in _CLAUSE_PUNCT) or (norms[k] in bounds and norms[k] not in _KANA)
                            or _agency(self.lex, toks, k)]
        k = bisect_left(self._breaks, head) - 1
        return self._breaks[k] + 1 if k >= 0 else 0

    def quotes_before(self, j: int) -> int:
        """How many plain " tokens precede token j."""
        if self._quotes is None:
            self._quotes = [k for k, t in enumerate(self.toks) if t.norm == '"']
        return bisect_left(self._quotes, j)

    def covered(self) -> set[int]:
        """The tokens inside a party."""
        if self._covered is None:
            self._covered = {k for p in self.parties for k in range(p.first, p.last + 1)}
        return self._covered

    def span(self, lo: int, hi: int) -> list[_Party]:
        """The parties whose first token is in [lo, hi), in order, plus (when they are not sorted)
        any others: callers filter on first anyway."""
        if self.firsts is None:
            return self.parties
        return self.parties[bisect_left(self.firsts, lo):bisect_left(self.firsts, hi)]


def extract_events(article: Article, *, sentences: Sequence[Sentence], times: Sequence[TimeExpr],
                   mentions: Sequence[Mention], kb: KBLike | None = None,
                   norm: NormText | None = None, tokens: list[_Tok] | None = None) -> list[Event]:
    """Every diplomatic contact `article` reports (see the module doc for the rules).

    `norm`: `rasad.arabic.normalize(article.text)` when the caller has it already (the pipeline
    normalises each article once for all stages); ignored when it is of another text.
    `tokens`: what `contact_tokens(article.text, norm)` returned for this article, when the
    caller asked it first (the pipeline does: the text is then tokenised once).
    """
    lex = load_lexicon()
    ex = _Extractor(lex, article, sentences, times, mentions, kb)
    if norm is not None and (norm.original is article.text or norm.original == article.text):
        ex.norm = norm
        ex.given_toks = tokens
    return ex.run()


def contact_tokens(text: str, norm: NormText | None = None) -> list[_Tok] | None:
    """The tokens of `text` when one of them reads as a trigger word, else None.

    Every contact is told by a trigger word (a verb or a noun of contact), so a text with none
    reports no contact: `extract_events` returns nothing for it whatever its times and mentions,
    and the pipeline skips those stages (most of a day's news: sport, prices, weather). The tokens
    are the ones `extract_events` reads (pass them as `tokens=`, with the same `norm`)."""
    toks = _tokenize_text(text, norm=norm)
    return toks if load_lexicon().hits_among({t.norm for t in toks}) else None


class _Extractor:
    def __init__(self, lex: Lexicon, article: Article, sentences: Sequence[Sentence], times: Sequence[TimeExpr],
                 mentions: Sequence[Mention], kb: KBLike | None):
        self.lex = lex
        self.article = article
        self.norm: NormText | None = None  # the article's normalisation, when the caller has it
        self.given_toks: list[_Tok] | None = None  # its tokens (contact_tokens), with that normalisation
        self.sentences = sentences
        self.times = sorted(times, key=lambda t: t.start)
        self.mentions = _title_coref(_clean_mentions(mentions), article.text, self.lex.words["former"])
        self.kb = kb
        self._context: list[Actor] = []
        # sentences with no trigger whose subject (for an omitted subject later) is not read yet
        self._pending: list[tuple[list[_Tok], list[Mention]]] = []
        self.drafts: list[_Draft] = []
        self._prev_sentence: Sentence | None = None
        self._recent: list[Sentence] = []  # the last three sentences read
        self._memo: dict[str, Any] = {}
        self._dl_end = 0
        self._occasion_at: Callable[[int], bool] | None = None
        self._country_spans: list[tuple[int, int]] = []
        self._plural_roles: dict[int, str] = {}
        self.denied: set[tuple[str, str, str]] = set()
        self._article_day: date | None = None
        self._role_cache: dict[tuple[str, date], str | None] = {}
        self._former: list[int] = []  # tokens of the sentence's former office holders (not parties)
        self._mention_starts: list[int] = []
        self._chain_starts: set[int] = set()  # offsets of the tokens of chains of titles after a name
        self._sent_starts: list[int] | None = None  # of self.sentences ([] when they are not in order)
        self._isos: dict[int, set[str]] = {}  # sentence start -> countries its mentions name

    # ------------------------------------------------------------------ sentences
    def run(self) -> list[Event]:
        self._article_day = self._lead_day()
        # normalise and tokenise the whole text once; sentences take their slice
        self.all_toks = (self.given_toks if self.given_toks is not None
                         else _tokenize_text(self.article.text, norm=self.norm))
        self.tok_starts = [t.start for t in self.all_toks]
        self._hon_marks: list[tuple[int, str, Actor]] | None = None  # built on the first honorific subject
        self._carrier: list[Actor] = []  # who handed over the message of the event being built
        self._hon_prons = frozenset(self.lex.honorific_class.values())
        self.all_norms = [t.norm for t in self.all_toks]
        self.norm_set = set(self.all_norms)
        # does any word name two countries (الكوريتين) or two people (الرئيسان)? Most articles
        # have none, and the sentences then skip those token loops
        self._has_dual_country = not self.norm_set.isdisjoint(self.lex.dual_country_forms)
        self._has_dual_anaphor = not self.norm_set.isdisjoint(self.lex.dual_anaphor_forms)
        self._has_plural_anaphor = not self.norm_set.isdisjoint(self.lex.words["plural_anaphors"])
        self._has_each_of_them = not self.norm_set.isdisjoint(_THEM)
        # the tokens that read as a trigger, found once per article (sentences visit only those)
        trig = self.lex.hits_among(self.norm_set)
        self._hit_pos = [k for k, n in enumerate(self.all_norms) if n in trig] if trig else []
        if not self._hit_pos:
            # every contact is told by a trigger word (a verb or a noun of contact): an article
            # with none (most of a day's news: sport, prices, weather) reports none
            return []
        self._topic_memo: tuple[list[str], Sentence | None, list[str]] | None = None
        self._time_starts = [t.start for t in self.times]
        self.mentions = self._named_after()
        self.mentions = self._surname_mentions()
        self.mentions = self._given_name_mentions()
        self.mentions = self._title_phrase_mentions()
        self.mentions = self._role_coref()
        self.mentions = self._bare_office_mentions()
        self.mentions = self._place_office_mentions()
        self.mentions = self._honorific_title_mentions()
        self.mentions = self._bare_head_mentions()
        self.mentions = self._descriptor_mentions()
        self.mentions = self._delegation_mentions()
        self._dl_end = self._dateline_end()
        # where a country or a place is named (a family's `needs_place`)
        self._place_starts = {m.start for m in self.mentions if m.kind in ("country", "place")}
        occ_words = self.lex.words["occasion_cues"]
        occ = ([] if self.norm_set.isdisjoint(occ_words)
               else [k for k, n in enumerate(self.all_norms) if n in occ_words])
        if occ:
            occ_starts = [self.all_toks[k].end for k in occ]

            def occasion_at(pos: int) -> bool:
                k = bisect_left(occ_starts, pos) - 1
                if k < 0:
                    return False
                # within a few words after the cue, and no clause break between
                between = self.article.text[occ_starts[k]:pos]
                return len(between.split()) <= 5 and not any(ch in between for ch in "،,.؛;")
            self._occasion_at = occasion_at
        self._mention_starts = [m.start for m in self.mentions]  # sorted by start, as the mentions
        mi = 0
        ms = self.mentions
        for si, sent in enumerate(self.sentences):
            while mi < len(ms) and ms[mi].start < sent.start:
                mi += 1
            mj = mi
            while mj < len(ms) and ms[mj].start < sent.end:
                mj += 1
            sent_mentions = [m for m in ms[mi:mj] if m.end <= sent.end]
            nxt = self.sentences[si + 1] if si + 1 < len(self.sentences) else None
            self._sentence(sent, sent_mentions, nxt)
        return self._finish()

    def _named_after(self) -> list[Mention]:
        """Without the persons a place or an institution is named after ('فندق "كابيلا"'، "مطار الملك
        خالد"، "بقاعة الملك فهد"): nobody the text tells of, so never the one a later "الزعيمان" or
        surname refers to."""
        heads = self.lex.words["country_construct_heads"]
        out: list[Mention] = []
        for m in self.mentions:
            if m.kind == "person":
                k = bisect_left(self.tok_starts, m.start) - 1
                while k >= 0 and self.all_toks[k].punct and self.all_toks[k].norm in _QUOTES:
                    k -= 1
                if k >= 0 and _construct_head(self.all_norms[k], heads):
                    continue
            out.append(m)
        return out

    def _surname_mentions(self) -> list[Mention]:
        """News names a person in full once ("الرئيس الفلسطيني محمود عباس") and then by the last
        name alone ("ويزور عباس روسيا"), which the knowledge base does not read on its own. A word
        equal to the last word of an earlier full-name mention (one person only) is that person."""
        ms = self.mentions
        family_first = frozenset(str(c) for c in self.lex.cues.get("family_name_first") or ())
        last: dict[str, list[tuple[int, Actor]]] = {}  # last name -> (end, person) of each full mention
        for m in ms:
            a = m.actor
            if a is None or a.kind != "person" or not a.name_en or m.via not in ("name", "alias"):
                continue
            words = _nkey(m.text).split()
            if len(words) < 2:
                continue
            w = words[-1]
            if a.country in family_first and a.name_ar and len(a.name_ar.split()) >= 2:
                # "الرئيس الصيني شي جين بينغ ... وكان شي أجرى": Chinese and Korean names put the family
                # name first
                first = _nkey(a.name_ar).split()[0]
                if first in words:
                    w = first
            if len(w) < 2 or self.lex.lookup(w) is not None or w in self.lex.words["not_surnames"]:
                continue  # (not a regnal ordinal: "إليزابيث الثانية ... المحطة الثانية")
            last.setdefault(w, []).append((m.end, a))
        if not last:
            return ms
        # every form of the last names with a proclitic -> (name, proclitic): the name itself first,
        # then the proclitics in the order they are tried
        forms: dict[str, tuple[str, str]] = {w: (w, "") for w in last}
        for p in ("و", "ب", "ل", "ف", "وب", "ول"):
            for w in last:
                forms.setdefault(p + w, (w, p))
        if self.norm_set.isdisjoint(forms):
            return ms
        covered = [(m.start, m.end) for m in ms]
        starts = [c[0] for c in covered]
        # "محمد شياع السوداني ... وكان السوداني قد زار": a surname that is also a nisba is the person
        # once his full name has been given (the nisba reading is dropped)
        nisba_at = {(m.start, m.end): k for k, m in enumerate(ms) if m.via == "nisba"}
        # "الرئيس العراقي برهم صالح ... وسلم الوزير الرئيس صالح رسالة": a title and the surname that the
        # KB reads as another person's alias ("الرئيس صالح": Yemen's) is the person the article named
        alias_at = {m.end: k for k, m in enumerate(ms) if m.via == "alias" and m.actor is not None
                    and m.actor.kind == "person" and len(_nkey(m.text).split()) == 2}
        replaced: set[int] = set()
        added: list[Mention] = []
        toks = self.all_toks
        heads, titles = self.lex.words["country_construct_heads"], self.lex.words["title_words"]
        for k in [k for k, n in enumerate(self.all_norms) if n in forms]:
            t = toks[k]
            if t.punct:
                continue
            w, pre = forms[t.norm]
            # the person last named in full with that last name before it ("مسعود بارزاني ... وكان
            # بارزاني قد تلقى ... رئيس الوزراء نيجيرفان بارزاني": the first, until the second is named)
            a = next((x for end, x in reversed(last[w]) if end <= t.start), None)
            if a is None:
                continue
            if len(w) <= 3 and not self._surname_slot(k):
                continue  # a three-letter surname (بري) is also a common word (هجوم بري): only as a subject
            if not pre and k and (self.all_norms[k - 1] in ("بن", "بنت", "ابن") or _construct_head(
                    self.all_norms[k - 1], heads) or (k >= 2 and self.all_norms[k - 1] in titles
                                                      and _construct_head(self.all_norms[k - 2], heads))):
                continue  # "بن عبدالعزيز": another's father; "مطار الملك عبدالعزيز": a place named after one
            start = t.start + len(pre)
            nk = nisba_at.get((start, t.end))
            if nk is not None:
                replaced.add(nk)
                added.append(Mention(self.article.text[start:t.end], start, t.end, "person", a.id, a, None, "coref"))
                continue
            ak = alias_at.get(t.end)
            other = ms[ak].actor if ak is not None else None
            if (ak is not None and other is not None and other.id != a.id and ms[ak].start < start
                    # (the title must be the named person's: "الملك سلمان" after "محمد بن سلمان" is the king)
                    and self.article.published is not None and (role := self._head_role(ms[ak].text)) is not None
                    and self._holds(a, role, self.article.published)):
                replaced.add(ak)
                m0 = ms[ak]
                added.append(Mention(m0.text, m0.start, m0.end, "person", a.id, a, None, "coref"))
                continue
            if _overlaps(covered, starts, t.start, t.end):
                continue
            added.append(Mention(self.article.text[start:t.end], start, t.end, "person", a.id, a, None, "coref"))
        if not added:
            return ms
        if replaced:
            ms = [m for k, m in enumerate(ms) if k not in replaced]
        return sorted(ms + added, key=lambda m: m.start)

    def _sentence(self, sent: Sentence, mentions: list[Mention], nxt: Sentence | None) -> None:
        try:
            self._one_sentence(sent, mentions, nxt)
        finally:
            self._prev_sentence = sent
            self._recent = (self._recent + [sent])[-3:]

    def _one_sentence(self, sent: Sentence, mentions: list[Mention], nxt: Sentence | None) -> None:
        lo = bisect_left(self.tok_starts, sent.start)
        hi = bisect_left(self.tok_starts, sent.end)
        if lo >= hi:
            return
        toks = self.all_toks[lo:hi]
        norms = self.all_norms[lo:hi]
        cands = self._triggers(toks, norms, lo)
        if not cands:
            if mentions:
                if self._lazy_context and self.lex.words["head_cues"].isdisjoint(norms):
                    # Most sentences have no trigger, and their parties serve only as the subject
                    # a later omitted subject refers to: read them when (if ever) that is asked.
                    self._pending.append((toks, mentions))
                    return
                parties = self._parties(toks, mentions)
                self._apply_heads(norms, parties, [])
                self._update_context(parties, len(toks))
            return
        parties = self._parties(toks, mentions)
        # a trigger form inside a person's name is part of the name ("فيصل" read as فـ+يصل)
        in_name = {k for p in parties if p.actor is not None and p.actor.kind == "person"
                   for k in range(p.first, p.last + 1)}
        if in_name:
            cands = [c for c in cands if c.tok not in in_name]
            if not cands:
                self._update_context(parties, len(toks))
                return
        made: list[_Draft] = []
        trig_idx = [c.tok for c in cands] + [c.support for c in cands if c.support is not None]
        self._sx = _SentIndex(self.lex, toks, norms, parties, trig_idx)
        missed: list[_Cand] = []
        for c in cands:
            d = self._event(c, sent, toks, norms, parties, trig_idx, made, nxt)
            if d is not None:
                made.append(d)
            elif c.type == "call" and c.hit.aspect == "noun" and c.support is None:
                missed.append(c)
        if missed and made:
            made += self._adverbial_calls(missed, made, toks, norms, parties)
        made += self._joiners(made, toks, norms, parties)
        _drop_own_legs(made, toks, norms, parties)
        made = _drop_reversed_visits(made, self.lex)
        made += self._next_legs(made, toks, norms, parties)
        made += self._next_guests(made, toks, norms, parties)
        made += self._carried_invitations(made, toks, norms)
        if not made:
            made += self._invitation_in_message_told(sent, toks, norms)
        self._apply_heads(norms, parties, made)
        self._apply_members(toks, norms, parties, made)
        self.drafts.extend(made)
        if made:
            explicit = [dr for dr in made if not dr.inherited]
            if explicit:
                last = explicit[-1]
                self.context = _subject_side(last)
            else:
                self._update_context(parties, len(toks))  # only contacts with an omitted subject
        else:
            self._update_context(parties, len(toks))

    def _adverbial_calls(self, missed: list[_Cand], made: list[_Draft], toks: list[_Tok], norms: list[str],
                         parties: list[_Party]) -> list[_Draft]:
        """"وجه X إلى Y، خلال اتصال هاتفي (جرى بينهما)، دعوة": a call noun in an adverbial aside, with no
        party of its own, is the occasion of the contact its clause tells (made after it, in token
        order): a call between the same two, on the day the aside gives, else on that contact's day."""
        out: list[_Draft] = []
        for c in missed:
            i = c.tok
            if not _comma_pp(self.lex, norms, i):
                continue
            close = next((k for k in range(i + 1, min(i + 14, len(norms))) if norms[k] in ("،", ",")), None)
            if close is None or any(p.actor is not None and i < p.first < close and p.marker is not None
                                    for p in parties):
                continue  # (the aside names its own party: that is another contact)
            lo = self._sx.clause_start(i)
            told = [d for d in made if d.type in ("invitation", "message") and d.source and d.target
                    and lo <= self._trigger_tok(d, toks) and not d.inherited]
            if len(told) != 1:
                continue
            d = told[0]
            # the aside's own time ("خلال اتصال هاتفي جرى بينهما في مارس 2015")
            a_lo, a_hi = toks[i].start, toks[close].start
            t_own = next((t for t in self._times_in(d.sentence) if a_lo <= t.start < a_hi), None)
            trig = toks[i]
            out.append(replace(d, type="call", family=c.family, trig=trig,
                               trig_text=self.article.text[trig.start:trig.end],
                               first=t_own.first if t_own else d.first, last=t_own.last if t_own else d.last,
                               location=None, host_frame=False, weak=False, summit=False, inherited=True, extra={}))
        return out

    def _apply_heads(self, norms: list[str], parties: list[_Party], made: list[_Draft]) -> None:
        """"يرأس الجانب الإيراني (فيها) الوزير X": the named head stands for his side, in this
        sentence's contacts (`made`), else in those of the sentence before ("... ويرأس الوفد X")."""
        heads = self._delegation_heads(norms, parties)
        if not heads:
            return
        prev = [d for d in self.drafts if d.sentence is self._prev_sentence] if not made else []
        cues, gh = self.lex.words["head_cues"], self.lex.words["group_heads"]
        if not made and not prev and any(n in cues and _strip_conj(norms[k + 1]) in gh
                                         for k, n in enumerate(norms[:-1])):
            # "... المفاوضات بين الوفدين الروسي والأوكراني. وقال X ... ويرأس الوفد الروسي Y": a
            # sentence or two may stand between the talks and their heads (said to head a
            # delegation or side, not "حكومة برئاسة X"); only talks between delegations of the
            # heads' countries take them
            prev = [d for d in self.drafts if d.type in ("talks", "meeting")
                    and any(d.sentence is r for r in self._recent)
                    and any(a.kind == "group" and a.id.startswith("rasad:group:delegation:")
                            and a.country in heads for a in d.source + d.target)]
        for dr in made + prev:
            src, tgt = _by_heads(dr.source, heads), _by_heads(dr.target, heads)
            if {_akey(a) for a in src} & {_akey(a) for a in tgt}:
                continue  # (a head named for one side is no party of the other: keep the sides as read)
            dr.source, dr.target = src, tgt

    def _apply_members(self, toks: list[_Tok], norms: list[str], parties: list[_Party], made: list[_Draft]) -> None:
        """"استقبل X وفدا تركيا رفيع المستوى ضم وزير الخارجية Y ووزير الدفاع Z": a delegation whose
        members are named is those people, in this sentence's contacts (actors are as specific as
        the text allows)."""
        cues = self.lex.words["member_cues"]
        if not made or cues.isdisjoint(norms):
            return
        gh = self.lex.words["group_heads"]
        members: dict[str, list[Actor]] = {}
        for k, n in enumerate(norms):
            if n not in cues or not any(_strip_conj(w) in gh for w in norms[max(0, k - 5):k]):
                continue
            got: list[Actor] = []
            for p in self._sx.span(k + 1, min(len(toks), k + 40)):
                if p.first <= k:
                    continue
                if any(t.punct and t.norm in _CLAUSE_PUNCT for t in toks[k + 1:p.first]) or (
                        got and not p.conj and not any(t.norm in ("،", ",") for t in toks[p.first - 1:p.first])):
                    break
                a = p.actor
                if a is None or a.kind != "person" or not a.country:
                    break
                got.append(a)
            if got and len({a.country for a in got}) == 1:
                members.setdefault(got[0].country or "", got)
        if not members:
            return
        for dr in made:
            for side in ("source", "target"):
                acts = getattr(dr, side)
                new: list[Actor] = []
                for a in acts:
                    m = members.get(a.country or "") if (a.kind == "group" and a.id.startswith("rasad:group:")) else None
                    new.extend(m if m else [a])
                setattr(dr, side, _uniq(new))

    def _joiners(self, made: list[_Draft], toks: list[_Tok], norms: list[str], parties: list[_Party]) -> list[_Draft]:
        """"اجتماع X مع Y الذي سيشارك فيه (أيضا) Z": Z joins the meeting; one more contact between Z and
        the meeting's parties, with the meeting's status and day."""
        out: list[_Draft] = []
        for d in made:
            if d.type not in ("meeting", "talks"):
                continue
            k = self._trigger_tok(d, toks)
            for j in range(k + 1, min(k + 10, len(norms) - 2)):
                if norms[j] not in _RELATIVES:
                    continue
                verb = norms[j + 1]
                if verb.lstrip("سو")[1:] not in _JOIN_VERBS or norms[j + 2] not in _JOIN_IT:
                    break
                joiner = next((p for p in self._sx.span(j + 3, j + 6) if j + 2 < p.first <= j + 5
                               and p.actor is not None and p.marker is None), None)
                if joiner is not None and joiner.actor is not None:
                    others = [a for a in d.source + d.target if _akey(a) != _akey(joiner.actor)]
                    if others:
                        out.append(replace(d, source=[joiner.actor], target=others, inherited=False, extra={}))
                break
        return out

    def _next_legs(self, made: list[_Draft], toks: list[_Tok], norms: list[str], parties: list[_Party]) -> list[_Draft]:
        """"يتوجه X غداً إلى الدوحة للقاء Y، ثم إلى أنقرة"، "وصل إلى القاهرة ومنها إلى جدة": a place
        after ثم/ومنها and إلى, with no verb of its own, is the next leg of the trip the sentence told:
        a visit by the same traveller with the trip's status; its day is not told."""
        out: list[_Draft] = []
        if not any(d.type == "visit" and not d.host_frame and not d.summit for d in made):
            return out
        at = [self._trigger_tok(d, toks) for d in made]  # each contact's trigger, in the sentence's tokens

        def a_place(q: _Party) -> bool:
            return q.place is not None or (q.actor is not None and q.actor.kind == "country")

        for p in parties:
            j = p.first
            if not a_place(p) or j < 2:
                continue
            if p.marker is None and norms[j - 1] == "ثم":
                # "زار X القاهرة ثم عمّان": a place right after the trip's own place
                if not any(a_place(q) and q.last == j - 2 for q in parties):
                    continue
                j += 1  # (the leg's opener is one word back, as for "ثم إلى")
            elif p.marker != "الي" or norms[j - 1] != "الي" or _strip_conj(norms[j - 2]) not in _NEXT_LEG:
                continue
            before = [d for d, k in zip(made, at, strict=True)
                      if k < j - 2 and d.type == "visit" and not d.host_frame and not d.summit]
            country = p.actor is not None and p.actor.kind == "country"
            ca = p.actor if country else self._country_actor(p.place.country) if p.place and p.place.country else None
            if not before or ca is None:
                continue
            d = before[-1]
            if any(p.last < k < p.last + 4 for k in at) or (p.last + 1 < len(norms) and norms[p.last + 1] == "حيث"):
                continue  # "ومنها إلى الدوحة حيث يجتمع بأمير قطر": the leg's own contact tells it
            if any(_akey(ca) in {_akey(a) for a in e.target} | {_akey(a) for a in e.source}
                   for e in made + out if e.source == d.source):
                continue
            where = p.place if p.place is not None else self._country_place(ca.country or "")
            out.append(replace(d, target=[ca], location=where, first=None, last=None, inherited=True, extra={}))
        return out

    def _next_guests(self, made: list[_Draft], toks: list[_Tok], norms: list[str], parties: list[_Party]
                     ) -> list[_Draft]:
        """"استقبل X، يوم الأحد، Y، ثم Z في اليوم الموالي"، "اجتمع X بـY، ثم بـZ": a person after "، ثم"
        with no verb of his own (and no preposition but the contact's own) is another guest (or met
        person) of the contact just told, on the day after when the text says so, else on a day it
        does not tell."""
        out: list[_Draft] = []
        if not made or "ثم" not in norms:
            return out
        at = [self._trigger_tok(d, toks) for d in made]
        for p in parties:
            j = p.first
            q = j - 1 if j >= 1 and p.marker is not None and norms[j - 1] == p.marker else j  # ("ثم مع Y")
            if (p.actor is None or p.actor.kind != "person" or p.conj or q < 2 or norms[q - 1] != "ثم"
                    # ("التقى X Y ثم Z": right after the person met, the comma may be left out)
                    or not (norms[q - 2] in ("،", ",") or any(r.last == q - 2 and r.actor is not None
                                                              and r.actor.kind == "person" for r in parties))):
                continue
            before = [d for d, k in zip(made, at, strict=True) if k < j]
            if not before:
                continue
            d = before[-1]
            if p.marker is not None and d.family.markers.get(p.marker) != "other":
                continue  # ("، ثم بنظيره Y" after "اجتمع X بـY": the same preposition, another met)
            guest_side = d.source if d.host_frame or d.subj_target else d.target
            if len(guest_side) != 1 or guest_side[0].kind != "person" or _akey(guest_side[0]) == _akey(p.actor):
                continue
            if any(p.actor in e.source + e.target for e in made):
                continue
            first = last = None
            if d.first is not None and d.first == d.last and self._sx.has_phrase("next_day_anaphors", p.last + 1, p.last + 5):
                first = last = d.first + timedelta(days=1)
            if guest_side is d.source:
                out.append(replace(d, source=[p.actor], first=first, last=last, inherited=True, extra={}))
            else:
                out.append(replace(d, target=[p.actor], first=first, last=last, inherited=True, extra={}))
        return out

    def _trigger_tok(self, d: _Draft, toks: list[_Tok]) -> int:
        """The index, among a sentence's tokens `toks`, of the token a contact's trigger starts."""
        return bisect_left(self.tok_starts, d.trig.start) - bisect_left(self.tok_starts, toks[0].start)

    def _delegation_heads(self, norms: list[str], parties: list[_Party]) -> dict[str, Actor]:
        """Country -> the person said to head its side or delegation: "يرأس/برئاسة/بقيادة X" with X
        within a few words of the cue, or after "(و)الجانب/الوفد + nisba" later in the same
        construction ("يرأس فيها الجانب الإيراني X والجانب الأميركي Y")."""
        cues = self.lex.words["head_cues"]
        if cues.isdisjoint(norms):
            return {}
        first_cue = next(k for k, n in enumerate(norms) if n in cues)
        side_heads = self.lex.words["group_heads"]
        out: dict[str, Actor] = {}
        for p in parties:
            a = p.actor
            if a is None or a.kind != "person" or not a.country or p.first <= first_cue or a.country in out:
                continue
            lo = max(0, p.first - 6)
            if any(n in cues and (not n.startswith(("ب", "وب")) or _heads_side(norms, lo + k, side_heads))
                   for k, n in enumerate(norms[lo:p.first])) or (
                    p.first - first_cue <= 30
                    and any(_strip_conj(n) in side_heads for n in norms[max(first_cue, p.first - 5):p.first])):
                out[a.country] = a
        return out

    def _carried_invitations(self, made: list[_Draft], toks: list[_Tok], norms: list[str]) -> list[_Draft]:
        """"سلمه رسالة من الرئيس X تتضمن دعوة لزيارة الجزائر": a message that carries an invitation is
        also the invitation, from the same sender to the same recipient."""
        cues = self.lex.words["carry_cues"]
        out: list[_Draft] = []
        for d in made:
            if d.type != "message":
                continue
            k = self._trigger_tok(d, toks)
            for j in range(k + 1, min(k + 16, len(norms) - 1)):
                if norms[j] in cues and _strip_conj(norms[j + 1]).lstrip("ب") in _INVITATION_NOUNS:
                    if not _invited_by(d.source, made + self.drafts):
                        out.append(replace(d, type="invitation", extra={}))
                    break
        return out

    def _invitation_in_message_told(self, sent: Sentence, toks: list[_Tok], norms: list[str]) -> list[_Draft]:
        """"وتضمنت الرسالة الملكية دعوة للرئيس X للقيام بزيارة": a sentence that opens on the message
        last told (الرسالة، البرقية) carrying an invitation is that invitation, from the message's
        sender to its recipient."""
        cues = self.lex.words["carry_cues"]
        k = next((j for j in range(min(3, len(norms))) if _strip_conj(norms[j]) in cues), None)
        if k is None or k + 1 >= len(norms) or norms[k + 1] not in ("الرساله", "البرقيه", "رسالته", "الرسالتان"):
            return []
        j = next((j for j in range(k + 2, min(k + 5, len(norms))) if norms[j].lstrip("ب") in _INVITATION_NOUNS), None)
        msg = next((d for d in reversed(self.drafts[-4:]) if d.type == "message"), None)
        if j is None or msg is None or _invited_by(msg.source, self.drafts):
            return []
        t = toks[j]
        return [replace(msg, type="invitation", sentence=sent, trig=t, trig_text=self.article.text[t.start:t.end],
                        order=len(self.drafts), extra={})]

    @property
    def context(self) -> list[Actor]:
        """The subject of the last sentence that had one, for an omitted subject."""
        if self._pending:
            self._read_pending()
        return self._context

    @context.setter
    def context(self, actors: list[Actor]) -> None:
        self._pending.clear()  # a later subject: the sentences not read before it no longer matter
        self._context = actors

    @property
    def _lazy_context(self) -> bool:
        # (the parties of a sentence with a dual or numbered anaphor depend on the contacts told
        # before it, so its parties are read in order)
        return not (self._has_dual_anaphor or self._has_plural_anaphor)

    def _read_pending(self) -> None:
        """The subject of the last pending sentence that has one (read backwards: the first found is
        the one that reading them in order would have left). What _parties leaves on self for the
        sentence being read is kept."""
        pending, self._pending = self._pending, []
        for toks, mentions in reversed(pending):
            subject = self._subject_of(self._parties_aside(toks, mentions), len(toks))
            if subject is not None:
                self._context = subject
                return

    def _parties_aside(self, toks: list[_Tok], mentions: list[Mention]) -> list[_Party]:
        """The parties of a sentence other than the one being read, keeping what _parties leaves on
        self (plural roles, former holders) for that one."""
        saved = self._plural_roles, self._former
        try:
            return self._parties(toks, mentions)
        finally:
            self._plural_roles, self._former = saved

    def _subject_of(self, parties: list[_Party], n: int) -> list[Actor] | None:
        for g in _groups(parties, 0, min(n, 10), self.lex):
            if g.marker is None and any(a.kind in ("person", "group", "organization") for a in g.actors()):
                return g.actors()
        return None

    def _update_context(self, parties: list[_Party], n: int) -> None:
        """The subject of this sentence, for an omitted subject in the next one."""
        subject = self._subject_of(parties, n)
        if subject is not None:
            self.context = subject

    def _slice(self, sent: Sentence) -> list[_Tok]:
        lo = bisect_left(self.tok_starts, sent.start)
        hi = bisect_left(self.tok_starts, sent.end)
        return self.all_toks[lo:hi]

    # ------------------------------------------------------------------ triggers
    def _triggers(self, toks: list[_Tok], norms: list[str], base: int) -> list[_Cand]:
        """The trigger candidates of a sentence whose tokens start at `base` in the article."""
        lex = self.lex
        out: list[_Cand] = []
        pos = self._hit_pos
        for k in pos[bisect_left(pos, base):bisect_left(pos, base + len(toks))]:
            i = k - base
            t = toks[i]
            if t.punct:
                continue
            hit = lex.lookup(t.norm)
            if hit is None:
                continue
            fam = hit.family
            # a token may be read by several families (بحث هاتفيا = call, بحث مع = meeting)
            options = [(f, a) for f, a in lex.forms.get(_stem_of(lex, t.norm, hit), [])] or [(fam, hit.aspect)]
            chosen: _Cand | None = None
            for f, aspect in options:
                h = Hit(f, aspect, hit.proclitic, hit.suffix, hit.future)
                c = self._check(h, i, toks, norms)
                if c is not None:
                    chosen = c
                    break
            if chosen is not None:
                out.append(chosen)
        return out

    def _gathering_host(self, c: _Cand, norms: list[str], i: int) -> Actor | None:
        """The person who hosted the gathering a gathering verb describes ("استضاف الرئيس X قمة ثلاثية
        ضمت Y وZ"): the subject of a hosting verb before the gathering's noun, if a person."""
        k = _needed_noun(c.family, norms, i, max(-1, i - 3 * c.family.window))
        if k is None:
            return None
        j = next((j for j in range(k - 1, max(-1, k - 12), -1) if _strip_conj(norms[j]) in _HOSTING_VERBS), None)
        if j is None:
            return None
        p = next((p for p in self._sx.span(j + 1, k) if j < p.first < k and p.marker is None and p.actor is not None),
                 None)
        return p.actor if p is not None and p.actor is not None and p.actor.kind == "person" else None

    def _needed_before_timed(self, fam: Family, i: int, toks: list[_Tok], norms: list[str]) -> bool:
        """The noun a verb needs before it, further than its window only by the words and signs of a
        date ("اجتماع ثلاثي عقد في الدوحة في 3 آب/أغسطس الجاري، وضم X وY": the date is one adverbial)."""
        steps = 0
        for k in range(i - 1, max(-1, i - 3 * fam.window), -1):
            if _is_needed_word(fam, norms[k]):
                return True
            if toks[k].punct and toks[k].norm in _CLAUSE_PUNCT:
                return False
            if not toks[k].punct and not any(t.start <= toks[k].start < t.end for t in self.times):
                steps += 1
                if steps >= fam.window:
                    return False
        return False

    def _check(self, hit: Hit, i: int, toks: list[_Tok], norms: list[str]) -> _Cand | None:
        lex = self.lex
        fam = hit.family
        pre = hit.proclitic.replace("ال", "")
        if pre and any(pre.endswith(p) for p in fam.skip_prefixes):
            return None
        if fam.only_prefixes and not (pre and any(pre.endswith(p) for p in fam.only_prefixes)):
            return None
        if fam.only_after and not (i and norms[i - 1] in fam.only_after):
            return None
        if fam.only_before and not (i + 1 < len(norms) and norms[i + 1] in fam.only_before):
            return None
        w = fam.window
        if fam.excludes:
            # (within the trigger's clause: "مساعيه لاحتواء الأزمة الخليجية، حيث حل بالدوحة" is an
            # arrival, the crisis is another clause's)
            lo = next((k + 1 for k in range(i - 1, max(-1, i - w - 1), -1) if toks[k].punct), max(0, i - w))
            hi = next((k for k in range(i + 1, min(len(norms), i + w + 1)) if toks[k].punct), i + w + 1)
            if lex_near(norms[lo:hi], i - lo, w, fam.excludes):
                return None
            if hit.aspect == "noun" and norms[i].endswith(tuple(lex.words["round_words"])) and any(
                    norms[k] == "من" and k + 1 < len(norms) and norms[k + 1].removeprefix("ال") in fam.excludes
                    for k in range(i + 1, min(i + 4, len(norms) - 1))):
                return None  # "جولة ثانية (جديدة) من المحادثات": a round of talks, not a tour
        if fam.needs_before and not any(_is_needed_word(fam, n) for n in norms[max(0, i - w):i]) \
                and not self._needed_before_timed(fam, i, toks, norms):
            # ("يقوم X بجولة تشمل": the noun with its proclitic)
            return None
        if hit.aspect == "noun" and fam.type in ("meeting", "talks") and i >= 1 and norms[i - 1] in ("هامش", "الهامش"):
            return None  # "على هامش اجتماعات الجمعية العامة": the gathering is the venue, not a contact
        if hit.aspect != "noun" and fam.type == "visit" and fam.direct and hit.suffix in ("ه", "ها") and i >= 1:
            # "محادثات استضافتها الصين"، "الاجتماع الذي استضافه X": the pronoun is the gathering the
            # noun before tells; the verb says where it was held, not whom the host received
            # (an adjective or a relative pronoun may stand between: "محادثات أولى استضافتها بكين")
            for k in range(i - 1, max(-1, i - 4), -1):
                if toks[k].punct:
                    break
                if _noun_of(lex, norms[k], ("meeting", "talks", "call")):
                    return None
        support = None
        s_role = None
        s_imperf = s_future = False
        # "وجه X، خلال اتصال هاتفي، دعوة": a noun in an adverbial aside opened by a preposition is no
        # object of the verb before the aside
        aside = i >= 2 and norms[i - 1] in lex.words["pp_heads"] and norms[i - 2] in ("،", ",")
        if hit.aspect == "noun":
            # words of a chain of titles ("ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع") do not count
            # toward the reach: Gulf news puts them all between the verb and its noun
            titles = lex.words["title_words"]
            steps = 0
            # "وعقد X، الذي يرافق الرئيس، جلسة مباحثات مع Y": a relative clause set off by commas
            # after the verb's subject is passed over whole, its words neither counted nor read
            # (only one closing just before the noun: "، التي دشنتها الزيارة التي قام بها X، بدعوة
            # من Y" is a clause with its own verbs, not an aside between a verb and its noun)
            # ("وجه X إلى Y، خلال اتصال هاتفي جرى بينهما، دعوة": an adverbial aside likewise)
            inside = [(a, b) for a, b in _comma_relatives(toks, norms, max(0, i - 3 * _SUPPORT_REACH), i,
                                                          lex.words["pp_heads"])
                      if i - b <= 3 and not hit.proclitic.startswith("و")]
            # (nor "، الذي نقل إليه تهاني الرئيس، ودعوة لزيارة": a noun joined by و to the clause's object)
            for j in range(i - 1, max(-1, i - 3 * _SUPPORT_REACH - 1) if not aside else i - 1, -1):
                if any(a <= j <= b for a, b in inside):
                    continue
                # nor do commas and time words ("أجرى X، السيد Y، اليوم الاثنين بالرباط، مباحثات"), nor
                # the words of a date ("، يوم الأربعاء 11 ماي 2016 بقصر الشعب في بكين، مباحثات")
                if norms[j] not in titles and not toks[j].punct and not _timeword(norms[j]) and not (
                        self._in_time(toks[j].start)):
                    steps += 1
                    if steps > _SUPPORT_REACH:
                        break
                if toks[j].punct and toks[j].norm in _CLAUSE_PUNCT:
                    break
                sr = lex.support_role(norms[j])
                if sr is not None and norms[j] in ("قبل", "وقبل") and j + 1 < len(norms) and (
                        norms[j + 1] in ("ان", "ذلك") or _timeword(norms[j + 1])
                        or norms[j + 1].startswith(lex.before_nouns)
                        or _noun_of(lex, norms[j + 1], ("meeting", "visit", "talks", "call"))):
                    # "قبل أن يتوجه"، "قبل وصوله"، "قبل قمة مرتقبة": the conjunction "before", not قَبِل
                    # "accepted" (which takes an invitation: "قبل الدعوة")
                    break
                if sr is not None and not lex.support_carries(norms[j], fam.id):
                    break
                if sr is not None:
                    support, (s_role, s_imperf, s_future) = j, sr
                    break
                if j < i - 2 and not hit.proclitic.startswith("و") and (
                        (lk := lex.lookup(norms[j])) is not None and lk.aspect == "noun") and any(
                        toks[q].punct and toks[q].norm in ("،", ",") for q in range(j + 1, i)):
                    # "أجرى X اتصالا بـY، أطلعه خلاله على الترتيبات النهائية للمشاورات": the verb
                    # before another contact and a comma is that contact's, not this noun's
                    break
                if norms[j] in _RELATIVES and j >= 2 and norms[j - 2] in _DURING:
                    continue  # "سيعقد خلال الزيارة التي تستمر يومين مباحثات": a clause on the adverbial
                if norms[j] in lex.words["boundaries"] or _strip_conj(norms[j]) in lex.words["plan_verbs"]:
                    break  # ("جرى اتصال ...، اتفقا خلاله على اللقاء": the noun agreed on is the plan verb's)
            if support is None:
                # "(آخر) زيارة (رسمية) قام بها"، "زيارة يجريها": a relative clause whose support verb
                # has the noun as its resumed object (بها، -ها); its omitted subject is the actor
                # ("الاتصال الهاتفي الذي أجراه X مع Y": after an adjective and a relative pronoun)
                for j in range(i + 1, min(i + 4, len(toks))):
                    if j == i + 3 and not (norms[j - 1] in _RELATIVES and hit.proclitic.endswith("ال")):
                        break
                    sr = lex.support_role(norms[j])
                    # (or a receiving verb: "اتصال هاتفي تلقاه X من Y")
                    if sr is not None and sr[0] in ("source", "target") and lex.support_carries(norms[j], fam.id) and (
                            # (أجراه، but not بعثه: the ة of a noun reads as ه once normalised)
                            # (أجراهما: the dual noun "اتصالين أجراهما")
                            norms[j].endswith(("ها", "اه", "هما")) or (j + 1 < len(norms) and norms[j + 1] in _RESUMPTIVE)):
                        return self._finish_check(fam, hit, i, toks, norms, j, sr, after=True)
        sr_left = (s_role, s_imperf, s_future) if support is not None and s_role is not None else None
        return self._finish_check(fam, hit, i, toks, norms, support, sr_left, after=False)

    def _finish_check(self, fam: Family, hit: Hit, i: int, toks: list[_Tok], norms: list[str], support: int | None,
                      sr: tuple[str, bool, bool] | None, after: bool) -> _Cand | None:
        s_role, s_imperf, s_future = sr if sr is not None else (None, False, False)
        w = fam.window
        if fam.needs:
            lo, hi = (i + 1, i + 1 + w) if hit.aspect != "noun" else (i - w, i + 1 + w)
            ok = any(n in fam.needs for n in norms[max(0, lo):hi])
            if not ok and hit.aspect != "noun":
                # "بحث الشيخ X ولي عهد أبوظبي نائب القائد الأعلى ... هاتفيا مع Y": the subject's
                # chain of titles stands between the verb and its adverb; look on to the marker
                for k in range(hi, min(i + 1 + _NEEDS_REACH, len(norms))):
                    n = norms[k]
                    if n in fam.needs:
                        ok = True
                        break
                    if n in _CLAUSE_PUNCT or (not fam.needs_far and (n in fam.markers or n in ("،", ","))):
                        break
            if not ok and fam.needs_place and hit.aspect != "noun":
                # "دعا X وعائلته إلى فرنسا": invited to a country or a city (not "دعا X إلى الحوار")
                ok = any(norms[k] == "الي" and toks[k + 1].start in self._place_starts
                         for k in range(i + 1, min(i + 1 + w, len(norms) - 1)))
            if not ok and not (fam.needs_or_support and support is not None):
                return None
        if fam.needs_support and support is None and hit.proclitic not in ("ب",):
            return None
        return _Cand(fam.type, fam, hit, i, support, s_role, s_imperf, s_future, after)

    # ------------------------------------------------------------------ one event
    def _event(self, c: _Cand, sent: Sentence, toks: list[_Tok], norms: list[str], parties: list[_Party],
               trig_idx: list[int], made: list[_Draft], nxt: Sentence | None) -> _Draft | None:
        lex = self.lex
        fam = c.family
        i = c.tok
        head = c.support if c.support is not None else i
        # --- filters: negation, cancellation, condition, possibility
        neg_lo = head - lex.cues["negation_window"]
        for kk in range(head - 1, max(neg_lo, 0) - 1, -1):
            if toks[kk].punct and toks[kk].norm in _NEG_STOPS:
                neg_lo = kk + 1  # "في زيارة لم يعلن عنها، التقى خلالها": another clause's negation
                break
        if lex.has_phrase("negation", norms, neg_lo, head) and any(
                norms[k] in lex.words["negation"] and not (
                    # "ولا يزال X يزور"، "لا سيما": a لا that negates nothing
                    norms[k] in ("لا", "ولا", "فلا") and norms[k + 1] in lex.words["not_negating"])
                for k in range(max(neg_lo, 0), head)):
            return None
        if c.hit.aspect == "noun" and (
                (i > 0 and norms[i - 1] in lex.words["any_words"])
                or (c.support is not None and not lex.words["any_words"].isdisjoint(norms[max(0, head - 3):head]))):
            return None  # "أي مفاوضات"، "أي خطط لإجراء اتصال": contacts in general
        # a denied or cancelled contact is no event, and its parties are remembered so that the
        # same contact reported elsewhere in the article (as a rumour, a plan) is dropped too
        sx = self._sx
        cancelled = sx.has_phrase("cancel", sx.clause_start(head), i + lex.cues["cancel_after"] + 1) or (
            # "نفى مسؤول صحة التقارير التي تحدثت عن زيارة قام بها X": a denial governs the reports it names
            sx.has_phrase("denial", 0, head))
        if sx.has_phrase("conditional", 0, head):
            return None
        if (c.type == "visit" and fam.subject == "target" and c.hit.suffix == "ها" and i >= 2
                and _strip_conj(norms[i - 1]) == "التي" and not any(p.first <= i - 2 <= p.last for p in parties)):
            # "لقمة مجموعة العشرين التي تستضيفها المملكة": what is hosted is the gathering the
            # relative clause is about, not a guest
            return None
        if c.type == "visit" and fam.subject == "target" and c.hit.aspect != "noun" and any(
                _strip_conj(norms[k]) in lex.words["quantity_words"] or (norms[k].isdigit() and not any(
                    t.start <= toks[k].start < t.end for t in self.times))  # (not "استقبل يوم 7 فيفري")
                for k in range(i + 1, min(i + 5, len(norms)))):
            return None  # "يستضيف الأردن أكثر من 400 ألف لاجئ": hosting in numbers, not a guest
        pw = lex.cues["possibility_window"]
        if _possible(lex, norms, head - pw, head + 1):
            return None
        if fam.needs_before:
            # "لم يستبعد مصدر أن يقوم X بجولة ثانية تشمل القاهرة": the tour noun's own clause says
            # whether the tour is only possible
            k = _needed_noun(fam, norms, i, max(-1, i - fam.window - 1))
            if k is not None:
                # (a name between does not count: "أن يقوم وزير الخارجية العماني بدر البوسعيدي بجولة")
                lo, steps, cov = k, 0, sx.covered()
                while lo > 0 and steps < 2 * pw and not (toks[lo - 1].punct and toks[lo - 1].norm in _CLAUSE_PUNCT):
                    lo -= 1
                    steps += lo not in cov
                if _possible(lex, norms, lo, k):
                    return None
        if (made and c.hit.aspect == "noun" and c.support is None and c.type in ("meeting", "talks") and i >= 1
                and norms[i - 1] == "في" and not any(norms[k] in ("مع", "بين") or norms[k][:1] == "ب"
                                                     for k in range(i + 1, min(i + 3, len(norms))))):
            # "استقبل X Y، في لقاء وصفه مسؤولون أمريكيون بأنه ...": the contact just told, named again
            return None
        if ((made or self.drafts) and c.hit.aspect == "noun" and not c.hit.suffix
                and c.hit.proclitic == "ال" and i >= 1 and norms[i - 1] in _DURING
                and not (i + 1 < len(norms) and norms[i + 1] in _RELATIVES)  # ("خلال الزيارة التي قام بها X")
                and not any(norms[k] in ("مع", "بين", "الي") or norms[k][:1] in ("ب", "ل")
                            for k in range(i + 1, min(i + 3, len(norms))))):
            # "ونقل سمو ولي العهد خلال الاستقبال تحيات الملك": the definite noun after "during" is
            # the contact already told, not a new one between the names that follow it (nor the
            # object of the verb before "during")
            return None
        # --- scope
        left = _left_bound(lex, toks, norms, head, sx, verb=c.hit.aspect != "noun")
        rel = _parenthetical_relative(toks, norms, head)
        if rel is not None:
            # "X، الذي التقى أمس Y، يصل اليوم إلى Z": the relative clause set off by commas is not
            # the verb's left context; its subject is the antecedent before it
            left = _left_bound(lex, toks, norms, rel, sx)
        # after "زيارة قام بها" the other party follows the relative support verb
        r0 = head if c.support_after else i
        if fam.only_before:
            r0 = i + 1  # "وتشمل الجولة X": the noun after the verb is its subject, not the next trigger
        elif c.type in ("meeting", "talks") and _during_visit(norms, i):
            # "سيلتقي خلال الزيارة Y": the visit noun is an adverbial, not the next trigger's scope
            r0 = next(k + 1 for k in range(i + 1, i + 3) if norms[k] in _DURING)
        elif c.type in ("meeting", "talks") and c.hit.aspect != "noun":
            # "أن يلتقي ولي ولي العهد خلال الزيارة Y": the same past the verb's subject
            cov = sx.covered()
            k = i + 1
            while k < len(norms) - 1 and k in cov:
                k += 1
            if k > i + 1 and norms[k] in _DURING and norms[k + 1] in _VISIT_NOUNS_DEF:
                r0 = k + 1
        if r0 > i and r0 + 1 < len(norms) and norms[r0 + 1] in _RELATIVES:
            # "ويلتقي X خلال زيارته التي تستمر ثلاثة أيام Y": the relative clause on the adverbial
            # runs up to the next party (within a few words), which is the verb's object
            nxt_p = next((p for p in sx.span(r0 + 2, r0 + 9) if p.first >= r0 + 2 and p.actor is not None), None)
            if nxt_p is not None and not any(t.punct for t in toks[r0 + 1:nxt_p.first]):
                r0 = nxt_p.first - 1
        if r0 == i and c.hit.aspect == "noun" and i + 2 < len(norms) and norms[i + 1] in _RELATIVES:
            # "المحادثات التي عُقدت في مسقط السبت الماضي بين X وY": the relative clause tells where and
            # when; the بين pair after it names the noun's parties
            for kk in range(i + 2, min(len(norms), i + 15)):
                if toks[kk].punct and toks[kk].norm in _CLAUSE_PUNCT:
                    break
                if norms[kk] == "بين":
                    r0 = kk - 1
                    break
        right = _right_bound(lex, toks, norms, r0, sx.trig_set, fam, sx, c.hit.aspect != "noun")
        groups_left = _groups(sx.span(left, rel if rel is not None else head), left,
                              rel if rel is not None else head, lex)
        mid: list[_Group] = []
        if c.support is not None and not c.support_after:
            # "بعث X برقية إلى Y، وبرقية إلى Z": a second noun of the same verb has the verb's subject
            # (before the first noun), not the first noun's recipient
            mid_end = i
            if norms[i].startswith("و") and c.hit.proclitic.startswith("و"):
                mid_end = min((k for k in sx.trig_set if c.support < k < i), default=i)
            mid = _groups(sx.span(c.support + 1, mid_end), c.support + 1, mid_end, lex)
            # (the relative clause on the subject passed over by _check names no party of this contact)
            if rels := _comma_relatives(toks, norms, c.support + 1, mid_end):
                mid = [g for g in mid if not any(a <= g.first <= b for a, b in rels)]
        groups_right = _groups(sx.span(r0 + 1, right), r0 + 1, right, lex)
        if (c.hit.aspect != "noun" and 0 < right - 1 and right < len(norms) and norms[right] in _RELATIVES
                and norms[right - 1] in ("،", ",") and groups_right):
            # "بحث X، الذي يرافق Y، مع Z": the relative clause set off by commas after the verb's
            # subject is skipped; the verb's marked party follows its closing comma
            spans = _comma_relatives(toks, norms, right - 1, min(len(norms) - 1, right + 12))
            close = spans[0][1] if spans and spans[0][0] == right - 1 else None
            if close is not None and norms[close + 1] in fam.markers:
                right2 = _right_bound(lex, toks, norms, close, sx.trig_set, fam, sx, True)
                groups_right += _groups(sx.span(close + 1, right2), close + 1, right2, lex)
        if r0 > i + 2:
            # "ويلتقي عباس خلال زيارته Y": the subject between the verb and the adverbial
            groups_right = _groups(sx.span(i + 1, r0 - 1), i + 1, r0 - 1, lex) + groups_right
        etype = c.type
        is_visit = c.type == "visit"
        if not is_visit:
            groups_left = _drop_places(groups_left)
            mid = _drop_places(mid)
            groups_right = _drop_places(groups_right)
        subject_role = fam.subject
        if c.support_role in ("source", "target") and c.hit.aspect == "noun":
            subject_role = c.support_role if fam.subject == "source" else fam.subject
        passive = c.support_role == "none"
        reception = self._reception(c, toks, norms, parties, made, i)
        inherited = False
        cont: _Draft | None = None  # the visit a contact is joined to, the visitor its omitted subject
        pairs_of: list[Actor] = []
        between_told: _Draft | None = None  # the contact whose pair a "بينهما" names
        src: list[Actor] = []
        tgt: list[Actor] = []
        subj: _Group | None = None
        obj: _Group | None = None
        pron_obj: list[Actor] = []
        recv_for: _Draft | None = None  # the arrival a reception held for the traveller ("أقام له") belongs to
        self._carrier = []
        subject_of_clause: list[Actor] = []
        msg_pair = self._message_pair(c, mid, groups_right, norms, made) if reception is None else None
        invited = self._invited_pronoun(c, norms, head, made) if reception is None and msg_pair is None else None
        again = (self._next_round(c, norms, made)
                 if reception is None and msg_pair is None and invited is None else None)
        if reception is not None:
            src, tgt, inherited = reception
            subject_role = "source"
        elif msg_pair is not None:
            src, tgt = msg_pair
            # the clause's own subject, neither sender nor recipient ("تسلم X رسالة لـY من Z"), or none
            # ("الذي سلمه رسالة من Z")
            said = next((g for g in reversed(groups_left) if g.marker is None and _has_party(g)), None) or next(
                (g for g in mid if g.marker is None and _has_party(g)), None)
            if said is not None and any(n in _RELATIVES for n in norms[said.last + 1:head + 1]):
                said = None  # (a relative clause's: "مع الوزير X، الذي سلمه رسالة": the text goes on
                # with the main clause's subject, the recipient)
            subject_of_clause = [a for a in said.actors() if a not in src and a not in tgt] if said else []
        elif invited is not None:
            src, tgt = invited
            subject_role = "source"
        elif again is not None:
            src, tgt = list(again.source), list(again.target)
            subject_role = "source"
            inherited = True
        elif (agreed := self._agreement_pair(c, norms, groups_left, groups_right)) is not None:
            src, tgt = agreed[:1], agreed[1:]
            pairs_of = agreed
        elif (between := self._between_pronoun(c, norms, made, parties, head)) is not None:
            src, tgt = between
            subject_role = "source"
            inherited = True
        elif (c.type in _SYMMETRIC and c.hit.aspect == "noun" and c.support is None and c.hit.suffix == "هما"
              and (dual := _dual_pair_before(parties, i)) is not None):
            # "كشف X أن الرئيس الأميركي Y طلب منه، خلال لقائهما ...": the dual pronoun is the two
            # persons of two countries the sentence named before it (not a party after the noun:
            # "... المساعدة في تخفيف التوتر مع إيران")
            src, tgt = [dual[0]], [dual[1]]
            subject_role = "source"
            inherited = True
        elif (agent := self._passive_agent(c, groups_left, groups_right)) is not None:
            # "استُقبل X في المطار من قبل Y": the agent is the active verb's subject, X its object
            a_acts, p_acts = agent
            if not p_acts:
                p_acts = _excluding(self._topic_actor(made, parties, head, visit=True), a_acts)
                inherited = True
                if not p_acts:
                    return None
            src, tgt = (a_acts, p_acts) if subject_role == "source" else (p_acts, a_acts)
        else:
            # --- subject
            unmarked_left = [g for g in groups_left if g.marker is None and _has_party(g)]
            unmarked_mid = [g for g in mid if g.marker is None and _has_party(g)]
            right_unmarked = [g for g in groups_right if g.marker is None and _has_party(g)]
            used_right: _Group | None = None
            # "زيارة (خارجية) له": the possessive pronoun is the noun's subject, as in زيارته
            possessive = (c.hit.aspect == "noun" and c.support is None
                          and any(n in _POSSESSIVE_L for n in norms[i + 1:i + 3]))
            if possessive:
                groups_right = [g for g in groups_right if g.marker == "الي"]
                right_unmarked = []
            antecedent = (None if fam.sends else
                          self._antecedent(c, toks, norms, parties, head) or self._speaker(c, toks, norms, parties, head))
            if fam.sends:
                # "أوفد X وزير خارجيته Y إلى الخرطوم": the traveller is the verb's object, a person right
                # after the sender (or after the verb: "أوفد وزير الخارجية الأميركي مساعده Y إلى ...")
                envoy = [g for g in right_unmarked if all(a.kind == "person" for a in g.actors())]
                if not envoy:
                    return None
                # (with two persons after the verb and none before, the first is the sender)
                sender_after = (not unmarked_left and right_unmarked[0] is envoy[0] and len(envoy) > 1
                                and envoy[1].first <= envoy[0].last + 6 and not envoy[1].parties[0].conj)
                subj = envoy[1] if sender_after else envoy[0]
                text = self.article.text
                if (not unmarked_left and not sender_after and right_unmarked[0] is subj and not any(
                        text[t.start:t.end].endswith(("ه", "ها")) for t in toks[i + 1:subj.last + 1])):
                    # "أوفد الرئيس X وفدا إلى القاهرة": a lone person after the verb is the sender, unless
                    # his title says whose envoy he is ("وأوفد وزير خارجيته Y"، "مبعوثه الخاص Y")
                    return None
                if subj.first > i + 12:
                    return None
                used_right = subj
            elif antecedent is not None:
                subj = antecedent
            elif (c.support_after and c.support is not None and right_unmarked
                  and right_unmarked[0].first <= c.support + 2 and any(
                      a.kind in ("person", "group", "organization") for a in right_unmarked[0].actors())):
                # "محادثات أجراها أردوغان في أنقرة مع بنس": the relative verb's own subject follows it
                subj = right_unmarked[0]
                used_right = subj
            elif not passive and not possessive and not c.support_after:
                noun_alone = c.hit.aspect == "noun" and c.support is None
                left_ok = not noun_alone or bool(c.hit.suffix) or _after_pp(lex, norms, i)
                if unmarked_mid:
                    subj = unmarked_mid[0]
                elif (unmarked_left and c.hit.aspect != "noun" and unmarked_left[-1].last == head - 1
                      and unmarked_left[-1].first >= 1 and toks[unmarked_left[-1].first - 1].norm in ("،", ",")
                      and norms[unmarked_left[-1].first].startswith("و")):
                    subj = unmarked_left[-1]  # "X يلتقيان Y، وهنية يبحث مع Z": the name before the verb
                elif unmarked_left and left_ok and not (
                        # "استقبله خلالها جلالة السلطان": the verb's pronoun is its object, so the party
                        # right after it is the subject, not the one before
                        c.hit.aspect != "noun" and c.support is None and c.hit.suffix in _PRONOUN_SUFFIXES
                        and fam.direct and right_unmarked and right_unmarked[0].first <= i + 3
                        and not (right_unmarked[0].first > i + 1 and toks[i + 1].punct)) and not (
                        # "زار X إسرائيل والتقى Y": the object of the verb before و is not this one's subject
                        # (or a support verb: "ثم التقى ولي العهد، وعقد اجتماعا مع Y")
                        made and ((c.hit.aspect != "noun" and c.hit.proclitic.startswith("و"))
                                  # ("يلتقي X Y في دمشق، بعد محطة في بيروت التقى خلالها Z": the clause
                                  # on the stop is the traveller's)
                                  or (c.hit.aspect != "noun" and c.support is None and i + 1 < len(norms)
                                      and norms[i + 1] in _DURING_PRONOUNS)
                                  or (c.support is not None and norms[c.support].startswith("و")
                                      and unmarked_left[-1].last < c.support)
                                  # (nor of a noun after a comma: "التقى X هنية في الدوحة، على هامش
                                  # زيارة للعاصمة القطرية": X's visit)
                                  or (c.hit.aspect == "noun" and c.support is None and any(
                                      t.norm in ("،", ",") for t in toks[unmarked_left[-1].last + 1:head]))
                                  # (nor the pronoun of a noun after بعد/قبل: "X يلتقي Y بعد لقائه Z": X's)
                                  or (c.hit.aspect == "noun" and c.support is None
                                      and c.hit.suffix in _PRONOUN_SUFFIXES and i >= 1
                                      and _strip_conj(norms[i - 1]) in ("بعد", "قبل", "عقب", "اثر", "اثناء")))
                        and {_akey(a) for a in unmarked_left[-1].actors()} <= {_akey(a) for a in made[-1].target}
                        and unmarked_left[-1].last < i):
                    subj = unmarked_left[0]
                elif right_unmarked and (not noun_alone or right_unmarked[0].first <= i + 2
                                         # "للقاء القائد العام للقوات المسلحة المشير X": an unread title
                                         or _title_run(lex, toks, norms, i + 1, right_unmarked[0].first)) and not (
                        # "جولة شملت الأردن والكويت": places after such a verb are where one went, not who
                        fam.direct_places and all(p.actor is None or p.actor.kind == "country"
                                                  for p in right_unmarked[0].parties)) and not (
                        # "وكان جلالته التقى X": the honorific pronoun before the verb is its subject
                        any(norms[k] in lex.words["honorific_pronouns"] and norms[k] not in _POSSESSIVE_L
                            for k in range(max(left, head - 2), head))
                        # (or right after it: "كما استقبل معاليه في مكتبه سفير X")
                        # ("هاتف سيادته كل من X وY": كل من marks the subject after the object)
                        or (c.hit.aspect != "noun" and head + 1 < len(norms) and norms[head + 1] in self._hon_prons
                            and norms[head + 2:head + 4] != ["كل", "من"])
                        # (or an honorific and a bare title: "وكان سمو الأمير قد استقبل X")
                        or self._honorific_title(norms, left, head) is not None) and not (
                        # "وكانا قد التقيا X": a dual verb carries its subject; what follows is its object
                        _dual_verb(c, norms[i])) and not (
                        # "(حيث) سيجري محادثات مع وفد يترأسه X": after a support verb and its noun the
                        # subject has been omitted; what follows the noun is its complement
                        c.support is not None and not c.support_after and c.support < i
                        and right_unmarked[0].first > i) and not (
                        noun_alone and (fam.genitive_other or c.hit.suffix in _PRONOUN_SUFFIXES)) and not (
                        self._continues_visit(c, norms, head, made, groups_right) is not None) and not (
                        _visited_places_only(c, norms, head, right_unmarked)) and not (
                        # "بجولة التقى خلالها الرؤساء X وY": the pronoun of the
                        # adverbial right after the verb is the trip's; the subject is the traveller
                        c.hit.aspect != "noun" and c.support is None and i + 1 < len(norms)
                        and norms[i + 1] in _DURING_PRONOUNS and c.hit.suffix not in _PRONOUN_SUFFIXES):
                    # "لقاؤه X": the pronoun is the noun's subject, the next name its object
                    subj = right_unmarked[0]
                    used_right = subj
            # a definite noun (اللقاء، الاتصال) refers back to a contact already told unless its
            # parties are attached to it ("اللقاء بين X وY"، "الاتصال مع X")
            if _definite_noun_alone(c):
                nxt_marked = [g for g in groups_right if g.marker is not None and g.marker in fam.markers]
                # "المحادثات الجارية في القاهرة، بين وفود من X وY": a بين-pair further on in the clause
                # still names the noun's parties
                # (set off by a comma: "العلاقات بين X وY" belongs to another noun)
                g0 = nxt_marked[0] if nxt_marked else None
                far_pair = False
                if g0 is not None and g0.marker == "بين" and g0.first <= i + 14 and len(_uniq(g0.actors())) >= 2:
                    k = next((k for k in range(g0.first - 1, max(i, g0.first - 4), -1) if norms[k] == "بين"), None)
                    far_pair = k is not None and toks[k - 1].norm in ("،", ",")
                # "المحادثات غير المباشرة بين X وY": adjectives of the noun stand before its parties
                adj = lex.words["pair_adjectives"]
                # (and an unread plural title: "الاجتماع الثلاثي بين وزراء خارجية تركيا X، وروسيا Y")
                tw, ph = lex.words["title_words"], lex.words["plural_heads"]
                near = g0 is not None and all(n in adj or n in ("بين", "مع") or n in tw or n in ph
                                              for n in norms[i + 1:g0.first])
                # "المحادثات التي عُقدت في مسقط السبت الماضي بين X وY": a relative clause on the noun
                # (where and when it was held) stands before its parties
                rel_pair = (g0 is not None and g0.marker == "بين" and i + 1 < len(norms) and norms[i + 1] in _RELATIVES
                            and g0.first <= i + 14 and len(_uniq(g0.actors())) >= 2
                            and not any(t.punct and t.norm in _CLAUSE_PUNCT for t in toks[i + 1:g0.first]))
                if not nxt_marked or (nxt_marked[0].first > i + 2 and not far_pair and not near and not rel_pair):
                    return None
            # "(نقل) المحادثة الهاتفية بين الرئيسين": a definite noun whose parties are a dual noun of
            # office points back at the contact told already
            if c.hit.aspect == "noun" and c.hit.proclitic.endswith("ال"):
                g0 = next((g for g in groups_right if g.marker == "بين"), None)
                if g0 is not None and g0.first <= i + 3 and all(
                        p.first == p.last and _strip_conj(norms[p.first]) in lex.words["dual_anaphors"]
                        for p in g0.parties):
                    return None
            if subj is None and is_visit and c.hit.aspect == "noun" and not c.hit.suffix:
                # "زيارة (مرتقبة) للرئيس التركي X إلى موسكو": with a destination after إلى, the person
                # after لـ is the visitor
                lg = next((g for g in groups_right if g.marker == "ل"
                           and all(a.kind == "person" for a in g.actors()) and g.actors()), None)
                if lg is not None and lg.first <= i + 3 and any(
                        g.marker == "الي" and g.first > lg.last for g in groups_right):
                    subj = used_right = lg
            # --- other party
            split_group: _Group | None = None
            # ("عقد مع نظيره جلسة مباحثات": the marked party may stand between the support verb and its noun)
            for g in [g for g in mid if g.marker is not None] + groups_right:
                if g is used_right or g.marker is None or not _has_party(g):
                    continue
                role = fam.markers.get(g.marker)
                if role is None:
                    continue
                if (g.marker == "مع" and fam.require_marker and c.hit.proclitic.endswith("ل") and i < g.first
                        and any(norms[k].startswith("ال") and k not in sx.covered() for k in range(i + 1, g.first))):
                    continue  # "لبحث الاتفاق النووي مع إيران": the مع is the topic's (the deal with Iran)
                if g.marker == "ب" and i < g.first and "مع" in norms[i + 1:g.first] and all(
                        p.actor is None or p.actor.kind == "country" for p in g.parties):
                    continue  # "بلقاء مع أفراد الجالية التونسية بفرنسا": in France, after the مع party
                if fam.direct and any(
                        u is not used_right and u.last < g.first and any(a.kind == "person" for a in u.actors())
                        and any(t.norm in ("،", ",") for t in toks[u.last + 1:g.first])
                        for u in right_unmarked):
                    # "التقى X، وطلب منه المساعدة في تخفيف التوتر مع إيران": the direct object came
                    # first; a marked party after a comma belongs to a later clause
                    break
                if role == "both":
                    # "أجرت الإدارة اتصالا بين X وY": the parties are the two after بين
                    if len(_uniq(g.actors())) >= 2 or subj is None:
                        split_group, subj = g, None
                    else:
                        obj = g
                    break
                obj = g
                if role in ("source", "target"):
                    subject_role = "target" if role == "source" else "source"
                break
            if obj is None and split_group is None and fam.direct:
                rest = [g for g in right_unmarked if g is not used_right]
                if (subj is not None and subj is used_right and c.hit.aspect != "noun" and c.support is None
                        and c.type in _PRONOUN_OBJECT_TYPES):
                    # "حيث استقبله X نائب رئيس الدولة ...، وY ولي عهد أبوظبي": a person joined by و
                    # after the subject's long title is a second subject, not the object, when the
                    # verb's pronoun is its object or another party follows as the object ("استقبل X،
                    # نائب رئيس الدولة ...، وY، ولي عهد أبوظبي ...، صباح اليوم، Z")
                    while rest and rest[0].parties[0].conj and all(
                            p.actor is not None and p.actor.kind == "person" for p in rest[0].parties) and (
                            c.hit.suffix in _PRONOUN_SUFFIXES or (
                                len(rest) > 1 and not rest[1].parties[0].conj and any(
                                    a.kind == "person" for a in rest[1].actors()))):
                        subj = used_right = _Group(subj.parties + rest.pop(0).parties, None)
                if subj is not None and subj is used_right:
                    # "استقبل ولي عهد أبوظبي ...، الشيخ محمد بن زايد، الاثنين، Y": the subject named
                    # again after his title is not the object
                    keys = {_akey(a) for a in subj.actors()}
                    while rest and (got := {_akey(a) for a in rest[0].actors()}) and got <= keys:
                        rest.pop(0)
                # VSO with adverbials between subject and object ("استقبل X في مكتبه بالقصر اليوم، Y"):
                # an object set off by a comma may stand further away
                reach = 14
                # (or with the object's own unread title between the comma and its name: "استقبل X، قبل
                # ظهر اليوم في قصر بعبدا، نائبة المبعوث الأميركي الخاص إلى الشرق الأوسط Y")
                lo_c = used_right.last + 1 if used_right is not None else i + 1
                if rest and any(t.norm in ("،", ",") for t in toks[max(lo_c, rest[0].first - 12):rest[0].first]):
                    reach = 26
                # "حيث التقاه X ...، وشهد الجانبان توقيع صفقة طائرات تركية": a verb whose attached
                # pronoun is its object takes no second object
                pron_is_obj = (c.hit.suffix in _PRONOUN_SUFFIXES and c.hit.aspect != "noun" and c.support is None
                               and c.type in _PRONOUN_OBJECT_TYPES and subj is not None)
                if (pron_is_obj and subj is not used_right and rest and rest[0].first <= i + 5
                        and not any(t.punct for t in toks[i + 1:rest[0].first]) and all(p.actor is not None and p.actor.kind == "person" for p in rest[0].parties)):
                    # "أن يلقي الملك كلمة ...، يستقبله قبلها رئيس المجلس X": the person right after such a
                    # verb is its subject, and its pronoun the one named before
                    subj, obj, used_right = rest[0], subj, rest[0]
                if rest and not pron_is_obj and (used_right is None or rest[0].first - used_right.last <= reach) and not (
                        fam.direct_places and (any(p.actor is not None and p.actor.kind != "country"
                                                   for p in rest[0].parties)
                                               or _gap_words(toks, norms, used_right.last if used_right else i,
                                                             rest[0].first) > 2)):
                    # (a place after "غادر X" may follow a time: "غادر X، الثلاثاء، العاصمة صنعاء")
                    obj = rest[0]
            if obj is None and split_group is None and is_visit and c.hit.aspect == "noun" and not c.hit.suffix:
                # "(استهل جولته) بزيارة جدة": a place right after the visit noun is where he went
                gen = next((g for g in groups_right if g is not used_right and g.marker is None and g.first == i + 1),
                           None)
                if gen is not None and all(p.actor is None or p.actor.kind == "country" for p in gen.parties):
                    obj = gen
            if obj is None and split_group is None and subj is not None and c.hit.aspect != "noun" and (
                    c.hit.suffix in _PRONOUN_SUFFIXES and fam.direct and c.type in _PRONOUN_OBJECT_TYPES):
                # "حيث استقبله X": the verb's pronoun is the one the text is about, the visitor;
                # "فقد هاتفه كل من X وY"، "التقاه X": those after the verb called or met him
                obj_acts = _excluding(self._topic_actor(made, parties, head, visit=True), subj.actors())
                if obj_acts:
                    pron_obj = obj_acts
            if (obj is None and split_group is None and subj is not None and not pron_obj
                    and c.hit.aspect != "noun" and c.type in _PRONOUN_OBJECT_TYPES and i + 3 < len(norms)
                    and norms[i + 1] in self._hon_prons and norms[i + 2] in ("كل", "وكل") and norms[i + 3] == "من"):
                # "فقد هاتف سيادته كل من X وY": "كل من" names the subjects, so the honorific pronoun
                # between them and the verb is its object
                obj_acts = _excluding(self._honorific_ref(toks, norms, i + 1, self._topic_actor(made, parties, head)),
                                     subj.actors())
                if obj_acts:
                    pron_obj = obj_acts
            if (obj is None and split_group is None and subj is not None and not pron_obj and c.hit.aspect == "noun"
                    and c.support is not None and not c.support_after and c.support + 1 < subj.first
                    and norms[c.support + 1] in _POSSESSIVE_L and "ل" in fam.markers and c.type == "visit"):
                # "حيث أقام له X مراسم استقبال رسمية": the pronoun after the support verb is the one the
                # reception was for, the one the text is about; the host is the subject after it
                obj_acts = _excluding(self._topic_actor(made, parties, head, visit=True), subj.actors())
                if obj_acts:
                    pron_obj = obj_acts
                    recv_for = made[-1] if made and made[-1].type == "visit" and {_akey(a) for a in obj_acts} <= {
                        _akey(a) for a in made[-1].source} else None
            if (obj is None and split_group is None and subj is not None and not pron_obj
                    and c.hit.aspect != "noun" and c.support is None and i + 1 < len(norms)
                    and _PREP_PRONOUNS.get(norms[i + 1]) in fam.markers and c.type in _PRONOUN_OBJECT_TYPES):
                if subj.last < i:
                    # "التقى X وY ...، وانضم إليهما لاحقا Z": a verb whose preposition carries the pronoun
                    # has its subject after them, not the one of the clause before
                    after = next((g for g in groups_right if g.marker is None and g.first <= i + 3 and g.actors()),
                                 None)
                    if after is not None:
                        subj = used_right = after
                if subj.first <= i + 3:
                    # "وكان قد اتصل به X"، "واجتمع معه X": the preposition's pronoun is the one the text
                    # is about, those after it called or met him; "وانضم إليهما X": the dual is the pair
                    # last told
                    told2 = self._pair_told(made) if norms[i + 1].endswith("هما") else None
                    obj_acts = _excluding(told2 if told2 is not None else self._topic_actor(made, parties, head),
                                          subj.actors())
                    if obj_acts:
                        pron_obj = obj_acts
            if (obj is None and split_group is None and not pron_obj and subj is not None and c.type == "call"
                    and c.hit.aspect == "noun" and c.support is None and not c.hit.suffix and _after_pp(lex, norms, i)
                    and subj in unmarked_left):
                # "وأبلغ X نظيره Y، في اتصال هاتفي، أن ...": the main verb's object after its subject is
                # the other party of the contact its adverbial names
                k = unmarked_left.index(subj)
                nxt_g = unmarked_left[k + 1] if k + 1 < len(unmarked_left) else None
                if nxt_g is None and subj.last < i:
                    # "هنأ X، في اتصال هاتفي، Y بعيد الفطر": the object after the adverbial set off by commas
                    close = next((k2 for k2 in range(i + 1, min(i + 4, len(norms))) if norms[k2] in ("،", ",")), None)
                    nxt_g = next((g for g in groups_right if close is not None and g.marker is None
                                  and g.first == close + 1), None) if _comma_pp(lex, norms, i) else None
                if nxt_g is not None and all(a.kind == "person" for a in nxt_g.actors()) and not (
                        {_akey(a) for a in nxt_g.actors()} & {_akey(a) for a in subj.actors()}):
                    obj = nxt_g
            if obj is None and split_group is None and fam.require_marker and not pron_obj:
                plural = c.hit.suffix in ("ا", "ان") or norms[i].endswith(("ا", "ان", "وا"))
                # a verb before its subject stays singular however many the subject names ("بحث الرئيس X
                # ونظيره Y العلاقات"): persons coordinated after it are the two who talked
                vso_pair = (fam.weak and subj is not None and subj.first > i and c.hit.aspect != "noun"
                            and all(a.kind == "person" for a in subj.actors()))
                if not ((plural or vso_pair) and subj is not None and len(subj.actors()) >= 2):
                    hosts = self._discussed_in(c, norms, parties, subj)
                    if hosts is not None:
                        # "بلينكن سيبحث في جدة والقاهرة": someone who talks in foreign cities travels to them
                        obj, etype, is_visit = hosts, "visit", True
                    elif subj is None or not self._honorific_object(c, norms, subj, made, parties):
                        return None  # (with "مع فخامته" the honorific pronoun is the other: below)
            # "التقى X، الذي ...، وY": the party coordinated after a relative clause joins the group before it
            rel_extra = (self._after_relative(toks, right) if groups_right and right + 1 < len(norms)
                         and norms[right] in _RELATIVES and norms[right - 1] in ("،", ",") else [])
            if rel_extra and obj is not None and obj.parties and obj.last == groups_right[-1].last:
                obj = _Group(obj.parties + rel_extra, obj.marker)
            elif (obj is None and subj is not None and subj is used_right and fam.direct and c.hit.aspect != "noun"
                  and groups_right and subj.last == groups_right[-1].last and right + 1 < len(norms)
                  and norms[right] in _RELATIVES and norms[right - 1] in ("،", ",")):
                # "واستقبل الرئيس X، الذي يتولى الرئاسة الدورية للاتحاد الأفريقي، ضيفه الصيني"
                after_rel = self._after_relative(toks, right, conj=False)
                if after_rel and all(q.actor is not None and q.actor.kind == "person" for q in after_rel):
                    obj = _Group(after_rel, None)
            pron = self._pronoun_object(c, norms, made) if obj is None and split_group is None else None
            hon_to: list[Actor] = []
            if pron is None and pron_obj and subj is not None:
                # the host is the subject, the pronoun the guest
                obj = _Group([], None)  # (handled below: the pronoun's actors)
            if pron is None and obj is None and split_group is None and subj is not None:
                hon_to = self._honorific_object(c, norms, subj, made, parties)
                if hon_to:
                    pron = (subj.actors(), hon_to)
            if pron is None and obj is None and split_group is None and subj is not None:
                same_to = self._similar_recipient(c, norms, made)
                if same_to:
                    pron = (subj.actors(), same_to)
            if pron is not None:
                src, tgt = pron
                if subj is not None:
                    src = subj.actors()
                    if hon_to and subject_role == "target":
                        src, tgt = tgt, src  # "واستقبل الملك X سموه": the host's guest
                inherited = subj is None
            elif split_group is not None:
                acts = _uniq(split_group.actors())
                if len(acts) < 2:
                    return None
                src, tgt = acts[:1], acts[1:]
                pairs_of = acts
            elif subj is None and obj is not None:
                if passive:
                    return None
                # omitted subject or a pronoun: the actor the text is about
                # "وصل X إلى Y بدعوة من Z": the adverbial بدعوة belongs to the visit just told
                # ("وصل X ... لتقديم التعازي إلى Y": the purpose phrase's subject is the one who travels)
                programme = _programme_noun(lex, norms, i) if c.hit.aspect == "noun" else None
                allow = (c.hit.aspect != "noun" or c.support is not None or bool(c.hit.suffix)
                         or _after_pp(lex, norms, i) or fam.genitive_other or bool(fam.only_after)
                         or programme is not None
                         or (c.type == "invitation" and norms[i].startswith(("ب", "وب")) and bool(made)
                             and made[-1].type == "visit"))
                cont = self._continues_visit(c, norms, head, made, groups_right)
                allow = allow or cont is not None
                # an unknown word before "سيلتقي خلال الزيارة" is the visitor's name the KB lacks
                hon_title = self._honorific_title(norms, left, head)
                # ("وتشمل الجولة X": the tour noun after the verb is no unknown subject)
                if not allow or (hon_title is None and not fam.only_before
                                 and _unknown_subject(lex, toks, norms, left, head, i, sx.covered())
                                 and not (cont is not None and _during_visit(norms, i))
                                 # ("بجولة في أميركا الجنوبية التقى خلالها": the trip's pronoun follows)
                                 and not (i + 1 < len(norms) and norms[i + 1] in _DURING_PRONOUNS)):
                    return None
                if c.hit.aspect != "noun" and i + 2 < len(norms) and norms[i + 1] in _QUANTITY and norms[i + 2] == "من":
                    return None  # "أن يصل عدد من القادة العرب إلى تونس": the subject is those many, not one told
                fk = bisect_left(self._former, left)
                if fk < len(self._former) and self._former[fk] < i:
                    return None  # "يجري X وهو السفير الأمريكي السابق محادثات": X is not in the KB
                s_acts = (list(cont.source) if cont is not None
                          else self._honorific_ref(toks, norms, hon_title[0], self._topic_actor(made, parties, head),
                                                   hon_title[1]) if hon_title is not None
                          else self._honorific_subject(toks, norms, left, head,
                                                       self._topic_actor(made, parties, head, possessive and is_visit)))
                if fam.only_before and not made:
                    # "جولة قام بها X وY، استهلاها من عمّان بلقاء Z. وشملت الجولة السعودية ومصر": the
                    # travellers of the tour the sentence before told (the visitors of its last contact)
                    told = [d for d in self.drafts if d.sentence is self._prev_sentence
                            and d.type in ("visit", "meeting", "talks")]
                    travellers = ([a for a in told[-1].source if a.kind == "person"] if told
                                  else self._tour_travellers())
                    if travellers:
                        s_acts = travellers
                if programme == "programme":
                    # "وشمل برنامج الأحد أيضا لقاء مع Y": the visitor of the latest visit told
                    visit = next((d for d in reversed(made or self.drafts[-6:]) if d.type == "visit"), None)
                    visitors = [a for a in visit.source if a.kind == "person"] if visit is not None else []
                    if visitors:
                        s_acts = visitors
                if fam.direct_places and made and obj is not None:
                    # "في مستهل جولة تشمل مصر وإسرائيل": the traveller is the one of the last contact
                    # whose own country is not among the places toured
                    toured = {a.country for a in obj.actors()} | {p.place.country for p in obj.parties
                                                                    if p.place is not None}
                    d0 = made[-1]
                    away = [a for a in d0.source + d0.target if a.kind == "person" and a.country not in toured]
                    if away:
                        s_acts = away[:1]
                verb = norms[head]
                if c.hit.aspect != "noun" and c.support is None and verb.endswith(("يا", "يان")) and len(s_acts) != 2:
                    # "وكانا قد التقيا X": a dual verb's omitted subject is the pair last told together
                    pair = self._last_pair(made)
                    if pair is not None:
                        s_acts = list(pair)
                if not s_acts:
                    return None
                inherited = True
                src, tgt = (s_acts, obj.actors()) if subject_role == "source" else (obj.actors(), s_acts)
            elif subj is not None and obj is not None:
                s_acts, o_acts = subj.actors(), (obj.actors() or pron_obj)
                src, tgt = (s_acts, o_acts) if subject_role == "source" else (o_acts, s_acts)
            elif (subj is not None and subj is not used_right and c.type in _SYMMETRIC and _dual_verb(c, norms[i])
                  and any(norms[k] in _DUAL_RELATIVES for k in range(subj.last + 1, head))
                  and (pair := self._dual_pair(made, parties, norms, head)) is not None
                  and {_akey(a) for a in subj.actors()} <= {_akey(a) for a in pair}):
                # "يلتقي X Y، اللذان كانا قد التقيا في هانوي": a dual relative's verb is the pair its
                # antecedent closes, the two of the contact just told
                src, tgt = [pair[0]], [pair[1]]
                inherited = True
            elif subj is not None:
                acts = _uniq(subj.actors())
                own_topic: list[Actor] = []
                if (len(acts) >= 2 and subj is used_right and fam.direct and c.hit.aspect != "noun"
                        and c.support is None and head >= 1
                        and _strip_conj(norms[head - 1]) in _GOES_ON):
                    # "واصل X لقاءاته في بيروت، حيث التقى Y، وZ": after حيث the clause goes on about the
                    # sentence's own subject, named before it; those after the verb are its objects
                    first_p = next((p for p in sx.span(0, head - 1) if p.actor is not None and p.marker is None
                                    and p.actor.kind == "person"), None)
                    if first_p is not None and first_p.actor is not None and first_p.actor not in acts:
                        own_topic = [first_p.actor]
                    elif first_p is None and made:
                        # "الزيارة الأولى لX إلى دمشق منذ 2019، حين التقى الأسد والمعلم": the traveller
                        # of the contact the sentence just told
                        own_topic = [a for a in _excluding(self._topic_actor(made, parties, head), acts)
                                     if a.kind == "person"]
                first_p = subj.parties[0]
                fk0 = first_p.lead if first_p.lead >= 0 else first_p.first
                if (not own_topic and subj is used_right and fam.direct and c.hit.aspect != "noun" and fk0 >= 2
                        and norms[fk0 - 1] == "من" and norms[fk0 - 2] in ("كلا", "وكلا")):
                    # "كما يلتقي كلاً من X وY": the accusative "each of" names the objects; the subject
                    # is the one the text is about
                    own_topic = _excluding(self._topic_actor(made, parties, head), acts)
                if own_topic:
                    src, tgt = (own_topic, acts) if subject_role == "source" else (acts, own_topic)
                    inherited = True
                elif len(acts) >= 2 and (c.type in _SYMMETRIC or fam.require_marker):
                    if c.hit.aspect == "noun" and subj.last < i and i >= 1 and norms[i - 1] == "في" and (
                            made or not lex.words["participation_words"].isdisjoint(map(_strip_conj, norms[left:i]))):
                        # "وشاركت مصر والسعودية في القمة": who took part, not who met; "جلس X وY إلى
                        # الطاولة مع Z، في محادثات غير مباشرة": the contact just told, not one among X, Y
                        return None
                    src, tgt = acts[:1], acts[1:]
                    pairs_of = acts
                elif (subj is used_right and fam.direct and c.hit.aspect != "noun" and c.support is None
                      # ("الزيارة الأولى لX إلى دمشق منذ 2019، حين التقى الأسد والمعلم": when ...)
                      and ((head >= 1 and _strip_conj(norms[head - 1]) in _GOES_ON)
                           # "حيث استقبله X، ثم التقى Y"، "... كما التقى Y": a further verb of the clause
                           or (made and head >= 1 and _strip_conj(norms[head - 1]) in ("ثم", "كما"))
                           # "... تباحث X مع Y. كما التقى Z": a sentence opening on كما goes on with the
                           # subject of the one before
                           # "... . وكان قد التقى قبل ذلك Y": a sentence opening on (و)كان قد with no subject
                           # goes on with the one before's
                           or ((head == 1 and norms[0] in ("كما", "وكما")
                                or (head == 2 and norms[0] in ("كان", "وكان", "كانت", "وكانت") and norms[1] == "قد"))
                               and bool(self.context)
                               # (only the object named in the sentence: "كما التقى X، الذي ...، Y" has
                               # its own subject)
                               and not any(p.actor is not None and p.actor.kind == "person"
                                           and p.first > subj.last and not self._in_own_relative(subj.last, p.first)
                                           for p in parties))
                           # "التقى X نتنياهو في القدس، على أن يلتقي Y في رام الله": the plan that follows
                           # ("أجرت X محادثات مع Y، قبل أن تلتقي Z": the subject goes on after قبل/بعد أن)
                           or (made and head >= 2 and norms[head - 1] == "ان"
                               and _strip_conj(norms[head - 2]) in ("علي", "قبل", "بعد"))
                           # "زار X الرياض ... واستقبل في بكين الشهر الماضي Y": a verb joined by و to a
                           # contact the sentence told, its party after an adverbial
                           or (made and c.hit.proclitic.startswith(("و", "ف")) and subj.first > i + 1
                               and (norms[i + 1] in ("في", "خلال") or _timeword(norms[i + 1]))))
                      and all(a.kind == "person" for a in acts)
                      # ("كما التقى سموه X": the honorific pronoun names who goes on)
                      and (topic := _excluding(self._honorific_subject(
                          toks, norms, left, head, self._present_before(parties, norms, head)
                          or self._topic_actor(made, parties, head)), acts))):
                    if rel_extra and subj.last == groups_right[-1].last:
                        acts = _uniq(acts + [p.actor for p in rel_extra if p.actor is not None])
                    # "وانتقل الموفد إلى عين التينة حيث التقى رئيس مجلس النواب X"، "إذ التقى في 22 من
                    # الشهر X": after حيث/إذ the clause goes on about the one already told; the only person
                    # named after the verb is its object ("إذ استضافت بغداد جولات": a place is the subject)
                    src, tgt = (topic, acts) if subject_role == "source" else (acts, topic)
                    inherited = True
                elif (subj is used_right and c.hit.aspect == "noun" and c.support is None and made
                      and c.hit.proclitic.lstrip("وف").startswith("ل") and fam.type in ("meeting", "talks")
                      and all(a.kind == "person" for a in acts)
                      and (topic := _excluding(self._topic_actor(made, parties, head), acts))):
                    # "انتقلت X إلى السراي حيث التقت Y، ثم إلى عين التينة للقاء Z": a purpose noun whose
                    # genitive is its object; its subject is the one who travels
                    src, tgt = (topic, acts) if subject_role == "source" else (acts, topic)
                    inherited = True
                else:
                    return None
            elif (c.type in _SYMMETRIC and _dual_verb(c, norms[i])
                  and not (i + 1 < len(norms) and _strip_conj(norms[i + 1]) in lex.people_nouns)
                  and (pair := self._dual_pair(made, parties, norms, head)) is not None):
                # "واتفقا على أن يلتقيا مجددا": a dual verb with no party is the pair last told together
                # (not "كما التقيا ممثلين عن منظمات المجتمع المدني": they met others the KB does not know)
                src, tgt = [pair[0]], [pair[1]]
                inherited = True
            elif (fam.needs_before and c.hit.suffix == "هما" and c.hit.aspect != "noun"
                  and (pair := self._pair_told(made)) is not None):
                # "(التقى X وY) في لقاء جمعهما في أنقرة أمس": the gathering verb's dual pronoun is the
                # pair of the contact just told; its clause tells that contact's place and day
                src, tgt = [pair[0]], [pair[1]]
                inherited = True
            elif (c.hit.aspect == "noun" and c.type in _SYMMETRIC
                  and "بينهما" in norms[i + 1:i + 5]
                  and (pair := (btw := self._pair_between(made, parties, i, head))[0])):
                # "عقدا أول لقاء ...، بعد أشهر من اتصال هاتفي جرى بينهما"، "عقد مؤتمرا صحفيا مع Y عقب
                # جلسة مباحثات بينهما": "between the two of them" is the pair last named
                src, tgt = [pair[0]], [pair[1]]
                inherited = True
                between_told = btw[1]
            elif (c.hit.aspect == "noun" and c.support is None and c.type in _SYMMETRIC
                  and len(joint := self._joint_subject_of_that(parties, norms, i)) >= 2):
                # "أكد X وY ...، وذلك في اتصال هاتفي (جرى بينهما)"، "... . جاء ذلك خلال لقاء": a contact
                # noun with no party of its own, told as the occasion of what the two said together
                src, tgt = joint[:1], joint[1:]
                pairs_of = joint
                inherited = True
            else:
                return None
        if (c.hit.aspect == "noun" and c.type == "visit" and c.hit.suffix in _PRONOUN_SUFFIXES and i >= 2
                and norms[i - 1] == "في" and norms[i - 2] in ("كان", "كانت", "وكان", "وكانت") and src and tgt
                and subject_role == "target"):
            # "وكان في استقباله X": "X was at his reception": X hosts, the pronoun is the guest (not
            # "خلال استقباله X", where the pronoun receives X)
            src, tgt = tgt, src
        if is_visit and subject_role == "source" and obj is not None and obj.parties and self._not_a_stay(c, norms, obj):
            return None
        # places as visit targets become the country they are in; the place is the location
        location = None
        src = [a for a in src if a is not None]
        tgt = [a for a in tgt if a is not None]
        places: dict[str, Place] = {}
        tgt_groups_last = -1
        if is_visit:
            tgt_groups = obj if subject_role == "source" else subj
            if tgt_groups is not None:
                tgt_groups_last = tgt_groups.last
                for p in tgt_groups.parties:
                    if p.actor is None and p.place is not None:
                        if location is None:
                            location = p.place
                        ca = self._country_actor(p.place.country)
                        if ca is not None:
                            tgt.append(ca)
                            places.setdefault(ca.country or "", p.place)
        src, tgt = _uniq(src), _uniq(tgt)
        src_keys = {_akey(a) for a in src}
        tgt = [a for a in tgt if _akey(a) not in src_keys]
        if not src or not tgt:
            return None
        if fam.revisit:
            # "على أن يعود إلى روما الاثنين": a traveller whose trip the article tells returns to a
            # place of that trip (another visit) or home (none); with no trip told, a foreign leader's
            # announced return is a visit ("سيعود إلى بيروت في الأول من سبتمبر")
            tgt_c = {a.country for a in tgt}
            trip = [e for e in self.drafts + made
                    if _CLASS[e.type] == "in-person" and src_keys & {_akey(a) for a in e.source + e.target}]
            if trip and not any({a.country for a in e.source + e.target} & tgt_c
                                or (e.location is not None and e.location.country in tgt_c) for e in trip):
                return None
        if fam.persons_only and any(a.kind != "person" for a in src + tgt):
            return None  # "وقعت مصر والسعودية اتفاقية": the states signed; who met is not told
        if len(src) + len(tgt) > _MAX_GROUP_SPLIT + 1 and not (
                # "جولة يقوم بها X وY تشمل الأردن ومصر والسعودية وقطر": a tour's stops are visits each
                fam.direct_places and len(src) <= 2 and all(a.kind == "country" for a in tgt)):
            return None
        if cancelled:
            self.denied.update(k for a in src for b in tgt
                               for k in ((_CLASS[c.type], _akey(a), _akey(b)),
                                         (_CLASS[c.type], f"~{a.country}", f"~{b.country}")))
            return None
        # --- status and date
        # "عقد في إسطنبول اليوم اجتماع ثلاثي يضم X وY": a gathering verb's time and place are those
        # of the gathering noun's clause
        when_left = min(left, sx.clause_start(head)) if fam.needs_before else left
        when_right = right
        if c.type == "invitation":
            # "وجه X دعوة إلى Y لزيارة مصر العام المقبل": the time after the purpose is the invited
            # visit's; the invitation itself was made when the clause before it says (or the report's day)
            when_right = next((k - 1 for k in range(i + 1, min(right + 1, len(norms)))
                               if norms[k] in lex.words["invited_to"]), right)
        first, last, t_status = self._when(sent, toks, norms, c, when_left, when_right, sx.single,
                                           # (not the time of a relative clause set off by commas)
                                           None if rel is None else (toks[rel].start, toks[head].start))
        # planning cues count near the trigger only, not over the whole reach of its parties
        # a relative clause ("... كيري الذي يزور قطر") is not governed by the main clause's planning cues
        # (but "قمة ... التي تجمع X وY": the gathering verb describes the summit the main clause plans)
        rel_lo = head if head and norms[head - 1] in _RELATIVES and not fam.needs_before else 0
        if fam.only_before and first is None and t_status is None:
            # "يبدأ X غداً جولة آسيوية. وتشمل الجولة اليابان": the tour told in the sentence before
            # says whether it is still to come (the day of each stop it does not tell)
            t_status = self._tour_told_before()
        status = self._status(c, norms, t_status, min(when_right, i + _STATUS_REACH + 1), rel_lo)
        # "(إن) عقد لقاء بين X وY غير مطروح، ولن يكون ممكنا إلا إذا ...": ruled out or conditional;
        # a contact told as done is ruled out only by a predicate right after its parties
        reach = _UNREAL_REACH if status == "planned" or (c.hit.aspect == "noun" and c.support is None) else 3
        if lex.has_phrase("unreal_after", norms, i + 1, right + reach):
            return None
        if c.hit.aspect == "noun" and c.support is None and any(
                norms[k] in lex.words["possible_after"] and norms[k - 1] not in lex.words["possible_not_after"]
                # (up to the next contact: "قمة مرتقبة بين X وY ...، وقمة محتملة مع Z": the second is possible)
                for k in range(i + 1, min(len(norms), right + reach,
                                          next((t for t in trig_idx if t > i), len(norms))))):
            # "إن لقاءه بالأسد ممكن عندما يحين الوقت": a contact said to be possible is none yet
            # (not "في أقرب وقت ممكن", which times a planned one)
            return None
        during_it = bool(made) and any(n in _DURING_IT for n in norms[max(0, head - 1):head + 2])
        # (not during a stop told as before or after it: "يلتقي X في دمشق، بعد محطة في بيروت التقى
        # خلالها Y": a contact of another stop, background to the one reported)
        stop_at = next((k for k in range(head - 1, max(-1, head - 6), -1)
                        if _strip_conj(norms[k]) in ("بعد", "قبل", "عقب")), None) if during_it else None
        other_stop = stop_at is not None
        if during_it and not other_stop:
            # "يقوم بزيارة ... يجري خلالها مباحثات مع Y": a contact during the previous one shares its
            # status and, when it has none of its own, its day
            status = made[-1].status
            if first is None:
                first, last = made[-1].first, made[-1].last
        if first is None and (self.drafts or made) and sx.has_phrase("same_day_anaphors", left, right + 1):
            # "كما التقى بان، في اليوم نفسه، Y": the day of the contact told just before
            prev = next((e for e in reversed(self.drafts + made) if e.first is not None), None)
            if prev is not None and prev.first == prev.last:
                first, last = prev.first, prev.last
        if c.type == "invitation":
            call = self._during_call(norms, head, i)
            if call is not None:
                # "وجه X خلال الاتصال دعوة لY لزيارة واشنطن الشهر المقبل": the invitation was made
                # in the call; the later date is the invited visit's, not the invitation's
                status, first, last = call.status, call.first, call.last
            elif first is None and not (fam.accepted or fam.genitive_other) and status == "occurred":
                # "التقى X Y اليوم ... ووجه X الدعوة إلى نظيره لزيارة مصر": an invitation with no time of
                # its own between the two of the contact just told was made at it, on its day
                # (the invitee may be a counterpart not yet resolved: "نظيره التركي" of that country)
                inviters = {_akey(a) for a in src}
                at = next((e for e in reversed(self.drafts + made) if e.type != "invitation"
                           and inviters <= (ek := {_akey(a) for a in e.source + e.target})
                           and all(_akey(b) in ek or (_akey(b).startswith("rasad:counterpart:") and b.country in {
                                       a.country for a in e.source + e.target if _akey(a) not in inviters})
                                   for b in tgt)), None)
                if at is not None and at.status == "occurred":
                    first, last = at.first, at.last
        if (c.type == "visit" and fam.subject == "target" and made and c.hit.aspect == "imperfect"
                and not c.hit.future and c.hit.suffix in _PRONOUN_SUFFIXES and head > 0 and norms[head - 1] == "حيث"
                and t_status is None and made[-1].type == "visit" and made[-1].status == "planned"
                and {_akey(a) for a in src} & {_akey(a) for a in made[-1].source}):
            # "تشمل الجولة اليابان، حيث يلتقي Y، والصين، حيث يستقبله Z": the host of a later stop
            # receives the traveller of the planned tour, still to come
            status = "planned"
        if (c.type == "message" and made and made[-1].type == "visit" and head > 0
                and norms[head - 1] in _RELATIVES):
            # "استقبل X Y، الذي سلمه رسالة من Z": handed over at the reception, with its status and day
            status = made[-1].status
            if first is None:
                first, last = made[-1].first, made[-1].last
        during = False
        if cont is None and not inherited and c.type in ("meeting", "talks") and _during_visit(norms, i) and src:
            # "ويلتقي لودريان خلال زيارته Y": the named visitor meets Y during the visit already told
            keys = {_akey(a) for a in src}
            cont = next((e for e in reversed(self.drafts + made) if e.type == "visit" and not e.host_frame
                         and {_akey(a) for a in e.source} == keys), None)
            during = cont is not None
        if cont is not None and (inherited or during):
            # "يتوجه X إلى إسرائيل حيث يلتقي Y، ثم إلى رام الله للقاء Z": X travels to meet Y and Z,
            # visits of the visit's status; without a time of their own they share its days
            etype, status = ("visit" if cont.type == "visit" else etype), cont.status
            if first is None:
                first, last = cont.first, cont.last
        imperf = c.hit.aspect == "imperfect" if c.support is None or c.support_after else c.support_imperf
        if imperf and fam.needs_before:
            # "عقد في إسطنبول اليوم اجتماع يضم X وY": the gathering's own verb tells its tense, not يضم
            sr = next((r for k in range(sx.clause_start(head), head)
                       if (r := lex.support_role(norms[k])) is not None), None)
            if sr is not None:
                imperf = sr[1]
        if status == "occurred" and imperf and first is not None and first == last == self.article.published and not (
                # "وكان X قد وصل مساء السبت ...، قبل أن يعقد الرئيسان صباح الأحد قمة": the subjunctive after
                # قبل أن / بعد أن takes the tense of the past narrative it continues
                head >= 2 and norms[head - 1] == "ان" and _strip_conj(norms[head - 2]) in ("قبل", "بعد")
                and ((made and made[-1].status == "occurred") or sx.has_phrase("past", 0, head))):
            # "يقوم الجبير اليوم بزيارة لموسكو"، "يزور X اليوم Y": an imperfect with today's date
            # announces the day's programme, a contact scheduled for today (the gold convention);
            # an imperfect with no date ("كيري الذي يزور قطر") tells one under way
            status = "planned"
        if fam.genitive_other or (fam.accepted and status == "planned"):
            # "بناء على دعوة"، "(سيزور) بدعوة من X": the invitation came before the trip the clause tells;
            # its day is not given
            first = last = None
            status = "occurred"
        if first is None and status == "occurred" and self._article_day is not None and not fam.genitive_other and not (
                self._has_time(sent)) and not sx.has_phrase("past", 0, head):
            # a report's later sentences tell the contact its lead dated ("... اليوم السبت"; "وأكد الطرفان")
            first = last = self._article_day
        if fam.joins and (joined := next((d for d in reversed(self.drafts + made) if {_akey(a) for a in tgt}
                                          <= {_akey(a) for a in d.source + d.target}), None)) is not None:
            # "التقى X وY في طهران اليوم. وانضم الرئيس الإيراني إلى الزعيمين": where and when they met
            if location is None:
                location = joined.location
            if not self._has_time(sent):
                status, first, last = joined.status, joined.first, joined.last
        if between_told is not None and not self._time_from(sent, toks[i].start):
            # "عقد صباح الأحد مؤتمرا صحفيا مع Y، عقب جلسة مباحثات بينهما": talks with no time of their
            # own, right before or after the contact told with the same pair, are of its day
            status, first, last = between_told.status, between_told.first, between_told.last
        if stop_at is not None:
            # "يلتقي X Y في دمشق، بعد محطة في بيروت التقى خلالها Z": the stop was before (or after) the
            # contact the sentence reports, at the place the stop's clause names; its day is its
            # own time's only (the sentence's "today" is the reported contact's)
            if not self._time_from(sent, toks[stop_at].start):
                first = last = None
            location = next((p.place for p in sx.span(stop_at, head) if p.place is not None and p.first < head), None)
        if recv_for is not None and first is None:
            # "وصل X اليوم إلى طهران، حيث أقام له Y مراسم استقبال": on the arrival's day
            status, first, last = recv_for.status, recv_for.first, recv_for.last
        if c.hit.aspect == "noun" and (c.support is None or c.support == i - 1) and _agreed_on(lex, norms, i):
            # "اتفقا خلاله على اللقاء"، "وافق على زيارة": a contact agreed on is still to come, and the
            # clause's time (or the contact's it was agreed in: "خلاله") is the agreement's
            status, first, last = "planned", None, None
        eve = _EVE_SHIFT.get(_strip_conj(norms[i - 1])) if c.hit.aspect == "noun" and c.support is None and i else None
        if eve is not None:
            # "يلتقي X Y، غداة لقائه Z في بغداد": the contact after غداة ("the morrow of") was the day
            # before the clause's, after عشية ("the eve of") the day after it; at its own place only
            first = last = first + timedelta(days=eve) if first is not None and first == last else None
            if eve < 0:
                status = "occurred"
            elif first is not None and self.article.published is not None and first > self.article.published:
                status = "planned"
            location = next((p.place for p in sx.span(i + 1, right + 1) if p.place is not None
                             and p.first > i and p.marker in ("x", "ب", None)), None)
        # "نظيره الإيطالي": the other party's office in that country, on the contact's day
        src, tgt = [self._counterpart(a, tgt, first) for a in src], [self._counterpart(a, src, first) for a in tgt]
        if places:
            tgt = _uniq([self._seat_holder(a, places.get(a.country or ""), tgt, first) for a in tgt])
        pub = self.article.published
        if first is not None and pub is not None and abs((pub - first).days) > 31:
            src, tgt = self._roles_on(first, sent, src), self._roles_on(first, sent, tgt)
        if location is None and eve is None:
            location = self._location(parties, when_left, right, c) or self._where_place(when_left, head)
        if location is None and is_visit and eve is None:
            host = [a for a in tgt if a.country]
            if host:
                # the dateline's city when it is in the host country ("الدوحة في 15 يناير /قنا/ استقبل")
                dl = self._dateline_place()
                location = dl if dl is not None and dl.country == host[0].country else (
                    self._country_place(host[0].country))
        mediators: list[Actor] = []
        if c.type == "talks":
            mediators = self._mediators(parties, norms, sent)
        elif etype == "meeting" and c.hit.aspect == "noun":
            # "أول لقاء مباشر بين X وY ... برعاية رئيس الوزراء الإثيوبي Z": a meeting a third party
            # sponsors or mediates is talks with that mediator
            mediators = _excluding(self._sponsors(parties, norms, i), src + tgt)
            if mediators:
                etype = "talks"
        summit = sx.memo.get("summit")
        if summit is None:  # the same for every trigger of the sentence
            summit = sx.memo["summit"] = lex.has_phrase("summit_cues", norms, 0, len(norms))
        topics = self._topics(norms, nxt)
        conf = fam.confidence
        if inherited:
            conf -= 0.2
        if c.support is not None:
            conf += 0.05
        if len(self.mentions) and not inherited:
            conf += 0.05
        conf = max(0.05, min(0.99, conf))
        trig = toks[i]
        host_frame = etype == "visit" and subject_role == "target"
        if cont is not None and (inherited or during) and location is None:
            location = cont.location  # "وصل إلى لندن حيث التقى Y": met in London
        if etype == "call":
            location = None  # a call joins two places: a city in the sentence is a title's or a topic's
        if c.family.id == "meeting-gather" and (g_host := self._gathering_host(c, norms, i)) and not (
                {_akey(a) for a in src + tgt + pairs_of} & {_akey(g_host)}):
            # "استضاف الرئيس X قمة ثلاثية ضمت Y وZ": the summit's host is one of those who met
            src = [g_host, *src]
            if pairs_of:
                pairs_of = [g_host, *pairs_of]
        if (not pairs_of and c.type in _SYMMETRIC and len(src) + len(tgt) == 3
                and not _TRILATERAL.isdisjoint(norms[max(0, i - 4):i + 4])):
            # "اجتماعا وزاريا ثلاثيا جمع X بكل من Y وZ": a trilateral meeting is one contact per pair
            pairs_of = src + tgt
        if (etype == "talks" and len(_uniq(pairs_of)) > 2 and not mediators
                and "مفاوض" not in norms[i] and "تفاوض" not in norms[i]):
            # "محادثات مشتركة بين وزراء خارجية روسيا وإيران وتركيا": three or more sides talking
            # together, with no mediator and no negotiation word, hold a meeting (coded per pair)
            etype = "meeting"
        d = _Draft(type=etype, status=status, source=src, target=tgt, mediators=mediators, sentence=sent,
                   trig=trig, trig_text=self.article.text[trig.start:trig.end], family=fam,
                   host_frame=host_frame, first=first, last=last, location=location, topics=topics,
                   confidence=conf, inherited=inherited, weak=fam.weak, summit=summit,
                   order=len(self.drafts), subj_target=subject_role == "target" and not inherited)
        if self._carrier:
            d.extra["carrier"] = self._carrier
        if c.type == "visit" and status == "occurred" and c.hit.aspect == "imperfect" and not c.hit.future:
            d.extra["present"] = True  # "ويتوجه X إلى المنامة": under way, or the day's programme
        if msg_pair is not None:
            # "الذي سلمه رسالة من X": the sender (من) is no subject the next clause goes on with
            d.extra["sent_by"] = subject_of_clause
        if cont is not None and (inherited or during) and cont.type == "visit":
            # "يتوجه إلى نيويورك حيث يلتقي الأمين العام للأمم المتحدة": a contact of the trip told
            d.extra["trip"] = cont
        if other_stop or (first is not None and sx.has_phrase("past", sx.clause_start(head), head)):
            # "وكان بوريطة قد التقى نظيره الصربي ... في شتنبر 2018": a dated earlier contact, told as
            # background to the one the article reports
            d.extra["background"] = True
        if pron_obj and (obj is None or not obj.actors()):
            d.extra["pron_obj"] = True  # the object was the pronoun (حيث استقبله X): the text's topic
        if c.type == "visit" and all(a.kind == "country" for a in tgt) and self._to_attend(norms, tgt_groups_last):
            # "يتوجه X إلى مدينة هامبورغ الألمانية للمشاركة في قمة مجموعة العشرين"، "يغادر إلى اليابان
            # للمشاركة في قمة مجموعة السبع": a journey to a gathering; no visit to the country unless a
            # host there is named (_host_for_country)
            d.extra["to_attend"] = True
        if len(places) > 1 and all(a.kind == "country" and a.country in places for a in tgt):
            # "سيزور الرياض والقاهرة": one visit per host country, each at its own city
            d.extra["hosts"] = [(a, places[a.country or ""]) for a in tgt]
        if len(pairs_of) > 3 and all(a.kind in ("country", "organization") for a in pairs_of):
            # "قمة تجمع قادة دول مجلس التعاون ومصر والأردن والعراق": a gathering of four or more
            # states or bodies is multilateral, no contact between each pair of them
            return None
        if len(pairs_of) > 2 and c.type in _SYMMETRIC:
            # a meeting of three or four parties is one contact per pair
            d.extra["pairs"] = [(a, b) for k, a in enumerate(pairs_of) for b in pairs_of[k + 1:]]
        return d

    def _not_a_stay(self, c: _Cand, norms: list[str], obj: _Group) -> bool:
        """Is the place a visit verb's object names no visit? "غادر عائدا إلى روما" (back home);
        "غادر الدار البيضاء بعد إجازة خاصة" (a place left after a holiday, not a visit)."""
        k = obj.first - 1
        if k > c.tok and norms[k] == "الي":
            k -= 1
        words = self.lex.words
        if k > c.tok and _strip_conj(norms[k]) in words["return_words"]:
            return True
        if c.family.direct_places and obj.marker is None:
            stay, stay2 = words["private_stay_nouns"], self.lex.phrases["private_stay_nouns"]
            for j in range(obj.last + 1, min(obj.last + 8, len(norms) - 1)):
                if norms[j] == "بعد" and (norms[j + 1] in stay or tuple(norms[j + 1:j + 3]) in stay2):
                    return True
        return False

    def _discussed_in(self, c: _Cand, norms: list[str], parties: list[_Party], subj: _Group | None
                      ) -> _Group | None:
        """"سيبحث (الوزير) في جدة والقاهرة ..."، "يناقش في موسكو": a discussion verb whose only other
        argument is في + places abroad (cities or countries of another country than every actor of
        the subject) reports that the subject goes there. -> the places as a group, or None."""
        if subj is None or c.hit.aspect == "noun":
            return None
        acts = subj.actors()
        if not acts or any(a.kind not in ("person", "group") for a in acts):
            return None
        home = {a.country for a in acts}
        k = next((j for j in range(c.tok + 1, min(c.tok + 3, len(norms))) if norms[j] in ("في", "فى")), None)
        if k is None or (k > c.tok + 1 and not subj.first <= c.tok + 1 <= k - 1 <= subj.last):
            return None  # (only the subject may stand between: not "بحث الأوضاع في قطاع غزة", a topic)
        out: list[_Party] = []
        for p in self._sx.span(k + 1, len(norms)):
            if p.first <= k:
                continue
            if p.place is None or p.actor is not None or not p.place.country or p.place.country in home:
                break
            if out and not (p.conj and p.first - out[-1].last <= 2):
                break
            if not out and p.first != k + 1:
                break
            out.append(p)
        return _Group(out, "الي") if out else None

    def _message_pair(self, c: _Cand, mid: list[_Group], groups_right: list[_Group], norms: list[str],
                      made: list[_Draft]) -> tuple[list[Actor], list[Actor]] | None:
        """"نقل إلى الرئيس X رسالة (دعوة) من الرئيس Y": with the sender (من) and the recipient (إلى، لـ)
        both marked, the one who carries or hands the message or invitation over is neither. The
        recipient may stand between the support verb and the noun, or be the support verb's
        pronoun ("سلمه دعوة من Y" after a reception: the host)."""
        if c.type not in ("message", "invitation") or c.support is None or c.support_after:
            return None
        if c.type == "invitation" and not any(
                stem in self.lex.words["handover_verbs"] for stem, _, _ in self.lex.peel(norms[c.support])):
            return None  # "قام بزيارة إلى مصر تلبية لدعوة من X": only a handed-over invitation has a carrier
        g_from = next((g for g in groups_right if g.marker == "من" and _has_party(g)), None)
        if g_from is None:
            # "نقل إليه تهاني الرئيس دونالد ترامب، ودعوة لزيارة واشنطن": the person whose greetings
            # the invitation is coordinated with sent both
            greet = self.lex.words["greeting_nouns"]
            g_from = next((g for g in mid if g.marker is None and _has_party(g) and g.first >= 1
                           and _strip_conj(norms[g.first - 1]) in greet
                           and all(a.kind == "person" for a in g.actors())), None)
            if g_from is None:
                g_from = self._principal_of_envoy(norms)
            if g_from is None:
                return None
            greeted = True
        else:
            greeted = False
        # "سلم X لبوريطة رسالة من الرئيس Y إلى الملك Z": the one named after the sender is whom the
        # message is for; the one it was handed to (لـ before the noun) only received it for him
        g_to = None if greeted else (
            next((g for g in groups_right if g.marker == "الي" and g.first > g_from.last and _has_party(g)), None)
            or next((g for g in mid + groups_right if g.marker in ("الي", "ل") and _has_party(g)), None))
        if g_to is not None:
            return g_from.actors(), g_to.actors()
        verb = norms[c.support]
        handover = any(stem in self.lex.words["handover_verbs"] for stem, _, _ in self.lex.peel(verb))
        plain = [g for g in mid if g.marker is None and _has_party(g)]
        if handover and len(plain) >= 2 and all(a.kind == "person" for a in plain[1].actors()):
            # "سلّم الأمير X، وزير الدفاع، المرشد Y رسالة من Z": the verb's subject hands it over, its
            # object (the second name between the verb and the noun) receives it; what follows about
            # "his visit" is the carrier's
            self._carrier = plain[0].actors()
            return g_from.actors(), plain[1].actors()
        # "سلمه رسالة من Y"، "سلم سعادته سمو الأمير رسالة من Y": after a reception the one handed
        # the message or invitation is the host
        if handover and all(a.kind == "person" for a in g_from.actors()):
            d = next((d for d in reversed(self.drafts + made) if d.type in ("visit", "meeting")), None)
            if (d is not None and d.type == "visit" and len(plain) == 1 and d.target
                    and all(a.kind == "country" for a in d.target)):
                # "زار X بيروت ... حيث سلّم عون رسالة": a person of the country just visited, right
                # after the verb, is the one handed it (the visitor is the omitted subject), and the
                # visit's host
                to = [a for a in plain[0].actors() if a.kind == "person"
                      and any(a.country == t.country for t in d.target) and a not in d.source]
                if to and len(to) == len(plain[0].actors()):
                    d.target = list(to)
                    return g_from.actors(), to
            if d is not None:
                side = d.target
                k = c.support - 1
                if k >= 1 and norms[k] in _RELATIVES:
                    # "عقد لقاء مع الوزير X، الذي سلمه رسالة من Z": the relative pronoun's antecedent,
                    # the meeting's guest, handed it over; the pronoun is the other side
                    k -= 2 if norms[k - 1] in ("،", ",") else 1
                    before = {_akey(p.actor) for p in self._sx.parties if p.last == k and p.actor is not None}
                    if before and before <= {_akey(a) for a in d.target}:
                        side = d.source
                to = [a for a in side if all(_akey(a) != _akey(f) for f in g_from.actors())]
                if to:
                    return g_from.actors(), to
        return None

    def _principal_of_envoy(self, norms: list[str]) -> _Group | None:
        """"زار X بيروت موفداً من الملك سلمان، حيث سلّم عون رسالة تهنئة": the one a visitor is sent by
        (موفدا/مبعوثا من Y, in the sentence) sent what he hands over."""
        cues = self.lex.words["envoy_cues"]
        for k, w in enumerate(norms[:-1]):
            if _strip_conj(w) in cues and norms[k + 1] == "من":
                g = next((g for g in _groups(self._sx.span(k + 2, min(len(norms), k + 12)), k + 2,
                                             min(len(norms), k + 12), self.lex)
                          if g.first <= k + 4 and _has_party(g)
                          and all(a.kind == "person" for a in g.actors())), None)
                if g is not None:
                    return g
        return None

    def _during_call(self, norms: list[str], head: int, i: int) -> _Draft | None:
        """The call already told when "خلال/أثناء الاتصال (المكالمة)" stands by the trigger."""
        lo, hi = max(0, head - 6), min(len(norms), i + 4)
        if not any(norms[k] in _DURING and norms[k + 1] in _CALL_NOUNS for k in range(lo, hi - 1)):
            return None
        return next((d for d in reversed(self.drafts) if d.type == "call"), None)

    def _continues_visit(self, c: _Cand, norms: list[str], head: int, made: list[_Draft],
                         groups_right: list[_Group]) -> _Draft | None:
        """The visit a contact continues, its visitor the contact's omitted subject and the one
        party after it the host: joined to a visit of the same sentence by حيث، ثم، و or the
        purpose لـ ("وصل X إلى لندن حيث التقى Y"، "زار X نيودلهي والتقى Y"، "ثم إلى رام الله
        للقاء Z"), or opening a sentence after one that told a visit ("كما التقى Y"، "والتقى Y").
        With two parties after the verb ("والتقى الرئيس X الوزير Y"), or the other party behind a
        marker ("كما التقى X بـY"), the clause has its own subject."""
        if c.type not in ("meeting", "talks") or c.support is not None:
            return None
        unmarked = [g for g in groups_right if g.marker is None and _has_party(g)]
        if len(unmarked) > 1 and any(t.norm in ("،", ",") for t in self._sx.toks[unmarked[0].last + 1:unmarked[1].first]):
            unmarked = unmarked[:1]  # "حيث يلتقي X، في إطار وساطة تقودها الكويت": the rest is another clause
        if len(unmarked) != 1 or any(g.marker in c.family.markers and _has_party(g) for g in groups_right
                                     if g.first < unmarked[0].first + 12):
            return None
        # "(إن X) سيلتقي خلال الزيارة Y"، "في زيارة ...، التقى خلالها Y": the contact is part of the visit
        during = _during_visit(norms, c.tok) or (c.tok + 1 < len(norms) and norms[c.tok + 1] in _DURING_IT)
        if (not during and made and head > 0 and norms[head - 1] in ("التي", "الذي") and c.tok + 1 < len(norms)
                and norms[c.tok + 1] in _IN_IT):
            # "جولة شملت طهران التي التقى فيها نظيره Y": a place of the visit just told, met in
            during = True
        if made:
            d = made[-1]
            # ("حيث من المقرر أن يلتقي Y": a plan's words may stand between حيث and the verb)
            k = head - 1
            while k > 0 and (norms[k] in ("ان", "من") or norms[k] in self.lex.words["planned"]):
                k -= 1
            joined = (during or (head > 0 and norms[head - 1] in _VISIT_JOINERS)
                      or (k < head - 1 and norms[k] == "حيث") or c.hit.proclitic.startswith(("و", "ل", "ف")))
            if d.type in ("talks", "meeting") and not d.host_frame and head > 0 and norms[head - 1] in ("كما", "وكما") \
                    and not (d.source and d.target and len(d.source) > 1):
                # "سيعقد X مباحثات مع Y، كما سيلتقي Z": the same subject meets another
                return d
        elif during and self.drafts:
            d = next((e for e in reversed(self.drafts[-3:]) if e.type == "visit"), self.drafts[-1])
            joined = True
            # "وقام غوايدو بجولة في أميركا الجنوبية التقى خلالها X": the sentence names its own
            # traveller, not the one of an earlier visit
            own = next((p for p in self._sx.span(0, head) if p.actor is not None and p.marker is None
                        and p.actor.kind == "person" and p.last < head), None)
            if own is not None and own.actor not in d.source:
                return None
        elif self.drafts:
            # the latest visit among the last contacts told ("وصل X إلى طهران. وأجرى محادثات مع Y. كما التقى Z")
            d = next((e for e in reversed(self.drafts[-3:]) if e.type == "visit"), self.drafts[-1])
            joined = (head == 0 and c.hit.proclitic.startswith(("و", "ف"))) or (
                head == 1 and norms[0] in ("كما", "وكما"))
            last = self.drafts[-1]
            if last is not d and not {_akey(a) for a in last.source} & {_akey(a) for a in d.source}:
                return None  # "وكان بان قد التقى خامنئي. كما التقى ...": the contact told last has another subject
        else:
            return None
        if d.type != "visit" or d.host_frame or not joined:
            return None
        if {_akey(a) for a in unmarked[0].actors()} <= {_akey(a) for a in d.source}:
            return None  # "والتقى الشيخ صباح في دبي، صباح أمس، الشيخ محمد": the visitor named is the subject
        return d

    def _similar_recipient(self, c: _Cand, norms: list[str], made: list[_Draft]) -> list[Actor]:
        """"كما بعث Y برقية تهنئة مماثلة (لفخامته/إلى سموه)": the recipient of the message just told."""
        if c.type != "message":
            return []
        words = self.lex.words
        after = norms[c.tok + 1:c.tok + 5]
        # with or without the recipient's pronoun after it (لفخامته): the clause names no other
        if not any(n in words["similar_cues"] for n in after):
            return []
        hon = words["honorific_pronouns"]
        if any(n == "الي" or (n[:1] == "ل" and n[1:] not in hon and n[2:] not in hon) for n in after[1:]) and not any(
                n in hon or n[1:] in hon for n in after):
            return []  # "برقية مماثلة إلى الوزير الأول X": its own recipient, whom the KB does not know
        earlier = [d for d in reversed(self.drafts + made) if d.type == "message"]
        if not earlier:
            return []
        pron = next((x for n in after for x in (n, n[1:], n[2:]) if x in self._hon_prons), None)
        if pron is not None:
            # "كما بعث X برقية مماثلة لفخامته" after cables to a president (فخامة) and to his vice
            # president: the recipient the pronoun's honorific was given to, not merely the last one
            pos = self._sx.toks[c.tok].start
            bearers = {_akey(a) for start, h, a in self._honorific_marks() if h == pron and start < pos}
            for d in earlier:
                got = [a for a in d.target if _akey(a) in bearers]
                if got:
                    return got
            # nobody was given that honorific in writing: the recipient whose office it is used for
            # (فخامته a president, not a vice president; دولته a prime minister)
            wants = self.lex.honorific_roles.get(pron, ())
            when = self.article.published
            for d in earlier:
                got = [a for a in d.target if a.kind == "person" and any(
                    (o.role in wants or any(w[:1].isupper() and _names_office(o, w) for w in wants))
                    and (when is None or o.active(when)) for o in self._offices(a))]
                if got:
                    return got
        if norms[c.tok] in words["plural_messages"]:
            # "برقيات تعزية مماثلة": every recipient of the last sender's run of cables
            who = {_akey(a) for a in earlier[0].source}
            run = list(takewhile(lambda d: {_akey(a) for a in d.source} == who, earlier))
            return _uniq([a for d in run for a in d.target])[::-1]
        return list(earlier[0].target)

    def _next_round(self, c: _Cand, norms: list[str], made: list[_Draft]) -> _Draft | None:
        """"الجولة الثانية (المقبلة) من المحادثات ستعقد ...": another round of the talks already told,
        between the same parties (a new contact, with its own status and day)."""
        i = c.tok
        if c.type not in ("talks", "meeting") or not _definite_noun_alone(c) or i < 2 or norms[i - 1] != "من":
            return None
        rounds = self.lex.words["round_words"]
        if not any(_strip_conj(n) in rounds for n in norms[max(0, i - 4):i - 1]):
            return None
        return next((d for d in reversed(self.drafts + made) if d.type == c.type), None)

    def _invited_pronoun(self, c: _Cand, norms: list[str], head: int, made: list[_Draft]
                         ) -> tuple[list[Actor], list[Actor]] | None:
        """"بعث X رسالة إلى Y دعاه فيها إلى زيارة ..."، "اتصالا من X الذي دعاه إلى ...": an inviting
        verb with an object pronoun and no party of its own, after a contact told in the same
        sentence: the pronoun is that contact's other party; the subject is the actor the relative
        pronoun follows, else the contact's subject."""
        if c.type != "invitation" or c.hit.aspect == "noun" or c.support is not None or not made:
            return None
        if c.hit.suffix not in _PRONOUN_SUFFIXES and not any(
                suf in _PRONOUN_SUFFIXES and c.family in [f for f, _ in self.lex.forms.get(stem, [])]
                for stem, _, suf in self.lex.peel(_strip_conj(norms[c.tok]))):
            return None
        d = made[-1]
        sides = [list(d.source), list(d.target)]
        if head > 0 and norms[head - 1] in _RELATIVES:
            # the antecedent: the side of the contact named last before the relative pronoun
            def last_named(side: list[Actor]) -> int:
                keys = {_akey(a) for a in side}
                return max((p.last for p in self._sx.parties if p.actor is not None and p.last < head - 1
                            and _akey(p.actor) in keys), default=-1)
            subj_side = max((0, 1), key=lambda k: last_named(sides[k]))
        else:
            subj_side = 1 if d.host_frame or d.subj_target else 0
        subj, obj = sides[subj_side], sides[1 - subj_side]
        return (subj, obj) if subj and obj else None

    def _honorific_object(self, c: _Cand, norms: list[str], subj: _Group, made: list[_Draft],
                          parties: list[_Party]) -> list[Actor]:
        """"ووجه الرئيس الروسي الدعوة إلى سموه لزيارة روسيا": an honorific pronoun noun (سموه،
        فخامته، جلالته، معاليه) after the trigger's marker is the other party of the last contact the
        subject took part in."""
        hon = self.lex.words["honorific_pronouns"]
        i = c.tok
        found = c.type in ("invitation", "message", "call") and any(
            (n in hon and n not in _POSSESSIVE_L and k > 1 and norms[i + k - 1] in ("الي", "مع"))
            or (n[:1] in ("ل", "ب") and n[1:] in hon) for k, n in enumerate(norms[i + 1:i + 3], start=1))
        if not found and c.type in ("visit", "meeting", "talks"):
            # "واستقبل الملك X سموه في قصر ..."، "جلسة مباحثات رسمية مع فخامته": right after the subject
            # of a verb that takes its object direct, or after the noun's marker
            k = subj.last + 1 if subj.first > i else i + 1
            found = (k < len(norms) and c.hit.aspect != "noun" and c.family.direct
                     and norms[k] in hon and norms[k] not in _POSSESSIVE_L and norms[k] != "اليه") or any(
                norms[q] in hon and norms[q] not in _POSSESSIVE_L and norms[q - 1] in c.family.markers
                for q in range(i + 2, min(i + 4, len(norms))))
        if not found:
            return []
        keys = {_akey(a) for a in subj.actors()}
        for d in reversed(self.drafts + made):
            if any(_akey(a) in keys for a in d.source):
                return list(d.target)
            if any(_akey(a) in keys for a in d.target):
                return list(d.source)
        if c.type in ("visit", "meeting", "talks"):
            # (the subject's first contact: the one the text is about, "وصل X إلى مدريد. واستقبل الملك Y سموه")
            return [a for a in self._topic_actor(made, parties, subj.first) if a.kind == "person"
                    and _akey(a) not in keys]
        return []

    def _pronoun_object(self, c: _Cand, norms: list[str], made: list[_Draft]
                        ) -> tuple[list[Actor], list[Actor]] | None:
        """"اجتمع X مع Y ووجه له الدعوة": the pronoun له after the support verb (or the noun) is the
        other party of the sentence's previous contact, and the omitted subject is its subject."""
        if c.type not in ("invitation", "message") or "ل" not in c.family.markers:
            return None
        i = c.tok
        span = norms[c.support + 1:i] if c.support is not None and not c.support_after else norms[i + 1:i + 2]
        # ("ووجه إليه دعوة لزيارة واشنطن": إليه between the support verb and its noun is a person too)
        to_him = (len(span) == 1 and span[0] in _TO_HIM and c.support is not None and not c.support_after
                  and "الي" in c.family.markers)
        if not to_him and not any(n in _POSSESSIVE_L for n in span):
            return None
        if not made:
            # "استقبل X Y. ووجه إليه دعوة": a sentence that opens with the support verb continues
            # the contact the sentence before told
            if not self.drafts or c.support is None or c.support_after or c.support > 1:
                return None
            made = self.drafts[-1:]
        d = made[-1]
        if to_him and d.type == "message":
            return None  # "وسلم X لـY رسالة من Z إلى W، كما وجه إليه دعوة": the carrier's, not the sender's
        subj, other = (d.target, d.source) if d.host_frame else (d.source, d.target)
        return list(subj), list(other)

    def _antecedent(self, c: _Cand, toks: list[_Tok], norms: list[str], parties: list[_Party],
                    head: int) -> _Group | None:
        """"كيري الذي يزور قطر"، "موزا ... التي تؤدي زيارة إلى تونس": the subject of a verb that opens
        a relative clause is the actor the relative pronoun follows. Not when the verb carries an
        object pronoun ("مصر التي يزورها X": the antecedent is then the object)."""
        # ("الذي كان قد استقبل كيم": past auxiliaries stand between the pronoun and the verb)
        rel = head - 1
        while rel > head - 3 and rel >= 1 and norms[rel] in _PAST_AUX:
            rel -= 1
        if c.support_after or rel < 1 or norms[rel] not in _RELATIVES:
            return None
        verb_suffix = c.hit.suffix if c.support is None else ""
        if verb_suffix in _PRONOUN_SUFFIXES or (c.support is not None and norms[c.support].endswith(("ها", "ه"))
                                                and lex_suffix(self.lex, norms[c.support])):
            return None
        head = rel + 1
        j = head - 2
        if toks[j].punct and toks[j].norm in ("،", ","):
            j -= 1
        sx = self._sx
        by_last = sx.memo.get("by_last") if parties is sx.parties else None
        if by_last is None:  # last token -> the first party (in order) ending there that may be a subject
            by_last = {}
            for p in parties:
                if p.actor is not None and p.actor.kind in ("person", "group", "organization"):
                    by_last.setdefault(p.last, p)
            if parties is sx.parties:
                sx.memo["by_last"] = by_last
        q = by_last.get(j)
        if q is not None:
            return _Group([q], None)
        # "الشيخة موزا، رئيس مجلس إدارة مؤسسة قطر ... التي تؤدي زيارة": after a title set off by a
        # comma, the relative pronoun refers to the person the title describes
        for p in reversed(sx.span(head - 16, j) if parties is sx.parties else parties):
            if p.last >= j or p.first < head - 16:
                continue
            if p.marker == "x" or p.actor is None:
                continue  # a mention inside the title (مؤسسة قطر)
            gap = toks[p.last + 1:head - 1]
            if (p.actor.kind == "person" and gap and gap[0].norm in ("،", ",")
                    and not any(t.punct and t.norm not in ("،", ",") for t in gap)
                    and sum(t.norm in ("،", ",") for t in gap) == 1
                    and not any(self.lex.lookup(t.norm) is not None for t in gap)):
                return _Group([p], None)
            break
        return None

    def _speaker(self, c: _Cand, toks: list[_Tok], norms: list[str], parties: list[_Party],
                 head: int) -> _Group | None:
        """"قال X إنه التقى Y"، "أعلن X أنه اتصل بـY": after إنه/أنه the verb's subject is the speaker
        the reporting verb named, not the person after the verb (its object). "سبق لـX أن حل بالرباط":
        the person after لـ is the subject of the verb after أن."""
        if c.hit.aspect == "noun" or c.support_after or head < 3:
            return None
        if norms[head - 1] == "ان":
            k = next((k for k in range(head - 2, max(-1, head - 16), -1)
                      if norms[k] in ("سبق", "وسبق") or (toks[k].punct and toks[k].norm in _CLAUSE_PUNCT)), None)
            if k is None or norms[k] not in ("سبق", "وسبق"):
                return None
            had = [p for p in self._sx.span(k + 1, head - 1) if p.last < head - 1 and p.marker == "ل"
                   and p.actor is not None and p.actor.kind == "person"]
            return _Group([had[0]], None) if len(had) == 1 else None
        if norms[head - 1] not in _HE_THAT:
            return None
        if c.hit.suffix in _PRONOUN_SUFFIXES:
            return None
        lo = head - 1
        while lo > 0 and not (toks[lo - 1].punct and toks[lo - 1].norm in _CLAUSE_PUNCT) and head - lo < 14:
            lo -= 1
        spk = [p for p in self._sx.span(lo, head - 1) if p.last < head - 1 and p.actor is not None
               and p.marker is None and p.actor.kind in ("person", "organization")]
        # the speaker named last, right after the reporting verb ("وقال الرئيس X إنه"; "أعلن X أنه دعا
        # Y إلى فرنسا، وأعلن Y أنه سيعود": Y)
        rv = self.lex.words["reporting_verbs"]
        w = norms[spk[-1].first - 1] if spk and spk[-1].first >= 1 else ""
        if not spk or not _in_conj(w, rv):
            return None
        return _Group([spk[-1]], None)

    def _lead_day(self) -> date | None:
        """The day the article's lead reports (its first sentences' single-day time expression on
        or up to a week before publication): the date of undated contacts told later in the report."""
        pub = self.article.published
        if pub is None or not self.sentences:
            return None
        # a wire dateline's numeric day and month ("الكويت - 16 - 6 (كونا) --"، "رام الله 8-9-2024 وفا-")
        dl = _DATELINE_DAY.match(self.article.text)
        if dl is not None:
            try:
                d, m = int(dl.group(1)), int(dl.group(2))
                y = int(dl.group(3)) if dl.group(3) else pub.year
                got = date(y if y > 1900 else 2000 + y, m, d)
            except ValueError:
                got = None
            if got is not None and 0 <= (pub - got).days <= 7:
                return got
        lead_end = self.sentences[min(2, len(self.sentences) - 1)].end
        for t in self.times:
            if t.start >= lead_end:
                break
            if t.first is not None and t.first == t.last and 0 <= (pub - t.first).days <= 7 and (
                    normalize_key(t.text) not in self.lex.words["vague_time"]):
                return t.first
        return None

    def _reception(self, c: _Cand, toks: list[_Tok], norms: list[str], parties: list[_Party],
                   made: list[_Draft], i: int) -> tuple[list[Actor], list[Actor], bool] | None:
        """"(وكان) في استقبال(ه) GUEST ... HOST، وHOST": the noun's genitive (or its pronoun)
        is the guest; the subject, which follows after any adverbials, is one or more hosts."""
        if c.family.id != "visit-host-noun" or c.hit.proclitic or i == 0:
            return None
        if norms[i - 1] in _UPON:
            return self._upon_receiving(c, norms, parties, made, i)
        if norms[i - 1] not in ("في", "وفي") and not (
                # "في مقدمة مستقبليه"، "على رأس مستقبليه": at the head of those who received him
                norms[i - 1] in ("مقدمه", "راس", "طليعه") and i >= 2 and norms[i - 2] in ("في", "وفي", "علي", "وعلي")):
            return None
        inherited = bool(c.hit.suffix)
        start = i + 1
        if inherited:
            guest = self._topic_actor(made, parties, i)
        elif i + 1 < len(norms) and norms[i + 1] in self._hon_prons:
            # "وكان في استقبال سموه X": the honorific pronoun is the guest
            inherited = True
            guest = self._honorific_ref(toks, norms, i + 1, self._topic_actor(made, parties, i))
            start = i + 2
        else:
            first = next((p for p in self._sx.span(i + 1, len(toks)) if p.first > i), None)
            if first is None or first.actor is None or first.first > i + 2:
                return None
            guest, start = [first.actor], first.last + 1
        if not guest:
            return None
        end = len(toks)
        for j in range(start, len(toks)):
            if (toks[j].punct and toks[j].norm in _CLAUSE_PUNCT) or norms[j] in self.lex.words["boundaries"] or (
                    # "...، قبل أن يقيم له الرئيس X مراسم استقبال": a clause of its own
                    norms[j] in ("قبل", "بعد") and j + 1 < len(norms) and norms[j + 1] == "ان") or (
                    self.lex.lookup(norms[j]) is not None and j > start
                    # (not "وكان في استقباله لدى وصوله مطار الدوحة X": upon his arrival is an adverbial)
                    and not _upon_arrival_at(norms, j)):
                end = j
                break
        inside = [p for p in self._sx.span(start, end) if start <= p.first < end and p.actor is not None]
        # "النائب الأول للرئيس الإيراني إسحاق جهانغيري": an office right before a person's name is
        # inside that person's title
        in_title = {p.last + 1 for p in inside if p.actor is not None and p.actor.kind == "person"}
        in_title = {q.first for q in inside if q.first in in_title and q.actor is not None and q.actor.kind == "person"}
        hosts = [p.actor for p in inside if p.marker is None and p.actor is not None
                 and p.actor.kind != "country" and p.last + 1 not in in_title]
        if not hosts and i >= 2:
            # "حيث كان أمير قطر X في استقباله"، "وكان X، الذي ...، في استقبال الأمير": the hosts named
            # before "في استقبال" in its clause (a relative clause set off by commas passed over)
            rels = _comma_relatives(toks, norms, max(0, i - 30), i)
            lo = i - 1
            while lo > 0 and i - lo < 30:
                r = next((a for a, b in rels if b == lo - 1), None)
                if r is not None:
                    lo = r
                    continue
                if (toks[lo - 1].punct and toks[lo - 1].norm in _CLAUSE_PUNCT) or (
                        norms[lo - 1] in self.lex.words["boundaries"]):
                    break
                lo -= 1
            hosts = [p.actor for p in self._sx.span(lo, i) if lo <= p.first < i - 1 and p.actor is not None
                     and p.marker is None and p.actor.kind == "person"
                     and not any(a <= p.first <= b for a, b in rels)
                     # (with the guest named after the noun, only a host named by name: a bare office
                     # read by the KB's guess is too weak to make him the host)
                     and (inherited or p.mention.via != "role")]
            if hosts and inherited and guest and any(_akey(h) == _akey(g) for h in hosts for g in guest):
                # "وكان X في استقباله": the pronoun is not the clause's own subject but the one the
                # text was about before it
                guest = _excluding(list(self.context), hosts)
            if hosts and guest and any(_akey(h) == _akey(g) for h in hosts for g in guest):
                hosts = []
        if not hosts:
            return None
        return list(guest), _uniq(hosts), inherited

    def _upon_receiving(self, c: _Cand, norms: list[str], parties: list[_Party], made: list[_Draft],
                        i: int) -> tuple[list[Actor], list[Actor], bool] | None:
        """"(جاء ذلك) لدى استقباله GUEST"، "لدى استقبال سموه GUEST": the noun's pronoun, or the
        honorific noun with a pronoun after it (سموه، فخامته، جلالته), is the host, whom the text is
        about; the object after it is the guest. With a named genitive ("لدى استقبال الرئيس X
        الوزير Y") the ordinary subject-object reading applies."""
        start = i + 1
        if c.hit.suffix not in _PRONOUN_SUFFIXES:
            nxt = norms[i + 1] if i + 1 < len(norms) else ""
            if nxt not in self.lex.words["honorific_pronouns"] or nxt in _POSSESSIVE_L or nxt.startswith("ال"):
                return None
            start = i + 2
        guest = next((p for p in self._sx.span(start, start + 12) if p.first >= start and p.actor is not None
                      and p.marker in (None, "ل") and p.actor.kind != "country"), None)
        if guest is None or guest.actor is None:
            return None
        # the guest must come before the next clause (a comma followed by a new verb ends it)
        if any(self.lex.lookup(n) is not None for n in norms[start:guest.first]):
            return None
        hosts = self._topic_actor(made, parties, i)
        if not hosts or any(_akey(h) == _akey(guest.actor) for h in hosts):
            return None
        return [guest.actor], list(hosts), True

    def _agreement_pair(self, c: _Cand, norms: list[str], groups_left: list[_Group],
                        groups_right: list[_Group]) -> list[Actor] | None:
        """"توصل X وY إلى اتفاق ... بعد ثلاثة أيام من المحادثات"، "في ختام محادثات استضافتها
        الصين": talks with no party of their own, named as what led to the sentence's outcome, were
        between the two the sentence opens with."""
        if c.type not in ("talks", "meeting") or c.hit.aspect != "noun" or c.support is not None:
            return None
        i = c.tok
        if not any(_strip_conj(n) in self.lex.words["outcome_cues"] for n in norms[max(0, i - 6):i]):
            return None
        if any(g.marker in c.family.markers and _has_party(g) and g.first <= i + 6 for g in groups_right):
            return None
        # (the sentence's opening subject, before any clause boundary the trigger's own scope stops at)
        opening = _groups(self._sx.span(0, i), 0, i, self.lex)
        first = next((g for g in opening if g.marker is None and _has_party(g)), None)
        if first is None:
            return None
        acts = _uniq(first.actors())
        if len(acts) < 2 or len({(a.country, a.kind) for a in acts}) < 2:
            return None
        return acts

    def _between_pronoun(self, c: _Cand, norms: list[str], made: list[_Draft], parties: list[_Party],
                         head: int) -> tuple[list[Actor], list[Actor]] | None:
        """"محادثات جرت في موسكو بينه وبين X": the pronoun of بينه is the actor the text is about,
        the party after وبين the other side."""
        if c.type not in ("talks", "meeting", "call") or c.hit.aspect != "noun":
            return None
        i = c.tok
        k = next((k for k in range(i + 1, min(i + 10, len(norms) - 1)) if norms[k] in ("بينه", "بينها")), None)
        if k is None or norms[k + 1] != "وبين":
            return None
        # (an unread title may stand before the name: "وبين رئيس المجلس الرئاسي X")
        other = next((p for p in self._sx.span(k + 2, k + 9) if p.first >= k + 2 and p.actor is not None), None)
        if other is None or any(t.punct for t in self._sx.toks[k + 2:other.first]):
            return None
        them = other.actor
        if them is None:
            return None
        me = [a for a in self._topic_actor(made, parties, head) if _akey(a) != _akey(them)]
        return (me, [them]) if me else None

    def _joint_subject_of_that(self, parties: list[_Party], norms: list[str], i: int) -> list[Actor]:
        """"(و)ذلك في/خلال/أثناء/لدى NOUN" at i: the persons who are the joint subject of the clause
        before ذلك ("أكد X وY ...، وذلك في اتصال"), or of the sentence before when "جاء ذلك" opens
        this one; [] when that subject is not two or more persons."""
        if i < 2 or _strip_conj(norms[i - 1]) not in _OCCASION_PREPS or norms[i - 2] not in ("ذلك", "وذلك"):
            return []
        k = i - 2
        if all(_strip_conj(n) in ("جاء", "ياتي", "تم") for n in norms[:k]):
            acts = list(self.context)
        else:
            acts = self._subject_of([p for p in parties if p.last < k], k) or []
        acts = _uniq(acts)
        return acts if all(a.kind == "person" for a in acts) else []

    def _present_before(self, parties: list[_Party], norms: list[str], head: int) -> list[Actor]:
        """"تزامنت زيارة X مع وجود Y في طهران، حيث التقى Z": the person whose presence or arrival the
        clause just before حيث/إذ tells (the genitive of cues `presence_nouns`) is who goes on; []
        when there is none."""
        if head < 1 or _strip_conj(norms[head - 1]) not in _GOES_ON:
            return []
        nouns = self.lex.words["presence_nouns"]
        toks = self._sx.toks
        # (only the person named last before the clause)
        p = next((p for p in reversed(parties) if p.first < head and p.actor is not None
                  and p.actor.kind == "person"), None)
        if p is None or p.actor is None or p.marker is not None:
            return []
        k = p.lead if p.lead >= 0 else p.first
        # (the person's title may stand between: "وجود منسق الاتحاد الأوروبي لمحادثات فيينا X")
        q = next((q for q in range(k - 1, max(-1, k - 9), -1) if toks[q].punct or _strip_conj(norms[q]) in nouns), None)
        return [p.actor] if q is not None and not toks[q].punct else []

    def _to_attend(self, norms: list[str], last: int) -> bool:
        """Does the destination ending at token `last` go on with the purpose of attending a gathering
        ("... الألمانية للمشاركة في قمة مجموعة العشرين"، "لحضور أعمال المؤتمر")?"""
        if last < 0:
            return False
        attend = self.lex.words["attend_words"]
        k = next((k for k in range(last + 1, min(len(norms), last + 4)) if norms[k] in attend), None)
        return k is not None and self.lex.has_phrase("summit_cues", norms, k + 1, min(len(norms), k + 6))

    def _pair_between(self, made: list[_Draft], parties: list[_Party], i: int, head: int
                      ) -> tuple[list[Actor], _Draft | None]:
        """"بينهما" after a contact noun at i: the person P named last before it and the one P was
        last told with — the other of a dual anaphor ("الرئيسان"), the other side of a contact the
        sentence told with P, else the one the clause is about ("عقد X مؤتمرا مع P عقب محادثات
        بينهما"). With the pair, the contact of the sentence it was told in, if any."""
        before = [p for p in parties if p.last < i and p.marker != "x" and p.actor is not None
                  and p.actor.kind == "person"]
        if not before:
            return [], None
        last = before[-1]
        twin = next((p for p in reversed(before[:-1]) if (p.first, p.last) == (last.first, last.last)), None)
        if twin is not None and twin.actor is not None and twin.actor != last.actor:
            return [twin.actor, last.actor], None  # type: ignore[list-item]
        key = _akey(last.actor)  # type: ignore[arg-type]
        for d in reversed(made):
            if len(d.source) == 1 and len(d.target) == 1 and key in (_akey(d.source[0]), _akey(d.target[0])):
                return [d.source[0], d.target[0]], d
        other = next((a for a in self._topic_actor(made, parties, head) if _akey(a) != key), None)
        if other is None or other.kind != "person":
            return [], None
        return [other, last.actor], None  # type: ignore[list-item]

    def _pair_told(self, made: list[_Draft]) -> list[Actor] | None:
        """The two of the contact last told: its two sides of one actor each, or a side of two."""
        for d in reversed(self.drafts + made):
            if len(d.source) == 1 and len(d.target) == 1:
                return [d.source[0], d.target[0]]
            side = next((x for x in (d.source, d.target) if len(x) == 2), None)
            if side is not None:
                return list(side)
        return None

    def _dual_pair(self, made: list[_Draft], parties: list[_Party], norms: list[str], head: int) -> list[Actor] | None:
        """The two a dual verb with no party stands for: the two of the contact last told ("(يلتقي X
        Y) ...، وكانا قد التقيا في هانوي"), unless a person named after that contact is followed by a
        pronoun before the verb ("وقال X إن Y طلب منه ذلك عندما التقيا"): Y and X."""
        told = self.drafts + made
        if not told:
            return None
        # the last contact, all the drafts of its trigger ("اجتمع الوزيران مع Z" splits no side of two)
        same = [d for d in told if d.trig.start == told[-1].trig.start]
        src, tgt = _uniq([a for d in same for a in d.source]), _uniq([a for d in same for a in d.target])
        pair = next((list(x) for x in (src, tgt) if len(x) == 2), None)
        if pair is None:
            pair = [src[0], tgt[0]] if len(src) == len(tgt) == 1 else self._pair_told(made)
        last = next((p for p in reversed(parties) if p.last < head and p.actor is not None
                     and p.actor.kind == "person"), None)
        if last is None or last.actor is None or _akey(last.actor) in {_akey(a) for a in src + tgt}:
            return pair
        if any(norms[k] in _HIM_HER for k in range(last.last + 1, head)):
            other = next((a for a in self._topic_actor(made, parties, head) if _akey(a) != _akey(last.actor)), None)
            return [last.actor, other] if other is not None and other.kind == "person" else None
        return pair

    def _last_pair(self, made: list[_Draft]) -> list[Actor] | None:
        """The side of two actors last told together ("وكانا قد التقيا X"، "واتفقا على أن يلتقيا")."""
        return next((side for d in reversed(self.drafts + made) for side in (d.source, d.target) if len(side) == 2),
                    None)

    def _passive_agent(self, c: _Cand, groups_left: list[_Group], groups_right: list[_Group]
                       ) -> tuple[list[Actor], list[Actor]] | None:
        """A verb with an agent marked "من قبل" (استُقبل X من قبل Y، تمت دعوة X من قبل Y): the agent
        and the patient, the unmarked party before the agent (after the verb, else before it)."""
        if c.hit.aspect == "noun" and c.support is None:
            return None
        agent = next((g for g in groups_right if g.marker == "agent" and _has_party(g)), None)
        if agent is None or agent.first > c.tok + 20:
            return None
        patient = next((g for g in groups_right if g.marker is None and _has_party(g) and g.first < agent.first), None)
        if patient is None:
            patient = next((g for g in reversed(groups_left) if g.marker is None and _has_party(g)), None)
        if not agent.actors():
            return None
        if patient is None or not patient.actors():
            # "وصل X إلى بغداد، واستُقبل في المطار من قبل Y"، "حيث استُقبل من قبل Y": the omitted
            # subject of the passive is the one the text is about, the traveller
            if c.hit.aspect == "noun" or c.hit.suffix:
                return None
            return agent.actors(), []
        return agent.actors(), patient.actors()

    def _honorific_subject(self, toks: list[_Tok], norms: list[str], left: int, head: int,
                           topic: list[Actor]) -> list[Actor]:
        """"وكان سموه قد تلقى اتصالا من دولة X"، "وبحث سموه ...": an honorific pronoun as the
        subject (just before the verb or right after it) is the actor the text is about (`topic`)
        if it was introduced with that honorific (صاحب السمو الشيخ Y), else the person last
        introduced with it, however many others were named since."""
        cls = self.lex.honorific_class
        if not cls:
            return topic
        prons = self._hon_prons
        k = next((k for k in range(max(left, head - 2), min(head + 2, len(norms)))
                  if k != head and norms[k] in prons), None)
        if k is None:
            return topic
        return self._honorific_ref(toks, norms, k, topic)

    def _honorific_title(self, norms: list[str], left: int, head: int) -> tuple[int, str] | None:
        """"وكان سمو الأمير قد استقبل"، "وأكد جلالة الملك": an honorific and a bare title with no name
        as the subject before the verb stand for a person already introduced with that honorific,
        as the pronoun سموه does. Returns (position, the honorific's pronoun)."""
        cls = self.lex.honorific_class
        if not cls:
            return None
        titles = self.lex.words["title_words"]
        for k in range(max(left, head - 4), head - 1):
            c = cls.get(_strip_conj(norms[k]))
            if c is None or norms[k + 1] not in titles or norms[k + 1] in ("بن", "بنت", "ال"):
                continue
            if all(n in _FUNCTION or n in ("قد", "وقد") for n in norms[k + 2:head]):
                return k, c
        return None

    def _honorific_ref(self, toks: list[_Tok], norms: list[str], k: int, topic: list[Actor],
                       want: str | None = None) -> list[Actor]:
        """The person the honorific pronoun at `k` (سموه، فخامته) stands for: `topic` if it was
        introduced with that honorific, else the person last introduced with it. (`want`: the
        pronoun an honorific word at `k` stands for.)"""
        pos, want = toks[k].start, want or norms[k]
        bearers = [actor for start, c, actor in self._honorific_marks() if start < pos and c == want]
        if not bearers:
            return topic
        if topic and any(_akey(a) == _akey(topic[0]) for a in bearers):
            return topic
        return [bearers[-1]]

    def _honorific_marks(self) -> list[tuple[int, str, Actor]]:
        """(start, honorific pronoun, person) of every person introduced with an honorific noun
        (صاحب السمو الشيخ Y -> سموه), built once per article."""
        cls = self.lex.honorific_class
        if self._hon_marks is None:
            titles, honor = self.lex.words["title_words"], self.lex.words["honorific_words"]
            marks: list[tuple[int, str, Actor]] = []
            all_toks = self.all_toks
            for m in self.mentions:
                if m.actor is None or m.actor.kind != "person":
                    continue
                j = bisect_left(self.tok_starts, m.start)
                for q in range(min(j + 1, len(all_toks) - 1), max(j - 5, -1), -1):
                    t = all_toks[q]
                    if q < j and t.punct:
                        break
                    if t.start >= m.end:
                        continue
                    c = cls.get(t.norm)
                    if c is not None:
                        marks.append((m.start, c, m.actor))
                        break
                    if q < j and t.norm not in titles and t.norm not in honor:
                        break  # "جلالة الملك يلتقي الرئيس الأميركي": the honorific is another's
            self._hon_marks = marks
        return self._hon_marks

    def _topic_actor(self, made: list[_Draft], parties: list[_Party], head: int,
                     visit: bool = False) -> list[Actor]:
        """Who an omitted subject or a pronoun refers to: the subject of the sentence's
        previous event, else of the sentence's main clause, else of the previous sentence."""
        if made:
            d = made[-1]
            # ("سلّم X Y رسالة من Z ... خلال زيارته": the carrier, by _subject_side)
            # after a visit, the pronoun of a visit noun is the visitor ("استقبل X Y في أول زيارة له")
            # "حيث استقبله X، ثم التقى Y": after a host whose guest was the pronoun, the omitted
            # subject is that guest, the one the text is about
            if d.extra.get("pron_obj") and d.host_frame:
                return list(d.source)
            if d.type == "invitation" and (d.family.accepted or d.family.genitive_other) and d.target:
                # "وصل X إلى دمشق بدعوة من Y، واستقبله Z": the invitation the trip answers is an
                # adverbial; the one the clause goes on about is its guest
                return list(d.target)
            return list(d.source) if visit and "sent_by" not in d.extra else _subject_side(d)
        sx = self._sx
        # "جولة أفريقية تقوم بها X ...، بدأتها من كيب تاون حيث أجرت محادثات مع Y": the one whose tour
        # the sentence tells, nearest before the clause, before the sentence's first subject
        if parties is sx.parties:
            if "trip_owners" not in sx.memo:  # (the same for every trigger of the sentence)
                sx.memo["trip_owners"] = [p for p in parties if p.marker is None and self._trip_owner(p)]
            owners = sx.memo["trip_owners"]
        else:
            owners = [p for p in parties if p.marker is None and self._trip_owner(p)]
        owner = next((p for p in reversed(owners) if p.first < head), None)
        if owner is not None and owner.actor is not None:
            return [owner.actor]
        if sx.firsts is not None and parties is sx.parties:
            # sorted parties: the loop below returns the first one that qualifies if it is before head
            if "topic_party" not in sx.memo:
                sx.memo["topic_party"] = next((p for p in parties if p.actor is not None and (
                    p.marker is None or self._trip_owner(p)) and p.actor.kind in ("person", "group", "organization")),
                    None)
            q = sx.memo["topic_party"]
            if q is not None and q.actor is not None and q.first < head:
                return [q.actor]
            return list(self.context)
        for p in parties:
            if p.first >= head:
                break
            if p.actor is not None and (p.marker is None or self._trip_owner(p)) and (
                    p.actor.kind in ("person", "group", "organization")):
                return [p.actor]
        return list(self.context)

    def _in_own_relative(self, lo: int, k: int) -> bool:
        """Is token k inside a relative clause opened after token lo that has its own contact ("كما
        استقبل X، الذي كان في استقباله لدى وصوله Y": Y is that clause's, not the verb's)?"""
        sx = self._sx
        rel = next((q for q in range(lo + 1, k) if sx.norms[q] in _RELATIVES), None)
        return rel is not None and any(rel < q < k for q in sx.trig_set)

    def _trip_owner(self, p: _Party) -> bool:
        """Is the party the one whose trip the sentence tells, so that a clause continuing it is about
        them? The person after لـ of a visit or tour noun ("في ختام جولة خليجية لرئيس الدبلوماسية
        الروسية، استهلها ... حيث التقى X"), or the subject of the noun's relative support verb
        ("جولة أفريقية تقوم بها X")."""
        if p.actor is None or p.actor.kind != "person":
            return False
        norms = self._sx.norms
        if p.marker is None:
            # "جولة أفريقية تقوم بها X": the subject of the tour noun's relative support verb
            k = p.lead if p.lead >= 0 else p.first
            if k < 3 or norms[k - 1] != "بها" or self.lex.support_role(norms[k - 2]) is None:
                return False
            lo, hi = max(0, k - 6), k - 2
        elif p.marker == "ل":
            lo, hi = max(0, p.first - 3), p.first
        else:
            return False
        return any(_noun_of(self.lex, norms[j], ("visit",)) for j in range(lo, hi))

    # ------------------------------------------------------------------ details
    def _parties(self, toks: list[_Tok], mentions: list[Mention]) -> list[_Party]:
        lex = self.lex
        out: list[_Party] = []
        if not mentions:
            return self._dual_countries(toks, self._dual_parties(toks, out))
        plural_role = self._plural_roles = {}
        self._former = []
        pairs = self._nisba_pairs(toks, mentions)
        words = lex.words
        former, group_heads = words["former"], words["group_heads"]
        not_actor_markers, construct_heads = words["not_actor_markers"], words["country_construct_heads"]
        honorifics, among = words["honorific_words"], words["among_words"]
        text = self.article.text
        n_toks = len(toks)
        ti = 0
        m_before: Mention | None = None
        for m in mentions:
            prev_m, m_before = m_before, m
            while ti < n_toks and toks[ti].end <= m.start:
                ti += 1
            if ti >= n_toks:
                break
            tj = ti
            while tj + 1 < n_toks and toks[tj + 1].start < m.end:
                tj += 1
            actor = m.actor
            place = m.place
            if m.kind == "place" and place is None:
                continue
            if m.kind != "place" and actor is None:
                continue
            if m.via == "role" and tj + 1 < n_toks and toks[tj + 1].norm in former:
                self._former.append(ti)
                continue  # "السفير الأمريكي السابق": a former holder, not the office's holder on the day
            if m.kind == "place":
                actor = None
            elif (m.via == "nisba" and m.actor is not None and out and out[-1].last == ti - 1
                  and toks[ti].norm.startswith("و") and out[-1].actor is not None
                  and out[-1].actor.id.startswith("rasad:group:delegation:")):
                # "بين الوفدين الروسي والأوكراني": a nisba coordinated after a delegation's nisba is
                # the other delegation (the dual head stands before the first)
                actor = _delegation_of(m.actor)
                out.append(_Party(actor, None, ti, tj, None, m, True))
                continue
            elif m.via == "nisba" and (ti == 0 or toks[ti - 1].norm not in group_heads):
                pair = pairs.get(m.start)
                if pair is not None:  # "قمة مصرية أردنية": the nisbas are the contact's two sides
                    out.append(_Party(pair[0], None, ti, tj, None if pair[1] else "بين", m, pair[1]))
                continue  # an adjective (مبادرة مصرية), not a party
            # the clitic attached to the mention's first word
            tok = toks[ti]
            clitic = _nkey(text[tok.start:m.start]) if m.start > tok.start else ""
            if not clitic:
                clitic = _mention_clitic(_nkey(m.text), tok.norm)
            prev = ""
            j = ti - 1
            # punctuation and honorifics (مع معالي الأمين العام) stand between a marker and its party
            while j >= 0 and (toks[j].norm in ("،", ",", "-", "(", "\"", "'") or toks[j].norm in honorifics
                              or (toks[j].norm in ("عن", "من") and j >= 1 and toks[j - 1].norm in words["envoy_heads"])):
                j -= 2 if toks[j].norm in ("عن", "من") else 1
            if j >= 0 and not (out and out[-1].first <= j <= out[-1].last):
                # (not the last word of the party before: "أبو الحسن محمود علي نظيره": علي is no على)
                prev = toks[j].norm
            marker: str | None = None
            marker_lead = -1
            conj = False
            c = clitic.replace("ال", "")
            if not c and j >= 1 and (m.kind == "place" or m.via == "metonym"):
                # "بالعاصمة القطرية الدوحة"، "إلى العاصمة الأردنية عمّان": the capital's noun (and its
                # nisba) stand between the preposition and the city
                k = j - 1 if toks[j].norm.startswith("ال") and toks[j].norm.endswith(("ي", "يه")) else j
                cap = toks[k].norm
                if cap.endswith("العاصمه") and len(cap) <= 9:
                    pre = cap[:-7].lstrip("و")
                    if pre in ("ب", "ل"):
                        c = pre
                    elif not pre and k >= 1:
                        prev = toks[k - 1].norm
            if c.startswith(("و", "ف")):
                conj = True
                c = c[1:]
            elif (j >= 0 and prev_m is not None and prev_m.via == "nisba" and toks[j].norm.startswith("و")
                  and prev_m.start < toks[j].end <= prev_m.end):
                # "ونظيريه الإثيوبي X والسودانية Y": the و on the nisba before the name joins the name
                conj = True
            if c in ("ب", "ل"):
                # (not the ل of a genitive inside the person's own title: "النائب الأول لرئيس مجلس
                # الوزراء وزير الخارجية الشيخ X"; "يعد الأول للرئيس بايدن": an ordinal alone is no title)
                in_title = (c == "ل" and actor is not None and actor.kind == "person"
                            and prev in words["title_words"] and prev.startswith("ال")
                            and (prev not in ("الاول", "الثاني") or (
                                j >= 1 and toks[j - 1].norm in words["title_words"]
                                and toks[j - 1].norm not in ("الاول", "الثاني"))))
                marker = None if in_title else c
            elif (not conj and prev in words["head_cues"] and prev.startswith(("ب", "وب")) and out
                  and out[-1].actor is not None and out[-1].actor.kind == "group" and j - out[-1].last <= 3):
                # "التقى وفد من حماس برئاسة X مسؤولين مصريين": the head of the delegation just read is no
                # party of his own (he stands for the delegation: _apply_heads)
                marker = "x"
            elif prev in words["agent_heads"] and not conj and j >= 1 and toks[j - 1].norm == "من":
                marker = "agent"  # "استُقبل X من قبل Y": the passive verb's agent
            elif prev == "شرف" and not conj and j >= 1 and toks[j - 1].norm == "علي":
                marker = "شرف"  # "مأدبة على شرف Y": the guest in whose honour
            elif prev == "من" and j >= 1 and toks[j - 1].norm in _EACH:
                marker = _each_marker(toks, j, not_actor_markers)
            elif prev in among and not conj:
                # "اتصالات هاتفية بعدد من القادة، بينهم X وY"، "من عدد من قادة الدول، من بينهم X": the
                # persons listed after "among them" take the marker of the number they are among
                marker = _among_marker(toks, j, lex.words["number_words"])
                if out and out[-1].last >= j - 3 and out[-1].actor is not None and out[-1].actor.kind != "person":
                    # "عدداً من المسؤولين الأميركيين، بينهم X": the persons named stand for the plural
                    # they are drawn from
                    out[-1].marker = "x"
            elif prev in ("مع", "الي", "من", "بين", "علي", "لدي") and not conj:
                marker = prev
            elif prev in ("ومع", "والي", "ومن", "ولدي") and not conj:
                # "تلقى مكالمة من X ومن Y"، "مع العاهل السعودي، ومع أمير قطر": the preposition repeated
                # after و marks a coordinated party (its group reaches back to the preposition)
                marker, conj, marker_lead = prev[1:], True, j
            elif (prev in words["kinship"] and not conj and j >= 1
                  and toks[j - 1].norm in ("مع", "الي", "من", "بين", "علي", "لدي")):
                marker = toks[j - 1].norm  # "رسالة من أخيه الرئيس X"
            elif prev[:1] in ("ب", "ل") and (prev[1:] in words["kinship"] or prev[1:] in honorifics) and not conj:
                # "اتصالا هاتفيا بأخيه الأمير X"، "بمعالي X"، "في مقر الرئاسة بمدينة رام الله": the
                # preposition is on the kinship, honorific or place word before the name
                marker = prev[:1]
            elif (prev in words["residence_heads"] and not conj and j >= 1 and toks[j - 1].norm == "الي"
                  and actor is not None and actor.kind == "person"):
                marker = "الي"  # "انتقل إلى قصر ولي العهد X": to X
            elif not conj and (m.kind == "place" or (actor is not None and actor.kind == "country")) and _airport_of(
                    toks, ti):
                # "وصل إلى مطار القاهرة الدولي"، "إلى مطار الملك خالد الدولي بالرياض": arriving at a
                # place's airport is arriving in that place
                marker = "الي"
            elif prev in not_actor_markers and not conj and not (
                    prev in words["land_words"] and actor is not None and actor.kind == "person"):
                marker = "x"
            elif actor is not None and actor.kind != "person" and self._in_portfolio(toks, ti):
                continue  # "وزير الشؤون المغاربية والاتحاد الإفريقي": a minister's portfolio, no party

            elif (_construct_head(prev, construct_heads) or (
                    # "مطار رفيق الحريري الدولي": the given name the KB did not read between
                    # (not "مطار مهرآباد الرئيس الإيراني X": a titled name is the one met there)
                    actor is not None and actor.kind == "person" and j >= 1 and not toks[j].punct
                    and toks[ti].norm not in words["title_words"] and not prev.startswith("ال")
                    and prev not in honorifics and lex.lookup(prev) is None
                    and _construct_head(toks[j - 1].norm, construct_heads))) and (
                    actor is not None and actor.kind in ("country", "person")):
                # (with its preposition: "بمطار تونس قرطاج الدولي")
                marker = "x"  # "منتخب مصر"، "فندق كابيلا": an institution or a place named after them
            elif prev not in group_heads and (not conj or (
                    # "مع النائب الأول لرئيسة الحكومة ووزير الشؤون الخارجية لجمهورية صربيا، X": a
                    # second title of the same person, joined by و to a first one nobody read
                    clitic[:1] == "و" and toks[ti].norm[1:] in words["title_words"]
                    and prev not in words["title_words"] and lex.lookup(prev) is None)):
                # "مع وزير أوروبا والشؤون الخارجية للجمهورية الفرنسية": a title the knowledge base did
                # not read stands between the marker and the party (up to 12 words: "مع نائب المبعوث الرئاسي
                # الأميركي الخاص للتحالف الدولي ضد تنظيم داعش X")
                last_person = next((q.last for q in reversed(out) if q.actor is not None
                                    and q.actor.kind in ("person", "group")), -1)
                for jj in range(j, max(-1, j - 12), -1):
                    w = toks[jj].norm
                    if toks[jj].punct or jj <= last_person or _timeword(_strip_conj(w)):
                        break  # (never past another person: "جاسم البديوي قد تشرف ... بلقاء X"; nor a
                        # time: "أن يصل إلى العاصمة العمانية غدا الاثنين ولي العهد البريطاني": no title)
                    if w[:1] == "و" and (w[1:] in words["title_words"] or (w.startswith("وال") and w.endswith("ي"))):
                        break  # "بين وزيري الخارجية الروسي X والأوكراني Y": Y is coordinated, not marked
                    if jj == j and not (w[:1] in ("ب", "ل") and w[1:] in words["title_words"]):
                        continue
                    if w in ("مع", "الي", "بين", "لدي", "من") and jj + 1 <= j and (
                            toks[jj + 1].norm in words["title_words"] or toks[jj + 1].norm in honorifics):
                        marker = (_each_marker(toks, jj, not_actor_markers)
                                  if w == "من" and jj >= 1 and toks[jj - 1].norm in _EACH else w)
                        conj = False
                        break
                    if w in ("بحضور", "وبحضور") and jj + 1 <= j and (
                            toks[jj + 1].norm in words["title_words"] or toks[jj + 1].norm in words["office_modifiers"]):
                        marker = "x"  # "بحضور مساعدة وزير الخارجية الأميركي للشؤون الأفريقية X": attending
                        break
                    if w[:1] in ("ب", "ل") and w[1:] in words["title_words"]:
                        if jj >= 1 and _strip_conj(toks[jj - 1].norm) in words["title_words"]:
                            continue  # "(مع) النائب الأول لرئيس مجلس الوزراء X": a genitive inside the title
                        marker = w[:1]  # "اتصالين هاتفيين برئيس مجلس السيادة X"
                        break
                    if w in ("لدي", "الي") and jj + 1 == j and any(toks[q].norm in ("،", ",") for q in range(j + 1, ti)):
                        continue  # "مع الممثل الخاص للأمين العام لدى ليبيا، السيد X": the envoy's country
                    if w in ("مع", "الي", "من", "بين", "علي", "لدي") or lex.lookup(w) is not None:
                        break
            if marker is None and any(toks[q].norm in ("هامش", "الهامش") and not any(
                    toks[r].norm in ("،", ",") for r in range(q + 1, ti)) for q in range(max(0, j - 2), j + 1)) and not (
                    # (a definite noun heads no genitive: "التقى X على هامش القمة الرئيس السوداني Y" names
                    # the one met after the gathering)
                    actor is not None and actor.kind == "person" and toks[ti].norm in words["title_words"]
                    and (jd := j - 1 if toks[j].norm in ("ايضا", "كذلك") else j) >= 1
                    and toks[jd].norm not in ("هامش", "الهامش") and _strip_conj(toks[jd].norm).startswith("ال")):
                # (not past a comma: "التقى X، على هامش الجمعية العامة، وزير خارجية اليابان")
                marker = "x"  # "على هامش اجتماعات الجمعية العامة": the gathering is the venue, not a party
            if (actor is not None and actor.kind == "organization" and j >= 0 and j >= ti - 2
                    and _strip_conj(toks[j].norm).lstrip("بل") in ("قمه", "القمه", "لقمه")):
                marker = "x"  # "قمة بريكس"، "القمة الخليجية": the summit's body is its venue, not a party
            if m.end <= self._dl_end:
                marker = "x"  # the dateline's city ("القاهرة في 29 أكتوبر /أ ش أ/ استقبل X Y")
            # a country after a delegation head is the delegation
            if actor is not None and actor.kind == "country" and (
                    prev in group_heads
                    or (prev == "من" and j >= 1 and toks[j - 1].norm in group_heads)):
                head = prev if prev in group_heads else toks[j - 1].norm
                if prev in group_heads and marker is None and j >= 1 and not conj and (
                        lex.group_names.get(prev) == "delegation"):
                    before = toks[j - 1].norm
                    if before in ("مع", "الي", "من", "بين", "لدي"):
                        marker = before  # "محادثات مع وفد أمريكي": the marker before the delegation head
                    elif before[:1] in ("ب", "ل") and before[1:] in group_heads:
                        marker = before[:1]
                what = lex.group_names.get(head, "side")
                if what != "side":
                    actor = Actor(id=f"rasad:group:{actor.country}:{what}",
                                  name_en=f"{actor.name_en} {what}" if actor.name_en else None,
                                  name_ar=None, kind="group", country=actor.country)
                if prev == "من":
                    # "بين وفود من X وY": the marker before the delegation head is the delegation's
                    before = toks[j - 2].norm if j >= 2 else ""
                    marker = before if before in ("مع", "بين", "الي") else None
            elif actor is not None and prev == "من" and j >= 1 and toks[j - 1].norm in group_heads:
                marker = None
            lead = marker_lead
            if not conj and marker is None and actor is not None and actor.kind == "person":
                # "X ورئيسة مجلس الوزراء الإيطالي جورجيا ميلوني": the و is on the title the knowledge
                # base did not join to the name; the person is coordinated with the party before
                # (a long unread title holds a minister's portfolio: "ووزير الشؤون المغاربية والاتحاد
                # الإفريقي وجامعة الدول العربية الجزائري X")
                # (not past another person: "وسيرغي شويغو ونظيراهما التركيان مولود تشاووش أوغلو")
                stop = max((q.last for q in out if q.actor is not None and q.actor.kind == "person"), default=-1)
                for jj in range(ti - 1, max(-1, ti - 12, stop), -1):
                    w = toks[jj].norm
                    if toks[jj].punct or lex.lookup(w) is not None or w in words["boundaries"]:
                        break
                    # (with its pronoun: "البرهان ونائبه الفريق أول X")
                    if w[:1] == "و" and (w[1:] in words["title_words"] or (w.endswith("ه") and w[1:-1] in words["title_words"])
                                         or (w.endswith("ها") and w[1:-2] in words["title_words"])
                                         # "مع نظيريه الفرنسي X والبريطاني Y": a nisba after و
                                         or (jj == ti - 1 and w.startswith("وال") and w.endswith("ي") and len(w) > 6)):
                        conj, lead = True, jj
                        # (the organisations and countries inside that title are not parties: "والممثلة
                        # السامية للاتحاد الأوروبي للشؤون الخارجية X")
                        while out and out[-1].first > jj and (out[-1].actor is None or out[-1].actor.kind != "person"):
                            out.pop()
                        break
            if (conj and marker is None and ti >= 1 and toks[ti - 1].norm in ("،", ",") and tj + 1 < n_toks
                    and (h := lex.lookup(toks[tj + 1].norm)) is not None and h.aspect != "noun"):
                # "X يلتقيان Y، وهنية يبحث مع Z": after a comma, و and a name followed by a verb open
                # another clause; the name is that verb's subject, not one more object
                conj = False
            if (marker == "ب" and actor is not None and actor.kind == "country" and out
                    and out[-1].actor is None and out[-1].place is not None and out[-1].last == ti - 1):
                # "في مدينة جدة بالمملكة العربية السعودية": ب + country right after a city is "in"
                marker = "x"
            if actor is not None and actor.kind == "country":
                role = self._plural_role(toks, ti, out, conj)
                if role:
                    actor = self._holder(role, actor) or actor
                    plural_role[ti] = role
            if (actor is not None and actor.kind == "person" and not conj and out and out[-1].last == ti - 1
                    and (g := out[-1].actor) is not None and g.country == actor.country and (
                        (g.kind == "group" and g.id.startswith("rasad:group:"))
                        or (g.kind == "organization" and not out[-1].conj and out[-1].marker is None
                            and self._org_in_title(toks, out[-1].first)))):
                # "كبير الدبلوماسيين الصينيين وانغ يي"، "بكبير المفاوضين الفلسطينيين صائب عريقات": the
                # group noun of his country right before a name is that person's title
                gp = out.pop()
                lead = gp.lead if gp.lead >= 0 else gp.first
                if marker is None:
                    marker = gp.marker
                gh = gp.first - 1  # the group's head noun ("المفاوضين")
                if (marker is None and gh >= 2 and toks[gh].norm in group_heads and not toks[gh - 1].punct
                        and toks[gh - 2].norm in ("مع", "الي", "بين", "لدي")
                        and lex.lookup(toks[gh - 1].norm) is None and toks[gh - 1].norm[:1] != "و"):
                    # "بحث X مع كبير المفاوضين الفلسطينيين Y": the marker before the group's own head
                    # ("كبير") is the person's
                    marker = toks[gh - 2].norm
            out.append(_Party(actor, place, ti, tj, marker, m, conj, lead))
        out = self._dual_countries(toks, self._numbered_parties(toks, self._dual_parties(toks, out)))
        out = self._each_of_them(toks, out)
        self._absorb_formulas(out, toks)
        out = self._unnamed_role_titles(out, toks)
        _carry_marker(out, toks, lex)
        _relation_genitives(out, toks, lex)
        out = _merge_apposition(out, toks, lex.apposition_titles, group_heads,
                                words["country_epithets"], lambda w: lex.lookup(w) is not None,
                                words["plural_heads"], words["address_words"])
        if self._chain_starts:
            # "عقد الأمير X ولي العهد وزير الدفاع، والرئيس Y، جلسة مباحثات": the chain of titles after a
            # name (read in _bare_office_mentions) ends the party for coordination
            for p in out:
                k = p.last + 1
                while k < n_toks and toks[k].start in self._chain_starts:
                    k += 1
                if k - 1 > p.last:
                    p.tail = k - 1
        return out

    def _org_in_title(self, toks: list[_Tok], oi: int) -> bool:
        """"كبير مفاوضي جماعة الحوثي X"، "المتحدث باسم الحركة X": an organisation of the person's own
        country named right before him, after a noun that is no verb, marker or delegation head, is part
        of his title (the construct's head governs the organisation), not a party of its own."""
        if oi < 1 or toks[oi - 1].punct:
            return False
        w = toks[oi - 1].norm
        words = self.lex.words
        return (w not in words["group_heads"] and w not in ("مع", "الي", "بين", "من", "عن", "لدي", "و")
                and not w.startswith("و") and self.lex.lookup(w) is None and self.lex.support_role(w) is None)

    def _in_portfolio(self, toks: list[_Tok], ti: int) -> bool:
        """"وزير الشؤون المغاربية والاتحاد الإفريقي وجامعة الدول العربية"، "وزير الدولة لشؤون
        الاتحاد الأوروبي": an organisation or country named in a minister's portfolio (after a
        "الشؤون" word that follows a title word, through adjectives and coordinated nouns only) is
        part of the title, not a party."""
        words = self.lex.words
        portfolio, titles = words["portfolio_words"], words["title_words"]
        for k in range(ti - 1, max(-1, ti - 7), -1):
            w = toks[k].norm
            if toks[k].punct:
                return False
            if w in portfolio:
                return any(_strip_conj(toks[q].norm) in titles for q in range(max(0, k - 3), k))
            if not (w.startswith("و") or (w.startswith("ال") and w.endswith(("ي", "يه")))):
                return False
        return False

    def _unnamed_role_titles(self, parties: list[_Party], toks: list[_Tok]) -> list[_Party]:
        """"موفد الأمم المتحدة والجامعة العربية إلى سوريا كوفي أنان": an office the knowledge base
        resolved to nobody, then (inside the same title) organisations or countries, then a named
        person: the person is the one party; what stood inside the title is not."""
        if not any(p.actor is not None and p.actor.kind == "person" and not p.actor.name_en
                   and p.mention.via == "role" for p in parties):
            return parties
        out = list(parties)
        for k, p in enumerate(out):
            a = p.actor
            if a is None or a.kind != "person" or a.name_en or p.mention.via != "role":
                continue
            for q in out[k + 1:k + 4]:
                if q.first - p.last > 10:
                    break
                between = toks[p.last + 1:q.first]
                if any(t.punct and t.norm not in ("،", ",") for t in between) or any(
                        self.lex.lookup(t.norm) is not None for t in between):
                    break
                if q.actor is not None and q.actor.kind == "person" and q.actor.name_en and not q.conj:
                    for r in out[k + 1:out.index(q)]:
                        r.marker = "x"
                    q.marker = p.marker
                    p.marker = "x"
                    break
        return out

    def _absorb_formulas(self, parties: list[_Party], toks: list[_Tok]) -> None:
        """"الملك محمد السادس، نصره الله، وX": a prayer formula after a name belongs to it, so that
        what is coordinated after it is still coordinated with the name."""
        phrases = self.lex.phrases["formulas"]
        if not phrases or self.lex.phrase_firsts["formulas"].keys().isdisjoint(self.norm_set):
            return  # most articles hold no prayer formula: one set test instead of a look after every name
        n = len(toks)
        for p in parties:
            k = p.last + 1
            while k < n and toks[k].norm in ("،", ",", "-"):
                k += 1
            for ph in phrases:
                if tuple(t.norm for t in toks[k:k + len(ph)]) == ph:
                    end = k + len(ph)
                    while end < n and toks[end].norm in ("،", ",", "-"):
                        end += 1
                    if end - 1 > p.last:
                        p.last = end - 1
                    break

    def _dual_parties(self, toks: list[_Tok], out: list[_Party]) -> list[_Party]:
        """'الرئيسان' (the two presidents), not named by the KB: the two people last named before it."""
        if not self._has_dual_anaphor:
            return out
        duals = self.lex.words["dual_anaphors"]
        covered = {k for p in out for k in range(p.first, p.last + 1)}
        added: list[_Party] = []
        for ti, t in enumerate(toks):
            w = t.norm[1:] if t.norm.startswith(("و", "ف")) and t.norm[1:] in duals else t.norm
            if w not in duals or ti in covered:
                continue
            named = next((p for p in out if p.first in (ti + 1, ti + 2) and p.actor is not None
                          and p.actor.kind == "person"), None)
            if named is not None:
                # "بين الرئيسين فلاديمير بوتين ودونالد ترامب": the two are named right after
                prev = toks[ti - 1].norm if ti else ""
                if named.marker is None and prev in ("مع", "بين"):
                    named.marker = prev
                continue
            roles = self.lex.dual_anaphor_roles.get(w)
            day = self.article.published
            found: list[Mention] = []
            before = toks[ti - 1].norm if ti else ""
            each = before == "من" and ti >= 2 and toks[ti - 2].norm in _EACH
            # "وعقد بوريطة مع كل من الوزيرين جلسة مباحثات": the two a subject meets are not himself
            subject_ids = ({_akey(p.actor) for p in out if p.last < ti and p.marker is None and p.actor is not None}
                           if before in ("مع", "الي") or each else set())
            # "وكان خادم الحرمين الشريفين قد استقبل الزعيمين": the subject of the clause whose object
            # the dual is (named before it, no punctuation between) is not one of the two
            subject_ids |= {_akey(p.actor) for p in out
                            if p.last < ti and p.marker is None and p.actor is not None and p.actor.kind == "person"
                            and not any(t.punct for t in toks[p.last + 1:ti])
                            and any(self.lex.lookup(t.norm) is not None for t in toks[p.last + 1:ti])}
            isos = self._dual_nisbas(toks, ti)
            one_iso = None if isos else self._dual_one_nisba(toks, ti)
            lower = self.lex.dual_anaphor_not_roles.get(w, ())
            if isos:
                # "استقبل الوزيرين الجزائري والمصري": each nisba names the country of one of the two,
                # the person of that country last named (not its head of state or government when
                # the dual is of ministers)
                for iso in isos:
                    for m in reversed(self.mentions[:bisect_left(self._mention_starts, t.start)]):
                        a = m.actor
                        if (m.end > t.start or a is None or a.kind != "person" or a.country != iso
                                or any(f.actor == a for f in found)):
                            continue
                        if t.start - m.end > 3000:
                            break
                        if day is not None and any(self._holds(a, r, day) for r in lower):
                            continue
                        found.append(m)
                        break
                if len(found) == 2:
                    found.reverse()  # (in the text's order below, as the search by recency gives)
                else:
                    found = []
            told = (self._told_pair(roles, day, subject_ids, t.start)
                    if roles and "minister" in roles and not isos and day is not None else None)
            if told is not None:
                # "التقى X ونظيره Y ... بحضور وزير الخارجية الصيني Z ... وكان الوزيران قد اتفقا": the
                # two of the last contact told between two ministers, not the two named last (a
                # country has many ministers: one more is often named in passing; not for "الرئيسان":
                # "التقى نينيستو بوتين ... ولم يسبق أن عقد الرئيسان [ترامب وبوتين] قمة")
                found = told
            for want in (() if isos or told else (roles, None) if roles and day is not None else (None,)):
                found = []
                # the mentions starting at or after the token end after it: skipped below, so not visited
                for m in reversed(self.mentions[:bisect_left(self._mention_starts, t.start)]):
                    if m.end > t.start:
                        continue
                    if t.start - m.end > 1500 or len(found) == 2:
                        break
                    a = m.actor
                    if a is None or a.kind != "person" or _akey(a) in subject_ids:
                        continue
                    if one_iso is not None:
                        # "الوزيرين الروسيين": the two of that country last named
                        if a.country == one_iso and all(f.actor != a for f in found):
                            found.append(m)
                        continue
                    # "الرئيسين": two presidents, not the prime minister named last; "الوزيران": two
                    # ministers, not the leader they met
                    if want and day is not None and not self._holds_any(a, want, day):
                        continue
                    if lower and day is not None and any(self._holds(a, r, day) for r in lower):
                        continue
                    # (or of one country when one of them is a non-state party: "بين الرجلين" after
                    # a president and his armed opposition's leader)
                    if all(f.actor is not None and (f.actor.country != a.country or self._nonstate(a, day)
                                                    or self._nonstate(f.actor, day)) and f.actor != a
                           for f in found):
                        found.append(m)
                if len(found) == 2:
                    break
            if len(found) < 2:
                continue
            marker = (_each_marker(toks, ti - 1, self.lex.words["not_actor_markers"]) if each
                      else before if before in ("مع", "بين", "الي") else None)
            for k, m in enumerate(reversed(found)):
                added.append(_Party(m.actor, None, ti, ti, marker if k == 0 else None, m, conj=k > 0))
        return _with_parties(out, added)

    def _told_pair(self, roles: Sequence[str], day: date, skip: set[str], pos: int) -> list[Mention] | None:
        """The two people (of two countries, both holding one of `roles`) of the last contact the
        article told between exactly two such people, as their last mentions before `pos` (the later
        first); None when there is none."""
        # ("... تسلّم رئيسي رسالة من الملك سلمان": skipped, not two ministers)
        people = self._last_told_people(2, lambda d, ps: len(d.source) + len(d.target) == 2 and all(
            _akey(a) not in skip and self._holds_any(a, roles, day) for a in ps))
        if not people:
            return None
        ms = self.mentions[:bisect_left(self._mention_starts, pos)]
        last = [m for x in people if (m := next((m for m in reversed(ms) if m.end <= pos and m.actor == x), None))]
        return sorted(last, key=lambda m: -m.start) if len(last) == 2 else None

    def _collective_holders(self, words: tuple[str, ...]) -> list[Actor]:
        """"الرؤساء الثلاثة" in an article that names Lebanon: the holders of the offices the phrase
        names together (cues collective_offices) on the article's day, else []."""
        entry = self.lex.collective_offices.get(words)
        if entry is None or self.kb is None or self.article.published is None:
            return []
        iso, roles = entry
        if not any((m.actor is not None and m.actor.country == iso) or (m.place is not None and m.place.country == iso)
                   for m in self.mentions):
            return []
        country = self._country_actor(iso)
        if country is None:
            return []
        holders = [self._holder(r, country) for r in roles]
        return [a for a in holders if a is not None] if all(holders) else []

    def _last_told_people(self, n: int, accept: Callable[[_Draft, list[Actor]], bool] | None = None) -> list[Actor]:
        """The people of the last contact the article told between exactly `n` people, each of another
        country (and that `accept` takes), else []."""
        for d in reversed(self.drafts):
            people = _uniq([a for a in d.source + d.target + [x for pr in d.extra.get("pairs", ()) for x in pr]
                            if a.kind == "person"])
            if len(people) == n and len({a.country for a in people}) == n and (accept is None or accept(d, people)):
                return people
        return []

    def _each_of_them(self, toks: list[_Tok], out: list[_Party]) -> list[_Party]:
        """"إذ التقت ميركل كلا منهما على حدة" (each of the two): the two persons named together last
        before it in the sentence ("ولم يجلس X وY إلى طاولة واحدة"); "كلا منهم": the three or more."""
        if not self._has_each_of_them:
            return out  # (most articles have neither word: no token loop per sentence)
        added: list[_Party] = []
        for ti in range(1, len(toks)):
            n = _THEM.get(toks[ti].norm)
            if n is None or toks[ti - 1].norm not in _EACH:
                continue
            chains: list[list[_Party]] = []
            for p in out:
                if p.last >= ti - 1 or p.actor is None or p.marker == "x":
                    continue
                if p.conj and chains and p.actor.kind == chains[-1][-1].actor.kind:  # type: ignore[union-attr]
                    chains[-1].append(p)
                else:
                    chains.append([p])
            found = next((ch for ch in reversed(chains) if (len(ch) == n if n == 2 else len(ch) >= n)
                          and all(q.actor is not None and q.actor.kind == "person" for q in ch)), None)
            if found is None:
                continue
            t = toks[ti]
            each = toks[ti - 1].norm
            # "اجتمع بكل منهما"، "مع كل منهما": the preposition on or before كل marks the pair
            marker = (each[:1] if each[:1] in ("ب", "ل") else
                      toks[ti - 2].norm if ti >= 2 and toks[ti - 2].norm in ("مع", "الي") else None)
            for k, q in enumerate(found):
                assert q.actor is not None
                m = Mention(self.article.text[toks[ti - 1].start:t.end], toks[ti - 1].start, t.end, "person",
                            q.actor.id, actor=q.actor, via="coref")
                added.append(_Party(q.actor, None, ti - 1, ti, marker if k == 0 else None, m, conj=k > 0))
        return _with_parties(out, added)

    def _numbered_parties(self, toks: list[_Tok], out: list[_Party]) -> list[_Party]:
        """"الوزراء الثلاثة" (the three ministers): the people last named before it, one per country,
        as many as the number says."""
        if not self._has_plural_anaphor:
            return out
        heads, numbers = self.lex.words["plural_anaphors"], self.lex.anaphor_numbers
        covered = {k for p in out for k in range(p.first, p.last + 1)}
        added: list[_Party] = []
        for ti, t in enumerate(toks[:-1]):
            n = numbers.get(toks[ti + 1].norm)  # (the number first: most words are followed by none)
            if n is None:
                continue
            w = _strip_conj(t.norm)
            if w not in heads or ti in covered:
                continue
            # the last contact told with that many people, each of another country ("وجرت المحادثات
            # بين وزير الخارجية المصري X ونظيريه الإثيوبي Y والسودانية Z")
            found = self._last_told_people(n) or self._collective_holders((w, toks[ti + 1].norm))
            if not found:
                continue
            before = toks[ti - 1].norm if ti else ""
            marker = before if before in ("مع", "بين") else None
            text = self.article.text[t.start:toks[ti + 1].end]
            for k, a in enumerate(found):
                m = Mention(text, t.start, toks[ti + 1].end, "person", a.id, actor=a, via="coref")
                added.append(_Party(a, None, ti, ti + 1, marker if k == 0 else None, m, conj=k > 0))
        return _with_parties(out, added)

    def _dual_one_nisba(self, toks: list[_Tok], ti: int) -> str | None:
        """The country of "الوزيرين الروسيين" (one dual nisba right after a dual noun), else None."""
        if ti + 1 >= len(toks) or not toks[ti + 1].norm.endswith(("يين", "يان")):
            return None
        t = toks[ti + 1]
        m = next((m for m in self.mentions[bisect_left(self._mention_starts, t.start):]
                  if m.start < t.end), None)
        if m is None or m.via != "nisba" or m.actor is None or not m.actor.country:
            return None
        return m.actor.country

    def _dual_nisbas(self, toks: list[_Tok], ti: int) -> list[str]:
        """The two countries of "الوزيرين الجزائري والمصري" (nisbas right after a dual noun), else []."""
        if ti + 2 >= len(toks) or not toks[ti + 2].norm.startswith("و"):
            return []
        lo, hi = toks[ti + 1].start, toks[ti + 2].end
        isos = [m.actor.country for m in self.mentions[bisect_left(self._mention_starts, lo):]
                if m.start < hi and m.via == "nisba" and m.actor is not None and m.actor.country]
        return [i for i in isos if i] if len(isos) == 2 and isos[0] != isos[1] else []

    def _contact_noun(self, toks: list[_Tok], k: int) -> bool:
        """Is toks[k] (after up to two adjectives such as ثنائية) a noun of a meeting, talks or call?"""
        for _ in range(3):
            if k < 0:
                return False
            if toks[k].norm in self.lex.words["pair_adjectives"]:
                k -= 1
                continue
            hit = self.lex.lookup(toks[k].norm)
            return hit is not None and hit.aspect == "noun" and hit.family.type in ("meeting", "talks", "call")
        return False

    def _side_actor(self, iso: str, mentions: list[Mention], fallback: Actor) -> Actor:
        """A country named as one side of a contact (a nisba, a dual name): the one person of that
        country the sentence names (the leader or minister who took part), else the country."""
        people = {m.actor.id: m.actor for m in mentions
                  if m.actor is not None and m.actor.kind == "person" and m.actor.country == iso
                  and m.via != "nisba"}
        return next(iter(people.values())) if len(people) == 1 else fallback

    def _nisba_pairs(self, toks: list[_Tok], mentions: list[Mention]) -> dict[int, tuple[Actor, bool]]:
        """"قمة (ثنائية) مصرية أردنية"، "المباحثات المصرية السودانية": two nisbas of different countries
        right after a contact noun name its two sides (Arabic names a bilateral contact by the
        adjectives of both countries). -> {mention start: (side actor, second side)}."""
        nis = [m for m in mentions if m.via == "nisba" and m.actor is not None and m.actor.country]
        out: dict[int, tuple[Actor, bool]] = {}
        if len(nis) < 2:
            return out
        starts = [t.start for t in toks]

        def adjacent(x: Mention, y: Mention) -> bool:
            x_last = bisect_left(starts, x.end) - 1
            iy = bisect_left(starts, y.start + 1) - 1
            return all(t.norm in ("-", "–", "/") for t in toks[x_last + 1:iy])

        for n, (a, b) in enumerate(zip(nis, nis[1:], strict=False)):
            if a.actor is None or b.actor is None or a.actor.country == b.actor.country:
                continue
            ia = bisect_left(starts, a.start + 1) - 1
            if ia < 1 or not adjacent(a, b):
                continue
            if (n + 2 < len(nis) and adjacent(b, nis[n + 2])) or (n >= 1 and adjacent(nis[n - 1], a)):
                continue  # "اجتماع رباعي روسي تركي إيراني سوري": three or more sides, not a pair
            if not self._contact_noun(toks, ia - 1):
                continue
            ca, cb = a.actor.country, b.actor.country
            assert ca is not None and cb is not None
            out[a.start] = (self._side_actor(ca, mentions, a.actor), False)
            out[b.start] = (self._side_actor(cb, mentions, b.actor), True)
        return out

    def _dual_countries(self, toks: list[_Tok], out: list[_Party]) -> list[_Party]:
        """"قمة الكوريتين"، "بين شطري كوريا": one word names two countries; after a contact noun or
        بين they are the contact's two sides, elsewhere a coordinated pair (the subject)."""
        duals = self.lex.dual_countries
        if not duals or not self._has_dual_country:
            return out
        forms = self.lex.dual_country_forms
        added: list[_Party] = []
        for ti, t in enumerate(toks):
            w = forms.get(t.norm)
            if w is None:
                continue
            isos: tuple[str, ...] | None = None
            n = 1
            for key, codes in duals.items():
                if key[0] == w and tuple(x.norm for x in toks[ti:ti + len(key)])[1:] == key[1:] and len(key) >= n:
                    isos, n = codes, len(key)
            if isos is None or len(isos) != 2:
                continue
            tj = ti + n - 1
            out = [p for p in out if p.last < ti or p.first > tj]
            prev = toks[ti - 1].norm if ti else ""
            marker = "بين" if prev == "بين" or self._contact_noun(toks, ti - 1) else None
            for k, iso in enumerate(isos):
                ca = self._country_actor(iso)
                if ca is None:
                    continue
                m = Mention(self.article.text[t.start:toks[tj].end], t.start, toks[tj].end, "country",
                            ca.id, ca, None, "dual")
                added.append(_Party(ca, None, ti, tj, marker if k == 0 else None, m, conj=k > 0))
        return _with_parties(out, added)

    def _plural_role(self, toks: list[_Tok], ti: int, prev: list[_Party], conj: bool) -> str | None:
        """'وزراء خارجية روسيا وتركيا': the office of each coordinated country."""
        for n in (2, 1):
            if ti - n >= 0:
                r = self.lex.plural_roles.get(tuple(t.norm for t in toks[ti - n:ti]))
                if r:
                    return r
        if conj and prev and prev[-1].first in self._plural_roles:
            return self._plural_roles[prev[-1].first]
        return None

    def _holder(self, role: str, country: Actor) -> Actor | None:
        if self.kb is None or not country.country or self.article.published is None:
            return None
        try:
            return self.kb.holder(role, country.country, self.article.published)
        except Exception:  # noqa: BLE001 - a kb without this office
            return None

    def _country_actor(self, iso: str | None) -> Actor | None:
        if not iso:
            return None
        if self.kb is not None:
            try:
                a = self.kb.actor(f"country:{iso}", None)
                if a is not None:
                    return a
            except Exception:  # noqa: BLE001 - the kb may not know this id form
                pass
        return Actor(id=f"rasad:country:{iso}", name_en=None, name_ar=None, kind="country", country=iso)

    def _country_place(self, iso: str | None) -> Place | None:
        if not iso:
            return None
        a = self._country_actor(iso)
        return Place(id=f"rasad:country:{iso}", name_en=(a.name_en if a and a.name_en else iso), name_ar=None,
                     country=iso, kind="country")

    def _counterpart(self, a: Actor, other: list[Actor], on: date | None = None) -> Actor:
        """'نظيره الأمريكي': the holder, on the event's day, of the other party's office in the
        counterpart's country (a foreign minister's counterpart is that country's foreign minister)."""
        if not a.id.startswith("rasad:counterpart:") or not a.country:
            return a
        day = on or self.article.published
        if day is None or self.kb is None:
            return a
        for o in other:
            role = self._role_of(o, day)
            if role is None or role in self.lex.words["untitled_roles"]:
                # "official" is any office with no role of its own (a Saudi energy minister): its
                # holder abroad is anyone's, not the counterpart's
                continue
            h = self._holder_of(role, a.country, day)
            if h is not None:
                return h
        return a

    def _seat_holder(self, a: Actor, place: Place | None, tgt: list[Actor], on: date | None) -> Actor:
        """"زيارة قام بها X إلى البيت الأبيض": a visit to a seat of power (places.yaml `seat`) with no
        host of that country named is a visit to the office's holder on the day."""
        if place is None or a.kind != "country" or any(b.kind == "person" and b.country == a.country for b in tgt):
            return a
        role = getattr(self._entry(place.id), "seat", None)
        day = on or self.article.published
        if not role or day is None or not a.country:
            return a
        return self._holder_of(role, a.country, day) or a

    def _role_of(self, a: Actor, on: date) -> str | None:
        """The office key (roles.yaml) a person actor holds on `on`: from an unresolved role's id
        ("rasad:role:foreign_minister:SAU"), else from the knowledge base's offices."""
        if a.kind != "person":
            return None
        if a.id.startswith("rasad:role:"):
            return a.id.split(":")[2]
        key = (a.id, on)
        if key in self._role_cache:
            return self._role_cache[key]
        role: str | None = None
        active = [o for o in self._offices(a) if o.active(on)]
        if active:
            prio = getattr(getattr(self.kb, "data", None), "priority", None) or []
            rank = {r: k for k, r in enumerate(prio)}
            role = min(active, key=lambda o: rank.get(o.role, 99)).role
        self._role_cache[key] = role
        return role

    def _offices(self, a: Actor) -> list[Any]:
        """The knowledge base's dated offices of a person ([] for a KB without offices or an actor
        it has no entry for)."""
        offices = getattr(self.kb, "offices", None)
        if offices is None:
            return []
        try:
            return list(offices(a.wikidata or a.id))
        except Exception:  # noqa: BLE001 - an actor the kb has no entry for
            return []

    def _holds(self, a: Actor, role: str, on: date) -> bool:
        """Does the person hold `role` on `on` (any of his offices, not only the first by rank:
        a crown prince who is also prime minister is still the crown prince)?"""
        if "/" in role:
            # "monarch/Emir" (cues bare_offices): that office with a title in that style
            base, style = role.split("/", 1)
            return a.kind == "person" and any(o.role == base and o.active(on) and (o.title or "").startswith(style)
                                              for o in self._offices(a))
        if self._role_of(a, on) == role:
            return True
        if a.kind != "person" or a.id.startswith("rasad:role:"):
            return False
        return any(o.role == role and o.active(on) for o in self._offices(a))

    def _holds_any(self, a: Actor, roles: Sequence[str], on: date) -> bool:
        """Does the person hold one of `roles` on `on` ("minister": any minister's office)?"""
        return any(self._is_minister(a, on) if r == "minister" else self._holds(a, r, on) for r in roles)

    def _is_minister(self, a: Actor, on: date) -> bool:
        """Does the person hold a minister's office on `on` (not a prime minister's)?"""
        def minister(role: str | None) -> bool:
            return role is not None and role.endswith("minister") and not role.endswith("prime_minister")
        if minister(self._role_of(a, on)):
            return True
        if a.kind != "person" or a.id.startswith("rasad:role:"):
            return False
        return any(minister(o.role) and o.active(on) for o in self._offices(a))

    def _roles_on(self, day: date, sent: Sentence, actors: list[Actor]) -> list[Actor]:
        """An office named without a name ("المبعوث الأمريكي") is its holder on the contact's own
        day, not on the publication day, when the report looks back (or ahead) more than a month."""
        role_ms = [m for m in self.mentions if sent.start <= m.start < sent.end and m.via == "role"
                   and m.actor is not None]
        if not role_ms or not any(m.actor is not None and m.actor.id == a.id for m in role_ms for a in actors):
            return actors
        find = getattr(self.kb, "find_mentions", None)
        if find is None:
            return actors
        text = self.article.text[sent.start:sent.end]
        try:
            again = {(m.start + sent.start, m.end + sent.start): m.actor for m in find(text, day) if m.via == "role"}
        except Exception:  # noqa: BLE001 - a knowledge base that cannot look at another day
            return actors
        swap: dict[str, Actor] = {}
        for m in role_ms:
            new = again.get((m.start, m.end))
            if m.actor is not None and new is not None and new.name_en and new.id != m.actor.id:
                swap[m.actor.id] = new
        return [swap.get(a.id, a) for a in actors]

    def _dateline_end(self) -> int:
        """Where a wire dateline ends: a place at the very start of the text followed, within a
        short stretch, by the agency's mark (/قنا/، (وات) -، -- ، :) or a dash."""
        text = self.article.text
        first = next((m for m in self.mentions if m.start < 12), None)
        if first is None or (first.place is None and first.kind != "country") or text[:first.start].strip():
            return 0  # a city, or a country named as one ("الجزائر - حل ...", "الكويت - 3 - 3 (كونا) --")
        hit = _DATELINE_END.match(text, first.end)
        return hit.end() if hit else 0

    def _dateline_place(self) -> Place | None:
        """The city a wire report is filed from: a place named in the first words of the text,
        before its first sentence's verb ("الرياض - واس:"، "الدوحة في 15 يناير /قنا/")."""
        if "dateline" not in self._memo:
            got = None
            for m in self.mentions:
                if m.start > 40:
                    break
                if m.place is not None and m.kind == "place":
                    head = self.article.text[:m.start]
                    if not head.strip() or head.strip().endswith(("\n", ":", "-")) or "\n" in head:
                        got = m.place
                        break
            self._memo["dateline"] = got
        return self._memo["dateline"]

    def _domestic(self, a: Actor, on: date | None = None) -> bool:
        """Is the actor a country's parliamentary party or bloc (organizations.yaml `domestic`), or a
        person holding an office of one on `on` (else the publication day)?"""
        if a.kind == "organization":
            return bool(getattr(self._entry(a.id), "domestic", False))
        if a.kind != "person":
            return False
        if a.id.startswith("rasad:role:"):
            return bool(getattr(self._entry(a.id.split(":", 3)[-1]), "domestic", False))
        day = on or self.article.published
        return day is not None and any(o.active(day) and o.of.startswith("org:")
                                       and getattr(self._entry(o.of), "domestic", False) for o in self._offices(a))

    def _entry(self, eid: str) -> Any:
        """The knowledge base's entry of an id (a place's seat, an organisation's domestic flag), or
        None for a KB without entries or an id it has no entry for."""
        entries = getattr(getattr(self.kb, "data", None), "entries", None)
        return entries.get(eid) if entries else None

    def _nonstate(self, a: Actor, on: date | None) -> bool:
        """Does the person hold an office of an organisation (a movement, a party, the UN) rather
        than of his state, on `on` (else the publication day)?"""
        if a.kind != "person":
            return False
        if a.id.startswith("rasad:role:"):
            return ":org:" in a.id
        day = on or self.article.published
        if day is None:
            return False
        return any(o.active(day) and o.of.startswith("org:") for o in self._offices(a))

    def _holder_of(self, role: str, iso: str, on: date, female: bool = False) -> Actor | None:
        if self.kb is None:
            return None
        if "/" in role:
            got = self._holder_of(role.split("/", 1)[0], iso, on)
            return got if got is not None and self._holds(got, role, on) else None
        try:
            if female:
                return self.kb.holder(role, iso, on, female=True)
            return self.kb.holder(role, iso, on)
        except Exception:  # noqa: BLE001 - a kb without this office
            return None

    # ------------------------------------------------------------------ bare offices
    def _given_name_mentions(self) -> list[Mention]:
        """"أمير الكويت الشيخ صباح الأحمد الجابر الصباح ... واستهل الشيخ صباح جولته": a title and the
        first name alone are the person named in full earlier (one person only with that first name)."""
        ms = self.mentions
        titles = self.lex.words["title_words"]
        given: dict[str, Actor | None] = {}
        first_at: dict[str, int] = {}
        for m in ms:
            a = m.actor
            if a is None or a.kind != "person" or not a.name_en or m.via not in ("name", "alias"):
                continue
            if not a.name_ar or a.name_ar not in m.text:
                continue  # the name itself must be written here, not only a title or an alias
            words = _nkey(a.name_ar).split()
            if len(words) < 3:
                continue
            w = words[0]
            if len(w) < 3 or self.lex.lookup(w) is not None:
                continue
            old = given.get(w, a)
            given[w] = a if old is not None and old.id == a.id else None
            first_at.setdefault(w, m.end)
        given = {w: a for w, a in given.items() if a is not None}
        if not given or self.norm_set.isdisjoint(given):
            return ms
        covered = [(m.start, m.end) for m in ms]
        starts = [c[0] for c in covered]
        toks, norms = self.all_toks, self.all_norms
        added: list[Mention] = []
        for k, w in enumerate(norms):
            a = given.get(w)
            if a is None or k == 0 or norms[k - 1] not in titles or toks[k].start < first_at[w]:
                continue
            if k + 1 < len(norms) and norms[k + 1] in ("بن", "بنت"):
                continue  # "الشيخ صباح بن ...": another person's full name
            s0, e0 = toks[k - 1].start, toks[k].end
            if _overlaps(covered, starts, s0, e0):
                continue
            added.append(Mention(self.article.text[s0:e0], s0, e0, "person", a.id, a, None, "coref"))
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _title_phrase_mentions(self) -> list[Mention]:
        """"رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي ... كما التقى رئيس مجلس القيادة الرئاسي X":
        a title the knowledge base does not know, written before a person's name, names that person
        where the article uses it again without the name."""
        ms = self.mentions
        toks, norms = self.all_toks, self.all_norms
        titles = self.lex.words["title_words"]
        honor = self.lex.words["honorific_words"]
        tok_starts = self.tok_starts
        phrases: dict[tuple[str, ...], Actor | None] = {}
        for m in ms:
            a = m.actor
            if a is None or a.kind != "person" or not a.name_en or m.via not in ("name", "alias"):
                continue
            k = bisect_left(tok_starts, m.start)
            if k < len(norms) and norms[k] in titles and a.name_ar:
                # the knowledge base read the title with the name ("رئيس اللجنة الدولية للصليب الأحمر
                # بيتر ماورير"): the title is the words before the name's first word
                first = _nkey(a.name_ar).split()[0]
                x = next((q for q in range(k + 1, min(k + 12, len(norms))) if norms[q] == first
                          and toks[q].start < m.end), None)
                if x is not None and x - k >= 4 and not norms[x - 1].startswith("لل"):
                    # its words before a genitive complement alone ("ومن المقرر أن يلتقي رئيس اللجنة
                    # الدولية اليوم" after "رئيس اللجنة الدولية للصليب الأحمر X")
                    key = tuple(norms[k:x])
                    g = next((n for n in range(3, len(key)) if key[n][:1] == "ل" and not key[n].startswith("ال")), None)
                    if g is not None and key[g - 1].startswith("ال"):
                        old = phrases.get(key[:g], a)
                        phrases[key[:g]] = a if old is not None and old.id == a.id else None
                    continue
                if not norms[k].startswith("ال"):
                    # the mention begins with its own office ("وزيرة الدفاع الإسبانية X", not a title of
                    # address such as "الشيخ"): the words before it are no title of his ("كما التقى ولي
                    # العهد وزيرة الدفاع الإسبانية X": the subject, then the object)
                    continue
            j = k
            while j > 0 and (norms[j - 1] in honor or norms[j - 1] in self.lex.words["address_words"]):
                j -= 1
            lo = j
            while lo > 0 and j - lo < 5 and not toks[lo - 1].punct and self.lex.lookup(norms[lo - 1]) is None \
                    and self.lex.support_role(norms[lo - 1]) is None:
                lo -= 1
            # the phrase starts at an office head ("رئيس ...", "وزير ...")
            start = next((x for x in range(lo, j) if norms[x] in titles and norms[x] not in honor
                          and norms[x] not in ("بن", "ال")), None)
            if start is None or j - start < 2:
                continue
            last_w = norms[j - 1]
            if last_w.startswith("لل") or (last_w[:1] == "ل" and last_w[1:] in titles):
                continue  # "المبعوث الخاص للرئيس بوتين": the name is the genitive of another's title
            key = tuple(norms[start:j])
            old = phrases.get(key, a)
            phrases[key] = a if old is not None and old.id == a.id else None
        phrases = {k: v for k, v in phrases.items() if v is not None}
        if not phrases:
            return ms
        covered = [(m.start, m.end) for m in ms]
        starts = [c[0] for c in covered]
        added: list[Mention] = []
        firsts: dict[str, list[tuple[str, ...]]] = {}
        for key in phrases:
            firsts.setdefault(key[0], []).append(key)
        for x, w in enumerate(norms):
            for key in firsts.get(w, ()):
                if tuple(norms[x:x + len(key)]) != key:
                    continue
                s0, e0 = toks[x].start, toks[x + len(key) - 1].end
                if _overlaps(covered, starts, s0, e0):
                    continue  # the phrase as written before the name, or inside another mention
                nxt = x + len(key)
                if nxt < len(norms) and any(m.start == toks[nxt].start for m in ms):
                    continue
                if (x and norms[x - 1] in self.lex.words["office_modifiers"]) or (
                        nxt < len(norms) and norms[nxt][:1] == "ل" and not norms[nxt].startswith("ال")):
                    continue  # "نائب رئيس X"، "رئيس اللجنة الدولية لتقصي الحقائق": another office
                actor = phrases[key]
                if actor is not None:
                    added.append(Mention(self.article.text[s0:e0], s0, e0, "person", actor.id, actor, None, "coref"))
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _role_coref(self) -> list[Mention]:
        """"المبعوث الأممي إلى اليمن مارتن غريفيث ... ويلتقي المبعوث الأممي": an office the knowledge
        base cannot resolve to one holder (several UN envoys at a time) is the person named earlier in
        the article who holds it."""
        ms = self.mentions
        pub = self.article.published
        if not any(m.via in ("role", "counterpart") for m in ms):
            return ms
        guests = self.lex.words["guest_heads"]
        if getattr(self.kb, "offices", None) is None:
            return ms
        out: list[Mention] = []
        named: list[Actor] = []
        by_name: list[Actor] = []  # persons the article named (not by an office)
        text = self.article.text
        later: list[tuple[int, Actor]] | None = None
        for m in ms:
            a = m.actor
            if pub is not None and a is not None and a.kind == "person" and a.name_en and m.via == "role":
                # "ألكسندر لافرنتييف المبعوث الخاص للرئيس الروسي ... وكان المبعوث الروسي بحث": an office
                # several hold at once (Russia's envoys) is the holder the article named, not the one
                # the knowledge base would pick; before the name (a headline) it is the holder the
                # article names in a later sentence
                role = self._head_role(m.text)
                ofs = {o.of for o in self._offices(a) if o.role == role and o.active(pub)} if role else set()
                if ofs and role and _ELECT.match(text, m.end):
                    # "الرئيس الجزائري المنتخب": the president-elect, whose office begins after the day
                    # (not the holder on the day), named in the article
                    if later is None:
                        later = [(x.start, x.actor) for x in ms if x.via in ("name", "alias", "partial")
                                 and x.actor is not None and x.actor.kind == "person" and x.actor.name_en]
                    elect = next((b for b in [*reversed(by_name), *(b for _, b in later)] if any(
                        o.role == role and o.of in ofs and o.start is not None and pub < o.start <= pub + timedelta(days=120)
                        for o in self._offices(b))), None)
                    if elect is not None:
                        m = replace(m, actor=elect, via="coref")
                        ofs = set()
                if ofs:
                    if later is None:
                        later = [(x.start, x.actor) for x in ms if x.via in ("name", "alias", "partial")
                                 and x.actor is not None and x.actor.kind == "person" and x.actor.name_en]
                    # (those after the next sentence break: one search, not a slice per name)
                    br = _BREAK_RE.search(text, m.end)
                    after = [b for at, b in later if br is not None and at > br.start()]
                    for b in [*reversed(by_name), *after]:
                        if any(o.role == role and o.of in ofs and o.active(pub) for o in self._offices(b)):
                            if b.id != a.id:
                                m = replace(m, actor=b, via="coref")
                            break
            a = m.actor
            if (m.via == "counterpart" and a is not None and a.country and guests
                    and _strip_conj(normalize_key(m.text.split()[0])) in guests):
                # "استقبل الرئيس الجزائري ... ضيفه التونسي": the Tunisian the article named before
                guest = next((x for x in reversed(by_name) if x.kind == "person" and x.country == a.country), None)
                if guest is not None:
                    m = replace(m, actor=guest, via="coref")
                    a = guest
            if a is not None and a.kind == "person" and a.name_en:
                named.append(a)
                if m.via in ("name", "alias", "partial"):
                    by_name.append(a)
            elif a is not None and a.id.startswith("rasad:role:") and not a.name_en:
                parts = a.id.split(":", 3)
                if len(parts) == 4:
                    role, of = parts[2], parts[3]
                    for b in reversed(named):
                        # (an undated article: the office is the one the person named before holds at
                        # some time; "رئيس الجمهورية الإسلامية الموريتانية، محمد ولد الشيخ الغزواني ...
                        # واستقبل الرئيس الموريتاني بوريطة")
                        if any(o.role == role and o.of == of and (pub is None or o.active(pub))
                               for o in self._offices(b)):
                            m = replace(m, actor=b)
                            break
            out.append(m)
        return out

    def _honorific_title_mentions(self) -> list[Mention]:
        """"استقبله خلالها جلالة السلطان المعظم"، "وأكد سمو الأمير": an honorific and a bare title with
        no name after them are the person the article introduced with that honorific (wire copy gives
        each rank its own form of address: جلالة for the king or sultan, سمو for princes)."""
        ms = self.mentions
        cls = self.lex.honorific_class
        if not cls or self.norm_set.isdisjoint(cls):
            return ms
        toks, norms = self.all_toks, self.all_norms
        titles = self.lex.words["title_words"]
        honor = self.lex.words["honorific_words"]
        covered = [(m.start, m.end) for m in ms]
        starts = [c[0] for c in covered]
        marks: list[tuple[int, str, Actor]] | None = None
        text_at: dict[int, str] = {}
        added: list[Mention] = []
        n = len(norms)
        for k, w in enumerate(norms):
            c = cls.get(_strip_conj(w))
            if c is None or k + 1 >= n or norms[k + 1] not in titles or norms[k + 1] in ("بن", "بنت", "ال"):
                continue
            e = k + 1
            while e + 1 < n and (norms[e + 1] in titles or norms[e + 1] in honor) and norms[e + 1] not in ("بن", "بنت"):
                e += 1
            s0, e0 = toks[k].start + len(w) - len(_strip_conj(w)), toks[e].end
            nxt = toks[e + 1].start if e + 1 < n else e0 + 1
            if _overlaps(covered, starts, s0, e0) or _overlaps(covered, starts, nxt, nxt + 1):
                continue  # a name follows (or the KB read the phrase): not a bare title
            if e + 1 < n and not toks[e + 1].punct and self.lex.lookup(norms[e + 1]) is None and not _timeword(
                    norms[e + 1]) and norms[e + 1] not in _FUNCTION and not any(
                    t.start <= nxt < t.end for t in self.times):
                continue  # an unknown word after the title may be a name the KB lacks
            if marks is None:
                marks = self._honorific_marks()
                text_at = {m.start: m.text for m in ms}
            bearers = [(start, a) for start, h, a in marks if h == c and start < s0]
            if not bearers:
                continue
            # of those, the last one named with the same title ("جلالة الملك عبدالله ... جلالة السلطان
            # هيثم ... جلالة السلطان المعظم" is Haitham)
            same = [a for start, a in bearers if norms[k + 1] in _nkey(text_at.get(start, "")).split()]
            a = same[-1] if same else bearers[-1][1]
            added.append(Mention(self.article.text[s0:e0], s0, e0, "person", a.id, a, None, "coref"))
        self._hon_marks = None  # built from the mentions before these: build again when asked
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _bare_head_mentions(self) -> list[Mention]:
        """"المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد ... وكان المبعوث قد أجرى": a definite title
        head alone (nothing after it that the knowledge base reads) is the person the article named
        with a title beginning with that head, the last one before it."""
        ms = self.mentions
        titles = self.lex.words["title_words"]
        heads: dict[str, list[tuple[int, Actor]]] = {}
        for m in ms:
            a = m.actor
            if a is None or a.kind != "person" or not a.name_en or m.via == "coref":
                continue
            words = _nkey(m.text).split()
            if len(words) < 3:
                continue
            w = _definite_stem(words[0])
            if w.startswith("ال") and len(w) > 4 and w in titles:
                heads.setdefault(w, []).append((m.end, a))
        if not heads:
            return ms
        # every written form of the heads (with و/ف/ب/ل before them): most articles use none of them
        # again, and then no token is looked at (why: this walk was ~6% of extraction time)
        forms = definite_forms(frozenset(heads))
        if self.norm_set.isdisjoint(forms):
            return ms
        toks, norms = self.all_toks, self.all_norms
        covered = [(m.start, m.end) for m in ms]
        starts = [c[0] for c in covered]
        honor = self.lex.words["honorific_words"]
        added: list[Mention] = []
        n = len(norms)
        for k, w in enumerate(norms):
            if w not in forms:
                continue
            stem = _definite_stem(w)
            got = heads.get(stem)
            if not got:
                continue
            t = toks[k]
            s0 = t.end - len(stem)
            nxt = toks[k + 1] if k + 1 < n else None
            if _overlaps(covered, starts, s0, t.end):
                continue
            if nxt is not None and not nxt.punct and (
                    norms[k + 1] in titles or norms[k + 1] in honor or norms[k + 1].startswith("ال")
                    or _overlaps(covered, starts, nxt.start, nxt.end) or (
                        self.lex.lookup(norms[k + 1]) is None and not _timeword(norms[k + 1])
                        and norms[k + 1] not in _FUNCTION)):
                continue  # "المبعوث الخاص"، "المبعوث الأمريكي X"، an unknown name after it: not alone
            before = [a for end, a in got if end <= s0]
            if not before or len({x.id for x in before}) > 1 and before[-1].id != before[-2].id:
                continue  # nobody, or two people named with that head just before: which one is unsure
            a = before[-1]
            added.append(Mention(self.article.text[s0:t.end], s0, t.end, "person", a.id, a, None, "coref"))
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _head_role(self, text: str) -> str | None:
        """The role of the office head a role mention starts with ("المبعوث الروسي" -> envoy)."""
        data = getattr(self.kb, "data", None)
        if data is None:
            return None
        words = _nkey(text).split()
        if not words:
            return None
        firsts = [words[0]] + [words[0][len(p):] for p in ("و", "ف", "ب", "ل", "وب", "ول") if words[0].startswith(p)]
        for first in firsts:
            for n in range(len(words), 0, -1):
                for tag, target in data.forms.get(" ".join([first, *words[1:n]]), ()):
                    if tag == "head":  # rasad.kb.loader.HEAD: the tag of an office head's forms
                        return str(data.heads[int(target)].role)
        return None

    def _descriptor_mentions(self) -> list[Mention]:
        """"ينتقل المسؤول الأممي إلى تندوف"، "وقال الضيف الفرنسي": a definite generic noun with a
        nisba refers back to the person last named of that country (or holding an office of that
        organisation); news uses it to avoid repeating a name. Indefinite ("مسؤول أمريكي") is an
        unnamed official, not a reference."""
        ms = self.mentions
        forms = self.lex.descriptor_forms
        if self.norm_set.isdisjoint(forms):
            return ms
        orgs = self.lex.descriptor_orgs
        offices_for = self.lex.descriptor_offices
        toks = self.all_toks
        found = [k for k, w in enumerate(self.all_norms[:-1]) if w in forms]
        starts = [m.start for m in ms]
        drop: set[int] = set()
        added: list[Mention] = []
        pub = self.article.published
        text = self.article.text
        for k in found:
            nxt = toks[k + 1]
            j = bisect_left(starts, nxt.start)
            nisba = ms[j] if j < len(ms) and ms[j].start == nxt.start and ms[j].via == "nisba" else None
            org = orgs.get(nxt.norm)
            if nisba is None and org is None:
                continue
            iso = nisba.actor.country if nisba is not None and nisba.actor is not None else None
            want = org or iso
            if not want:
                continue
            t = toks[k]
            start = t.start + len(t.norm) - len(_definite_stem(t.norm))  # after و/ب/ل (one letter each)
            actor = None
            # "الوزير السعودي" after "... تحيات الملك سلمان": of that country's people, the last one
            # holding an office the noun names (a minister), else the last one of the country
            office_word = offices_for.get(_definite_stem(t.norm))
            fallback = None
            for m in reversed(ms[:bisect_left(starts, t.start)]):
                a = m.actor
                if a is None or a.kind != "person" or not a.name_en:
                    continue
                if m.start and text[m.start - 1] == "ل":
                    continue  # "المبعوث الشخصي للأمين العام": the genitive of another's title
                if (iso and a.country == iso) or any(o.of == want and (pub is None or o.active(pub))
                                                     for o in self._offices(a)):
                    # (by the office the person is known by that day: Algeria's president is also its
                    # defence minister, not "الوزير الجزائري")
                    main_role = self._role_of(a, pub) if pub is not None else None
                    if office_word is None or any(
                            _names_office(o, office_word) and (pub is None or o.active(pub))
                            and (main_role is None or o.role == main_role)
                            for o in self._offices(a)):
                        actor = a
                        break
                    if fallback is None:
                        fallback = a
            if actor is None:
                actor = fallback
            if actor is None:
                continue
            end = nxt.end
            if nisba is not None:
                drop.add(j)
            added.append(Mention(text[start:end], start, end, "person", actor.id, actor, None, "coref"))
        if not added:
            return ms
        return sorted([m for q, m in enumerate(ms) if q not in drop] + added, key=lambda m: m.start)

    def _delegation_mentions(self) -> list[Mention]:
        """"وصل وفد من حركة حماس إلى القاهرة ... وقال مصدر إن الوفد سيعقد اجتماعا مع X": the bare
        definite الوفد (no nisba, name or من after it) is the delegation last told: the party named
        right after an indefinite وفد (وفد من حركة حماس، وفد إيراني)."""
        ms = self.mentions
        forms = self.lex.delegation_anaphor_forms
        if self.norm_set.isdisjoint(forms):
            return ms
        toks, norms = self.all_toks, self.all_norms
        heads = self.lex.words["group_heads"]
        starts = [m.start for m in ms]
        added: list[Mention] = []
        for k, w in enumerate(norms):
            if w not in forms:
                continue
            t = toks[k]
            nxt = bisect_left(starts, t.end)
            if nxt < len(ms) and ms[nxt].start - t.end <= 2 and ms[nxt].via in ("nisba", "metonym"):
                continue  # "الوفد الإيراني": its own party follows
            if nxt and ms[nxt - 1].end > t.start:
                continue  # (or the word is inside one: the KB read "الوفد الروسي" as Russia's delegation)
            if k + 1 < len(norms) and norms[k + 1] in ("من", "برياسه", "بقياده", "المرافق", "الرسمي"):
                continue
            actor = None
            for m in reversed(ms[:bisect_left(starts, t.start)]):
                if m.actor is None or m.kind == "place":
                    continue
                j = bisect_left(self.tok_starts, m.start)
                before = [_strip_conj(norms[q]) for q in range(max(0, j - 3), j)]
                # "محادثات مع وفد من X"، "مع الوفد الأمريكي": the other side's delegation, not the one told
                b3 = [""] * (3 - len(before)) + before
                if (b3[2] in _OTHER_SIDE or (b3[2].startswith("وفد") and b3[1] in _OTHER_SIDE)
                        or (b3[2] == "من" and b3[1].startswith("وفد") and b3[0] in _OTHER_SIDE)):
                    continue
                before = b3[1:]
                if (m.actor.id.startswith("rasad:group:delegation:")
                        or any(b in heads and b.startswith("وفد") for b in before)
                        or (len(before) == 2 and before[0].startswith("وفد") and before[1] == "من")):
                    actor = m.actor
                    # "وفد من حركة حماس برئاسة X ... والتقى الوفد Y": the delegation its named head leads
                    e = bisect_left(self.tok_starts, m.end)
                    by = next((q for q in range(e, min(len(norms), e + 3)) if norms[q] in _LED_BY), None)
                    if by is not None:
                        hi = toks[min(len(toks) - 1, by + 10)].end
                        head_m = next((h for h in ms[bisect_left(starts, toks[by].end):]
                                       if h.start < hi and h.actor is not None and h.actor.kind == "person"), None)
                        if head_m is not None and head_m.start < hi and head_m.actor is not None:
                            actor = head_m.actor
                    break
            if actor is None:
                continue
            if actor.kind == "country":
                actor = _delegation_of(actor)  # "وفد إيراني ... الوفد": Iran's delegation, not Iran
            start = t.start + len(t.norm) - len(_definite_stem(t.norm))
            added.append(Mention(self.article.text[start:t.end], start, t.end, actor.kind, actor.id, actor, None,
                                 "coref"))
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _surname_slot(self, k: int) -> bool:
        """Is token k where a name stands as a party: after a verb or a title ("وتلقى بري"، "الرئيس
        بري"), first of a pair after بين/مع, or opening a clause before a verb ("بري يستقبل")?"""
        toks, lex = self.all_toks, self.lex
        prev = toks[k - 1].norm if k else ""
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        if prev in lex.words["title_words"] or lex.lookup(prev) is not None or lex.support_role(prev) is not None:
            return True
        # "اتصالا هاتفيا بالرئيس عون"، "اجتمع بالسيد بري": a title with its preposition; "أجرى اتصالا هاتفيا
        # بعون": the one called
        bare = "ال" + prev[3:] if prev.startswith(("بال", "وال", "لال")) else "ال" + prev[2:] if prev.startswith(
            "لل") else prev
        if bare in lex.words["title_words"] or prev in _CALL_ADVERBS:
            return True
        if prev in ("بين", "مع") and nxt.startswith("و"):
            return True  # "لقاء بين كير ومشار": a pair of parties after بين/مع
        if prev in ("الي", "مع", "من") or prev in ("كان", "وكان"):
            return True  # "رسالة إلى خان"، "وكان خان قد تلقى"
        return (not prev or toks[k - 1].punct) and (lex.lookup(nxt) is not None or lex.support_role(nxt) is not None)

    def _bare_office_mentions(self) -> list[Mention]:
        """"وزير الدفاع"، "رئيس الحكومة" with no country: news uses the bare office for one already
        named in the report ("... وزير الدفاع الأميركي لويد أوستن. وسيجتمع غالانت مع وزير الدفاع"),
        else for the office of the country the article is about. The holder is looked up on the
        publication day; an office named before "السابق" (former) is nobody we can know."""
        ms = self.mentions
        pub = self.article.published
        offices = self.lex.bare_offices
        if pub is None or self.kb is None or not offices:
            return ms
        forms = self.lex.office_forms
        if self.norm_set.isdisjoint(forms):
            return ms
        toks = self.all_toks
        covered = [(m.start, m.end) for m in ms]
        starts = self._mention_starts = [c[0] for c in covered]  # of self.mentions, for _earlier_holder
        ends = {m.end for m in ms if m.kind == "person"}
        owner_at = {m.end: m.actor for m in ms if m.kind == "person" and m.actor is not None}
        owner: Actor | None = None  # the person whose chain of titles is being read
        modifiers = self.lex.words["office_modifiers"]
        chain: set[int] = set()  # tokens of a chain of titles after a name
        person_at = {m.start: m.actor for m in ms if m.actor is not None and m.actor.kind == "person"}
        # "وزير الخارجية في المملكة العربية السعودية الأمير X": the office's own country before the name
        self._country_spans = [(m.start, m.end) for m in ms if m.kind == "country"]
        appos: dict[tuple[str, ...], Actor] = {}
        home = set(self.lex.phrases["home_offices"]) | {(w,) for w in self.lex.words["home_offices"]}
        added: list[Mention] = []
        main: list[str | None] = []
        # Only some tokens can matter: an office's first word, the token after a person's name
        # (a chain of titles may start there) and the token after a token of a chain. Why not
        # every token: this walk was a per-token Python loop over the whole article.
        n_toks = len(toks)
        tok_ends = [t.end for t in toks]
        visit = {k for k, w in enumerate(self.all_norms) if w in forms}
        for e in ends:
            j = bisect_left(tok_ends, e)
            if j + 1 < n_toks and tok_ends[j] == e:
                visit.add(j + 1)
        order = sorted(visit)

        def walk() -> Iterator[int]:
            k, pos = -1, 0
            while True:
                if k >= 0 and k in chain and k + 1 < n_toks:
                    k += 1  # the chain may go on (it is read after the body handled k)
                else:
                    while pos < len(order) and order[pos] <= k:
                        pos += 1
                    if pos == len(order):
                        return
                    k = order[pos]
                yield k

        for k in walk():
            t = toks[k]
            if k and (toks[k - 1].end in ends or k - 1 in chain) and t.norm not in _FUNCTION and (
                    t.norm in modifiers or t.norm.startswith(("ال", "ل")) or t.norm in forms
                    # (a family name the KB's name stops before: "الأمير X بن Y آل سعود ولي العهد")
                    or (k - 1 in chain and toks[k - 1].norm == "ال")) and not (
                    # ("استقبل الملك X اليوم الخميس رئيس الجمهورية": a time word ends the chain)
                    _timeword(t.norm)
                    # (nor is a contact noun a title: "ووجه الرئيس التركي الدعوة لولي العهد")
                    or (t.norm.startswith("ال") and t.norm not in forms and self.lex.lookup(t.norm) is not None)):
                # (not إلى, which normalises to الي: "رسالة من الرئيس X إلى رئيس الجمهورية Y")
                # "محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء ..."; "أجرى X وزير
                # الخارجية اليوم اتصالا مع Y": an office right after a name is that person's title
                if toks[k - 1].end in ends:
                    owner = owner_at.get(toks[k - 1].end)
                chain.add(k)
            got = forms.get(t.norm)
            if got is None:
                continue
            pre, head = got
            role = None
            n = 0
            words: tuple[str, ...] = ()
            for ws, r in offices[head]:
                if tuple(x.norm for x in toks[k + 1:k + 1 + len(ws)]) == ws:
                    role, n, words = r, len(ws), ws
                    break
            if role is None:
                continue
            end_tok = toks[k + n]
            if (k in chain and k and toks[k - 1].end in ends
                    and (o := owner_at.get(toks[k - 1].end)) is not None
                    # (a modifier word ends the name only as its own: "الملك عبد الله الثاني الأمير")
                    and (toks[k - 1].norm not in modifiers or toks[k - 1].norm in _nkey(o.name_ar or "").split())
                    and not self._holds(o, role, pub) and self._role_of(o, pub) is not None) or (
                    added and k and toks[k - 1].end == added[-1].end and added[-1].actor is not None
                    and not self._holds(added[-1].actor, role, pub)):
                # "واستقبل الرئيس الجزائري عبد العزيز بوتفليقة رئيس الحكومة بمقر إقامته"، "وسلم ولي العهد
                # رئيس الجمهورية رسالة": an office the person just named (or just read from a bare
                # office) does not hold is no title of his but the object, bare
                chain.discard(k)
            elif k in chain or (k and toks[k - 1].norm in modifiers):
                chain.update(range(k, k + n + 1))  # a title of the person just named, or a deputy's
                nxt = toks[k + n + 1].norm if k + n + 1 < n_toks else ""
                if (k in chain and owner is not None and self._holds(owner, role, pub)
                        and not (nxt.startswith("ال") and nxt.endswith(("ي", "يه")))):
                    # "الأمير محمد بن سلمان ولي العهد": the bare office names him for the article (not
                    # "X رئيس الحكومة الفلسطينية": with a nisba, another country's office)
                    appos.setdefault((head, *words), owner)
                continue
            after = toks[k + n + 1].norm if k + n + 1 < len(toks) else ""
            if after in self.lex.words["former"]:
                continue
            start = t.start + len(pre)
            key = (head, *words)
            j = bisect_left(starts, start)
            if not n and not self._clause_word(k + 1) and not (j and covered[j - 1][1] > start):
                # "الرئيس التنفيذي"، "الملك تشارلز" (a name the KB lacks): not the bare office (but a
                # name the KB read, "صاحب الجلالة الملك محمد السادس", names its holder for the article)
                continue
            nxt_start = toks[k + n + 1].start if k + n + 1 < n_toks else -1
            nxt_m = ms[j] if j < len(ms) and covered[j][0] == nxt_start else None
            # "والتقى ولي العهد رئيس الوزراء الفرنسي X": another office holder's titled name after the
            # bare office is the verb's object, neither the office's country nor its holder in apposition
            other = (nxt_m is not None and nxt_m.kind == "person" and nxt_m.actor is not None
                     and toks[k + n + 1].norm in forms and not self._holds(nxt_m.actor, role, pub))
            if (j < len(covered) and covered[j][0] < end_tok.end + 1 + len(after) and not other and not (
                    # ("رئيس الجمهورية بقصر المرادية": a place after a preposition is no country of the office;
                    # "سمو ولي العهد والرئيس بايدن": a person after و is another)
                    nxt_start < covered[j][0]
                    and self.article.text[nxt_start:covered[j][0]] in ("ب", "ل", "وب", "ول", "فب", "في", "و"))) or (
                    j and covered[j - 1][1] > start):
                # a mention of the office with its country, or inside a name; a name that begins with
                # the office ("السلطان هيثم بن طارق") names its holder for the article
                cm = ms[j - 1] if j and covered[j - 1][1] > start else (ms[j] if j < len(ms) else None)
                # (not "وزير الدفاع الإسرائيلي X": with a nisba it is another country's office)
                if (cm is not None and cm.actor is not None and cm.actor.kind == "person" and cm.actor.name_en
                        and cm.start <= start and cm.end > end_tok.end
                        and not (after.startswith("ال") and after.endswith(("ي", "يه"))
                                 # (a nisba, not a name such as "الباجي قائد السبسي")
                                 and after not in _nkey(cm.actor.name_ar or "").split())):
                    appos.setdefault(key, cm.actor)
                continue
            named = None if other else self._apposed_person(k + n + 1, person_at)
            if named is not None:
                # "رئيس الجمهورية، السيد X": the title in apposition names its holder for the article
                appos.setdefault(key, named)
                continue
            actor = appos.get(key)
            fem = feminine_key(head)  # ("رئيسة الحكومة"، "وزيرة الخارجية": a woman's office)
            if actor is None and key in home:
                # "رئيس الجمهورية" is the outlet's own president: the first person the article
                # names who holds the office (not the foreign president named last)
                actor = next((m.actor for m in ms if m.start < start and m.actor is not None
                              and m.actor.kind == "person" and self._holds(m.actor, role, pub)), None)
            elif actor is None:
                actor = (self._earlier_holder(role, start, pub, female=fem)
                         or self._later_holder(role, start, pub, female=fem))
            if actor is None:
                if not main:
                    main.append(self._main_country())
                iso = main[0]
                if iso is not None and self._sentence_allows(start, iso):
                    actor = self._holder_of(role, iso, pub, female=fem)
                if actor is None:
                    # "وصل X الباكستاني إلى الرياض، والتقى ولي العهد": an office the article's country does not
                    # have (or its sentence names only others) is the one country's of its sentence that has it
                    found = [h for h in (self._holder_of(role, c, pub, female=fem)
                                         for c in sorted(self._sentence_isos(start)) if c != iso) if h is not None]
                    if len(found) == 1:
                        actor = found[0]
            if actor is not None:
                added.append(Mention(self.article.text[start:end_tok.end], start, end_tok.end, "person",
                                     actor.id, actor, None, "role"))
        self._chain_starts = {toks[k].start for k in chain}
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _place_office_mentions(self) -> list[Mention]:
        """"بعد محطات في الكويت، حيث التقى أمير البلاد"، "وفي أبوظبي حيث استقبله ولي عهدها": an office
        whose country is "البلاد" (the country) or a possessive pronoun is the office of the place or
        country named last before it. Written here, not in the KB: the country is the text's, not the
        phrase's."""
        ms = self.mentions
        offices, forms = self.lex.place_offices, self.lex.place_office_forms
        pub = self.article.published
        if pub is None or self.kb is None or not offices or self.norm_set.isdisjoint(forms):
            return ms
        toks, norms = self.all_toks, self.all_norms
        starts = [m.start for m in ms]
        added: list[Mention] = []
        for k, w in enumerate(norms):
            if w not in forms:
                continue
            head = forms[w]
            rest = offices[head]
            got = next(((ws, r) for ws, r in rest if tuple(norms[k + 1:k + 1 + len(ws)]) == ws), None)
            if got is None:
                continue
            ws, role = got
            start = toks[k].start + len(w) - len(head)
            end = toks[k + len(ws)].end
            j = bisect_left(starts, start)
            if (j < len(ms) and ms[j].start < end) or (j and ms[j - 1].end > start):
                continue  # the KB read the phrase (or it is inside a name)
            if j < len(ms) and ms[j].kind == "person" and (
                    k + len(ws) + 3 >= len(toks) or ms[j].start <= toks[k + len(ws) + 3].start):
                continue  # "أمير البلاد الشيخ نواف الأحمد": the name in apposition says who
            pronoun = not (norms[k + len(ws)] == "البلاد")
            sent = self._sentence_at(start)
            lo = self._prev_sentence_start(sent) if sent is not None else 0
            iso = None
            for m in reversed(ms[:j]):
                if m.end > start or m.start < lo:
                    if m.start < lo:
                        break
                    continue
                a = m.actor
                iso = (a.country if a is not None and a.kind == "country"
                       else m.place.country if m.place is not None else None)
                if pronoun and (iso is None or m.via == "nisba" or len(self.article.text[m.end:start].split()) > 8):
                    # "أميرها" needs its place just before it, no one else named between (nor an
                    # adjective: "الجبهة الثورية السودانية بوفد برئاسة رئيسها" is the front's head)
                    iso = None
                    break
                if iso is not None:
                    break
            if iso is None and not pronoun:
                iso = self._main_country()
            actor = self._holder_of(role, iso, pub) if iso is not None else None
            if actor is not None:
                added.append(Mention(self.article.text[start:end], start, end, "person", actor.id, actor, None, "role"))
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _prev_sentence_start(self, sent: Sentence) -> int:
        """The start of the sentence before `sent` (its own start when it is the first)."""
        k = next((i for i, s in enumerate(self.sentences) if s is sent), None)
        return self.sentences[k - 1].start if k else sent.start

    def _clause_word(self, q: int) -> bool:
        """Does the clause go on at token `q` (the end, punctuation, a particle, a time word, a
        trigger or support verb, a name the KB knows), so that the one-word office before it
        (الرئيس، الملك) stands alone rather than before an adjective or an unknown name?"""
        toks = self.all_toks
        if q >= len(toks) or toks[q].punct:
            return True
        w = toks[q].norm
        lex = self.lex
        if w in _FUNCTION or w in _CLAUSE_PARTICLES or _timeword(w) or w in lex.words["honorific_words"]:
            return True
        if lex.lookup(w) is not None or lex.support_role(w) is not None:
            return True
        if w[:1] in ("ب", "ل") and (w[1:3] == "ال" or w[1:] in lex.words["residence_heads"]
                                    or w[1:] in lex.words["country_construct_heads"]):
            return True  # a prepositional phrase: "في استقبال الأمير بمطار دمشق"، "الملك بالعاصمة"
        j = bisect_left(self._mention_starts, toks[q].start)
        # (or with a preposition on it: "الملك بقصر اليمامة"، "الرئيس لتونس")
        return j < len(self._mention_starts) and (self._mention_starts[j] == toks[q].start or (
            self._mention_starts[j] < toks[q].end
            and self.article.text[toks[q].start:self._mention_starts[j]] in ("ب", "ل", "وب", "ول", "فب")))

    def _apposed_person(self, q: int, person_at: dict[int, Actor]) -> Actor | None:
        """The person named right at token `q` (after a comma or a form of address), if any."""
        toks = self.all_toks
        honorifics = self.lex.words["honorific_words"]
        titles = self.lex.words["title_words"]
        address = self.lex.words["address_words"]
        for k in range(q, min(q + 10, len(toks))):
            t = toks[k]
            a = person_at.get(t.start)
            if a is not None:
                return a
            w = t.norm
            # "وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الشيخ X": a chain of titles, then the name
            if not (w in ("،", ",", "-", "في", "لشوون", "لشؤون") or w in honorifics or w in address
                    # "رئيس الجمهورية المؤقت محمد المنصف المرزوقي": a qualifier of the office
                    or w in self.lex.words["office_qualifiers"]
                    or w in titles or (w[:1] in ("و", "ل") and w[1:] in titles)
                    or any(a < t.end and t.start < b for a, b in self._country_spans)):
                return None
        return None

    def _holds_as(self, a: Actor, role: str, on: date, female: bool) -> bool:
        """Does the person hold `role` on `on`, and is she a woman when the office was named in the
        feminine?"""
        if not self._holds(a, role, on):
            return False
        if not female:
            return True
        is_female = getattr(self.kb, "is_female", None)
        return bool(is_female is not None and is_female(a.id))

    def _earlier_holder(self, role: str, pos: int, on: date, female: bool = False) -> Actor | None:
        """The person last named before `pos`, outside its sentence, who holds `role` (a woman
        with `female`)."""
        sent = self._sentence_at(pos)
        sent_start = sent.start if sent is not None else pos
        ms = self.mentions  # sorted by start: those from the sentence on are skipped, so not visited
        for m in reversed(ms[:bisect_left(self._mention_starts, sent_start)]):
            if m.start >= sent_start or m.actor is None or m.actor.kind != "person":
                continue
            if self._holds_as(m.actor, role, on, female):
                return m.actor
        return None

    def _later_holder(self, role: str, pos: int, on: date, female: bool = False) -> Actor | None:
        """The one person named after `pos` who holds `role` ("يلتقيه سمو ولي العهد ... وكان سمو ولي
        العهد رئيس مجلس الوزراء الأمير محمد بن سلمان قد تلقى"): a report may give the bare office
        first and the full name later; None when the later holders are several."""
        ms = self.mentions
        got = {m.actor.id: m.actor for m in ms[bisect_left(self._mention_starts, pos):]
               if m.actor is not None and m.actor.kind == "person" and m.start > pos
               and self._holds_as(m.actor, role, on, female)}
        return next(iter(got.values())) if len(got) == 1 else None

    def _main_country(self) -> str | None:
        """The country the article is about: the most frequent among its mentions' countries."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            iso = m.actor.country if m.actor is not None else (m.place.country if m.place is not None else None)
            if iso:
                counts[iso] = counts.get(iso, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _sentence_allows(self, pos: int, iso: str) -> bool:
        """A bare office is the main country's unless its sentence names only other countries."""
        isos = self._sentence_isos(pos)
        return not isos or iso in isos

    def _sentence_isos(self, pos: int) -> set[str]:
        """The countries of the mentions (actors and places) of the sentence holding `pos`."""
        sent = self._sentence_at(pos)
        if sent is None:
            return set()
        isos = self._isos.get(sent.start)
        if isos is None:  # once per sentence (a long sentence has many bare offices)
            isos = {c for m in self.mentions if sent.start <= m.start < sent.end
                    if (c := m.actor.country if m.actor is not None else (m.place.country if m.place else None))}
            self._isos[sent.start] = isos
        return isos

    def _sentence_at(self, pos: int) -> Sentence | None:
        """The first sentence holding offset `pos`."""
        if self._sent_starts is None:
            starts = [s.start for s in self.sentences]
            ok = all(a.end <= b.start for a, b in zip(self.sentences, self.sentences[1:], strict=False))
            self._sent_starts = starts if ok and all(s.start <= s.end for s in self.sentences) else []
        if self._sent_starts or not self.sentences:
            k = bisect_left(self._sent_starts, pos + 1) - 1  # sorted and apart: only this one can hold pos
            return self.sentences[k] if k >= 0 and pos < self.sentences[k].end else None
        return next((s for s in self.sentences if s.start <= pos < s.end), None)

    def _in_time(self, pos: int) -> bool:
        """Is offset `pos` inside a time expression?"""
        k = bisect_left(self._time_starts, pos + 1) - 1
        # (expressions may nest or overlap: look back over the few that start before pos)
        return any(self.times[j].end > pos for j in range(k, max(-1, k - 3), -1))

    def _times_in(self, sent: Sentence) -> list[TimeExpr]:
        """The time expressions inside `sent`, sorted by start (as self.times)."""
        ts = self._time_starts
        return [t for t in self.times[bisect_left(ts, sent.start):bisect_left(ts, sent.end)] if t.end <= sent.end]

    def _time_from(self, sent: Sentence, pos: int) -> bool:
        """Does a time expression of `sent` start at or after offset `pos` (in the clause from there)?"""
        return any(t.start >= pos for t in self._times_in(sent))

    def _has_time(self, sent: Sentence) -> bool:
        """Does a time expression start inside `sent`?"""
        # (a date in the wire dateline is the report's, not a time of the sentence's contact)
        k = bisect_left(self._time_starts, max(sent.start, self._dl_end))
        if self._occasion_at is None:
            return k < len(self._time_starts) and self._time_starts[k] < sent.end
        # (nor is an occasion's time: "بمناسبة قرب حلول شهر رمضان")
        while k < len(self._time_starts) and self._time_starts[k] < sent.end:
            if not self._occasion_at(self._time_starts[k]):
                return True
            k += 1
        return False

    def _when(self, sent: Sentence, toks: list[_Tok], norms: list[str], c: _Cand, left: int,
              right: int, single: bool, skip: tuple[int, int] | None = None
              ) -> tuple[date | None, date | None, str | None]:
        lex = self.lex
        lo, hi = toks[max(left, 0)].start, toks[min(right, len(toks) - 1)].end
        got = self._sx.memo.get("inside")
        if got is None:  # the sentence's time expressions (sorted by start, as self.times), once per sentence
            inside = self._times_in(sent)
            got = self._sx.memo["inside"] = (inside, [t.start for t in inside])
        inside, starts = got
        anchor = toks[c.tok].start
        # the expressions of the trigger's own clause, the nearest first; another clause's
        # time belongs to another predicate unless the sentence has only one trigger
        own = inside[bisect_left(starts, lo):bisect_left(starts, hi)]
        if not own and len(inside) == 1 and single:
            own = inside
        if own and skip is not None:
            own = [t for t in own if not skip[0] <= t.start < skip[1]]
        if own and self._occasion_at is not None:
            # "بمناسبة قرب حلول شهر رمضان": the occasion's time is not the contact's
            own = [t for t in own if not self._occasion_at(t.start)]
        if own and "منذ" in self.norm_set:
            own = [t for t in own if not self._since_clause(toks, norms, t.start)]
        if own:
            # "التقى X Y، على أن يختتم زيارته غداً"، "قبل أن يغادر مساء": the time after "أن" with
            # its own verb is that verb's
            cut = next((toks[k].start for k in range(c.tok + 1, min(right + 1, len(norms)))
                        if norms[k] == "ان" and _strip_conj(norms[k - 1]) in ("علي", "قبل", "بعد")), None)
            if cut is not None:
                own = [t for t in own if t.start < cut]
        if not own:
            return None, None, None
        t = min(own, key=lambda t: abs(t.start - anchor))
        if normalize_key(t.text) in lex.words["vague_time"]:
            return None, None, None
        pub = self.article.published
        first, last = t.first, t.last
        if (pub and t.method == "weekday:on-or-after" and first > pub and c.hit.aspect == "perfect"
                and not c.hit.future):
            # a bare weekday was read by the sentence's tense, which a name may mislead ("فيدان" looks
            # like an imperfect verb); the contact's own verb is past: the weekday is the last one
            first = last = first - timedelta(days=7)
        tstatus = None
        # the contact's own verb (or the verb that carries its noun) is in the past tense
        told_past = ((c.hit.aspect == "perfect" and not c.hit.future and c.support is None)
                     or (c.support is not None and not c.support_after and not c.support_imperf
                         and not c.support_future))
        if pub and last < pub:
            # a day wholly before publication is past whatever the clause's tense ("سيواصلان تنسيقهما
            # في أعقاب قمة الكوريتين في 27 أبريل": the summit is the past one)
            tstatus = "occurred"
        elif (t.tense == "future" and not (told_past and pub and first <= pub)) or (
                # "وتلقى X، يوم الأربعاء 2 ماي، اتصالات" in a report read against its lead's day:
                # a perfect contact verb tells a past contact whatever day it names
                pub and first > pub and not told_past):
            # (a time of the publication day takes its tense from the words near it, which a name
            # may mislead: "استقبل شي ... لولا دا سيلفا في بكين اليوم" is no سـ future; the
            # contact's own past verb says it happened)
            tstatus = "planned"
        elif t.tense == "past":
            tstatus = "occurred"
        return first, last, tstatus

    def _since_clause(self, toks: list[_Tok], norms: list[str], start: int) -> bool:
        """Is the time at `start` inside a "since" clause about something else ("في زيارة هي الأولى له
        منذ توليه منصبه في حزيران الماضي": when he took office)? Not "منذ يوم الأحد" (since Sunday: the
        contact's own start)."""
        k = next((k for k, t in enumerate(toks) if t.start >= start), None)
        if k is None:
            return False
        # "في أول زيارة لوزير خارجية سعودي منذ عام 1990": a year after منذ (in the expression or
        # right before it) measures how long since something else, never the start of the contact
        m = next((j for j in range(max(0, k - 1), min(len(norms), k + 1)) if norms[j] == "منذ"), None)
        if m is not None and m + 1 < len(norms):
            year = norms[m + 2] if norms[m + 1] in ("عام", "العام", "سنه") and m + 2 < len(norms) else norms[m + 1]
            if len(year) == 4 and year.isdigit():
                return True
        # ("منذ سقوط نظام بشار الأسد في الثامن من ديسمبر": the event may take a few words)
        for j in range(k - 1, max(-1, k - 9), -1):
            if norms[j] == "منذ":
                nxt = _strip_conj(norms[j + 1]) if j + 1 < k else ""
                return bool(nxt) and not (_timeword(nxt) or nxt in ("يوم", "مطلع", "بدايه", "اواخر", "اوائل")
                                          or nxt.isdigit())
            if toks[j].punct:
                return False
        return False

    def _tour_noun_before(self) -> tuple[Sentence, list[_Tok], int] | None:
        """The sentence before, its tokens and the index of its tour noun (جولة، بجولة، جولته)."""
        prev = self._prev_sentence
        if prev is None:
            return None
        toks = self._slice(prev)
        k = next((k for k, t in enumerate(toks) if _strip_conj(t.norm).lstrip("ب").startswith("جول")), None)
        return None if k is None else (prev, toks, k)

    def _tour_travellers(self) -> list[Actor]:
        """"جولة إقليمية قام بها X، وY": the persons the sentence before names as making its tour
        (after "قام/يقوم بها"), else []."""
        found = self._tour_noun_before()
        if found is None:
            return []
        prev, toks, k = found
        b = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j].norm == "بها"), None)
        if b is None:
            return []
        ms = [m for m in self.mentions[bisect_left(self._mention_starts, prev.start):] if m.end <= prev.end]
        parties = self._parties_aside(toks, ms)
        for g in _groups(parties, b + 1, len(toks), self.lex):
            if any(t.punct and t.norm in _CLAUSE_PUNCT for t in toks[b + 1:g.first]):
                break
            if g.marker is None:
                return [a for a in g.actors() if a.kind == "person"]
        return []

    def _tour_told_before(self) -> str | None:
        """The status of the tour the sentence before tells ("يبدأ X غداً جولة"، "سيقوم بجولة
        الأسبوع المقبل"): by the time nearest its tour noun, else planned when the verb that carries
        the noun is future; None when it tells neither."""
        found = self._tour_noun_before()
        if found is None:
            return None
        prev, toks, k = found
        pos = toks[k].start
        inside = self._times_in(prev)
        pub = self.article.published
        if inside:
            t = min(inside, key=lambda t: abs(t.start - pos))
            if pub and t.last < pub:
                return "occurred"
            return "planned" if t.tense == "future" or (pub and t.first > pub) else None
        for j in range(k - 1, max(-1, k - 8), -1):
            sr = self.lex.support_role(toks[j].norm)
            if sr is not None:
                return "planned" if sr[2] else None
        return None

    def _perfect_support_before(self, norms: list[str], lo: int, k: int) -> bool:
        """"وعقد X وY بعد ذلك جلسة محادثات": a support verb in the perfect opens the clause of the noun
        at `k` (too far from it to be read as its support: the subject and an adverbial stand between)."""
        for j in range(max(lo, k - 16), k):
            sr = self.lex.support_role(norms[j])
            if sr is not None:
                return not sr[1]
        return False

    def _status(self, c: _Cand, norms: list[str], t_status: str | None, hi: int, lo: int = 0) -> str:
        if c.hit.future or c.support_future:
            return "planned"
        i = c.support if c.support is not None and not c.support_after else c.tok
        if c.hit.aspect != "perfect" and i >= 2 and norms[i - 1] == "ان" and any(
                _strip_conj(n) in self.lex.words["plan_verbs"] for n in norms[max(0, i - 5):i - 1]):
            # "اتفقا على أن يلتقيا مجددا"، "قرر أن يزور": agreed or decided to (still to come)
            return "planned"
        if t_status is not None:
            return t_status
        if c.hit.aspect == "noun" and c.support is None and _future_relative(norms, c.tok + 1,
                                                                             c.tok + _STATUS_REACH):
            return "planned"
        # a planning cue of a later clause (", ويعلن أن الرد سيكون ...") says nothing of this one
        if self._sx.has_phrase("planned", lo, hi) or _soon(self.lex, norms, lo, hi):
            return "planned"
        if self._sx.has_phrase("later", lo, hi) and not (
                (c.hit.aspect == "perfect" or (c.hit.aspect == "noun" and self._perfect_support_before(norms, lo, c.tok)))
                if c.support is None or c.support_after
                else not c.support_imperf and not norms[c.support].startswith("ال")):
            return "planned"  # "يلتقي لاحقا" (not "وعقد لاحقاً جلسة محادثات": later that day)
        # News writes what is happening now in the present tense ("العاهل الأردني يصل إلى القاهرة"):
        # without سـ, a planning cue or a future date, an imperfect form reports a contact that occurred.
        return "occurred"

    def _location(self, parties: list[_Party], left: int, right: int, c: _Cand) -> Place | None:
        if c.support_after:
            # "(قمة سوتشي) بعد محادثات أجراها X في أنقرة مع Y": the relative clause says where
            for p in self._sx.span(c.tok, right + 1):
                if p.place is not None and c.tok <= p.first <= right and p.marker in ("x", "ب", "الي", None):
                    return p.place
        toks = self._sx.toks
        # (not past ", و" and another clause: "X يلتقي Y، والرئيس عون يطالب بعودته إلى بيروت")
        stop = next((k for k in range(c.tok + 1, min(right, len(toks) - 1)) if toks[k].norm in ("،", ",")
                     and toks[k + 1].norm.startswith("و") and len(toks[k + 1].norm) > 3), right)
        situation = self.lex.words["situation_nouns"]
        for p in self._sx.span(left, right + 1):
            if p.place is not None and left <= p.first <= min(right, stop) and p.marker in ("x", "ب", "الي", None):
                if p.first >= 2 and toks[p.first - 1].norm == "في" and _strip_conj(toks[p.first - 2].norm) in situation:
                    continue  # "ناقشا الأوضاع في غزة": what they discussed, not where
                return p.place
        if c.type in ("meeting", "talks"):
            # "التقى X Y في فيتنام": a country right after "في" that follows the trigger or a party
            # is where they met (not "وبحثا الأوضاع في سوريا": a noun before في makes it a topic)
            ends = {q.last for q in self._sx.span(left, right + 1) if q.actor is not None} | {c.tok}
            for p in self._sx.span(c.tok + 1, min(right, stop) + 1):
                if (p.actor is not None and p.actor.kind == "country" and p.first >= 2 and p.first <= min(right, stop)
                        and toks[p.first - 1].norm == "في" and p.first - 2 in ends):
                    return self._country_place(p.actor.country)
        # "على هامش القمة العربية المنعقدة في مدينة جدة": the venue of the gathering the contact
        # was held at, named after the contact's own clause
        norms = self._sx.norms
        venue = self.lex.words["venue_cues"]
        for p in self._sx.span(right + 1, len(norms)):
            if p.place is not None and p.first > right and any(n in venue for n in norms[max(right, p.first - 4):p.first]):
                return p.place
        return None

    def _after_relative(self, toks: list[_Tok], rel: int, conj: bool = True) -> list[_Party]:
        """"التقى X، الذي كان قد أعلن استقالته، ورئيس المفوضية Y": the party coordinated after a
        relative clause set off by commas is the verb's object with X (none when another clause
        follows the relative one). With `conj` False, the party right after the closing comma with
        no و: "واستقبل X، الذي يتولى الرئاسة الدورية للاتحاد، ضيفه Y" (the object after a subject's
        relative clause)."""
        close = next((k for k in range(rel + 1, min(len(toks), rel + 20)) if toks[k].punct), None)
        if close is None or toks[close].norm not in ("،", ","):
            return []
        after = _groups(self._sx.span(close + 1, len(toks)), close + 1, len(toks), self.lex)
        if not after or after[0].marker is not None:
            return []
        p = after[0].parties[0]
        if p.conj != conj or (p.lead if p.lead >= 0 else p.first) != close + 1:
            return []
        return list(after[0].parties)

    def _where_place(self, left: int, head: int) -> Place | None:
        """"توقف في جيبوتي صباح الجمعة، حيث التقى الرئيس X"، "قادما من هانوي، حيث أجرى محادثات": a
        clause opened by حيث is set in the place (or country) the clause before it ends with."""
        norms = self._sx.norms
        k = next((q for q in range(head - 1, max(-1, left - 3), -1) if norms[q] == "حيث"), None)
        if k is None:
            return None
        for p in reversed(self._sx.span(max(0, k - 8), k)):
            if p.last >= k or p.marker not in ("x", "ب", "الي", "من"):
                continue
            if p.place is not None:
                return p.place
            if p.actor is not None and p.actor.kind == "country":
                return self._country_place(p.actor.country)
            return None
        return None

    def _mediators(self, parties: list[_Party], norms: list[str], sent: Sentence) -> list[Actor]:
        got = self._sx.memo.get("mediators")
        if got is None:  # the same for every trigger of the sentence
            got = self._sx.memo["mediators"] = self._mediators_of(parties, norms)
        return list(got)

    def _sponsors(self, parties: list[_Party], norms: list[str], i: int) -> list[Actor]:
        """The parties after the noun at i introduced by a sponsoring or mediating word (برعاية،
        بوساطة; not بحضور or بمشاركة, which only attend)."""
        words = self.lex.words["sponsors"]
        return _uniq([p.actor for p in parties if p.actor is not None and p.first > i + 1
                      and norms[p.first - 1] in words])

    def _mediators_of(self, parties: list[_Party], norms: list[str]) -> list[Actor]:
        out: list[Actor] = []
        for p in parties:
            if p.actor is None:
                continue
            j = p.first - 1
            if j >= 0 and norms[j] in self.lex.words["mediators"]:
                out.append(p.actor)
        return _uniq(out)

    def _topics(self, norms: list[str], nxt: Sentence | None) -> list[str]:
        # the events of one sentence have the same topics: computed once per sentence
        memo = self._topic_memo
        if memo is not None and memo[0] is norms and memo[1] is nxt:
            return list(memo[2])
        out = self._topics_of(norms, nxt)
        self._topic_memo = (norms, nxt, out)
        return list(out)

    def _topics_of(self, norms: list[str], nxt: Sentence | None) -> list[str]:
        toks = list(norms)
        if nxt is not None:
            lo = bisect_left(self.tok_starts, nxt.start)
            hi = bisect_left(self.tok_starts, nxt.end)
            toks += self.all_norms[lo:min(hi, lo + 40)]
        text = " " + " ".join(toks) + " "
        words = set(toks)
        lex = self.lex
        by_prefix: set[int] = set()
        cached = lex.topic_prefix_cache.get
        for w in words:
            got = cached(w)
            if got is None:
                got = lex.topic_prefix_hits(w)
            if got:
                by_prefix |= got
        out: list[str] = []
        for k, (tag, _, single, _) in enumerate(lex.topics):
            phrases = lex.topic_phrase_res[k]
            hit = (not words.isdisjoint(single) or (phrases is not None and phrases.search(text) is not None)
                   or k in by_prefix)
            if hit:
                out.append(tag)
        return out[:5]

    # ------------------------------------------------------------------ article level
    def _finish(self) -> list[Event]:
        expanded: list[_Draft] = []
        for d in self.drafts:
            if "pairs" in d.extra:
                # (a gathering of three frames nobody as the guest: it stays a meeting where it was held)
                expanded.extend(replace(d, source=[a], target=[b], extra={"gathering": True})
                                for a, b in d.extra["pairs"])
            elif "hosts" in d.extra:
                expanded.extend(replace(d, target=[a], location=pl, extra={}) for a, pl in d.extra["hosts"])
            else:
                expanded.append(d)
        drafts = [x for x in (_diplomatic(d, self._nonstate, self._domestic) for d in expanded) if x is not None]
        if self.denied:
            drafts = [d for d in drafts if not any(_is_denied(self.denied, _CLASS[d.type], a, b)
                                                   for a in d.source for b in d.target)]
        drafts = [_meeting_at_home(d) for d in drafts]
        drafts = _host_for_country(drafts)
        # (after it: a host named at the gathering's place is visited; the journey itself is not)
        drafts = [d for d in drafts if not (d.extra.get("to_attend") and all(a.kind == "country" for a in d.target))]
        # (after it: a visit another host of the country received is that host's, not the inviter's)
        drafts = _host_by_invitation(drafts)
        drafts = _countries_by_their_people(drafts)
        drafts = _dedupe(drafts)
        return [self._to_event(d) for d in drafts]

    def _to_event(self, d: _Draft) -> Event:
        codes = self.lex.types.get(d.type, {})
        cameo = codes.get("cameo", "")
        mode = codes.get("mode", "")
        plover = codes.get("plover", "CONSULT")
        if d.type == "visit" and d.host_frame:
            cameo, mode = codes.get("cameo_host", cameo), codes.get("mode_host", mode)
        if d.type == "meeting" and (d.summit or d.location is not None):
            cameo, mode = codes.get("cameo_third", cameo), codes.get("mode_third", mode)
        if d.type == "talks" and d.mediators:
            plover = codes.get("plover_mediated", plover)
        if d.status == "planned":
            plover = self.lex.planned_plover
        s = d.sentence
        return Event(type=d.type, status=d.status, source=tuple(d.source), target=tuple(d.target),  # type: ignore[arg-type]
                     evidence=s.text, confidence=round(d.confidence, 3), doc_id=self.article.doc_id,
                     part=self.article.part, mediators=tuple(d.mediators), first=d.first, last=d.last,
                     location=d.location, topics=tuple(d.topics), sentence_start=s.start, sentence_end=s.end,
                     trigger=d.trig_text, trigger_start=d.trig.start, trigger_end=d.trig.end, cameo=cameo,
                     plover_type=plover, plover_mode=mode,
                     extra={"family": d.family.id, "inherited_subject": d.inherited})


# ---------------------------------------------------------------------- helpers
# mention texts repeat across sentences and articles (names, clitics): their keys are cached
_nkey = lru_cache(maxsize=65536)(normalize_key)
_NEW_TUPLE = tuple.__new__
# "وذلك في/خلال ... اتصال": the prepositions that make a contact noun the occasion of a clause
_OCCASION_PREPS = frozenset({"في", "خلال", "اثناء", "لدي"})


class _ChunkTokens(dict[str, tuple[tuple[int, int, str, bool], ...]]):
    """A chunk of normalised text (see `split_chunks`) -> its tokens as (first, last offset in
    the chunk, text, punctuation?); filled on a miss, emptied when full."""

    def __missing__(self, chunk: str) -> tuple[tuple[int, int, str, bool], ...]:
        if len(self) >= 1 << 16:
            self.clear()
        v = tuple((m.start(), m.end() - 1, m.group(), m.lastindex == 2) for m in _TOKEN.finditer(chunk))
        self[chunk] = v
        return v


_CHUNK_TOKENS = _ChunkTokens()


def _tokenize_text(text: str, base: int = 0, norm: NormText | None = None) -> list[_Tok]:
    """The normalised tokens of `text` with their offsets in the original. Why not one regex
    scan of the text: Python's re costs ~0.25 us per token here. The normalised text is cut at
    its spaces (`split_chunks`: shared with timex, which cut the same article), a chunk that
    is all letters or digits is one token (most are), and the others are tokenised once and
    cached (`_CHUNK_TOKENS`: punctuation attached to words repeats). Same tokens (tests/extract
    check it against the regex scan)."""
    nt = norm if norm is not None else normalize(text)
    pieces, offs = split_chunks(nt.text)
    idx = nt.index
    out: list[_Tok] = []
    app = out.append
    cached = _CHUNK_TOKENS.__getitem__
    tok = _Tok
    for c, off in zip(pieces, offs, strict=True):
        if c.isalnum():  # exactly what \w+ matches in normalised text (it has no "_")
            app(_NEW_TUPLE(tok, (c, idx[off] + base, idx[off + len(c) - 1] + base + 1, False)))
        else:
            for first, last, w, punct in cached(c):
                app(_NEW_TUPLE(tok, (w, idx[off + first] + base, idx[off + last] + base + 1, punct)))
    return out


@lru_cache(maxsize=65536)
def _mention_clitic(mn: str, first: str) -> str:
    """The clitic a mention (normalised text `mn`) starting on the token `first` carries inside
    its own text (the KB kept "والرئيس" whole). Cached: the same names recur."""
    for p in ("وبال", "وال", "بال", "لل", "وب", "ول", "و", "ب", "ل"):
        if mn.startswith(p) and first.startswith(p) and len(mn) > len(p) + 2 and p != "وال":
            if p.endswith("ال"):
                return p[:-2]
            if mn[len(p):len(p) + 2] == "ال":
                return p
            return ""
    return ""


def _stem_of(lex: Lexicon, token: str, hit: Hit) -> str:
    for stem, pre, suf in lex.peel(token):
        # (the reading that names a form: "زيارتين" peels to "زيارت" + ين before "زياره" + ين)
        if pre == hit.proclitic and suf == hit.suffix and (stem in lex.forms or (hit.future and stem[1:] in lex.forms)):
            return stem[1:] if hit.future and stem[1:] in lex.forms else stem
    return token


def _agreed_on(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Is the contact noun at i what someone agreed on or decided: after على (and a masdar of
    holding: "على عقد لقاء"), with a verb of agreeing or deciding a few words before it ("اتفقا
    (خلاله) على اللقاء")?"""
    k = i - 1
    if k >= 1 and norms[k] in lex.words["agreed_masdars"]:
        k -= 1
    if k < 1 or norms[k] != "علي":
        return False
    return any(_strip_conj(n) in lex.words["plan_verbs"] for n in norms[max(0, k - 3):k])


def _airport_of(toks: list[_Tok], j: int) -> bool:
    """Is the place starting at token j that of an airport one goes to ("إلى مطار القاهرة"، "إلى مطار
    الملك عبدالعزيز الدولي في جدة"): "إلى/على مطار" a few words before it, in its clause?"""
    for k in range(j - 1, max(0, j - 7), -1):
        t = toks[k]
        if t.punct:
            return False
        if t.norm == "مطار":
            return toks[k - 1].norm in ("الي", "علي")
    return False


def lex_near(norms: list[str], i: int, w: int, words: frozenset[str]) -> bool:
    lo = max(0, i - w)
    for j in range(lo, min(len(norms), i + w + 1)):
        if j != i and norms[j] in words:
            return True
    # two-word excludes ("الى وقف")
    pairs = [x for x in words if " " in x]
    if pairs:
        text = " ".join(norms[lo:i + w + 1])
        return any(p in text for p in pairs)
    return False


def lex_suffix(lex: Lexicon, token: str) -> bool:
    """Does the support verb `token` carry an object pronoun (أجراها)?"""
    return any(suf in _PRONOUN_SUFFIXES and lex.support_role(stem) is not None for stem, _, suf in lex.peel(token))


def _strip_conj(w: str) -> str:
    return w[1:] if w.startswith(("و", "ف")) and len(w) > 4 else w


def _definite_noun_alone(c: _Cand) -> bool:
    return c.hit.aspect == "noun" and c.support is None and c.hit.proclitic.endswith("ال")


def _programme_noun(lex: Lexicon, norms: list[str], i: int) -> str | None:
    """Is the noun at i an item of a visit's programme ("وشمل برنامج الأحد أيضا لقاء مع Y": "programme";
    its subject is the visitor) or had by the one the text is about ("وكان له لقاء مع Y": "his")?"""
    if i >= 2 and norms[i - 1] in _POSSESSIVE_L and _in_conj(norms[i - 2], _BE_FORMS):
        return "his"
    prog = lex.words["programme_nouns"]
    for j in range(i - 1, max(-1, i - 5), -1):
        if norms[j] in _CLAUSE_PUNCT or norms[j] in ("،", ","):
            return None
        if _in_conj(norms[j], prog):
            # (not "ولم يتضمن برنامج الزيارة لقاء مع Y")
            return None if lex.has_phrase("negation", norms, j - 3, i) else "programme"
    return None


def _in_conj(w: str, words: frozenset[str]) -> bool:
    """Is `w` one of `words`, bare or after the conjunction و/ف?"""
    return w in words or (w[:1] in ("و", "ف") and w[1:] in words)


def _comma_pp(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Is the noun at i the object of a preposition that opens an aside after a comma ("، في اتصال
    هاتفي،"، "، خلال اتصال هاتفي")?"""
    return _after_pp(lex, norms, i) and (i >= 2 and norms[i - 2] in ("،", ",") or i >= 3 and norms[i - 3] in ("،", ","))


def _after_pp(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Is the noun at i the object of a preposition or adverb (خلال لقاء، في اتصال هاتفي)?"""
    for j in (i - 1, i - 2):
        if j >= 0 and norms[j] in lex.words["pp_heads"]:
            return True
    return False


# words that go on a clause after its subject ("وكان الرئيس قد تلقى"، "الملك في ..."، "الرئيس إن ...")
_CLAUSE_PARTICLES = frozenset({"في", "خلال", "على", "عن", "مع", "ان", "انه", "بان", "لدى", "امام", "حيث", "الذي",
                               "التي", "عند", "بعد", "قبل", "اثناء", "منذ", "هو", "لم", "لن", "سوف", "يوم"})
_OTHER_SIDE = frozenset({"مع", "بين", "الي", "لدي"})  # markers of the other party
_UPON_ARRIVAL = frozenset({"فور", "لدي", "عند", "اثر", "عقب", "بعيد", "بعد"})
# "قال X في مؤتمره الصحفي إن طهران لم تجلس مع Y": a complement clause is another clause; a
# trigger's parties do not reach into it
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "بان", "بانه"})
_FUNCTION = frozenset({"الي", "والي", "الا", "و", "ف", "ثم", "كان", "كانت", "وكان", "وكانت", "قد", "وقد", "لقد", "كما", "ايضا", "بدوره",
                       "بدورها", "من", "جهته", "جهتها", "ناحيته", "ناحيتها", "جانبه", "جانبها", "،", ","})


def _unknown_subject(lex: Lexicon, toks: list[_Tok], norms: list[str], left: int, head: int, i: int,
                     starts: set[int]) -> bool:
    """Is there a subject the knowledge base did not recognise ("وصل الأمير وليام إلى ...")?
    Then the omitted-subject rule must not guess one. `starts`: the tokens inside a party."""
    nxt = head + 1
    if nxt < len(toks) and nxt != i and nxt not in starts:
        w = norms[nxt]
        # (إلى normalises to الي: a preposition, not a name)
        if (w.startswith("ال") and w not in _FUNCTION and w not in lex.words["same_day"] and not _timeword(w)
                and not _title_run(lex, toks, norms, nxt, min((p for p in starts if p > nxt), default=nxt + 8))):
            return True  # (not "للقاء القائد العام للقوات المسلحة المشير X": a title before its holder)
    for j in range(head - 1, max(left, head - 3) - 1, -1):
        w = norms[j]
        if toks[j].punct and w in ("،", ","):
            break  # "وعلى هامش الاجتماع، التقى سموه X": an adverbial set off by a comma is no subject
        if w in _FUNCTION or toks[j].punct:
            continue
        # (not an adjective of the party after it: "بالعاصمة العمانية مسقط، والتقى")
        if w.startswith(("ال", "وال")) and j not in starts and not _timeword(w) and j + 1 not in starts:
            return True
    return False


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    from rasad.timex.lexicon import weekdays

    return frozenset(weekdays()) | load_lexicon().words["time_words"]


def _timeword(w: str) -> bool:
    return w in _time_words()


def _future_relative(norms: list[str], lo: int, hi: int) -> bool:
    """"اجتماع X مع Y الذي سيشارك فيه Z": a noun described by a relative clause in the future
    tells a contact still to come."""
    for j in range(lo, min(hi, len(norms) - 1)):
        if norms[j] in _RELATIVES:
            nxt = norms[j + 1]
            return len(nxt) > 3 and nxt[0] == "س" and nxt[1] in "يتن"
    return False


def _perfect_form(lex: Lexicon, w: str) -> bool:
    """A past-tense verb that begins like an imperfect (تلقى، تسلم، تباحث)."""
    sr = lex.support_role(w)
    if sr is not None:
        return not sr[1]
    hit = lex.lookup(w)
    return hit is not None and hit.aspect == "perfect"


def _possible(lex: Lexicon, norms: list[str], lo: int, hi: int) -> bool:
    lo = max(lo, 0)
    for j in range(lo, min(hi, len(norms))):
        w = norms[j]
        if w == "قد" or w == "وقد":
            nxt = norms[j + 1] if j + 1 < len(norms) else ""
            if nxt[:1] in ("ي", "ت", "ن") and not _perfect_form(lex, nxt):
                return True  # قد + imperfect: "may"; قد + perfect (قد تلقى، قد التقى): "has"
            continue
        if w in lex.words["possibility"]:
            return True
    for ph in lex.phrases["possibility"]:
        n = len(ph)
        for j in range(lo, min(hi, len(norms)) - n + 1):
            if tuple(norms[j:j + n]) == ph:
                return True
    return False


_OPEN_QUOTES = frozenset("«“")
_PAST_AUX = frozenset({"كان", "كانت", "كانا", "كانوا", "قد"})
_QUOTES = frozenset({"\"", "'", "«", "»", "“", "”"})
_POSSESSIVE_L = frozenset({"له", "لها", "لهما", "لهم"})
_TO_HIM = frozenset({"اليه", "اليها", "اليهما", "اليهم"})
_PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هما", "هم", "هن"})
_JOIN_VERBS = frozenset({"شارك", "نضم"})  # يشارك/سيشارك، ينضم (without the person prefix)
# words that join a contact to the visit told just before it ("وصل X إلى لندن حيث التقى Y")
_DURING = frozenset({"خلال", "اثناء", "وخلال", "واثناء"})
_CALL_NOUNS = frozenset({"الاتصال", "المكالمه", "المحادثه"})
_VISIT_NOUNS_DEF = frozenset({"الزياره", "زيارته", "زيارتها", "زيارتهم", "جولته"})
_VISIT_JOINERS = frozenset({"حيث", "ثم", "وثم"})
# verbs whose subject hosted a gathering ("استضاف الرئيس X قمة ثلاثية ضمت Y وZ"), normalised
_HOSTING_VERBS = frozenset({"استضاف", "استضافت", "يستضيف", "تستضيف", "احتضن", "احتضنت", "ترأس", "ترأست", "تراس", "تراست"})
# what opens a trip's next leg with no verb: "، ثم إلى أنقرة"، "ومنها إلى جدة"
_NEXT_LEG = frozenset({"ثم", "منها", "بعدها"})
_DURING_IT = frozenset({"خلالها", "خلاله", "اثناءها", "اثناءه"})
# a preposition carrying "him"/"her" ("طلب منه"، "قال له"، "تحدث معه")
_HIM_HER = frozenset({"منه", "منها", "له", "لها", "معه", "معها", "اليه", "اليها", "به", "بها", "عنه", "عنها"})
# a verb's own plural subject, right after it ("يصل عدد من القادة"، "شارك عشرات من الوزراء")
_QUANTITY = frozenset({"عدد", "عشرات", "مئات", "الاف", "بعض", "جميع", "معظم", "غالبيه", "مجموعه", "كثير"})
_DUAL_RELATIVES = frozenset({"اللذان", "اللذين", "اللتان", "اللتين"})
# "(طهران) التي التقى فيها Y": a relative clause's pronoun for its antecedent
_IN_IT = frozenset({"فيها", "فيه", "بها", "به"})
# "(الاجتماع) الذي سيشارك فيه X"، "الذي سينضم إليه X": the pronoun a joining verb's relative clause carries
_JOIN_IT = frozenset({"فيه", "فيها", "اليه", "اليها"})
_RESUMPTIVE = frozenset({"بها", "به", "بهما", "بهم"})
# "لدى استقباله": upon, while (a reception told as the occasion of the sentence's contact)
_UPON = frozenset({"لدى", "ولدى", "عند", "وعند", "خلال", "وخلال", "اثناء", "واثناء", "فور"})
_DURING_PRONOUNS = frozenset({"خلالها", "خلاله", "اثناءها", "اثناءه"})
_HE_THAT = frozenset({"انه", "انها", "بانه", "بانها"})
# "حيث التقى Y"، "إذ التقى Y"، "حين التقى Y": a clause that goes on about the one already told
_GOES_ON = frozenset({"حيث", "اذ", "حين", "عندما"})
# "غداة لقائه"، "عشية زيارته": the morrow and the eve of a contact, in days from the clause's day
_EVE_SHIFT = {"غداه": -1, "عشيه": 1}
_BE_FORMS = frozenset({"كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "كانا"})
_CALL_ADVERBS = frozenset({"هاتفيا", "هاتفي", "الهاتفي"})  # "أجرى اتصالا هاتفيا بعون": the one called next
_TIME_BEFORE_THAT = frozenset({"قبل", "بعد", "عقب", "اثر", "اثناء", "خلال", "اعقاب"})  # "قبل ذلك": an adverbial
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def _title_run(lex: Lexicon, toks: list[_Tok], norms: list[str], lo: int, hi: int) -> bool:
    """Do the tokens [lo, hi) read as a title the knowledge base did not join to the name after
    them ("القائد العام للقوات المسلحة المشير")? They open with a title word and hold no
    punctuation, preposition or trigger."""
    if hi - lo > 7 or hi <= lo or norms[lo] not in lex.words["title_words"]:
        return False
    # ("الوزير المسؤول عن الشؤون الخارجية X": "responsible for" is inside the title)
    return not any(toks[k].punct or (norms[k] in _PREPOSITIONS and not (norms[k] == "عن" and norms[k - 1] in _IN_CHARGE))
                   or lex.lookup(norms[k]) is not None for k in range(lo, hi))


_PREPOSITIONS = frozenset({"في", "مع", "الي", "من", "علي", "عن", "بين", "لدي", "حول", "خلال", "بعد", "قبل"})
_IN_CHARGE = frozenset({"المسوول", "المسووله", "مسوول", "مسووله"})  # (normalised: ؤ -> و)


_INVITATION_NOUNS = ("دعوه", "الدعوه")


def _invited_by(sources: list[Actor], drafts: list[_Draft]) -> bool:
    """Is there already an invitation from these senders among `drafts` (a message carrying one
    is that invitation only once)?"""
    keys = {_akey(a) for a in sources}
    return any(e.type == "invitation" and {_akey(a) for a in e.source} == keys for e in drafts)


_TRILATERAL = frozenset({"ثلاثي", "ثلاثيا", "ثلاثيه", "الثلاثي", "الثلاثيه"})
_EACH = frozenset({"كل", "وكل", "كلا", "وكلا", "بكل", "لكل"})
_THEM = {"منهما": 2, "منهم": 3}  # "كلا منهما"، "كل منهم": each of the two, of them (three or more)


def _each_marker(toks: list[_Tok], j: int, not_actor_markers: frozenset[str]) -> str | None:
    """The marker of the persons after "كل من" (من at j): "بعث كل من X وY" (each of) has none; the
    preposition before كل, or on it, is the marker ("إلى كل من X وY"، "جمع X بكل من Y وZ")."""
    each = toks[j - 1].norm
    if each in ("بكل", "لكل"):
        return each[0]
    before = toks[j - 2].norm if j >= 2 else ""
    return (before if before in ("مع", "الي", "بين", "علي", "لدي")
            else "x" if before in not_actor_markers else None)


def _among_marker(toks: list[_Tok], j: int, numbers: frozenset[str]) -> str | None:
    """The marker of the number a list after "بينهم" (at j) is drawn from: "بعدد من القادة" -> ب,
    "من عدد من قادة الدول" -> من, "مع عدة مسؤولين" -> مع; None when no such number precedes in
    the sentence."""
    for k in range(j - 1, max(-1, j - 30), -1):
        t = toks[k]
        if t.punct and t.norm in _CLAUSE_PUNCT:
            return None
        w = t.norm
        if w[:1] in ("ب", "ل") and w[1:] in numbers:
            return w[:1]
        if w in numbers and k >= 1 and toks[k - 1].norm in ("مع", "الي", "من", "بين"):
            return toks[k - 1].norm
    return None


def _parenthetical_relative(toks: list[_Tok], norms: list[str], head: int) -> int | None:
    """The comma before "، الذي ..." when the verb at `head` follows the relative clause's closing
    comma ("X، الذي التقى أمس Y، يصل إلى Z"), else None."""
    # (or before قد: "وكان خان، نجم الكريكيت السابق الذي أدى اليمين، قد تلقى")
    # (or before the preposition of "في استقبال"، "في مقدمة مستقبلي": "وكان X، الذي ...، في استقبال Y")
    if head >= 2 and norms[head - 1] in ("قد", "في"):
        close = head - 2
    elif head >= 3 and norms[head - 2] in ("في", "علي") and norms[head - 1] in ("مقدمه", "راس"):
        close = head - 3
    else:
        close = head - 1
    if close < 3 or norms[close] not in ("،", ","):
        return None
    rel = False
    for j in range(close - 1, max(0, close - 23), -1):
        t = toks[j]
        if norms[j] in _RELATIVES:
            rel = True
            if j >= 1 and norms[j - 1] in ("،", ","):
                return j - 1
        elif t.punct and t.norm not in ('"',):
            # "X، نجم الكريكيت السابق الذي ...،": an apposition that ends in a relative clause
            return j if rel and t.norm in ("،", ",") else None
    return None


def _left_bound(lex: Lexicon, toks: list[_Tok], norms: list[str], head: int, sx: _SentIndex,
                verb: bool = False) -> int:
    trig_idx = sx.trig_set
    cov = sx.covered()
    steps = 0
    j = head - 1
    while j >= 0:
        t = toks[j]
        if t.punct and t.norm in _CLAUSE_PUNCT:
            return j + 1
        # a quotation opens a new clause: the speaker before it is not a party
        # ('وقال X "استقبلنا Y"'); a plain " opens when an even number of them precede it
        if t.punct and (t.norm in _OPEN_QUOTES or (t.norm == '"' and sx.quotes_before(j) % 2 == 0)):
            # ('إن القوات الأمريكية "ستغادر العراق"': a quote that opens on the predicate after its
            # subject, with no speaker just before it, leaves the subject in the clause; not a
            # quoted name: 'شارك X في "قمة النقب"')
            if not (verb and j == head - 1 and j >= 1 and not toks[j - 1].punct
                    and not any(n in lex.words["reporting_verbs"] or (n[:1] in "وف" and n[1:] in lex.words["reporting_verbs"])
                                for n in norms[max(0, j - 4):j])):
                return j + 1
        w = norms[j]
        if (w in lex.words["boundaries"] or w in lex.words["left_boundaries"] or _agency(lex, toks, j)) \
                and j not in cov:
            return j + 1  # (not the بأن inside a name: "بان كي مون")
        if j in trig_idx:
            if not verb and head >= 1 and norms[head - 1] in _IN_A and _discussion_verb(lex, norms[j]):
                # "وكان X قد بحث التصعيد في اتصال هاتفي مع Y": the contact noun after في is the adverbial
                # of the verb of discussing; its subject is the verb's
                j -= 1
                continue
            return j + 1
        if j not in cov:
            steps += 1
            if steps > 14:
                # (a party's words do not count: "وكان الأمير X بن Y ولي ولي العهد النائب الثاني لرئيس
                # مجلس الوزراء وزير الدفاع قد ترأس")
                return j + 1
        j -= 1
    return 0


def _soon(lex: Lexicon, norms: list[str], lo: int, hi: int) -> bool:
    """Is there an "in a few days" phrase (`planned_soon`) in norms[lo:hi] that is no "days after"
    ("بعد أيام من زيارته": the phrase followed by a word of `soon_not_before`)?"""
    phrases = lex.phrases["planned_soon"]
    if {ph[0] for ph in phrases}.isdisjoint(norms[max(lo, 0):hi]):
        return False
    stop = lex.words["soon_not_before"]
    for ph in phrases:
        n = len(ph)
        for j in range(max(lo, 0), min(hi, len(norms)) - n + 1):
            if tuple(norms[j:j + n]) == ph and not (j + n < len(norms) and norms[j + n] in stop):
                return True
    return False


def _discussion_verb(lex: Lexicon, w: str) -> bool:
    """Is the token a verb of discussing (بحث، ناقش، تباحث: the weak meeting verbs), whose object is a
    subject matter and whose adverbial may name the contact ("بحث X الأزمة في اتصال مع Y")?"""
    return any(f.weak and a != "noun" for f, a in lex.forms.get(_strip_conj(w), ()))


def _agency(lex: Lexicon, toks: list[_Tok], j: int) -> bool:
    """Is token j a wire agency's name that is also a common word, set off as a dateline's
    agency ("/العُمانية/"، "(ومع)"、"- وطنية -")?"""
    if toks[j].norm not in lex.words["agency_names"]:
        return False
    return ((j > 0 and toks[j - 1].norm in _AGENCY_MARKS) or (j + 1 < len(toks) and toks[j + 1].norm in _AGENCY_MARKS)
            or j == 0)


_AGENCY_MARKS = frozenset({"/", "(", ")", "-", ":", "–", "—"})


def _noun_of(lex: Lexicon, w: str, types: tuple[str, ...]) -> bool:
    """Does the token read as a trigger noun of one of these event types (زيارة، جولة: visit)?"""
    lk = lex.lookup(w)
    return lk is not None and lk.aspect == "noun" and lk.family.type in types


def _upon_arrival_at(norms: list[str], j: int) -> bool:
    """Is token j the noun of "لدى وصوله"، "فور وصولها"، "بعد وصولهم" (upon his arrival): an adverbial of
    the clause, not a contact of its own?"""
    return j >= 1 and norms[j - 1] in _UPON_ARRIVAL and norms[j].endswith(("ه", "ها", "هم", "هما"))


_IN_A = frozenset({"في", "خلال"})


def _right_bound(lex: Lexicon, toks: list[_Tok], norms: list[str], i: int, trig_idx: frozenset[int],
                 fam: Family, sx: _SentIndex | None = None, verb: bool = False) -> int:
    j = i + 1
    # the reach counts the words that are neither a party's nor a title's: a Gulf host's chain of
    # offices ("نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي") does not use it up
    steps = 0
    cov = sx.covered() if sx is not None else frozenset()
    titles = lex.words["title_words"]
    while j < len(toks):
        t = toks[j]
        if t.punct and t.norm in _CLAUSE_PUNCT:
            return j
        w = norms[j]
        if (w in lex.words["boundaries"] and not (w == "ذلك" and norms[j - 1] in _TIME_BEFORE_THAT)) or _agency(
                lex, toks, j) or (w in _COMPLEMENTIZERS and (sx is None or j not in sx.covered())):
            # (not the إن inside a name: "مون جيه إن"; not "التقى قبل ذلك X": before that is an adverbial)
            return j
        if j in trig_idx and not _upon_arrival_at(norms, j) and not (
                j == i + 2 and norms[i + 1] in _IN_A and _noun_of(lex, w, ("meeting", "talks"))):
            # (not "التقى فور وصوله X"، "وكان في استقباله لدى وصوله X": upon his arrival is an adverbial
            # of the clause; nor "كما التقى في لقاء منفصل X": the verb's own meeting, told again)
            return j
        if fam.scope_end_needs and w in fam.needs:
            return j
        if not (j in cov or w in titles or t.punct):
            steps += 1
        if steps > _RIGHT_REACH:
            # (not in the middle of a party: "... ووزير الخارجية الإسباني، جوزيب بوريل")
            while j < len(toks) and j in cov:
                j += 1
            return j
        j += 1
    return len(toks)


def _is_needed_word(fam: Family, n: str) -> bool:
    """Is `n` one of the words a `needs_before` family needs, bare or with a proclitic ("بجولة")?"""
    return n in fam.needs_before or (n[:1] in ("ب", "و", "ف", "ل") and n[1:] in fam.needs_before)


def _needed_noun(fam: Family, norms: list[str], i: int, stop: int) -> int | None:
    """The nearest token before `i` (down to, not including, `stop`) that is a word the family
    needs, with any one-letter proclitic ("القمة التي تجمع"، "بجولة تشمل")."""
    return next((k for k in range(i - 1, stop, -1)
                 if norms[k] in fam.needs_before or norms[k][1:] in fam.needs_before), None)


def _comma_relatives(toks: list[_Tok], norms: list[str], lo: int, hi: int,
                     openers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans (first, last token) of the relative clauses inside [lo, hi) set off by commas on both
    sides: "X، الذي يرافق الرئيس، ..." gives the span from the first comma to the second; with
    `openers`, also the asides that open with one of those words ("، خلال اتصال هاتفي، ")."""
    out: list[tuple[int, int]] = []
    for a in range(max(lo, 0), hi - 1):
        if norms[a] in ("،", ",") and (norms[a + 1] in _RELATIVES or norms[a + 1] in openers):
            for b in range(a + 2, min(hi, a + 14)):
                if toks[b].punct and toks[b].norm in _CLAUSE_PUNCT:
                    break
                if norms[b] in ("،", ","):
                    out.append((a, b))
                    break
    return out


def _drop_reversed_visits(made: list[_Draft], lex: Lexicon) -> list[_Draft]:
    """"استقبل الملك فخامته لدى وصوله، في أول زيارة خارجية للرئيس اللبناني": a visit noun read the other
    way round beside a host's reception of the same two in one sentence is that reception; the host
    verb tells who travelled."""
    hosted = {(tuple(_akey(a) for a in d.source), tuple(_akey(a) for a in d.target))
              for d in made if d.type == "visit" and d.host_frame}
    if not hosted:
        return made
    return [d for d in made if not (d.type == "visit" and not d.host_frame and (
        tuple(_akey(a) for a in d.target), tuple(_akey(a) for a in d.source)) in hosted
        and (h := lex.lookup(d.trig.norm)) is not None and h.aspect == "noun")]


def _drop_own_legs(made: list[_Draft], toks: list[_Tok], norms: list[str], parties: list[_Party]) -> None:
    """"تشمل الجولة اليابان، حيث يلتقي Y، والصين، حيث يستقبله Z": a country coordinated after the person
    met at one stop, set off by commas and followed by حيث, is the next stop (its own contact follows
    حيث), not one more party of the meeting before it."""
    for k, p in enumerate(parties):
        a = p.actor
        before = parties[k - 1].actor if k else None
        if (a is None or a.kind != "country" or not p.conj or before is None or before.kind != "person"
                or p.first < 1 or toks[p.first - 1].norm not in ("،", ",")):
            continue
        nxt = p.last + 1
        if nxt < len(norms) and norms[nxt] in ("،", ","):
            nxt += 1
        if nxt >= len(norms) or _strip_conj(norms[nxt]) != "حيث":
            continue
        for d in made:
            if a in d.target and any(b.kind == "person" for b in d.target if b != a) and d.trig.start < toks[p.first].start:
                d.target = [b for b in d.target if b != a]


def _groups(parties: list[_Party], lo: int, hi: int, lex: Lexicon) -> list[_Group]:
    """Parties inside tokens [lo, hi) grouped by coordination; each group keeps its marker.
    `parties` may be all of the sentence's or (`_SentIndex.span`) just those starting in [lo, hi)."""
    out: list[_Group] = []
    prev: _Party | None = None
    for p in parties:
        if p.first < lo or p.last >= hi:
            continue
        if prev is not None and out and (p.marker is None or (p.marker == out[-1].marker and p.conj)) \
                and (p.lead if p.lead >= 0 else p.first) - max(prev.last, prev.tail) <= 2 and p.conj:
            g = out[-1]
            if (g.marker == "x" and len(out) >= 2 and p.marker is None and p.actor is not None
                    and p.actor.kind == "person" and all(q.actor is None for q in g.parties)
                    and out[-2].parties[-1].actor is not None and out[-2].parties[-1].actor.kind == "person"):
                # "التقى X في عين التينة، ووزير الخارجية Y في قصر بسترس": a person coordinated after
                # the place of the one before joins that one's group, not the place's
                g = out[-2]
            g.parties.append(p)
        else:
            out.append(_Group([p], p.marker))
        prev = p
    return [g for g in out if g.marker != "x"]


_CARRY_HEADS = frozenset({"مبعوث", "المبعوث", "ممثل", "مستشار", "سفير", "مساعد"})


def _carry_marker(parties: list[_Party], toks: list[_Tok], lex: Lexicon) -> None:
    """'مع مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد': the marker before a
    title head the KB did not read belongs to the named person the title ends with; the
    mentions inside the title (the sender, the country of posting) are not parties."""
    for k, p in enumerate(parties):
        j = p.first - 1
        if p.marker is not None or p.conj or j < 1 or toks[j].norm not in _CARRY_HEADS:
            continue
        marker = toks[j - 1].norm
        if marker not in ("مع", "الي", "من", "علي", "لدي", "بين"):
            continue
        # islice, not parties[k + 1:]: a copy of the rest per title head was quadratic
        for qk, q in enumerate(islice(parties, k + 1, None), k + 1):
            if q.first - p.last > 10 or any(t.norm in _CLAUSE_PUNCT or t.norm in lex.words["boundaries"]
                                              for t in toks[p.first:q.first]):
                break
            if q.actor is not None and q.actor.kind == "person" and q.actor.name_en and not q.conj:
                for r in parties[k:qk]:
                    r.marker = "x"
                q.marker = marker
                break


_NOT_IN_TITLE = frozenset({"مع", "الي", "من", "بين", "علي", "لدي", "في", "عن"})


def _relation_genitives(parties: list[_Party], toks: list[_Tok], lex: Lexicon) -> None:
    """"وكان صهر الرئيس الأميركي وكبير مستشاريه جاريد كوشنر قد التقى": a person after a relation
    noun (cues relation_heads) is its genitive; the person the title goes on to name is the party,
    with the genitive's marker and place in the clause."""
    heads = lex.words["relation_heads"]
    for k, p in enumerate(parties):
        a = p.actor
        if a is None or a.kind != "person" or p.first < 1 or p.marker == "x":
            continue
        if _strip_conj(toks[p.first - 1].norm) not in heads:
            continue
        named = None
        for qk in range(k + 1, min(len(parties), k + 4)):
            q = parties[qk]
            between = toks[p.last + 1:q.first]
            if len(between) > 6 or any(t.punct or t.norm in _NOT_IN_TITLE or lex.lookup(t.norm) is not None
                                       for t in between):
                break
            if q.actor is not None and q.actor.kind == "person" and q.actor.name_en and q.actor != a:
                named = qk
                break
        if named is not None:
            q = parties[named]
            q.marker, q.conj, q.lead = p.marker, p.conj, p.lead
            for r in parties[k:named]:
                r.marker = "x"
        else:
            # "والتقى X نجل الرئيس الأميركي": someone the knowledge base does not know, not the president
            p.marker = "x"


def _drop_places(groups: list[_Group]) -> list[_Group]:
    out = []
    for g in groups:
        ps = [p for p in g.parties if p.actor is not None]
        if ps:
            out.append(_Group(ps, g.marker))
    return out


def _has_party(g: _Group) -> bool:
    return any(p.actor is not None or p.place is not None for p in g.parties)


# a preposition with a pronoun right after a contact verb -> the preposition (a family marker)
_PREP_PRONOUNS = {"به": "ب", "بها": "ب", "بهما": "ب", "معه": "مع", "معها": "مع", "معهما": "مع",
                  "اليه": "الي", "اليها": "الي", "اليهما": "الي"}
# contact verbs whose object pronoun (هاتفه، التقاه، استقبله، دعاه) is the actor the text is about
_PRONOUN_OBJECT_TYPES = frozenset(("visit", "call", "meeting", "invitation"))


# words that end a name-and-titles run: "الفريق أول ركن عبد الفتاح عبد الرحمن البرهان" is one
# person named twice, "البرهان ... مع البرهان" is not
_GAP_BREAKS = frozenset(("مع", "الي", "من", "بين", "علي", "لدي", "في", "،", ",", "و", "ثم", "بعد", "قبل"))
# (a short gap may hold a comma or و, never a preposition: "X وزير الخارجية اليوم اتصالا مع X")
_GAP_BREAK_WORDS = (_GAP_BREAKS - {"،", ",", "و"}) | _DURING_PRONOUNS  # ("X، أعلن خلاله X": a clause of its own)


def _merge_apposition(parties: list[_Party], toks: list[_Tok], titles: frozenset[str] = frozenset(),
                      sides: frozenset[str] = frozenset(), epithets: frozenset[str] = frozenset(),
                      is_trigger: Callable[[str], bool] | None = None,
                      plural_heads: frozenset[str] = frozenset(), address: frozenset[str] = frozenset()
                      ) -> list[_Party]:
    """'الرئيس الأمريكي، دونالد ترامب' is one party: keep the named person."""
    out: list[_Party] = []
    for p in parties:
        if out:
            q = out[-1]
            gap = [t.norm for t in toks[q.last + 1:p.first]]
            if ((not gap or (len(gap) == 1 and gap[0] in ("،", ",") and not p.conj))
                    and q.actor is not None and q.actor.kind == "organization" and p.actor is not None
                    and p.actor.kind == "person" and p.actor.name_en and q.first > 0
                    and toks[_before_so_called(toks, q.first)].norm in titles):
                # (also with a comma before the name: "رئيس مفوضية الاتحاد الإفريقي، موسى فقي محمد")
                # "رئيس مفوضية الاتحاد الأفريقي موسى فكي": the organisation is inside the person's title
                # (whose و, read before the title, is the person's: "ورئيس مفوضية الاتحاد الأفريقي X")
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj or p.conj,
                                 q.lead if q.conj or not p.conj else p.lead)
                continue
            if (not gap and q.actor is not None and p.actor is not None and q.actor.kind == "group"
                    and p.actor.kind == "person" and p.actor.name_en and p.actor.country == q.actor.country
                    and not p.conj and q.first > 0 and _strip_conj(toks[q.first - 1].norm) in titles):
                # "رئيس الوفد الروسي ميخائيل أوليانوف": the delegation is inside its head's title
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj, q.lead)
                continue
            if (not gap and q.actor is not None and p.actor is not None and q.actor.kind == "country"
                    and p.actor.kind == "person" and p.actor.name_en and p.actor.country == q.actor.country
                    and not p.conj and q.mention.via == "name" and q.first > 0 and q.marker == p.marker
                    and any(_strip_conj(t.norm) in titles for t in toks[max(0, q.first - 3):q.first])):
                # "من رئيس إقليم كردستان العراق مسعود بارزاني": the country ends a title the knowledge
                # base did not read, right before its holder's name
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj, q.lead)
                continue
            if (gap and len(gap) <= 2 and all(g in epithets for g in gap) and q.actor is not None
                    and p.actor is not None and q.actor.kind == "country" and p.actor.kind == "person"
                    and p.actor.country == q.actor.country and not p.conj and q.first > 0
                    and any(_strip_conj(t.norm) in titles for t in toks[max(0, q.first - 3):q.first])):
                # "رئيس وزراء جمهورية باكستان الإسلامية عمران خان": the country's long name inside the
                # person's title
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj, q.lead)
                continue
            only_punct = all(g in ("،", ",", "-", "(", ")", "\"") for g in gap) and not p.conj
            if (q.actor is not None and p.actor is not None and q.actor.id == p.actor.id and not p.conj
                    and ((len(gap) <= 4 and not any(g in _GAP_BREAK_WORDS for g in gap))
                         or (len(gap) <= 9 and not any(g in _GAP_BREAKS for g in gap)))
                    and not any(g in (".", "؛", ";", ":") for g in gap)
                    # (not across a contact verb: "الرئيس الأسد يستقبل ... استقبل الرئيس بشار الأسد")
                    and not (is_trigger is not None and len(gap) > 1 and any(is_trigger(g) for g in gap))):
                # "الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد ... وزير الدفاع": the same person
                # named and then given his titles is one party
                out[-1] = _Party(q.actor, None, q.first, p.last, q.marker, q.mention, q.conj, q.lead)
                continue
            if (gap and q.actor is not None and p.actor is not None and q.actor.kind == "country"
                    and q.marker in ("ل", None) and p.actor.kind == "person" and p.actor.country == q.actor.country
                    and not p.conj and gap[0] in ("،", ",") and len(gap) <= 3
                    and all(g in ("،", ",", "-") or g in titles or g in address for g in gap)
                    and q.first > 0 and not toks[q.first - 1].punct
                    and (q.marker == "ل" or toks[q.first - 1].norm.startswith("ل"))):
                # "وزير الشؤون الخارجية لفدرالية روسيا، السيد سيرغي لافروف": the country is the
                # genitive of an unread title, the person after the comma its holder
                out[-1] = _Party(p.actor, None, q.first, p.last, None, p.mention, q.conj)
                continue
            if (((only_punct and gap)
                 # "قائد الإدارة السورية الجديدة، أحمد الشرع": an adjective of the title, then the comma
                 or (len(gap) >= 2 and not p.conj and gap[-1] in ("،", ",")
                     and all(g in epithets or g in ("،", ",", "-") for g in gap))
                 or (not gap and q.mention.via == "metonym" and q.last > q.first
                                and _strip_conj(toks[q.first].norm) not in sides)) and q.actor is not None
                    and p.actor is not None and q.actor.kind == "country" and q.mention.via in ("metonym", "nisba")
                    and p.actor.kind == "person" and p.actor.country == q.actor.country):
                # (or right before the name: "وزيرا الخارجية الأميركي جون كيري والروسي X")
                # "وزير أوروبا والشؤون الخارجية للجمهورية الفرنسية، السيد X": the institution inside
                # an unread title, then the person who holds it
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj)
                continue
            if (not gap and q.actor is not None and p.actor is not None and q.actor.kind == "country"
                    and p.actor.kind == "person" and p.actor.name_en and p.actor.country == q.actor.country
                    and not p.conj and q.mention.via == "name" and (q.conj or any(_strip_conj(t.norm) in plural_heads
                                                      for t in toks[max(0, q.first - 2):q.first]))):
                # "وزراء خارجية تركيا X، وروسيا Y، وأوكرانيا Z": a plural title shared out among
                # countries, each followed by its holder
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj, q.lead)
                continue
            if (q.actor is not None and p.actor is not None and q.actor.id.startswith("rasad:role:")
                    and not q.actor.name_en and p.actor.kind == "person" and p.actor.name_en and not p.conj
                    and q.actor.country is not None and p.actor.country == q.actor.country
                    and 2 <= len(gap) <= 8 and gap[-1] in ("،", ",")
                    and not any(g in _GAP_BREAK_WORDS or g in (".", "؛", ";", ":") for g in gap[:-1])
                    and gap.count("،") + gap.count(",") == 1
                    # (a contact noun with ل is the title's: "المبعوث الخاص للمفاوضات الدولية")
                    and not (is_trigger is not None and any(is_trigger(g) and g[:1] != "ل" for g in gap))):
                # "والمبعوث الأمريكي الخاص للمفاوضات الدولية، جيسون غرينبلات": an office the knowledge
                # base read only in part, the rest of its title, a comma and its holder
                out[-1] = _Party(p.actor, None, q.first, p.last, q.marker, p.mention, q.conj, q.lead)
                continue
            if only_punct and q.actor is not None and p.actor is not None and _same_or_apposed(q.actor, p.actor):
                keep = p.actor if (p.actor.name_en and p.actor.kind == "person") or not q.actor.name_en else q.actor
                out[-1] = _Party(keep, None, q.first, p.last, q.marker, q.mention, q.conj)
                continue
        out.append(p)
    return out


# "وكان/وكانت" open a new clause for the parties' scope, not for the cues that govern a trigger: "الزيارة
# أُلغيت ...، وكان من المقرر أن يلتقي خلالها X" (the cancellation governs the planned meeting)
_KANA = frozenset({"وكان", "وكانت"})
_LED_BY = frozenset({"برياسه", "بقياده", "يتراسه", "يراسه", "يقوده", "ويتراسه", "ويقوده"})  # (normalised: ئ -> ي, أ -> ا)
_SO_CALLED = frozenset({"ما", "يسمي", "تسمي", "بما", "المسمي", "المسماه", "يعرف", "تعرف", "\"", "«", "'", "“"})


def _before_so_called(toks: list[_Tok], k: int) -> int:
    """The token before k, skipping "ما يسمى" and quotes: "رئيس ما يسمى "المجلس السياسي الأعلى"
    التابع للحوثيين X" has its title word before them."""
    j = k - 1
    while j > 0 and k - j <= 4 and toks[j].norm in _SO_CALLED:
        j -= 1
    return max(j, 0)


def _same_or_apposed(a: Actor, b: Actor) -> bool:
    if a.id == b.id:
        return True
    if a.kind == "person" and b.kind == "person":
        if not a.name_en or not b.name_en:
            return not (a.country and b.country and a.country != b.country)
        return False
    return False


def _dual_pair_before(parties: list[_Party], i: int) -> tuple[Actor, Actor] | None:
    """The last two persons of two countries named before token i, when just two are."""
    persons = _uniq([p.actor for p in parties if p.last < i and p.marker != "x" and p.actor is not None
                     and p.actor.kind == "person"])
    if len(persons) != 2 or not persons[0].country or persons[0].country == persons[1].country:
        return None
    return persons[0], persons[1]


def _construct_head(w: str, heads: frozenset[str]) -> bool:
    """Is the word a head a name after it belongs to ("فندق"، "منتخب"), also with its preposition or
    و ("بمطار"، "ومؤسسة")?"""
    return w in heads or (w[:1] in ("ب", "ل", "و") and w[1:] in heads)


def _keys_in_order(actors: list[Actor]) -> list[str]:
    """The actors' keys once each, in the text's order: what a search over them finds first must not
    depend on the interpreter's string hashing (a set's order changes from run to run)."""
    return list(dict.fromkeys(_akey(a) for a in actors))


def _with_parties(out: list[_Party], added: list[_Party]) -> list[_Party]:
    """The sentence's parties with those an anaphor stands for, in token order (a coordinated one after
    the one it joins)."""
    return sorted(out + added, key=lambda p: (p.first, p.conj)) if added else out


def _subject_side(d: _Draft) -> list[Actor]:
    """The side of a contact that is its clause's subject, whom an omitted subject next goes on with:
    the host of a reception, the recipient of "تلقى X اتصالا من Y", the carrier of a message ("سلم X
    رسالة من Y إلى Z"), the recipient when the carrier is unnamed ("الذي سلمه رسالة من Y"); else the
    source."""
    if "carrier" in d.extra:
        return list(d.extra["carrier"])
    if "sent_by" in d.extra:
        return list(d.extra["sent_by"] or d.target)
    return list(d.target if d.host_frame or d.subj_target else d.source)


def _gap_words(toks: list[_Tok], norms: list[str], a: int, b: int) -> int:
    """The words strictly between tokens a and b, not counting punctuation and time words."""
    return sum(1 for k in range(a + 1, b) if not toks[k].punct and not _timeword(_strip_conj(norms[k])))


def _dual_verb(c: _Cand, w: str) -> bool:
    """Is the trigger a dual verb with no support verb ("التقيا"، "يلتقيان")? It carries its subject."""
    return c.hit.aspect != "noun" and c.support is None and _strip_conj(w).endswith(("يا", "يان")) and len(w) > 4


def _delegation_of(a: Actor) -> Actor:
    """The delegation of a country ("وفد إيراني"، "الوفدين الروسي والأوكراني")."""
    return Actor(id=f"rasad:group:delegation:{a.id}", name_en=f"Delegation of {a.name_en}" if a.name_en else None,
                 name_ar=None, kind="group", country=a.country or None)


def _definite_stem(w: str) -> str:
    """The definite noun without a leading و/ف/ب/ل ("والمسؤول" -> "المسؤول"، "للمسؤول" -> "المسؤول")."""
    if w.startswith(("وال", "فال", "بال")):
        return w[1:]
    if w.startswith(("ولل", "فلل")):
        return "ال" + w[3:]
    if w.startswith("لل"):
        return "ال" + w[2:]
    return w


def _heads_side(norms: list[str], k: int, side_heads: frozenset[str]) -> bool:
    """"وفد (رفيع المستوى) برئاسة X": the noun cue at `k` follows a delegation or side; not
    "حكومة الوفاق برئاسة X" or "اجتماع برئاسة X" (who heads a government or chairs a meeting)."""
    return any(_strip_conj(n) in side_heads or n.startswith(("وفد", "الوفد", "ووفد"))
               for n in norms[max(0, k - 4):k])


def _by_heads(actors: list[Actor], heads: dict[str, Actor]) -> list[Actor]:
    """A country, or a group of one country (its delegation, its side), replaced by the person
    who heads it (the text names him), when he is not a party already."""
    have = {_akey(a) for a in actors}
    out = []
    for a in actors:
        h = heads.get(a.country or "") if a.kind in ("country", "group") else None
        if h is not None and _akey(h) not in have:
            have.add(_akey(h))
            out.append(h)
        else:
            out.append(a)
    return out


def _overlaps(covered: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Does [s, e) overlap one of the sorted, non-overlapping spans `covered` (`starts` their starts)?"""
    k = bisect_left(starts, s)
    return (k < len(covered) and covered[k][0] < e) or (k > 0 and covered[k - 1][1] > s)


def _excluding(actors: list[Actor], others: list[Actor]) -> list[Actor]:
    """`actors` but those among `others` (by _akey)."""
    keys = {_akey(b) for b in others}
    return [a for a in actors if _akey(a) not in keys]


def _uniq(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        k = _akey(a)
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def _is_denied(denied: set[tuple[str, str, str]], cls: str, a: Actor, b: Actor) -> bool:
    """Whether the contact of a and b was denied or cancelled elsewhere in the article. `denied`
    holds the `_akey`s of the parties of each denied contact and, marked "~", their countries. The
    same parties are denied; so is a person's contact with a party the denial told only as its
    country ("نفى زيارة عون للرياض" also denies his meeting with the king told as a rumour), and a
    contact told only as a country's ("نفى أن يكون بوريطة التقى نتنياهو ... وذكرت أن نتنياهو سيزور
    المغرب"). A denial naming two persons ("نفى لقاء بين عون ورئيس الاستخبارات السعودية") leaves the
    meeting with the king the article reports."""
    xs, ys = {_akey(a), f"country:{a.country}"}, {_akey(b), f"country:{b.country}"}
    if any((cls, x, y) in denied or (cls, y, x) in denied for x in xs for y in ys):
        return True
    if a.kind != "country" and b.kind != "country":
        return False
    x, y = f"~{a.country}", f"~{b.country}"
    return (cls, x, y) in denied or (cls, y, x) in denied


def _akey(a: Actor) -> str:
    if a.kind == "country":
        return f"country:{a.country}"
    return a.id or f"{a.kind}:{a.name_en}:{a.country}"


def _clean_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """Sorted, without mentions nested in a longer one."""
    ms = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if m.kind not in _ACTOR_KINDS and m.kind != "place":
            continue
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# "الرئيس الجزائري المنتخب": the office's next holder
_ELECT = re.compile(r"\s+(?:ال)?منتخب[ةه]?(?![\w])")
# (with the rest of a portfolio: "مساعد وزير الخارجية الإيراني للشؤون العربية والأفريقية X")
_APPOSITION_GAP = re.compile(r"[\s،,\-–(]*(?:(?:لل|ل)ش[ؤئو]ون(?:\s+[^\s،,]+){1,3}[\s،,\-–(]*)?")


def _title_coref(mentions: list[Mention], text: str, former: frozenset[str] | set[str]) -> list[Mention]:
    """News names a person once with his title ("الأمير X ولي ولي العهد") and then uses the
    title alone. A role the knowledge base cannot resolve to a holder, written in apposition
    to a named person of the same country, is that person wherever the article uses it."""
    names: dict[str, Actor] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if not _APPOSITION_GAP.fullmatch(text[a.end:b.start]):
            continue
        for role, named in ((a, b), (b, a)):
            ra, na = role.actor, named.actor
            if (ra is not None and na is not None and role.via == "role" and ra.kind == "person"
                    and not ra.name_en and na.kind == "person" and na.name_en and na.country == ra.country):
                names.setdefault(ra.id, na)
    out = ([replace(m, actor=names[m.actor.id]) if m.actor is not None and m.actor.id in names else m
            for m in mentions] if names else mentions)
    return _title_prefix_coref(out, former)


def _names_office(o: Any, word: str) -> bool:
    """Is an office one that `word` ("Minister", "Envoy") names: its role key ("foreign_minister",
    "envoy"; not "prime_minister") or its English title ("Minister of Commerce of Saudi Arabia")?"""
    key = py_lower(word)
    role = o.role or ""
    if key in role:
        return role not in ("prime_minister", "deputy_prime_minister")
    title = o.title or ""
    return word in title and not (word == "Minister" and "Prime Minister" in title and title.count("Minister") == 1)


def _title_prefix_coref(mentions: list[Mention], former: frozenset[str] | set[str]) -> list[Mention]:
    """"استقبل عون الموفد الأميركي السفير توماس باراك ... وانتقل الموفد الأميركي إلى عين التينة":
    the knowledge base read the title with the name as one mention; the same title alone later is
    that person, even when the knowledge base would give the office to another holder (a country
    has several envoys at a time): the article's own apposition wins. Not a title followed by
    "الراحل"/"السابق" ("بوفاة العاهل السعودي الراحل الملك عبدالله ... ومحادثات مع العاهل السعودي"):
    that names a past holder, and the title alone is then today's."""
    if not any(m.via == "role" for m in mentions):
        return mentions
    out = list(mentions)
    titled: list[tuple[str, Actor]] = []  # (the mention's normalised text, its person), in order
    for k, m in enumerate(mentions):
        a = m.actor
        if a is None or a.kind != "person":
            continue
        key = _nkey(m.text)
        if m.via == "role" and titled:
            for text_k, b in reversed(titled):
                if text_k.startswith(key + " ") and b.id != a.id and (not a.country or b.country == a.country):
                    out[k] = replace(m, actor=b, via="coref")
                    break
        elif a.name_en and m.via != "role" and " " in key and former.isdisjoint(key.split()):
            titled.append((key, a))
    return out


def _diplomatic(d: _Draft, nonstate: Callable[[Actor, date | None], bool] | None = None,
                domestic: Callable[[Actor, date | None], bool] | None = None) -> _Draft | None:
    """Keeps the pairs between different countries, or involving an organisation, a non-state
    group or one of its officers (the head of Hamas's political bureau calling the Palestinian
    president); None when no pair is left (a king receiving his own minister, a prime minister
    meeting his country's parliamentary blocs)."""
    def ok(a: Actor, b: Actor) -> bool:
        if not a.country or not b.country or a.country != b.country:
            return True
        if domestic is not None and (domestic(a, d.first) or domestic(b, d.first)):
            return False
        if a.kind == "organization" or b.kind == "organization":
            return True
        return nonstate is not None and (nonstate(a, d.first) or nonstate(b, d.first))
    src = [a for a in d.source if any(ok(a, b) for b in d.target)]
    tgt = [b for b in d.target if any(ok(a, b) for a in src)]
    if not src or not tgt:
        return None
    if len(src) == len(d.source) and len(tgt) == len(d.target):
        return d
    return replace(d, source=src, target=tgt)


def _visited_places_only(c: _Cand, norms: list[str], head: int, right_unmarked: list[_Group]) -> bool:
    """"وزار الأردن والكويت قبل ذلك": a visit verb opening a clause with only countries or places
    after it has an omitted subject (the actor the text is about); the places are what was visited."""
    if c.type != "visit" or c.hit.aspect == "noun" or c.support is not None or len(right_unmarked) != 1:
        return False
    # (or after a clause opener: "قبل أن يزور الجزائر ونواكشوط"، "ثم يزور ...")
    if not (head == 0 or norms[head - 1] in ("كما", "وكما", "ثم", "ان", "حيث") or c.hit.proclitic.startswith(("و", "ف"))):
        return False
    return all((p.actor is None and p.place is not None) or (p.actor is not None and p.actor.kind == "country")
               for p in right_unmarked[0].parties)


def _during_visit(norms: list[str], i: int) -> bool:
    """"سيلتقي خلال الزيارة"، "التقى أثناء زيارته": right after the trigger, during the visit."""
    return any(norms[k] in _DURING and norms[k + 1] in _VISIT_NOUNS_DEF
               for k in range(i + 1, min(i + 3, len(norms) - 1)))


def _meeting_at_home(d: _Draft) -> _Draft:
    """"التقى X Y في الرياض" with Y of the city's country and X foreign: X travelled to Y's seat, a
    visit whose host is Y (the spec's visit: a party travels to another's seat). Not on a summit's
    sidelines, where nobody hosts the other."""
    if d.type != "meeting" or d.location is None or not d.location.country or d.summit or d.extra.get("gathering"):
        return d
    if "هامش" in normalize_key(d.sentence.text):
        return d
    home = d.location.country
    for guests, hosts in ((d.source, d.target), (d.target, d.source)):
        if (hosts and guests and all(a.country == home for a in hosts)
                and all(a.country and a.country != home for a in guests)):
            return replace(d, type="visit", source=list(guests), target=list(hosts), host_frame=False)
    return d


def _host_for_country(drafts: list[_Draft]) -> list[_Draft]:
    """A visit to a country whose named host the article gives is a visit to that host;
    a meeting (or talks) during a visit, in the host's country, is that visit."""
    out = list(drafts)
    visits = [d for d in out if d.type == "visit"]
    # a visit can match only if its source holds every key of one side: the visits are indexed by
    # (status, source key) and each meeting tries those only, in the visits' order. Why: a loop
    # over every visit per meeting was quadratic in the events of a long unpunctuated sentence
    # A visit with the same status, source, host countries and days as an earlier one matches
    # exactly when that one does, and comes after it: only the first of such visits is tried
    by_src: dict[tuple[str, str], list[int]] = {}
    keys_of: list[tuple[set[str], set[str | None]]] = []
    seen_sig: set[tuple[Any, ...]] = set()
    for vk, v in enumerate(visits):
        vs = {_akey(a) for a in v.source}
        # the host's country, whether the host is the country or a person who received the visitor
        # ("استقبل الأسد عبد اللهيان ... والتقى عبد اللهيان نظيره السوري": both in Syria)
        vcountries: set[str | None] = {a.country for a in v.target if a.country}
        keys_of.append((vs, vcountries))
        sig = (v.status, frozenset(vs), frozenset(vcountries), v.first, v.last)
        if sig in seen_sig:
            continue
        seen_sig.add(sig)
        for a in v.source:
            lst = by_src.setdefault((v.status, _akey(a)), [])
            if not lst or lst[-1] != vk:
                lst.append(vk)
    for k, d in enumerate(out):
        if d.type not in ("meeting", "talks"):
            continue
        done = False
        cand: set[int] = set()
        for side in (d.source, d.target):
            if not side:
                cand = {vk for lst in by_src.values() for vk in lst}  # the empty side is in every visit's source
                break
            cand.update(by_src.get((d.status, _akey(side[0])), ()))
        # (the visit its own sentence tells first: "وكان X قد زار الرياض في مارس، حيث عقد جلسة
        # مباحثات مع Y" is that visit's, not the article's main visit of Y to X)
        for vk in sorted(cand, key=lambda vk: (visits[vk].sentence is not d.sentence, vk)):
            v = visits[vk]
            vs, vcountries = keys_of[vk]
            if v.status != d.status or not vcountries or _apart(v, d):
                continue
            where = d.location.country if d.location is not None else None
            for a_side, b_side in ((d.source, d.target), (d.target, d.source)):
                if where and where not in vcountries and any(a.country == where for a in a_side):
                    continue  # ("أجرى X في القاهرة محادثات مع Y": in Y's own country, not during Y's visit to X)
                if {_akey(a) for a in a_side} <= vs and b_side and all(b.country in vcountries for b in b_side):
                    out[k] = replace(d, type="visit", source=list(a_side), target=list(b_side),
                                     location=d.location or v.location, first=d.first or v.first,
                                     last=d.last or v.last,
                                     # (a visit told as background lends the contact its day, and that it
                                     # is background: not the undated news of the same pair)
                                     extra=({**d.extra, "background": v.extra["background"]}
                                            if d.first is None and "background" in v.extra else d.extra))
                    done = True
                    break
            if done:
                break
    # drop country-level visits covered by a named host of that country
    # (in-person contacts with a host who is not a country, indexed by status and source key)
    hosted: dict[tuple[str, str], list[_Draft]] = {}
    met: dict[tuple[str, str], list[_Draft]] = {}
    for e in out:
        if _CLASS[e.type] == "in-person" and any(b.kind != "country" for b in e.target):
            for key in {_akey(a) for a in e.source}:
                hosted.setdefault((e.status, key), []).append(e)
        if e.type in ("meeting", "talks") and any(b.kind != "country" for b in e.source):
            # a meeting has no direction: its target side may be the visitor ("وصل X إلى سيول ...
            # قبل أن يعقد الرئيسان قمة": the pair is read Moon -> Trump)
            for key in {_akey(a) for a in e.target}:
                met.setdefault((e.status, key), []).append(e)
    final = []
    for d in out:
        if d.family.id == "visit-tour":
            # a tour's countries that the article tells as visits of their own are those visits
            src = {_akey(a) for a in d.source}
            own = {b.country for e in out if e is not d and e.type in ("visit", "meeting", "talks")
                   and src & {_akey(a) for a in e.source} for b in e.target}
            rest = [a for a in d.target if a.country not in own]
            if not rest:
                continue
            if len(rest) < len(d.target):
                d = replace(d, target=rest, location=None)
        if d.type == "visit" and all(a.kind == "country" for a in d.target):
            cs = {a.country for a in d.target}
            cover = next((e for key in _keys_in_order(d.source) for e in hosted.get((d.status, key), ())
                          if e is not d and any(b.kind != "country" and b.country in cs for b in e.target)), None)
            if cover is None:
                # the trip's own contact with a named host, whatever that host's country (an
                # international organisation's head met in New York)
                cover = next((e for key in _keys_in_order(d.source) for e in hosted.get((d.status, key), ())
                              if e.extra.get("trip") is d and any(b.kind == "person" for b in e.target)), None)
            if cover is None and d.first is None and d.extra.get("present"):
                # "ويتوجه X إلى المنامة، حيث من المقرر أن يستقبله غداً Y": a journey in the present
                # tense, with no day, whose host there receives the traveller (a pronoun) after حيث
                # with a day of his own is that contact, planned: the present tense said nothing
                cover = next((e for key in _keys_in_order(d.source) for e in hosted.get(("planned", key), ())
                              if e.sentence is d.sentence and e.first is not None and e.extra.get("pron_obj")
                              and "حيث" in d.sentence.text[d.trig.end - d.sentence.start:e.trig.start - d.sentence.start]
                              and any(b.kind == "person" and b.country in cs for b in e.target)), None)
            if cover is None and d.source and all(a.kind == "person" and not a.name_en for a in d.source):
                # "في أول زيارة لوزير خارجية تركي إلى مصر": an unnamed office-holder's visit is the
                # named visitor's of that country the article tells
                src_c = {a.country for a in d.source}
                cover = next((e for e in out if e is not d and e.type == "visit" and e.status == d.status
                              and any(a.country in src_c and a.name_en for a in e.source)
                              and any(b.country in cs for b in e.target)), None)
            if cover is None and len(cs) == 1:
                cover = next((e for key in _keys_in_order(d.source) for e in met.get((d.status, key), ())
                              if any(b.kind != "country" and b.country in cs for b in e.source)
                              and _within_trip(d, e)), None)
            if cover is not None and len(cs) > 1:
                # a tour of several countries: only the countries with a named host are covered
                hosted_in = {b.country for key in _keys_in_order(d.source) for e in hosted.get((d.status, key), ())
                             if e is not d for b in e.target if b.kind != "country"}
                left_over = [a for a in d.target if a.country not in hosted_in]
                if left_over:
                    final.append(replace(d, target=left_over))
                    continue
            if cover is not None:
                # "بزيارة جدة حيث استقبله الملك": the host's event keeps the visit's day and city
                if cover.first is None and d.first is not None:
                    cover.first, cover.last = d.first, d.last
                if d.location is not None and d.location.kind != "country" and (
                        cover.location is None or (cover.location.kind == "country"
                                                   and cover.location.country == d.location.country)):
                    cover.location = d.location
                continue
        final.append(d)
    return final


def _host_by_invitation(drafts: list[_Draft]) -> list[_Draft]:
    """"يتوجه X إلى واشنطن الشهر المقبل، تلبية لدعوة من الرئيس الأميركي Y": a visit to a country
    that answers an invitation from a person of that country, told in the same sentence, is a
    visit to that person."""
    # (an invitation the trip answers — "تلبية لدعوة من"، "بدعوة من"، "بناء على دعوة" — not one to a visit
    # still to come: "وجه له الدعوة لزيارة موسكو" leaves that visit's host the country)
    invs = [e for e in drafts if e.type == "invitation" and (e.family.accepted or e.family.genitive_other)
            and e.source and all(a.kind == "person" for a in e.source)]
    # "وكان X قد زار القاهرة في فبراير، ووجه حينها الدعوة إلى Y"، "زار X بغداد وسلم الرئيس Y رسالة من Z":
    # the person of that country to whom the visitor gave an invitation or a message in the same
    # sentence is the one he visited
    given = [e for e in drafts if e.type in ("invitation", "message") and e.target
             and all(a.kind == "person" and a.name_en for a in e.target)]
    if not invs and not given:
        return drafts
    out = []
    for d in drafts:
        if d.type == "visit" and d.target and all(a.kind == "country" for a in d.target) and len(d.target) == 1:
            keys = {_akey(a) for a in d.source}
            iso = d.target[0].country
            inv = next((e for e in invs if e.sentence.start == d.sentence.start
                        and keys <= {_akey(a) for a in e.target}
                        and all(a.country == iso for a in e.source)), None)
            if inv is not None:
                d = replace(d, target=list(inv.source))
            else:
                got = next((e for e in given if e.sentence.start == d.sentence.start and e.status == d.status
                            and (e.type == "message" or keys <= {_akey(a) for a in e.source})
                            and not keys & {_akey(a) for a in e.target}
                            and all(a.country == iso for a in e.target)), None)
                if got is not None:
                    d = replace(d, target=list(got.target))
        out.append(d)
    return out


def _countries_by_their_people(drafts: list[_Draft]) -> list[_Draft]:
    """"اتفقت مصر وإثيوبيا والسودان في ختام اجتماع ... وجرت المحادثات بين وزير الخارجية المصري X
    ونظيريه ...": a meeting of countries that the article also tells as one of their people is that
    meeting; the countries' telling is dropped."""
    people = [(d, {a.country for a in d.source}, {a.country for a in d.target}) for d in drafts
              if _CLASS[d.type] == "in-person" and all(a.kind == "person" for a in d.source + d.target)]
    if not people:
        return drafts
    out = []
    for d in drafts:
        if (_CLASS[d.type] == "in-person" and d.type != "visit" and d.source and d.target
                and all(a.kind == "country" for a in d.source + d.target)):
            s_c, t_c = {a.country for a in d.source}, {a.country for a in d.target}
            if any(e.status == d.status and not _apart(e, d) and (
                    (s_c <= es and t_c <= et) or (s_c <= et and t_c <= es)) for e, es, et in people):
                continue
        out.append(d)
    return out


def _within_trip(visit: _Draft, e: _Draft) -> bool:
    """Is the contact `e` on the days of `visit` or the few after its (arrival) day? Undated sides
    are taken to agree."""
    if visit.first is None or e.first is None:
        return True
    return visit.first <= e.first and (e.last or e.first) <= (visit.last or visit.first) + timedelta(days=3)


def _apart(a: _Draft, b: _Draft) -> bool:
    """Two contacts of one pair on days that do not overlap (a visit in 2006 and one in 2010) are two;
    so are a dated earlier contact told as background ("وكان X قد التقى Y في شتنبر 2018") and an
    undated one told as the news (an undated web item's "اليوم")."""
    if a.first is None or b.first is None:
        if a.type == b.type == "invitation" and any(d.family.accepted or d.family.genitive_other for d in (a, b)):
            return False  # the invitation a visit answers ("بدعوة من X") is the one told with its day
        return (a.first is None) != (b.first is None) and a.sentence.start != b.sentence.start and (
            "background" in (a.extra if a.first is not None else b.extra)
            and "background" not in (b.extra if a.first is not None else a.extra))
    return (a.last is not None and b.last is not None
            and (a.last < b.first or b.last < a.first))


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """The same contact told twice is one event; weak 'discussed with' events give way to
    any explicit contact between the same pair."""
    explicit_pairs: set[frozenset[str]] = set()
    for d in drafts:
        if not d.weak:
            for a in d.source:
                for b in d.target:
                    explicit_pairs.add(frozenset((_akey(a), _akey(b))))
    # "X يلتقي Y" in a standfirst (the day's programme, planned for today) and "التقى X Y اليوم" in
    # the body: one contact, which occurred
    done_on: set[tuple[str, frozenset[str], date]] = {
        (_CLASS[d.type], frozenset((_akey(a), _akey(b))), d.first)
        for d in drafts if d.status == "occurred" and d.first is not None and d.first == d.last
        for a in d.source for b in d.target}
    kept: list[_Draft] = []
    seen: dict[tuple[str, frozenset[str]], _Draft] = {}
    for d in drafts:
        pairs = [frozenset((_akey(a), _akey(b))) for a in d.source for b in d.target]
        if d.weak and all(p in explicit_pairs for p in pairs):
            continue
        if (d.status == "planned" and d.first is not None and d.first == d.last and pairs
                and all((_CLASS[d.type], p, d.first) in done_on for p in pairs)):
            continue
        # a cable and a call between the same two on one day are two contacts (the merge stage,
        # across outlets, still treats them as one class)
        cls = d.type if d.type in ("call", "message") else _CLASS[d.type]
        keys = [(cls + ":" + d.status, p) for p in pairs]
        olds = [seen[k] for k in keys if k in seen]
        if olds and len(olds) == len(keys) and not _apart(olds[0], d):
            old = olds[0]
            if old.first is None and d.first is not None:
                old.first, old.last = d.first, d.last
            if old.location is None and d.location is not None:
                old.location = d.location
            old.topics = list(dict.fromkeys(old.topics + d.topics))[:6]
            old.confidence = max(old.confidence, d.confidence)
            if old.weak and not d.weak:
                old.type, old.weak = d.type, False
            if d.mediators and not old.mediators:
                # "اللقاء الذي جمع X وY ... وكان اللقاء قد عقد برعاية Z": the telling that names the
                # mediator says what the contact was (talks through a third party)
                old.mediators = list(d.mediators)
                if d.type == "talks":
                    old.type = d.type
            continue
        for k in keys:
            seen.setdefault(k, d)
        kept.append(d)
    return kept
