"""Reading a speaker out of the words that name them.

Without a trained recogniser the speaker phrase is read by shape: a name is a run of words
that are not definite (Arabic) or are capitalised (English) and are not office words; an office
phrase ("المتحدثة باسم مجلس الأمن القومي الأميركي أدريان واتسون") puts the name at its end, a bare
name ("دميتري بيسكوف، المتحدث باسم الكرملين") at its start.  Anything that fits no shape gives
no speaker: a wrong speaker is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.lang import tables
from rasid.quotes.tokens import COMMAS, Token
from rasid.quotes.vocab import Vocabulary
from rasid.text.normalize import normalize

MAX_NAME_WORDS = 4
MAX_ISSUER_WORDS = 8  # «مكتب العلاقات العامة للقوات المسلحة الباكستانية»: bodies have long names
MAX_GROUP_WORDS = 3  # «الأجهزة الأمنية المختصة»; longer definite runs are clauses, not a speaker
QUOTE_CHARS = frozenset('“”«»"„‘’')


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str
    kind: str  # person | title | institution | anonymous | anaphor | group
    head: str  # normalised first word, for resolving "الوكالة" to an earlier agency


def segments(tokens: list[Token]) -> list[list[Token]]:
    """Split a speaker phrase at commas and brackets, dropping quote marks around names."""
    out: list[list[Token]] = [[]]
    for t in tokens:
        if t.raw in COMMAS or t.raw in "()[]-–—:":
            out.append([])
        elif t.raw not in QUOTE_CHARS:
            out[-1].append(t)
    return [s for s in out if s]


def cut_adjuncts(seg: list[Token], vocab: Vocabulary) -> list[Token]:
    """Stop the phrase where time, place, audience or medium adjuncts begin; a phrase that opens with
    a preposition names no speaker («وأضاف في خطاب له أمس، أن»: the verb's own subject speaks)."""
    words = [t for t in seg if t.is_word]
    if words and words[0].norm in vocab.prepositions and words[0].norm not in ("ل", "ب"):
        return []
    if words and vocab.is_adjunct(words[0]) and words[0].norm.startswith("ل"):
        # «قال لـ"الاقتصادية" الدكتور يوسف الرميح»: the medium first, then the speaker
        rest = [t for t in seg if t.start > words[0].end]
        k = next((i for i, t in enumerate(rest) if t.is_word and _office_word(t, vocab)), None)
        if k is not None:
            return cut_adjuncts(rest[k:], vocab)
    for i, t in enumerate(seg):
        if not t.is_word:
            continue
        if vocab.is_adjunct(t):
            return seg[:i]
        if i and t.norm in vocab.relative_pronouns:
            return seg[:i]  # «الرئيس الجديد للحركة الذي أعلن عنه»: the clause describes the speaker
        norms = tuple(x.norm for x in seg[i:])
        for p in vocab.adjunct_phrases:
            if len(norms) >= len(p) and norms[: len(p) - 1] == p[:-1] and norms[len(p) - 1].startswith(p[-1].rstrip("ه")):
                return seg[:i]
    return seg


def _starts_with_phrase(seg: list[Token], phrases) -> bool:
    norms = tuple(t.norm for t in seg)
    return any(norms[: len(p)] == p for p in phrases)


def _office_word(t: Token, vocab: Vocabulary) -> bool:
    return t.norm in vocab.title_words or t.norm in vocab.anonymous_heads


def is_name_word(t: Token, vocab: Vocabulary) -> bool:
    if not t.is_word or t.raw[0].isdigit() or len(t.norm) < 2:
        return False
    if vocab.names_capitalised and not t.raw[0].isupper():
        return False
    if t.norm in vocab.non_name_words or t.norm in vocab.statement_nouns:
        return False
    # و/ف glued to a function word is no name either: «صرح بحقائق مؤلمة وهي أن» names nobody
    if vocab.strip_conjunction(t.norm) in vocab.non_name_words:
        return False
    # A glued preposition before a known non-name ("بمدينة", "لوزارة") is not a name either.
    rest = t.norm[1:]
    if t.norm[:1] in vocab.prepositions and (rest in vocab.non_name_words or rest in vocab.title_words
                                             or (rest,) in vocab.institutions):
        return False
    if _office_word(t, vocab) or vocab.is_definite_token(t.raw):
        return False
    if vocab.is_adjunct(t) or t.norm in vocab.complementizers:
        return False
    # function words never stand in a name: «كامل ثقته فيما تمتلكه», «وتوعية أولئك»
    if t.norm in vocab.clause_openers or t.norm in vocab.relative_words or t.norm in vocab.demonstratives:
        return False
    # nor does the accusative tanween of an indefinite noun or adverb («مستهجناً», «شيئاً»): names take none
    if t.raw.endswith(vocab.accusative_endings or ("\0",)):
        return False
    if any(p == (t.norm,) for p in vocab.institutions):
        return False
    return True


def _leading_name(words: list[Token], vocab: Vocabulary, known_words: frozenset[str]) -> list[Token]:
    run: list[Token] = []
    for i, t in enumerate(words):
        if not is_name_word(t, vocab):
            break
        # "قال كيم لبوتين": a word glued to the preposition ل whose rest is a word seen alone in
        # the article is an addressee, not more of the name (but "لانكوف" stays a name).
        if i and t.norm.startswith("ل") and t.norm[1:] in known_words:
            break
        run.append(t)
    if len(run) == 1 and len(words) > 1 and vocab.is_definite_token(words[1].raw):
        return []  # "أستاذ العلوم ...": a noun in construct with what follows, not a name
    if len(run) > 1 and run[-1].raw.endswith(vocab.adjective_endings or ("\0",)):
        return []
    return run if 0 < len(run) <= MAX_NAME_WORDS else []


def _name_before_title(words: list[Token], vocab: Vocabulary) -> list[Token]:
    """A name with a definite family name ("سليمان الحمدان") is recognisable only by the office
    word that follows it; the first word must still look like a name."""
    if not is_name_word(words[0], vocab):
        return []
    for k in range(1, min(len(words), MAX_NAME_WORDS + 1)):
        t = words[k]
        if t.norm in vocab.title_words:
            if k > 1 and words[k - 1].raw.endswith(vocab.adjective_endings or ("\0",)):
                return []
            return words[:k]
        if not (is_name_word(t, vocab) or vocab.is_definite_token(t.raw)) or t.norm in vocab.non_name_words:
            return []
    return []


def _trailing_name(words: list[Token], vocab: Vocabulary) -> list[Token]:
    run: list[Token] = []
    for t in reversed(words):
        if not is_name_word(t, vocab):
            break
        run.insert(0, t)
    if not run or len(run) > MAX_NAME_WORDS or len(run) == len(words):
        return []
    before = words[len(words) - len(run) - 1]
    if len(run) == 1 and not vocab.is_definite_token(before.raw) and run[0].raw.endswith(vocab.nisba_endings or ("\0",)):
        return []  # «قائد عسكري», «مسؤول أمني»: an office and its adjective, no name
    # A name closes an office phrase after its last definite word or an office word
    # ("... الأميركي أدريان واتسون", "الرئيس فلاديمير بوتين"); after a bare noun it is the
    # noun's complement: "رئيس بلدية سيفالو" is the mayor of Cefalù, not a man called Cefalù.
    if not (vocab.is_definite_token(before.raw) or before.norm in vocab.title_words):
        return []
    return run


def _make(words: list[Token], kind: str, text: str) -> Speaker:
    start, end = words[0].start, words[-1].end
    shown = "".join(c for c in text[start:end] if c not in QUOTE_CHARS)  # وكالة "يونهاب" -> وكالة يونهاب
    return Speaker(start, end, " ".join(shown.split()), kind, words[0].norm)


def _issuer(words: list[Token], vocab: Vocabulary, text: str) -> Speaker | None:
    """"بيان للبيت الأبيض": the statement's issuer, shown without the glued preposition; where time
    or place adjuncts follow, the issuer ends («بيان للوزارة أمس»), and a bare generic body
    («للوزارة») points back at the one named before."""
    cut = next((i for i, t in enumerate(words) if i and vocab.is_adjunct(t)), len(words))
    words = words[:cut]
    first = words[0]
    if first.norm == "ل":  # "لـ «رويترز»": the preposition stands alone
        return _make(words[1:], "institution", text) if len(words) > 1 else None
    bare = first.raw[1:]
    if first.norm.startswith("لل"):  # ل + ال with the alef dropped: للبيت = ل + البيت
        bare = "ا" + first.raw[1:]
    name = " ".join([bare] + [t.raw for t in words[1:]])
    start, end = first.start, words[-1].end
    kind = "anaphor" if len(words) == 1 and vocab.is_generic_institution(normalize(bare)) else "institution"
    return Speaker(start, end, name, kind, normalize(bare))


def _issued_by(words: list[Token], vocab: Vocabulary, text: str) -> Speaker | None:
    """«تقرير حديث صادر عن وزارة العدل»: the body that issued the statement speaks, up to the first
    adjunct or relative clause after it («... حصلت عليه "الاقتصادية"»)."""
    if not words or not (words[0].norm in vocab.statement_nouns or (
            words[0].norm[:1] in vocab.prepositions and words[0].norm[1:] in vocab.statement_nouns)):
        return None
    norms = [t.norm for t in words]
    for marker in vocab.issuer_markers:
        at = next((i for i in range(1, len(norms) - len(marker) + 1) if tuple(norms[i:i + len(marker)]) == marker), None)
        if at is None:
            continue
        rest = words[at + len(marker):]
        end = next((i for i, t in enumerate(rest) if i and (vocab.is_adjunct(t) or t.norm in vocab.relative_words
                                                             or t.norm in vocab.prepositions)), len(rest))
        if not rest or rest[0].norm in vocab.prepositions:
            return None
        return _make(rest[:min(end, MAX_ISSUER_WORDS)], "institution", text)
    return None


def classify(seg: list[Token], vocab: Vocabulary, text: str, known_words: frozenset[str]) -> Speaker | None:
    words = [t for t in seg if t.is_word]
    if not words or any(t.norm in vocab.negations for t in words):
        return None  # "قال صاحبي لا تصدق مثل هذا الكلام إنه": a clause, not a speaker
    head = words[0]
    if head.norm not in vocab.title_words and (
        head.norm in vocab.anonymous_heads or vocab.bare(head.norm) in vocab.anonymous_heads
    ):  # "مسؤول في مقر حكومة رئيس الوزراء ..." stays an unnamed official
        kind = "anaphor" if vocab.is_definite(head.norm) and len(words) == 1 else "anonymous"
        return _make(words, kind, text)
    if _relational(head, vocab) and len(words) > 1:  # «عدد من مؤيدي الأسد»: a group the phrase describes
        return _make(words, "anonymous", text)
    has_title = any(t.norm in vocab.title_words for t in words)
    leading = _leading_name(words, vocab, known_words)
    if leading and len(leading) < len(words) and words[len(leading)].norm in vocab.title_words:
        return _make(leading, "person", text)  # "جاك بارسونز رئيس تحرير مجلة اندرويد"
    name_then_title = _name_before_title(words, vocab)
    if name_then_title:
        return _make(name_then_title, "person", text)  # "سليمان الحمدان رئيس الهيئة ..."
    trailing = _trailing_name(words, vocab) if has_title else []
    if trailing:  # "المتحدثة باسم مجلس الأمن القومي الأميركي أدريان واتسون", "Kremlin spokesman Dmitry Peskov"
        return _make(trailing, "person", text)
    if head.norm in vocab.anonymous_heads or vocab.bare(head.norm) in vocab.anonymous_heads:
        kind = "anaphor" if vocab.is_definite(head.norm) and len(words) == 1 else "anonymous"
        return _make(words, kind, text)
    if _starts_with_phrase(words, vocab.institutions):
        if len(words) == 1 and not vocab.is_definite(head.norm) and (vocab.article_prefix + head.norm,) in vocab.institutions:
            return None  # «أعلنت شركة "إف. سي. إيه"»: a classifier noun without its name names nobody
        if vocab.is_generic_institution(head.norm):
            # «الوزارة» and its definite adjectives refer back to a body; an indefinite word after
            # them starts what the body did («ودعت الوزارة المعلنة أسماؤهم المراجعة»)
            k = next((i for i, t in enumerate(words) if i and not vocab.is_definite_token(t.raw)
                      and vocab.strip_conjunction(t.norm) == t.norm), len(words))
            return _make(words[:k], "anaphor", text)
        return _make(words, "institution", text)
    if head.norm in vocab.statement_nouns and len(words) > 1 and words[1].norm.startswith("ل"):
        return _issuer(words[1:], vocab, text)
    if leading:
        return _make(leading, "person", text)
    if has_title:
        # A bare office word ("المتحدث", "الشيخ") only points back at someone named before.
        alone = len(words) == 1
        return _make(words, "anaphor" if alone else "title", text)
    if len(words) == 1 and vocab.is_definite(head.norm):
        return _make(words, "anaphor", text)
    if 1 < len(words) <= MAX_GROUP_WORDS and vocab.is_bare_definite(head.norm) and all(
            vocab.is_definite_token(t.raw) and t.norm not in vocab.non_name_words for t in words):
        # a definite noun with its definite adjectives names a group or body by what it is
        # («وأوردت الصحف التركية أن», «وأكدت الجهات المختصة أن»): the phrase as written speaks; one
        # behind a glued preposition is an adjunct («تظهر للوهلة الأولى بأنها»: at first sight)
        return _make(words, "group", text)
    return None


def _drop_trailing(seg: list[Token], words: frozenset[str]) -> list[Token]:
    while seg and (not seg[-1].is_word or seg[-1].norm in words):
        seg = seg[:-1]
    return seg


def _with_family_name(name: Speaker, seg: list[Token], vocab: Vocabulary, text: str) -> Speaker:
    """In apposition the segment is the whole name, so definite words closing it are a family
    name: "المحافظ الجديد للمدينة، نايف صالح البكري"."""
    rest = [t for t in seg if t.is_word and t.start >= name.end]
    if rest and len(rest) <= 2 and all(vocab.is_definite_token(t.raw) and t.norm not in vocab.title_words for t in rest):
        return Speaker(name.start, rest[-1].end, text[name.start : rest[-1].end], name.kind, name.head)
    return name


def _addressed(mention, seg: list[Token], vocab: Vocabulary, text: str, mentions=()) -> bool:
    """The name is the one spoken to or about, not the speaker: glued to ل/ب (قال كيم لبوتين: the
    article names بوتين too), or after a preposition (قال لـ بوتين, قال عن بوتين)."""
    if mention.start > 0 and text[mention.start - 1].isalpha():
        return True  # a clitic the span repairs left outside the name
    written = normalize(mention.text)
    if written[:1] in ("ل", "ب") and len(written) > 3 and any(
            normalize(other.text).startswith(written[1:]) for other in mentions if other is not mention):
        return True
    before = [t for t in seg if t.end <= mention.start]
    if before and (before[-1].norm in vocab.prepositions or before[-1].norm in ("ل", "لـ")
                   or before[-1].norm in vocab.verb_prepositions or before[-1].norm in vocab.relay_markers):
        return True
    written = text[mention.start:mention.end].split()
    return bool(written) and normalize(written[0]).startswith("لل")  # للأمم المتحدة: to the UN


def _relational(t: Token, vocab: Vocabulary) -> bool:
    # والد/والدة open with the letter of the conjunction: look the word up as written first
    return t.norm in vocab.relational_heads or vocab.strip_conjunction(t.norm) in vocab.relational_heads


def _not_through_relation(person, words: list[Token], vocab: Vocabulary) -> bool:
    """A phrase opening with a relational noun names someone through the person after it: «وقال عدد
    من مؤيدي الأسد», «وقالت والدة الضحية»: that person is not the speaker."""
    first = [t for t in words if t.start < person.start]
    return not (first and _relational(first[0], vocab))


def _behind_preposition(mention, words: list[Token], vocab: Vocabulary) -> bool:
    return any(t.norm in vocab.prepositions or t.norm in vocab.verb_prepositions
               for t in words if t.end <= mention.start)


def _title_before(mention, words: list[Token], vocab: Vocabulary) -> bool:
    before = [t for t in words if t.end <= mention.start]
    return bool(before) and before[-1].norm in vocab.title_words


def _named(segs: list[list[Token]], mentions, vocab: Vocabulary, text: str, apposed: bool = True) -> Speaker | None:
    """The speaker as the tagger named them: the first person named in the phrase (or in the phrase
    after a title in apposition), else an organisation that opens it («وقالت وكالة أنباء الأناضول»);
    never a name the words are addressed to."""
    for n, seg in enumerate(segs[:2]):
        words = [t for t in seg if t.is_word]
        if not words:
            continue
        if n == 1:
            # the phrase after a comma names the speaker only in apposition to a bare title (not after
            # an adjunct: «يقول الإمام الغزالي في (إحياء علوم الدين):» names a book)
            first = [t for t in segs[0] if t.is_word]
            if not apposed or not first or first[0].norm not in vocab.title_words or any(
                    t.norm in vocab.relative_words for t in first):
                break
        lo, hi = words[0].start, words[-1].end
        # A name inside a relative clause describes the speaker, it is not the speaker: «الدراسة التي
        # أعدها الدكتور عمر الحسن».
        relative = next((t.start for t in words if t.norm in vocab.relative_words), None)
        if relative is not None:
            hi = min(hi, relative)
        inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.type in ("PERS", "ORG")
                  and not _addressed(m, seg, vocab, text, mentions)]
        people = [m for m in inside if m.type == "PERS" and _not_through_relation(m, words, vocab)]
        person = people[0] if people else None
        heading = min(inside, key=lambda m: m.start) if inside else None
        if person is not None and heading.type == "ORG" and heading.start == words[0].start \
                and heading.end <= person.start:
            # a body heading the phrase is its subject; a person named after it is another noun
            # phrase («انتقد نادي أولمبيك مارسيليا مدربه السابق مارسيلو بيلسا»: the coach is the object)
            person = None
        if person is not None and _behind_preposition(person, words, vocab):
            # «والمشرف على كرسي المهندس عبدالله بقشان لأبحاث النحل ... الدكتور أحمد الخازم»: a name
            # inside the description of an office is not its holder; the titled name after it is
            titled = next((m for m in people[1:] if _title_before(m, words, vocab)), None)
            person = titled or person
        if person is not None:
            return Speaker(person.start, person.end, person.text, "person", normalize(person.text.split()[0]))
        inside.sort(key=lambda m: m.start)
        opening = [t for t in words if t.start < (inside[0].start if inside else hi)]
        # the body itself, its statement or its spokesman speak for it («المتحدث باسم الكرملين»); the
        # holder of another office in it is a person («وأضاف لاعب باليرمو السابق»: not Palermo)
        if inside and all(t.norm in vocab.spokesman_words or t.norm in vocab.statement_nouns for t in opening):
            org = inside[0]
            end = org.end
            # a body's name the tagger cut in two («نادي أولمبيك» «مارسيليا»): the names that follow it
            # with nothing but a space between are the rest of it
            for m in sorted((m for m in inside if m.type == "ORG"), key=lambda m: m.start):
                if m.start > end and not text[end:m.start].strip():
                    end = m.end
            return Speaker(org.start, end, " ".join(text[org.start:end].split()), "institution",
                           normalize(org.text.split()[0]))
    return None


def read_speaker(tokens: list[Token], vocab: Vocabulary, text: str, known_words: frozenset[str],
                 mentions=()) -> Speaker | None | str:
    """The speaker named by ``tokens``; "pronoun" when nothing names one (the verb carries it).
    ``mentions`` (the article's named entities) name the speaker where the phrase holds one."""
    raw_segs = segments(tokens)
    if raw_segs:
        words = [t for t in raw_segs[0] if t.is_word]
        # "تقرير لـ«رويترز»", "بيان للبيت الأبيض": the issuer speaks (before "لـ" is cut as an adjunct).
        if len(words) > 1 and words[0].norm in vocab.statement_nouns and words[1].norm.startswith("ل"):
            issuer = _issuer(words[1:], vocab, text)
            if issuer is not None:
                return issuer
        # «قال بيان الرئاسة», «وأضاف بيان وزارة الطاقة»: the statement of a body (the noun in construct
        # with it) is the body speaking
        if len(words) > 1 and words[0].norm in vocab.statement_nouns and vocab.is_bare_definite(words[1].norm) \
                and len(words) <= MAX_ISSUER_WORDS + 1:
            rest = words[1:]
            kind = "anaphor" if len(rest) == 1 and vocab.is_generic_institution(rest[0].norm) else "institution"
            return Speaker(rest[0].start, rest[-1].end, text[rest[0].start:rest[-1].end], kind, rest[0].norm)
        issued = _issued_by(words, vocab, text)
        if issued is not None:
            return issued
    segs = [cut_adjuncts(s, vocab) for s in raw_segs]
    first_word = next((t for t in raw_segs[0] if t.is_word), None) if raw_segs else None
    if segs and not segs[0] and mentions and first_word is not None and vocab.is_adjunct(first_word) \
            and first_word.norm.startswith("ل"):
        # «وأوضح لـ"الاقتصادية" سعود المسيلي الحارثي، أحد أقارب الشهيد»: the medium, then a person the
        # tagger named (an office word after the medium is handled by cut_adjuncts)
        at = next((i for i, t in enumerate(raw_segs[0]) if i and any(
            m.type == "PERS" and m.start == t.start for m in mentions)), None)
        if at is not None:
            segs[0] = cut_adjuncts(raw_segs[0][at:], vocab)
    # a phrase cut short by an adjunct or a relative clause has no name in apposition after it: in
    # «وقالت المفوضية التي حدثت أرقامها في نهاية يوليو (تموز) الماضي، ...» the month is nobody
    apposed = bool(raw_segs) and bool(segs) and len(segs[0]) == len(raw_segs[0])
    # ... nor one ending in a preposition whose object is the next phrase («الإمام الغزالي في (إحياء علوم الدين)»)
    last = [t for t in segs[0] if t.is_word][-1:] if segs else []
    apposed = apposed and not (last and last[0].norm in vocab.prepositions)
    segs = [s for s in segs if any(t.is_word for t in s)]
    # Prepositions governed by the verb ("أشار إلى أن") are not a speaker.
    segs = [_drop_trailing(s, vocab.verb_prepositions | vocab.prepositions) for s in segs]
    segs = [s for s in segs if any(t.is_word for t in s)]
    if not segs:
        return "pronoun"
    if segs[0][0].norm in vocab.pronouns:  # «وحذر فضيلته من التهاون»: the honorific stands for someone named before
        return "pronoun"
    if len(segs[0]) > 1 and segs[0][0].norm in vocab.demonstratives and vocab.is_bare_definite(segs[0][1].norm):
        # «وأوضحت هذه المصادر أنه»: the sources named before, pointed at
        segs[0] = segs[0][1:]
    named = _named(segs, mentions, vocab, text, apposed) if mentions else None
    if named is not None:
        return named
    part = _part_of_body(segs[0], mentions, vocab, text) if mentions else None
    if part is not None:
        return part
    first = _not_a_place(classify(segs[0], vocab, text, known_words), segs[0], mentions, vocab, text)
    if first is not None and first.kind in ("title", "anaphor") and len(segs) > 1 and apposed:
        # Title, then the name in apposition: "الأمين العام للحكومة اليابانية، هيروكازو ماتسونو".
        second = _not_a_place(classify(segs[1], vocab, text, known_words), segs[1], mentions, vocab, text)
        if second is not None and second.kind == "person":
            return _with_family_name(second, segs[1], vocab, text)
    return first


def _part_of_body(seg: list[Token], mentions, vocab: Vocabulary, text: str) -> Speaker | None:
    """«وكتب الجناح المسلح لحزب العمال الكردستاني ... أن»: a definite noun and its adjectives, then
    لـ and a body the tagger names to the phrase's end, is a part of that body, which speaks as written."""
    words = [t for t in seg if t.is_word]
    for i in range(1, min(len(words), MAX_GROUP_WORDS + 1)):
        t = words[i]
        if not t.norm.startswith("ل") or len(t.norm) < 4:
            continue
        body = any(m.type == "ORG" and m.start <= t.start + 1 and t.start <= m.start and m.end >= words[-1].end
                   for m in mentions)
        head = words[:i]
        if body and vocab.is_bare_definite(head[0].norm) and all(
                vocab.is_definite_token(w.raw) and w.norm not in vocab.title_words and w.norm not in vocab.non_name_words
                for w in head):
            return _make(words, "institution", text)
        return None
    return None


def _place_words(mentions, vocab: Vocabulary) -> frozenset[str]:
    """Places and bodies the article names, places also without their classifier («منطقة عسير»: عسير)."""
    names = tables(vocab.language, "names")
    classifiers = frozenset(normalize(c) for c in getattr(names, "PLACE_CLASSIFIERS", ()))
    out = set()
    for m in mentions:
        if m.type == "ORG":
            out.add(" ".join(normalize(m.text).split()))
        if m.type == "LOC":
            words = normalize(m.text).split()
            out.add(" ".join(words))
            if len(words) > 1 and words[0] in classifiers:
                out.add(" ".join(words[1:]))
    return frozenset(out)


def _not_a_place(got: Speaker | None, seg: list[Token], mentions, vocab: Vocabulary, text: str) -> Speaker | None:
    """A "name" that the article tags as a place or a body is the complement of an office, not its
    holder: «وأشار أمير عسير إلى أن» (the emir of Asir), «مدير عام فرع الوزارة بحائل» (in Hail), «وقال
    المدرب السابق لمنتخب انجلترا» (the team).  The office as written speaks, so that it can still
    point back at the person named before."""
    if got is None or got.kind != "person":
        return got
    places = _place_words(mentions, vocab)
    said = normalize(got.text)
    bare = said[1:] if said[:1] in vocab.prepositions else said
    if said not in places and bare not in places:
        return got
    words = [t for t in seg if t.is_word]
    if said in places and any(m.type == "LOC" and m.start == words[0].start and m.end == words[-1].end for m in mentions):
        # the place alone is the subject: a state speaks through its government («وكانت ماليزيا قد
        # أعلنت، الخميس الماضي، أن»)
        return _make(words, "institution", text)
    return _make(words, "title", text) if len(words) > 1 else None
