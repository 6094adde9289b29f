"""Who said what in one article: direct and reported speech with its speaker.

A *frame* is a reporting verb with its speaker phrase and a trigger that opens the content:
a complementizer (إن/أن/that), a colon or a quote mark.  Arabic is read verb-first
("وقال دميتري بيسكوف، ... إن"), English subject-first ("Peskov said that"), both from the
language's table.  Verbs with no speaker phrase ("وأضافت:") inherit the last speaker whose
gender agrees, from this or the previous sentences; definite nouns ("الوكالة") resolve to an
earlier speaker with the same head.  When that fails the quote keeps no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.model import Article, Mention, Quote, Sentence
from rasid.quotes.speaker import QUOTE_CHARS, Speaker, read_speaker
from rasid.quotes.tokens import COMMAS, Token, tokenize
from rasid.quotes.vocab import Vocabulary, vocabulary
from rasid.text.langid import detect_language
from rasid.text.normalize import normalize
from rasid.text.sentences import split_sentences
from rasid.text.stem import stem

# Raise when the rules change who is found saying what: it is part of every article's enrichment
# mark, so stored articles get their quotes again (2: the speaker-precision rules of issue 11's
# third session; before them the mark carried no quote version).
RULES_VERSION = 2

MAX_SPEAKER_TOKENS = 28
PLURAL = "p"  # the gender code of plural verbs and participles in the reporting tables
CARRY_SENTENCES = 2  # how far back "وأضافت:" may look for its speaker
ANAPHOR_SENTENCES = 8  # how far back "الوكالة" may look for its agency
NAME_QUOTE_WORDS = 3  # a quoted run this short inside a speaker phrase is a name: وكالة "يونهاب"
MAX_NAME_QUOTE_WORDS = 6  # ... and one this short after صحيفة/وكالة/قناة
MIN_QUOTE_WORDS = 2
MAX_TITLE_TOKENS = 12  # «صاحب السمو الملكي الأمير فهد بن سلطان»: titles and offices before a name
MAX_NAME_TOKENS_AFTER_QUOTE = 7  # “...,” Deputy Prime Minister Denis Manturov said.
# At most this many tokens open a sentence as the subject of its reporting verb («وزير الخارجية
# السعودي عادل الجبير، أكد أن»).
MAX_OPENING_SUBJECT = 9


@dataclass(slots=True)
class _Said:
    sentence: int
    speaker: Speaker | None  # None: someone spoke whom we could not read (stops carrying)
    gender: str | None


@dataclass(slots=True)
class _Frame:
    sentence: int
    verb: int  # token index
    gender: str | None
    speaker_tokens: list[Token]
    content_start: int  # token index where the content (or its opening quote) begins
    participle: bool = False
    relayed_tokens: list[Token] | None = None
    relay_pronoun: bool = False
    after_quote: Token | None = None  # closing quote for "“...,” Peskov said."
    stance: bool = False
    unreadable: bool = False
    before_end: int | None = None  # content runs from the sentence start to here
    trailing: bool = False  # a sentence-final attribution: "...، بحسب X."  # the words before the content name no speaker we can read  # "أشاد بوتين بـ...": names the speaker of a later "قائلاً", quotes nothing


class _Reader:
    def __init__(self, article: Article, vocab: Vocabulary, sentences: list[Sentence]):
        self.article = article
        self.sentences = sentences
        self.text = article.text
        self.vocab = vocab
        self.said: list[_Said] = []
        self.quotes: list[Quote] = []
        self._direct: list[tuple[int, int]] = []  # spans of the direct quotes read so far
        all_tokens = tokenize(self.text)
        self.known_words = frozenset(t.norm for t in all_tokens if t.is_word)
        # pairs of words inside the names the tagger found, to tell a name that opens with a word spelt
        # like a complementizer («بان كي مون»: بأن, «فان جال»: فإن) wherever it is written again
        self._name_pairs = {pair for m in article.mentions if m.type in ("PERS", "ORG")
                            for pair in _pairs([t.norm for t in tokenize(m.text) if t.is_word])}

    # --- content -------------------------------------------------------------------------
    def _line_end(self, pos: int) -> int:
        nl = self.text.find("\n", pos)
        return len(self.text) if nl < 0 else nl

    def _closer_for(self, opener: Token) -> int:
        """Offset of the quote's closing mark, or of the line's end when it never closes."""
        closer = self.vocab.quote_pairs.get(opener.raw)
        line_end = self._line_end(opener.end)
        pos = self.text.find(closer, opener.end, line_end) if closer else -1
        return line_end if pos < 0 else pos

    def _opener_for(self, closer: Token) -> int | None:
        line_start = self.text.rfind("\n", 0, closer.start) + 1
        for opener, close in self.vocab.quote_pairs.items():
            if close == closer.raw:
                pos = self.text.rfind(opener, line_start, closer.start)
                if pos >= 0:
                    return pos
        return None

    def _continues_after_quote(self, opener: Token) -> bool:
        """“تقدر بشدة” دعم بيونغ يانغ ...: the quote is only part of a reported clause."""
        close = self._closer_for(opener)
        rest = self.text[close + 1 : self._line_end(close)].lstrip()
        return bool(rest) and rest[0].isalpha()

    def _complementizer(self, tokens: list[Token], k: int) -> bool:
        """إن/أن and their forms, unless the word opens a name with the word after it: «الأمين العام
        بان كي مون، أنه» has its content after the comma, «وقال فان جال» its speaker after the verb."""
        if tokens[k].norm not in self.vocab.complementizers:
            return False
        return k + 1 >= len(tokens) or (tokens[k].norm, tokens[k + 1].norm) not in self._name_pairs

    def _is_opener(self, t: Token) -> bool:
        return t.raw in self.vocab.quote_pairs

    def _short_quote(self, tokens: list[Token], i: int) -> bool:
        """A quote mark opening only a few words (a quoted name) does not open the content."""
        closer = self.vocab.quote_pairs.get(tokens[i].raw)
        # after «صحيفة», «وكالة», «قناة» the quoted run is the body's name, however long: «ذكرت صحيفة
        # “ذي ميل أون صنداي” أن»
        # (an indefinite classifier: after a definite body, «قال بيان الرئاسة "..."», the quote is content)
        named = i > 0 and any(p == (tokens[i - 1].norm,) for p in self.vocab.institutions) \
            and not self.vocab.is_definite(tokens[i - 1].norm)
        for j in range(i + 1, min(len(tokens), i + (MAX_NAME_QUOTE_WORDS if named else NAME_QUOTE_WORDS) + 2)):
            if tokens[j].raw == closer:
                # ... unless nothing but punctuation follows it: «وقال المعهد “نحن محايدون”.» ends
                # its sentence with what was said; a quoted name has the sentence go on after it
                # («ذكرت صحيفة “ذي ميل أون صنداي” أن»)
                return named or any(t.is_word for t in tokens[j + 1:])
        return False

    def _span(self, start: int, end: int) -> tuple[int, int]:
        while start < end and (self.text[start].isspace() or self.text[start] in QUOTE_CHARS or self.text[start] in ":،,"):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".،,:؛;"):
            end -= 1
        return start, end

    def _content(self, tokens: list[Token], k: int, sentence_end: int) -> tuple[int, int, str] | None:
        """Content from token k: a direct quote if a quote mark opens it, else the clause."""
        if k < len(tokens) and tokens[k].norm in self.vocab.content_preposition_words:
            k += 1  # «على» of «مؤكداً على ضرورة»: the content is the noun phrase after it
        while k < len(tokens) and (tokens[k].raw == ":" or tokens[k].norm in self.vocab.complementizers):
            k += 1
        if k >= len(tokens):
            return None
        if self._is_opener(tokens[k]) and not self._continues_after_quote(tokens[k]):
            start, end = self._span(tokens[k].end, self._closer_for(tokens[k]))
            kind = "direct"
        else:
            stop = sentence_end
            # A trailing participle ("، مضيفاً ...") or a new reporting verb ("، وأشارت إلى")
            # opens a quote of its own.
            for j in range(k + 1, len(tokens)):
                if tokens[j - 1].raw in COMMAS and (self._participle(tokens[j]) or self._verb(tokens[j])):
                    stop = tokens[j - 1].start
                    break
            start, end = self._span(tokens[k].start, stop)
            if tokens[k].start < start and self.text[tokens[k].start] in QUOTE_CHARS:
                start = tokens[k].start  # keep the opening mark of a partial quote: “تقدر بشدة” دعم
            kind = "indirect"
        if len(tokenize(self.text, start, end)) < MIN_QUOTE_WORDS:
            return None
        return start, end, kind

    def _next_line_after_colon(self, tokens: list[Token], k: int) -> tuple[int, int, str] | None:
        """«وقال النقيدان:» closing its line: the words are the next line (its quote when a quote
        mark opens it)."""
        if k >= len(tokens) or tokens[k].raw != ":" or any(t.is_word for t in tokens[k + 1:]):
            return None
        line_end = self._line_end(tokens[k].end)
        if self.text[tokens[k].end:line_end].strip():
            return None
        nxt = tokenize(self.text, line_end, self._line_end(line_end + 1))
        if not nxt:
            return None
        if self._is_opener(nxt[0]):
            start, end = self._span(nxt[0].end, self._closer_for(nxt[0]))
        else:
            start, end = self._span(nxt[0].start, self._line_end(nxt[0].start))
        if len(tokenize(self.text, start, end)) < MIN_QUOTE_WORDS:
            return None
        return start, end, "direct"

    # --- lookups -------------------------------------------------------------------------
    def _verb(self, t: Token, following: Token | None = None):
        found, gender = self.vocab.lookup(self.vocab.verbs, t.norm)
        if not found and following is not None:
            # «وبين رئيس البلدية أن»: a verb spelt like a preposition, before a title or a name
            found, gender = self.vocab.lookup(self.vocab.verbs_before_a_name, t.norm)
            # ... or before a complementizer («وبين أنه سيشارك»: «between that» is no phrase)
            found = found and (following.norm in self.vocab.title_words or following.norm in self.vocab.complementizers
                               or any(m.start == following.start and m.type in ("PERS", "ORG")
                                      for m in self.article.mentions))
        return (gender,) if found and t.is_word else None

    def _governed(self, t: Token) -> bool:
        """A preposition a stance verb governs, standing alone («أعرب ... عن») or glued to a definite
        noun («أشاد ... بالاهتمام»)."""
        if t.norm in self.vocab.verb_prepositions or t.norm in self.vocab.stance_prepositions:
            return True
        return any(t.norm.startswith(p) and len(t.norm) > len(p) + 1 for p in self.vocab.stance_glued)

    def _saying_participle(self, t: Token) -> bool:
        return t.is_word and self.vocab.lookup(self.vocab.saying_participles, t.norm)[0]

    def _participle(self, t: Token):
        found, gender = self.vocab.lookup(self.vocab.participles, t.norm)
        return (gender,) if found and t.is_word else None

    def _clause_start(self, tokens: list[Token], j: int) -> bool:
        if j == 0:
            return True
        prev = tokens[j - 1]
        # Not after a dash: "الملك سلمان – حفظه الله – أكد أن" has its subject before the verb.
        # A full stop the sentence splitter missed ("أثريا.وأشار") ends a clause too.
        if prev.raw in COMMAS or prev.raw in ":().!?؟" or prev.raw in QUOTE_CHARS:
            return True
        if prev.norm in self.vocab.clause_openers or self.vocab.strip_conjunction(prev.norm) in self.vocab.clause_openers:
            return True  # («ولكنه قال: إنه» as «لكنه قال»)
        if any(j >= len(p) and tuple(x.norm for x in tokens[j - len(p):j]) == p for p in self.vocab.time_conjunctions):
            return True
        # «ورفض المسؤول الحديث عن ... وقال إن»: a reporting verb with a glued conjunction opens a
        # clause coordinated with the one before (verb-first languages: the subject follows or is
        # the one before)
        t = tokens[j]
        if "VS" in self.vocab.order and t.is_word and self.vocab.strip_conjunction(t.norm) != t.norm \
                and t.norm not in self.vocab.verbs and self.vocab.strip_conjunction(t.norm) in self.vocab.verbs:
            return True
        # «وفي بيان قالت كتائب القسام إن»: a prepositional phrase opens the clause before its verb.
        k = self._clause_boundary(tokens, j)
        stretch = tokens[k:j]
        # «وحول الأسعار قال إن»: a topic phrase opens the clause of a reporting or stance verb only
        opener = bool(stretch) and (stretch[0].norm in self.vocab.phrase_openers or (
            stretch[0].norm in self.vocab.topic_openers and (self._verb(t) or self._saying(t))))
        return opener and len(stretch) <= 6 and not any(self._verb(x) for x in stretch)

    def _object_first(self, words: list[Token]) -> bool:
        """The words after a verb open with its object: a definite noun in the oblique case of the
        sound plural («وطالب المواطنين»), not one the tagger names."""
        first = next((t for t in words if t.is_word), None)
        if first is None or not any(first.norm.startswith(a) and first.norm.endswith(b) and len(first.norm) >= len(a + b) + 2
                                    for a, b in self.vocab.oblique_plurals):
            return False
        return not any(m.start <= first.start < m.end for m in self.article.mentions)

    def _saying(self, t: Token) -> bool:
        """A verb that says something: a stance, expression or describing verb."""
        return t.is_word and any(self.vocab.lookup(table, t.norm)[0] for table in (
            self.vocab.stance_verbs, self.vocab.expression_verbs, self.vocab.describing_verbs))

    def _clause_boundary(self, tokens: list[Token], j: int) -> int:
        """Index of the first token of the clause holding token j."""
        k = j
        while k > 0 and not (tokens[k - 1].raw in COMMAS or tokens[k - 1].raw in ":().!?؟"
                             or tokens[k - 1].raw in QUOTE_CHARS):
            k -= 1
        return k

    def _subject_after_opener(self, tokens: list[Token], j: int) -> list[Token] | None:
        """«لكن الرئيس قال في مؤتمر صحفي إن»: a short subject between a clause opener and the verb,
        headed by a title, a definite noun or a name."""
        k = j - 1
        while k >= 0 and tokens[k].norm not in self.vocab.subject_first_after and j - k <= 7:
            if not tokens[k].is_word or self._verb(tokens[k]):
                return None
            k -= 1
        if k < 0 or tokens[k].norm not in self.vocab.subject_first_after:
            return None
        subject = tokens[k + 1:j]
        if not subject:
            return None
        first = subject[0]
        named = any(m.start == first.start for m in self.article.mentions if m.type in ("PERS", "ORG"))
        if first.norm in self.vocab.title_words or self.vocab.is_definite(first.norm) or named \
                or first.norm in self.vocab.anonymous_heads:  # «لكن وسائل إعلام بريطانية ذكرت أن»
            return subject
        return None

    # --- frames --------------------------------------------------------------------------
    def _content_preposition(self, tokens: list[Token], j: int, k: int) -> bool:
        """«أكد ...، على مواصلة», «مؤكداً على ضرورة», «كشف صالح قدح عن محاولات»: the verb's own
        preposition opens a noun-phrase content, when it stands right after the verb, a comma or
        the name of the speaker (elsewhere it belongs to an adjunct: «في تغريدة على حسابه»)."""
        wanted = self.vocab.lookup(self.vocab.content_prepositions, tokens[j].norm)[1]
        if wanted is None or tokens[k].norm != wanted or k + 1 >= len(tokens):
            return False
        following = tokens[k + 1]
        if not following.is_word or following.norm in self.vocab.not_content_after_preposition:
            return False
        prev = tokens[k - 1]
        return k == j + 1 or prev.raw in COMMAS or any(
            m.end == prev.end and m.type in ("PERS", "ORG") for m in self.article.mentions)

    def _trigger(self, tokens: list[Token], j: int) -> int | None:
        """Index of the token that opens the content after the verb at j; a comma right after a
        verb with no subject («وأضاف، ولكن الأهلي لم يرسل», «مبينا، وجود خيارين») opens it when
        nothing later does."""
        k = self._trigger_after(tokens, j)
        if self._opens_after_comma(tokens, j + 1) and (k is None or not self._delays(tokens[j + 2])):
            return j + 1
        # «وأكد شهود عيان، سماع دوى انفجارات»: an unnamed source, a comma, then a noun content for a
        # verb that takes one (its own preposition is optional: «أكد على»)
        if k is None and j + 1 < len(tokens) and self.vocab.bare(tokens[j + 1].norm) in self.vocab.anonymous_heads \
                and self.vocab.lookup(self.vocab.content_prepositions, tokens[j].norm)[1] in self.vocab.verb_prepositions:
            comma = next((c for c in range(j + 2, min(len(tokens), j + 5)) if not tokens[c].is_word), None)
            if comma is not None and self._opens_after_comma(tokens, comma) and not self._delays(tokens[comma + 1]) \
                    and tokens[comma + 1].norm not in self.vocab.verb_prepositions:
                return comma
        # «أكد الدكتور عبدالرحمن اليوبي, أهمية الاتفاقية»: titles and a name, then the content
        named = self._titled_person(tokens, j + 1, len(tokens)) if k is None else None
        if named is not None and self._opens_after_comma(tokens, named) and not self._delays(tokens[named + 1]):
            # only titles before the name: not «أقر مجلس إدارة النادي تكريم القاص جبير المليحان، مؤسس»
            person = next((m for m in self.article.mentions if m.type == "PERS" and m.start < tokens[named - 1].end
                           and tokens[named - 1].start < m.end), None)
            if person is not None and all(t.norm in self.vocab.title_words for t in tokens[j + 1:named]
                                          if t.end <= person.start):
                return named
        # «أوضح رئيس بلدية ينبع د. حاتم طه أهمية الدور»: titles, the person, then an indefinite noun
        # opening the content (no comma), for a verb that may take a noun content
        if named is not None and named < len(tokens) and self.vocab.lookup(self.vocab.content_prepositions, tokens[j].norm)[0]:
            nxt = tokens[named]
            person = next((m for m in self.article.mentions if m.type == "PERS" and m.end == tokens[named - 1].end), None)
            if person is not None and nxt.is_word and not self.vocab.is_definite(nxt.norm) and not self._delays(nxt) \
                    and not self._verb(nxt) and not self._participle(nxt) and nxt.norm not in self.vocab.verb_prepositions \
                    and nxt.norm not in self.vocab.non_name_words and nxt.norm not in self.vocab.demonstratives:
                return named
        return k

    def _expression(self, si: int, tokens: list[Token], j: int) -> _Frame | None:
        """«وأعرب المفوض العام عن قلقه العميق من أنه ...», «، معربا عن أمله في أن «...»»: a feeling
        expressed about a content that a complementizer opens, a few words after «عن»."""
        verb_found, gender = self.vocab.lookup(self.vocab.expression_verbs, tokens[j].norm)
        part_found, part_gender = self.vocab.lookup(self.vocab.expression_participles, tokens[j].norm)
        if not (verb_found and self._clause_start(tokens, j)) and not (part_found and j > 0 and tokens[j - 1].raw in COMMAS):
            return None
        stop = min(len(tokens), j + 1 + MAX_SPEAKER_TOKENS)
        about = next((g for g in range(j + 1, stop) if tokens[g].norm == self.vocab.expression_preposition), None)
        if about is None or any(not t.is_word or self._verb(t) for t in tokens[j + 1:about]):
            return None
        for k in range(about + 2, min(len(tokens), about + 6)):
            if not tokens[k].is_word or self._verb(tokens[k]):
                return None
            if self._complementizer(tokens, k) and (tokens[k - 1].norm in self.vocab.expression_links
                                                    or tokens[k].norm.startswith("ب")):
                if part_found:
                    return _Frame(si, j, part_gender, [], k, participle=True)
                return _Frame(si, j, gender, tokens[j + 1:about], k)
        return None

    def _description(self, si: int, tokens: list[Token], j: int) -> _Frame | None:
        """«ووصف معسكر الفريق في تركيا بأنه واحد من أفضل المعسكرات», «، واصفاً إياها بأنها»: what the
        object is described as is said; the subject is the verb's pronoun unless the words before a
        comma name someone («ووصفت صحيفة "الديلي ميل" البريطانية، الفيديو، بأنه»)."""
        verb_found, gender = self.vocab.lookup(self.vocab.describing_verbs, tokens[j].norm)
        part_found, part_gender = self.vocab.lookup(self.vocab.describing_participles, tokens[j].norm)
        if not (verb_found and self._clause_start(tokens, j)) and not (part_found and j > 0 and tokens[j - 1].raw in COMMAS):
            return None
        stop = min(len(tokens), j + 1 + MAX_SPEAKER_TOKENS)
        k = next((i for i in range(j + 1, stop) if tokens[i].norm in self.vocab.describing_complementizers
                  or not (tokens[i].is_word or tokens[i].raw in COMMAS or tokens[i].raw in QUOTE_CHARS)
                  or self._verb(tokens[i])), None)
        if k is None or k == j + 1 or tokens[k].norm not in self.vocab.describing_complementizers:
            return None
        if part_found:
            return _Frame(si, j, part_gender, [], k, participle=True)
        comma = next((i for i in range(j + 1, k) if tokens[i].raw in COMMAS), None)
        # «وصف وزير الخارجية الإيراني محمد جواد ظريف اليوم اتهامات بأن»: a titled person opens it
        first = tokens[j + 1]
        named = self._titled_person(tokens, j + 1, k) if first.norm in self.vocab.title_words else None
        if named is None and (self.vocab.bare(first.norm) in self.vocab.anonymous_heads
                              or (first.norm,) in self.vocab.institutions or any(
                m.start == first.start and m.type in ("PERS", "ORG") for m in self.article.mentions)):
            # «ووصف المسؤولون “زيارة الزعيم الكوري” بأنها»: an unnamed source or a name, then the object
            named = next((i for i in range(j + 2, k) if not tokens[i].is_word
                          or not self.vocab.is_definite_token(tokens[i].raw)), k)
        subject = tokens[j + 1:comma] if comma is not None else tokens[j + 1:named] if named is not None else []
        return _Frame(si, j, gender, subject, k)

    def _opens_after_comma(self, tokens: list[Token], c: int) -> bool:
        return c + 1 < len(tokens) and tokens[c].raw in COMMAS and tokens[c + 1].is_word \
            and not self._verb(tokens[c + 1]) and not self._participle(tokens[c + 1])

    def _delays(self, after: Token) -> bool:
        """After a comma, an adjunct, a title, a name or أن leaves the subject or content to come
        («قال، في كلمة ألقاها، إن»); anything else opens the content at once."""
        return (after.norm in self.vocab.prepositions or self.vocab.is_adjunct(after)
                or after.norm in self.vocab.title_words or after.norm in self.vocab.complementizers
                or after.norm in self.vocab.relative_words
                or any(m.start == after.start for m in self.article.mentions))

    def _trigger_after(self, tokens: list[Token], j: int) -> int | None:
        inside_name_quote: str | None = None
        for k in range(j + 1, min(len(tokens), j + 1 + MAX_SPEAKER_TOKENS)):
            t = tokens[k]
            if inside_name_quote is not None:
                if t.raw == inside_name_quote:
                    inside_name_quote = None
                continue
            if t.raw == ":":
                return k
            if self._complementizer(tokens, k) and tokens[k - 1].norm not in self.vocab.not_complementizer_after:
                return k
            if self._is_opener(t):
                if not self._short_quote(tokens, k):
                    return k
                inside_name_quote = self.vocab.quote_pairs[t.raw]
                continue
            if k > j + 1 and (self._verb(t) or self._participle(t)):
                if self._saying_participle(t):
                    continue  # «وأضاف الأمين العام قائلا إن»: the subject, then how he said it
                return None
            if self._content_preposition(tokens, j, k):
                return k
        return None

    def _subject_before(self, tokens: list[Token], j: int) -> list[Token] | None:
        """Subject before the verb: Arabic "وكان X (قد) قال", English "X said"."""
        i = j - 1
        if i >= 0 and tokens[i].norm in self.vocab.subject_leader_particles:
            i -= 1
        if i >= 0 and tokens[i].norm in self.vocab.relative_words:
            return None  # «...، الذي قال إن»: the relative's antecedent speaks (see _antecedent)
        k = i
        while k >= 0 and j - k <= MAX_SPEAKER_TOKENS:
            t = tokens[k]
            if t.raw in ".!?؟":
                return None
            if t.norm in self.vocab.subject_leaders:
                return tokens[k + 1 : i + 1] if k < i + 1 else None
            if not self.vocab.subject_leaders and (
                t.raw in COMMAS or t.raw in QUOTE_CHARS or t.norm in self.vocab.clause_openers
                or t.norm in self.vocab.relative_words
            ):
                if t.norm in self.vocab.relative_words:
                    return None
                return tokens[k + 1 : i + 1] or None
            k -= 1
        if not self.vocab.subject_leaders and k < 0:
            return tokens[: i + 1] or None
        if k < 0:
            return self._opening_subject(tokens[: i + 1])
        return None

    def _opening_subject(self, words: list[Token]) -> list[Token] | None:
        """«وزير الخارجية عادل الجبير أكد أن»: a sentence may open with its subject, with no «كان»,
        when it is a named person or body, an office or an unnamed source, and holds no verb."""
        def inside_name(t: Token) -> bool:
            return any(m.type in ("PERS", "ORG") and m.start <= t.start < m.end for m in self.article.mentions)
        # (no clause of its own: «عبدالله الرويشد فنان مهم وتجربته تعطيه الحق في أن يقول رأيه» is the
        # writer's opinion, not the singer speaking)
        if not words or len(words) > MAX_OPENING_SUBJECT or any(
                t.raw in ".!?؟:" or self._verb(t) or self._participle(t) or t.norm in self.vocab.complementizers
                or (t.norm in self.vocab.prepositions and not inside_name(t)) for t in words):
            return None
        first = next((t for t in words if t.is_word), None)
        if first is None:
            return None
        # (written as it opens the sentence: «والمتحدث» would keep its conjunction in the speaker's name)
        named = inside_name(first)
        if not (named or first.norm in self.vocab.title_words or first.norm in self.vocab.anonymous_heads):
            return None
        last = [t for t in words if t.is_word][-1]
        if last.norm in self.vocab.prepositions or self.vocab.is_adjunct(last):
            return None
        return words

    def _attribution(self, si: int, tokens: list[Token]) -> _Frame | None:
        """Sentence-initial "وبحسب X، فإن ..." / "According to X, ..."."""
        norms = [t.norm for t in tokens]
        if norms:
            norms[0] = self.vocab.strip_conjunction(norms[0])
        for phrase in self.vocab.attribution_openers + self.vocab.statement_openers:
            if tuple(norms[: len(phrase)]) != phrase:
                continue
            if phrase in self.vocab.statement_openers and not (
                    len(tokens) > len(phrase) and tokens[len(phrase)].norm in self.vocab.statement_nouns):
                return None
            # the source ends at a comma, or at «فإن» («وحسب تحليل الصحيفة فإن ...»)
            comma = next((i for i in range(len(phrase), len(tokens)) if tokens[i].raw in COMMAS
                          or self._complementizer(tokens, i)), None)
            if comma is None or comma - len(phrase) > MAX_SPEAKER_TOKENS:
                return None
            after = comma + 1
            while after < len(tokens) and (tokens[after].raw in COMMAS or self.vocab.is_adjunct(tokens[after])):
                after += 1  # («ووفقاً لما أوردته وكالة باسنيوز، اليوم الإثنين، أفاد ناشطون»: the day is no content)
            if after < len(tokens) and self._verb(tokens[after]):
                # «ووفقا لوكالة الأنباء الفرنسية، قال بيان الرئاسة "..."»: the agency passed on what the
                # verb's own subject said; the verb frames the quote
                return None
            np = self._unglue_preposition(list(tokens[len(phrase) : comma]))
            return _Frame(si, 0, None, self._past_relative(np), comma + 1)
        return None

    def _trailing_attribution(self, si: int, tokens: list[Token]) -> _Frame | None:
        """"...، بحسب وسائل إعلام روسية." - the source closes the sentence it vouches for."""
        end = len(tokens)
        while end and not tokens[end - 1].is_word:
            end -= 1
        comma = next((i for i in range(end - 1, 0, -1) if tokens[i].raw in COMMAS), None)
        if comma is None or end - comma > MAX_SPEAKER_TOKENS:
            return self._trailing_named_source(si, tokens, end)
        norms = tuple(t.norm for t in tokens[comma + 1 : end])
        for phrase in self.vocab.trailing_attributions:
            if norms[: len(phrase)] != phrase or not tokens[comma + 1 + len(phrase) : end]:
                continue
            np = self._past_relative(self._unglue_preposition(list(tokens[comma + 1 + len(phrase) : end])))
            return _Frame(si, comma + 1, None, np, 0, before_end=tokens[comma].start, trailing=True)
        return None

    def _trailing_named_source(self, si: int, tokens: list[Token], end: int) -> _Frame | None:
        """«... البحث الذي جرى تعليقه الجمعة وفقا لـ «سكاي نيوز عربية».»: with no comma before it, a
        source closing the sentence vouches for it only when the tagger names it (and nothing else
        follows): «وفقا للقانون» closing a sentence is the law, not a source."""
        for i in range(max(MIN_QUOTE_WORDS, end - MAX_NAME_TOKENS_AFTER_QUOTE - 2), end - 1):
            norms = tuple(t.norm for t in tokens[i:end])
            for phrase in self.vocab.trailing_attributions:
                if norms[:len(phrase)] != phrase:
                    continue
                source = [t for t in self._unglue_preposition(list(tokens[i + len(phrase):end])) if t.raw not in QUOTE_CHARS]
                if not source:
                    continue
                lo, hi = source[0].start, source[-1].end
                if any(m.type in ("PERS", "ORG") and m.start <= lo and hi <= m.end for m in self.article.mentions):
                    return _Frame(si, i, None, source, 0, before_end=tokens[i].start, trailing=True)
        return None

    def _trailing_source(self, tokens: list[Token], comma: int) -> list[Token] | None:
        """"“...,” Putin said, according to the Kremlin.": who passed the words on."""
        end = len(tokens)
        while end and not tokens[end - 1].is_word:
            end -= 1
        norms = tuple(t.norm for t in tokens[comma + 1 : end])
        for phrase in self.vocab.trailing_attributions:
            source = tokens[comma + 1 + len(phrase) : end]
            if norms[: len(phrase)] == phrase and source and len(source) <= MAX_SPEAKER_TOKENS:
                return self._unglue_preposition(list(source))
        return None

    def _past_relative(self, np: list[Token]) -> list[Token]:
        """«وفق ما قاله مسؤولون اتحاديون», «ووفقا لما قاله المسؤولون، فإن»: the officials, not «ما قاله»."""
        first = np[0].norm if np else ""
        relative = first in self.vocab.relative_words or (
            first[:1] in self.vocab.prepositions and first[1:] in self.vocab.relative_words)
        return np[2:] if len(np) > 2 and relative and np[1].is_word else np

    def _unglue_preposition(self, np: list[Token]) -> list[Token]:
        """"وفقا لـ X" / "لوكالة ..." / "للمسؤولين": the preposition is not part of the source."""
        if np and np[0].norm in ("ل", "لـ"):
            return np[1:]
        if np and np[0].norm.startswith("ل") and len(np[0].norm) > 3 and (
            self.vocab.is_definite(np[0].norm) or np[0].norm[1:] in self.known_words
            or np[0].norm[1:] in self.vocab.anonymous_heads  # «وفقا لأرقام وإحصاءات»
            or any(p[0] == np[0].norm[1:] for p in self.vocab.institutions)
        ):
            first = np[0]
            norm = "ال" + first.norm[2:] if first.norm.startswith("لل") else first.norm[1:]
            np[0] = Token(first.start + 1, first.end, first.raw[1:], norm, True)
        return np

    def _frames_in(self, si: int, tokens: list[Token]) -> list[_Frame]:
        frames: list[_Frame] = []
        attribution = self._attribution(si, tokens)
        if attribution is not None:
            frames.append(attribution)
        elif tokens and not self._verb(tokens[0]):
            # a sentence opening with a (titled) name is about that person, who speaks in a following
            # «وقال:» («الدكتور عبدالله المسند الأستاذ بجامعة القصيم يفسر ... وقال:»)
            named = self._titled_person(tokens, 0, min(len(tokens), MAX_SPEAKER_TOKENS)) \
                if tokens[0].norm in self.vocab.title_words or any(
                    m.type == "PERS" and m.start == tokens[0].start for m in self.article.mentions) else None
            if named is not None:
                frames.append(_Frame(si, 0, None, tokens[:named], named, stance=True))
        for j, t in enumerate(tokens):
            verb, part = self._verb(t, tokens[j + 1] if j + 1 < len(tokens) else None), self._participle(t)
            if verb and t.norm in self.vocab.impersonal_verbs and self._impersonal(tokens, j):
                continue  # «يذكر أن ...»: the writer's aside
            if not verb and not part and t.is_word and t.norm in self.vocab.saying_by:
                said = self._by_saying(si, tokens, j)
                if said is not None:
                    frames.append(said)
                    continue
            if not verb and not part and t.is_word:
                expressed = self._expression(si, tokens, j) or self._description(si, tokens, j)
                if expressed is not None:
                    frames.append(expressed)
                    continue
            if not verb and not part:
                found, gender = self.vocab.lookup(self.vocab.stance_verbs, t.norm)
                if found and t.is_word and self._clause_start(tokens, j):
                    frame = self._subject_only_frame(si, tokens, j, gender)
                    if frame is not None:
                        frames.append(frame)
                elif self._clause_start(tokens, j):
                    frame = self._named_subject_frame(si, tokens, j)
                    if frame is not None:
                        frames.append(frame)
                continue
            gender = (verb or part)[0]
            if part:
                # (or written with the accusative tanween, which marks it as the manner of the clause
                # before, comma or not: «... الوحدة الخليجية جازماً في حديثه أن»)
                opens = j == 0 or tokens[j - 1].raw in COMMAS or self.vocab.lookup(self.vocab.saying_participles, t.norm)[0] \
                    or t.raw.endswith(self.vocab.accusative_endings or ("\0",))
                if not opens:
                    continue
                k = self._trigger(tokens, j)
                if k is not None:
                    frames.append(_Frame(si, j, gender, [], k, participle=True))
                continue
            frame = self._after_quote_frame(si, tokens, j, gender)
            if frame is not None:
                frames.append(frame)
                continue
            k = self._trigger(tokens, j)
            if k is not None and self.vocab.lookup(self.vocab.opinion_verbs, t.norm)[0] \
                    and not self._complementizer(tokens, k) \
                    and not (self._is_opener(tokens[k]) and k + 1 < len(tokens) and self._complementizer(tokens, k + 1)):
                # «رأى» reports an opinion only through «أن» (quoted or not: «ورأى «أن قضية النفايات»);
                # before a colon or a quote mark it sees («فقال الأصمعي لزين العابدين وقد رأى دموعه
                # تنحدر من عينيه : أتبكي»)
                continue
            # «أبوابه التي قالت الشرطة إن»: a relative clause whose verb names its own subject
            own_subject = k is not None and j > 0 and tokens[j - 1].norm in self.vocab.relative_pronouns \
                and self._names_own_subject(tokens[j + 1:k])
            if k is not None and j > 1 and tokens[j - 1].norm in self.vocab.relative_pronouns and not own_subject:
                named = self._antecedent(tokens, j - 1)
                if named is not None:
                    frames.append(_Frame(si, j, gender, named, k))
                continue
            subject = None
            subject_first = "SV" in self.vocab.order or bool(self.vocab.subject_leaders)
            if subject_first and not own_subject and not self._clause_start(tokens, j):
                subject = self._subject_before(tokens, j) or self._subject_after_opener(tokens, j)
                if subject is None:
                    continue
            elif j > 0 and tokens[j - 1].norm in self.vocab.relative_words and not own_subject:
                continue
            if k is None and subject is not None and self.vocab.complementizer_optional:
                k = j + 1
                while k < len(tokens) and tokens[k].norm in self.vocab.adjunct_words:
                    k += 1
                if k < len(tokens) and tokens[k].raw in COMMAS:
                    continue
                if all(not x.is_word for x in tokens[k:]) and subject[0].start > tokens[0].start:
                    # "..., officials said." - the content is the clause before the subject.
                    before = subject[0].start
                    frames.append(_Frame(si, j, gender, subject, 0, before_end=before))
                    continue
            if k is None and subject is None and not any(not f.stance for f in frames):
                frame = self._closing_frame(si, tokens, j, gender)
                if frame is not None:
                    frames.append(frame)
                    continue
            if k is None:
                if subject is None and self._clause_start(tokens, j):
                    # "وقال معاليه أود ...": someone speaks, with no content we can delimit.
                    frame = self._subject_only_frame(si, tokens, j, gender)
                    if frame is not None:
                        frames.append(frame)
                elif subject is not None:
                    # «وكان مجلس محافظة الأنبار، قد أعلن الأحد، عن تحرير ...، فيما أكد أن»: the subject
                    # named before the verb speaks next
                    frames.append(_Frame(si, j, gender, subject, j + 1, stance=True))
                continue
            between = tokens[j + 1 : k]
            if between and (self._participle(between[0]) or self._verb(between[0])):
                # «وأضاف مؤكداً أن», «وتابع يقول «...»»: the participle or second verb is the manner,
                # not the speaker
                between = between[1:]
            saying = next((x for x, b in enumerate(between) if self._saying_participle(b)), None)
            if saying is not None:
                between = between[:saying]  # «وأضاف الأمين العام للجامعة العربية قائلا إن»
            if subject is None and (gender == PLURAL or self._object_first(between)):
                # a verb before its subject is singular («وحذر المسؤولون»): a plural or dual verb
                # («وحذروا ونبهوا ووجهوا النشء ... أن», «وقالا في بيان») holds its subject, and the
                # words after it are its object or adjuncts
                between = []
            frame = _Frame(si, j, gender, subject if subject is not None else between, k)
            if subject is None:
                self._split_relay(frame, relay_verb=self.vocab.lookup(self.vocab.relay_verbs, t.norm)[0])
            frames.append(frame)
        if all(f.stance for f in frames):
            trailing = self._trailing_attribution(si, tokens)
            if trailing is not None:
                frames.append(trailing)
        return frames

    def _by_saying(self, si: int, tokens: list[Token], j: int) -> _Frame | None:
        """«ورد خامنئي بالقول: ...», «مكتفيا بالقول إن»: the verb opening the clause of «بالقول»
        reports what follows, whatever it means alone (رد، اكتفى، مضى); its subject, up to an
        adjunct's preposition («وعلق الوزير على ذلك بقوله»), speaks, and with none the speaker goes on."""
        c = self._clause_boundary(tokens, j)
        while c < j and (tokens[c].norm in self.vocab.clause_openers or tokens[c].norm in self.vocab.subject_first_after):
            c += 1  # «فيما تساءل آخرون بالقول»: the verb comes after the opener
        if c >= j or self._verb(tokens[c]) or self._participle(tokens[c]):
            return None  # (a reporting verb or participle reads its own frame)
        k = self._trigger_after(tokens, j)
        if k is None:
            return None  # «سواء بالقول أو بالكتابة»: a manner, nothing reported
        between = tokens[c + 1:j]
        stop = next((i for i, x in enumerate(between) if x.norm in self.vocab.prepositions
                     or x.norm in self.vocab.verb_prepositions), len(between))
        between = between[:stop]
        if any(self._verb(x) or self._participle(x) for x in between):
            return None
        # «ومضت المصادر بالقول – نقلا عن أحد المرتزقة – إن»: the source it relays spoke
        frame = _Frame(si, c, None, between + tokens[j + 1:k], k)
        self._split_relay(frame, relay_verb=False)
        if frame.relayed_tokens is not None:
            frame.speaker_tokens = [x for x in frame.speaker_tokens if x.is_word]
            frame.relayed_tokens = [x for x in frame.relayed_tokens if x.is_word]
            if isinstance(read_speaker(frame.speaker_tokens, self.vocab, self.text, self.known_words,
                                       self.article.mentions), Speaker):
                return frame
        if any(x.is_word for x in between):
            return _Frame(si, c, None, between, k)
        head = tokens[c]
        adverbial = c == j - 1 and head.norm.startswith("م") and len(head.norm) >= 5 and (
            head.raw.endswith(self.vocab.accusative_endings or ("\0",)) or head.norm.endswith("ا"))
        if adverbial and c > 0 and tokens[c - 1].raw in COMMAS:
            # «ورفض المصدر ... كشف هوية من غادر، مكتفيا بالقول:»: a participle's clause goes on with the
            # subject of the verb opening the clause before, when it reads as someone (not whoever
            # spoke before it)
            p = self._clause_boundary(tokens, c - 1)
            opening = self._subject_only_frame(si, tokens, p, None) if p < c - 1 else None
            if opening is not None and not opening.unreadable and isinstance(read_speaker(
                    opening.speaker_tokens, self.vocab, self.text, self.known_words, self.article.mentions), Speaker) \
                    and not any(m.start <= tokens[p].start < m.end for m in self.article.mentions):
                return _Frame(si, c, None, opening.speaker_tokens, k)
        return _Frame(si, j, None, [], k, participle=True)

    def _closing_frame(self, si: int, tokens: list[Token], j: int, gender) -> _Frame | None:
        """«الجيش ألقى البراميل على المدينة، قال دي ميستورا.»: a reporting verb after a comma whose
        speaker closes the sentence reports the clause before the comma (quote marks or not)."""
        if j < MIN_QUOTE_WORDS or tokens[j - 1].raw not in COMMAS:
            return None
        end = next((i for i in range(j + 1, len(tokens)) if not tokens[i].is_word), len(tokens))
        if end == j + 1 or end - j > MAX_NAME_TOKENS_AFTER_QUOTE or (end < len(tokens) and tokens[end].raw not in ".؟?!"):
            return None
        got = read_speaker(tokens[j + 1:end], self.vocab, self.text, self.known_words, self.article.mentions)
        if not isinstance(got, Speaker) or got.kind not in ("person", "institution", "anonymous"):
            return None
        return _Frame(si, j, gender, tokens[j + 1:end], 0, before_end=tokens[j - 1].start)

    def _subject_only_frame(self, si: int, tokens: list[Token], j: int, gender) -> _Frame | None:
        """A verb that quotes nothing we can delimit but says who speaks next ("أشاد بوتين بـ...
        قائلاً", "أوضح ذلك X، وقال:").  Its subject is read only when a comma or quote mark
        closes it; otherwise it is recorded as someone unreadable, so that the speaker before
        is not carried past it ("وقال معاليه أود ..." between the Emir and the minister)."""
        if gender == PLURAL or self._object_first(tokens[j + 1:j + 2]):
            return None  # «وطالبوا الحكومة بـ»: the verb holds its subject (see _frames_in), no one new
        end = self._phrase_end(tokens, j + 1)
        start = j + 1
        while start < end and tokens[start].norm in self.vocab.demonstratives:
            start += 1
        if start < end and (tokens[start].norm in self.vocab.prepositions or tokens[start].norm in self.vocab.verb_prepositions):
            return None  # "وأعرب عن ...": the subject is the verb's pronoun, nothing new
        # «علق الدكتور الثبيتي على القرار قائلاً»: the subject ends where the verb's preposition begins
        # ... and «أعربت الحكومة التونسية عن إدانتها ...»: the body, not the body and its feelings; not
        # inside a name, nor in the titles before the person they name («الرئيس العام لهيئة الأمر
        # بالمعروف والنهي عن المنكر الشيخ عبدالرحمن السند بـ...»)
        lo, hi = (tokens[start].start, tokens[end - 1].end) if start < end else (0, 0)
        names = [m for m in self.article.mentions if m.type in ("PERS", "ORG") and lo <= m.start and m.end <= hi]
        person_end = max((m.end for m in names if m.type == "PERS"), default=lo)
        governed = next((i for i in range(start + 1, end) if tokens[i].start >= person_end and self._governed(tokens[i])
                         and not any(m.start <= tokens[i].start < m.end for m in names)), None)
        if governed is not None and (self._names_person(tokens[start:governed]) or isinstance(read_speaker(
                tokens[start:governed], self.vocab, self.text, self.known_words, self.article.mentions), Speaker)):
            return _Frame(si, j, gender, tokens[start:governed], governed, stance=True)
        # «أوضحت سفارة خادم الحرمين الشريفين لدى سلطنة عمان ملابسات الحادثة»: a body the tagger named
        # right after the verb (before any person: «انتقد نادي أولمبيك مارسيليا مدربه السابق مارسيلو
        # بيلسا»: the coach is the club's object)
        body = next((m for m in self.article.mentions if m.type == "ORG" and start < end and m.start == tokens[start].start), None)
        if body is not None:
            stop = next((i for i in range(start, end) if tokens[i].start >= body.end), end)
            return _Frame(si, j, gender, tokens[start:stop], stop, stance=True)
        # «تحدث إمام وخطيب المسجد النبوي الشيخ صلاح البدير في خطبة الجمعة عن ...»: titles, then the
        # person the tagger named, before any adjunct: that person speaks next
        named = self._titled_person(tokens, start, end)
        if named is not None:
            return _Frame(si, j, gender, tokens[start:named], named, stance=True)
        # «عبر مدير عام الخطوط الجوية العربية السعودية، م. صالح بن ناصر الجاسر، عن»: an office, then
        # the person in apposition after its comma
        if start < end and end + 1 < len(tokens) and tokens[end].raw in COMMAS and tokens[start].norm in self.vocab.title_words:
            person = next((m for m in self.article.mentions if m.type == "PERS"
                           and tokens[end].end <= m.start and m.start <= tokens[min(len(tokens) - 1, end + 3)].start), None)
            if person is not None:
                stop = next((i for i in range(end + 1, len(tokens)) if tokens[i].start >= person.end), len(tokens))
                return _Frame(si, j, gender, tokens[start:stop], stop, stance=True)
        closed = end < len(tokens) and (tokens[end].raw in COMMAS or tokens[end].raw in QUOTE_CHARS)
        return _Frame(si, j, gender, tokens[start:end], end, stance=True, unreadable=not closed)

    def _phrase_end(self, tokens: list[Token], i: int) -> int:
        """The first token from i that is no word, reading a quoted name as words: «ووصفت صحيفة
        "الديلي ميل" البريطانية، الفيديو» ends at the comma, not at the name's quote mark."""
        while i < len(tokens):
            if self._is_opener(tokens[i]) and self._short_quote(tokens, i):
                closer = self.vocab.quote_pairs[tokens[i].raw]
                i = next(k for k in range(i + 1, len(tokens)) if tokens[k].raw == closer) + 1
                continue
            if not tokens[i].is_word:
                return i
            i += 1
        return i

    def _titled_person(self, tokens: list[Token], start: int, end: int) -> int | None:
        """The token index just after a person named at the head of ``tokens[start:end]`` (after
        titles and the places in them), if no preposition or adjunct comes first."""
        for i in range(start, end):
            t = tokens[i]
            person = next((m for m in self.article.mentions if m.type == "PERS" and m.start == t.start), None)
            if person is not None:
                k = i
                while k < end and tokens[k].end <= person.end:
                    k += 1
                return k
            if t.norm in self.vocab.prepositions or self.vocab.is_adjunct(t) or t.norm in self.vocab.verb_prepositions:
                return None
        return None

    def _impersonal(self, tokens: list[Token], j: int) -> bool:
        k = j + 1
        while k < len(tokens) and tokens[k].norm in self.vocab.verb_prepositions:
            k += 1
        return k < len(tokens) and tokens[k].norm in self.vocab.complementizers

    def _names_own_subject(self, tokens: list[Token]) -> bool:
        """The words between a verb and its content name someone (not only adjuncts: «الذي قال
        للصحفيين إن» speaks with the antecedent's voice)."""
        words = [t for t in tokens if t.is_word]
        if not words:
            return False
        # headed by a name, a title or a bare definite noun («الشرطة»), never a word behind a
        # preposition («الذي أقر بموافقة 70 عضوا»)
        first = words[0]
        # ... or an unnamed source («باريس سان جيرمان الذي ذكرت تقارير أنه»: the reports speak)
        headed = (first.norm in self.vocab.title_words or self.vocab.is_bare_definite(first.norm)
                  or first.norm in self.vocab.anonymous_heads
                  or any(m.start == first.start and m.type in ("PERS", "ORG") for m in self.article.mentions))
        got = read_speaker(tokens, self.vocab, self.text, self.known_words, self.article.mentions)
        return headed and isinstance(got, Speaker)

    def _names_person(self, tokens: list[Token]) -> bool:
        if not tokens:
            return False
        lo, hi = tokens[0].start, tokens[-1].end
        return any(m.type == "PERS" and lo <= m.start and m.end <= hi for m in self.article.mentions)

    def _after_opening_phrase(self, tokens: list[Token], j: int) -> bool:
        """Token j follows only a short phrase that opens the sentence («وعقب المباراة»، «من جهة
        أخرى،»), not a clause of its own (a noun after a comma may be «بحضور الأمير ...»)."""
        return 0 < j <= 6 and tokens[0].norm in self.vocab.phrase_openers and not any(
            self._verb(x) for x in tokens[:j])

    def _named_subject_frame(self, si: int, tokens: list[Token], j: int) -> _Frame | None:
        """«وقدم المهندس خالد محفوظ بحاح الشكر ... وقال:»: a clause whose verb is no reporting verb
        still names its subject; the speaker of a following «وقال:» is that person, not the one
        before.  A word opening a clause, then titles, then a person the tagger named."""
        t = tokens[j]
        if not t.is_word or self.vocab.is_definite(t.norm) or t.norm in self.vocab.title_words:
            return None
        if t.norm in self.vocab.prepositions or t.norm in self.vocab.negations or self.vocab.is_adjunct(t):
            return None
        if j > 0 and not any(t.norm.startswith(c) and len(t.norm) > len(c) + 2 for c in self.vocab.conjunctions):
            # a verb opening a coordinated clause («وقدم», «فاستقبل»), or a bare verb after an opening
            # phrase whose subject is titled («وعقب المباراة حفز رئيس البعثة بتال العتيبي اللاعبين»)
            # or after a clause opener that carries no subject of its own («فيما زوّد الأمير فيصل بن
            # تركي ... اللاعبين ...، أكد أن»: the prince speaks next)
            opened = self._after_opening_phrase(tokens, j) or tokens[j - 1].norm in self.vocab.subjectless_openers
            if not (opened and j + 1 < len(tokens) and tokens[j + 1].norm in self.vocab.title_words):
                return None
            named = self._titled_person(tokens, j + 1, len(tokens))
            if named is None:
                return None
            return _Frame(si, j, None, tokens[j + 1:named], named, stance=True)
        k = j + 1
        while k < len(tokens) and tokens[k].norm in self.vocab.title_words:
            k += 1
        if k >= len(tokens):
            return None
        person = next((m for m in self.article.mentions if m.type == "PERS" and m.start == tokens[k].start), None)
        if person is None and k > j + 1 and j == 0:
            # «رفع صاحب السمو الملكي الأمير فهد بن سلطان ...», «استنكر معالي مساعد رئيس مجلس الشورى
            # الدكتور يحيى الصمعان ...»: the opening sentence's titles hold the words of the office too
            named = self._titled_person(tokens, j + 1, min(len(tokens), j + 1 + MAX_TITLE_TOKENS))
            return _Frame(si, j, None, tokens[j + 1:named], named, stance=True) if named is not None else None
        if person is None or k == j + 1 and not self._clause_start(tokens, j):
            return None
        end = k
        while end < len(tokens) and tokens[end].end <= person.end:
            end += 1
        return _Frame(si, j, None, tokens[k:end], end, stance=True)

    def _after_quote_frame(self, si: int, tokens: list[Token], j: int, gender) -> _Frame | None:
        """"“...,” Peskov said." (subject first) or "“...”، قال بيسكوف." (verb first)."""
        b = j - 1
        if b >= 0 and tokens[b].raw in COMMAS:
            b -= 1
        if b >= 0 and tokens[b].raw in QUOTE_CHARS and self._opener_for(tokens[b]) is not None:
            end = next((i for i in range(j + 1, len(tokens)) if not tokens[i].is_word), len(tokens))
            if end < len(tokens) and tokens[end].raw not in ".؟?!":
                return None
            if any(self._complementizer(tokens, x) for x in range(j + 1, end)):
                return None  # «...»، وشدد المتحدث أنه سوف ...: a new quote, not the one before
            return _Frame(si, j, gender, tokens[j + 1 : end], j + 1, after_quote=tokens[b])
        if "SV" not in self.vocab.order:
            return None
        for b in range(j - 1, max(-1, j - 2 - MAX_NAME_TOKENS_AFTER_QUOTE), -1):
            if tokens[b].raw in QUOTE_CHARS:
                if self._opener_for(tokens[b]) is None or not all(x.is_word for x in tokens[b + 1 : j]):
                    return None
                after = tokens[j + 1 : j + 2]
                relay = self._trailing_source(tokens, j + 1) if after and after[0].raw in COMMAS else None
                if after and after[0].raw not in ".؟?!" and relay is None:
                    return None
                return _Frame(si, j, gender, tokens[b + 1 : j], j + 1, after_quote=tokens[b], relayed_tokens=relay)
            if not tokens[b].is_word:
                return None
        return None

    def _split_relay(self, frame: _Frame, relay_verb: bool) -> None:
        """"نقلت وكالة X عن Y قوله" and "X نقلاً عن Y": Y spoke, X relayed."""
        toks = frame.speaker_tokens
        norms = [t.norm for t in toks]
        for i, n in enumerate(norms):
            if relay_verb and n in self.vocab.relay_pronouns:
                frame.relayed_tokens = toks[:i]
                frame.speaker_tokens = []
                frame.relay_pronoun = True
                frame.gender = self.vocab.relay_pronouns[n]
                return
            # "عن" marks a source only after a relay verb: "المحامي المكلف الدفاع عن شرطة لندن".
            is_marker = relay_verb and n in self.vocab.relay_markers and i > 0
            phrase = next((p for p in self.vocab.relay_marker_phrases if tuple(norms[i:i + len(p)]) == p), None)
            is_marker = is_marker or (relay_verb and i > 0 and phrase is not None)
            if is_marker or n in self.vocab.relay_infix:
                rest = toks[i + (len(phrase) if phrase else 1):]
                if rest and rest[0].norm in self.vocab.relay_markers:
                    rest = rest[1:]
                end = next((x for x, t in enumerate(rest) if t.norm in self.vocab.relay_saying), len(rest))
                frame.relayed_tokens = toks[:i]
                frame.speaker_tokens = rest[:end]
                frame.gender = None
                return

    # --- speakers ------------------------------------------------------------------------
    def _carry(self, si: int, gender: str | None, same_sentence: bool) -> Speaker | None:
        for said in reversed(self.said):
            if said.sentence < si - (0 if same_sentence else CARRY_SENTENCES):
                return None
            if said.speaker is None or gender is None or said.gender is None or said.gender == gender:
                return said.speaker
            # «أعرب تجار ...، مشيرين ...، وأكدوا»: a verb before its plural subject is singular, so a
            # plural verb goes on with the sentence's speaker, or with an unnamed group or source
            # named before («وقال محللون إن ... وشددوا على أن»)
            if gender == PLURAL and (said.sentence == si or said.speaker.kind in ("anonymous", "group")):
                return said.speaker
            # ... and a broken plural takes the feminine singular («وأشاروا ...، مشيرة إلى أنهم» after
            # «أكد شهود عيان»): an unnamed group that spoke as a plural goes on in the feminine
            if gender == "f" and said.gender == PLURAL and said.speaker.kind in ("anonymous", "group"):
                return said.speaker
        return None

    def _antecedent(self, tokens: list[Token], rel: int) -> list[Token] | None:
        """«واتفقت مع جورج براوتشلير، المدعي العام لمقاطعة أراباهو، الذي قال إن»: the person (or
        organisation) the relative clause is about, named at most a title's length before it; never
        a name glued to a preposition («وبالنسبة لبوتين، الذي قال»: the writer's framing)."""
        lo = tokens[max(0, rel - MAX_SPEAKER_TOKENS)].start
        before = [m for m in self.article.mentions if m.type in ("PERS", "ORG") and lo <= m.start
                  and m.end <= tokens[rel].start]
        if not before:
            return None
        m = max(before, key=lambda m: (m.type == "PERS", m.end))
        if m.start > 0 and self.text[m.start - 1].isalpha():
            return None
        if any(t.raw in ".!?؟" for t in tokens if m.end <= t.start < tokens[rel].start):
            return None
        return [t for t in tokens if m.start <= t.start and t.end <= m.end] or None

    def _someone_in(self, si: int) -> bool:
        return any(said.sentence == si for said in self.said)

    def _same_head(self, a: str, b: str) -> bool:
        bare_a, bare_b = self.vocab.bare(a), self.vocab.bare(b)
        return bare_a == bare_b or stem(bare_a) == stem(bare_b)

    def _resolve_anaphor(self, si: int, speaker: Speaker) -> Speaker | None:
        """"الوكالة" / "المسؤولون" -> the agency / officials named earlier; else keep a known
        kind of source as written, and give up on other bare nouns ("البلدان", "البيان")."""
        for said in reversed(self.said):
            if said.sentence < si - ANAPHOR_SENTENCES:
                break
            if said.speaker is None or said.speaker is speaker:
                continue
            said_words = [normalize(w) for w in said.speaker.text.split()]
            # A family name ("الحمدان") may stand anywhere in the earlier phrase; an office or
            # agency word only at its head or end ("الوكالة" <- "وكالة الأنباء ...").
            family_name = speaker.head not in self.vocab.title_words and not (
                self.vocab.is_generic_institution(speaker.head)
                or self.vocab.bare(speaker.head) in self.vocab.anonymous_heads
            )
            # (not a body behind a preposition: «مسؤول بالشركة» is an official, not «الشركة»)
            # (nor a name: a name never takes a glued preposition)
            said_words = [w for w in said_words if self.vocab.is_bare_definite(w) or not self.vocab.is_definite(w)]
            if not said_words:
                continue
            candidates = said_words if family_name else [said.speaker.head, said_words[-1]]
            if said.speaker.kind == "anonymous":
                # «مصدر من شركة مصفاة النفط»: a source in the company is not «الشركة»; only its head
                # («المصدر») points back at it
                candidates = [said.speaker.head]
            if any(self._same_head(w, speaker.head) for w in candidates):
                return said.speaker
        known = self.vocab.bare(speaker.head) in self.vocab.anonymous_heads or self.vocab.is_generic_institution(speaker.head)
        known = known and len(speaker.text.split()) > 0 and speaker.head not in self.vocab.title_words
        return speaker if known else None

    def _speaker_of(self, frame: _Frame) -> Speaker | None:
        if frame.participle:
            # The same sentence's speaker; a participle opening its sentence («مبيناً أن ...» after a
            # full stop) goes on with the speaker of the sentences before.
            same = self._carry(frame.sentence, frame.gender, same_sentence=True)
            if same is not None or (frame.verb > 0 and self._someone_in(frame.sentence)):
                return same
            # no one spoke yet in this sentence («وشكر سفارة المملكة ...، مضيفا أن»: the verb's
            # subject is the speaker before, its object no speaker)
            return self._carry(frame.sentence, frame.gender, same_sentence=False)
        got = read_speaker(frame.speaker_tokens, self.vocab, self.text, self.known_words, self.article.mentions)
        if got == "pronoun":
            gender = frame.gender
            words = [t for t in frame.speaker_tokens if t.is_word]
            if words and words[0].norm in self.vocab.pronouns:
                gender = self.vocab.pronouns[words[0].norm]
            return self._carry(frame.sentence, gender, same_sentence=False)
        if got is None:
            frame.unreadable = True
            return None
        definite = self.vocab.is_definite(got.head) and got.head not in self.vocab.relational_heads  # والدة
        if got.kind == "anaphor" or (got.kind == "anonymous" and definite):
            resolved = self._resolve_anaphor(frame.sentence, got)
            if resolved is got and got.kind == "anaphor" and self.vocab.is_generic_institution(got.head):
                # kept as written only when the text names no body with its head («وأوضحت الشركة»
                # after «شركة "إيني"»)
                resolved = self._named_body(got) or self._last_body(frame.sentence, got) or got
            if resolved is None and got.head in self.vocab.title_words:
                resolved = self._titled_mention(got)
            if resolved is None and got.kind == "anaphor":
                resolved = self._named_body(got)
            if resolved is None and got.kind == "anaphor" and self.vocab.bare(got.head) in self.vocab.statement_nouns:
                # «وأشار البيان إلى أن» after «وقالت القوات المسلحة في بيان إن» or «أفاد بيان صادر عن
                # مكتب رئيس الوزراء أن»: the statement speaks for whoever spoke last; with no one
                # before it speaks as written
                resolved = self._last_speaker(frame.sentence) or got
            if resolved is None and got.head in self.vocab.title_words and len(got.text.split()) > 1:
                # no one named holds the office: «المتحدث باسم وزارة الخارجية» speaks as written
                resolved = got
            return resolved
        if got.kind == "title":
            # (a title no one spoke under keeps its words; linking gives it the person the story names
            # with it, «الرئيس الروسي» -> فلاديمير بوتين)
            return self._titled_earlier(frame.sentence, got) or got
        return got

    def _last_speaker(self, si: int) -> Speaker | None:
        for said in reversed(self.said):
            if said.sentence < si - ANAPHOR_SENTENCES:
                return None
            if said.speaker is not None:
                return said.speaker
        return None

    def _last_body(self, si: int, noun: Speaker) -> Speaker | None:
        """«أكدت الخطوط الجوية الكويتية أنها ...» then «وأوضحت الشركة أن»: the body that spoke just
        before, named by the tagger, when the text names none with the noun's head."""
        for said in reversed(self.said):
            if said.sentence < si - CARRY_SENTENCES:
                return None
            if said.speaker is None:
                continue
            first = self.vocab.bare(normalize(said.speaker.text.split()[0]))
            # (a body named by another kind of noun is not it: «بورصة الدار البيضاء» is no «الشركة»)
            other_kind = ((first,) in self.vocab.institutions or first in self.vocab.non_name_words) \
                and not self._same_head(first, noun.head)  # («القوات المسلحة» is no «الرئاسة»)
            if said.speaker.kind == "institution" and not other_kind and any(
                    m.type == "ORG" and m.start < said.speaker.end and said.speaker.start < m.end for m in self.article.mentions):
                return said.speaker
            return None  # someone else spoke last
        return None

    def _titled_earlier(self, si: int, title: Speaker) -> Speaker | None:
        """«وأوضح إمام وخطيب المسجد الحرام أن»: the person named earlier with that title
        («أكد إمام وخطيب المسجد الحرام الشيخ الدكتور سعود الشريم»)."""
        wanted = [normalize(w) for w in title.text.split()]
        for said in reversed(self.said):
            if said.sentence < si - ANAPHOR_SENTENCES:
                break
            if said.speaker is None or said.speaker.kind != "person":
                continue
            # the title before the name («إمام وخطيب المسجد الحرام الشيخ سعود الشريم») or after it,
            # in apposition («الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي»)
            before = [normalize(w).strip("،,.") for w in self.text[max(0, said.speaker.start - 150):said.speaker.start].split()]
            after = [normalize(w) for w in self.text[said.speaker.end:said.speaker.end + 150].split()]
            if _in_order(wanted, before[-(len(wanted) + 4):]) or _in_order(wanted, [w.strip("،,") for w in after[:len(wanted) + 2]]):
                return said.speaker
        # «وقال المدير الفني البرتغالي:» after «قال المدرب البرتغالي جوسيه مورينيو، المدير الفني لفريق
        # تشيلسي»: the one person who spoke with the title's head noun beside his name
        # (wherever the article names him: «كشف المدرب ستيف مكلارين عن أن» before «وقال مكلارين»)
        heads: dict[str, Speaker] = {}
        for said in reversed(self.said):
            if said.sentence < si - ANAPHOR_SENTENCES:
                break
            if said.speaker is None or said.speaker.kind != "person":
                continue
            family = normalize(said.speaker.text.split()[-1])
            spans = [(said.speaker.start, said.speaker.end)] + [
                (m.start, m.end) for m in self.article.mentions
                if m.type == "PERS" and m.end <= title.start and normalize(m.text.split()[-1]) == family]
            for lo, hi in spans:
                before = [normalize(w).strip("،,.") for w in self.text[max(0, lo - 80):lo].split()]
                after = [normalize(w).strip("،,.") for w in self.text[hi:hi + 80].split()]
                if wanted[0] in before[-6:] or wanted[0] in after[:4]:
                    heads.setdefault(family, said.speaker)
        if len(heads) == 1:
            return next(iter(heads.values()))
        return None

    def _named_body(self, noun: Speaker) -> Speaker | None:
        """«وأوضحت الشركة أن», «وأكدت الجمعية أن» where no one has spoken as the company yet: the
        organisation the text last named with that head («شركة إيني», «جمعية البر بجدة»)."""
        if len(noun.text.split()) != 1:
            return None
        for m in sorted(self.article.mentions, key=lambda m: -m.start):
            if m.type != "ORG" or m.end > noun.start:
                continue
            # the head may be the mention's first word or the classifier before it («شركة "إيني"»)
            before = "".join(" " if c in QUOTE_CHARS else c for c in self.text[max(0, m.start - 20):m.start]).split()[-1:]
            for first in [normalize(m.text.split()[0])] + [normalize(w) for w in before]:
                if first != normalize(noun.text) and self._same_head(first, noun.head):
                    return Speaker(m.start, m.end, m.text, "institution", normalize(m.text.split()[0]))
        return None

    def _titled_mention(self, title: Speaker) -> Speaker | None:
        """«لكن الرئيس قال ... إن» where no one has spoken under that title yet: the one person the
        text named earlier right after it («أنشأها الرئيس عبد الله يمين»)."""
        wanted = [normalize(w) for w in title.text.split()]
        people: dict[str, Mention] = {}
        for m in self.article.mentions:
            if m.type != "PERS" or m.end > title.start:
                continue
            before = [normalize(w) for w in self.text[max(0, m.start - 120):m.start].split()]
            if before[-len(wanted):] == wanted:
                people[m.entity_id or normalize(m.text)] = m
        if len(people) != 1:
            return None
        (m,) = people.values()
        return Speaker(m.start, m.end, m.text, "person", normalize(m.text.split()[0]))

    def _relayer(self, frame: _Frame) -> str | None:
        if not frame.relayed_tokens:
            return None
        got = read_speaker(frame.relayed_tokens, self.vocab, self.text, self.known_words)
        return got.text if isinstance(got, Speaker) else None

    # --- assembly ------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        seen: set[tuple[int, int]] = set()
        for si, sentence in enumerate(self.sentences):
            tokens = tokenize(self.text, sentence.start, sentence.end)
            contents: list[tuple[int, int]] = []  # what this sentence's quotes say
            for frame in self._frames_in(si, tokens):
                # a verb inside the quote marks of what someone said («ويضيف "... صاحب مصحف الحاضنة
                # الذي كتب سنة 420 هـ، ... وبعد أن ضبطت ..."») is part of it, never a new quote
                if frame.verb < len(tokens) and not frame.participle and any(
                        start <= tokens[frame.verb].start < end for start, end in self._direct):
                    continue
                # a verb inside what someone said («وأضاف أنه تبين لهم وجود لحوم ...، موضحا أنه») names no
                # new speaker: an unreadable subject there must not stop the speaker being carried
                quoted = frame.verb < len(tokens) and any(
                    start <= tokens[frame.verb].start < end for start, end in contents)
                if frame.stance:
                    if quoted:
                        continue
                    words = [t for t in frame.speaker_tokens if t.is_word]
                    speaker = self._speaker_of(frame) if words and not frame.unreadable else None
                    if speaker is not None or words:
                        self.said.append(_Said(si, speaker, frame.gender))
                    continue
                if frame.after_quote is not None:
                    opener = self._opener_for(frame.after_quote)
                    start, end = self._span(opener + 1, frame.after_quote.start)
                    content = (start, end, "direct") if len(tokenize(self.text, start, end)) >= MIN_QUOTE_WORDS else None
                elif frame.before_end is not None:
                    start, end = self._span(sentence.start, frame.before_end)
                    content = (start, end, "indirect") if len(tokenize(self.text, start, end)) >= MIN_QUOTE_WORDS else None
                else:
                    content = self._content(tokens, frame.content_start, sentence.end)
                    if content is None:
                        content = self._next_line_after_colon(tokens, frame.content_start)
                speaker = self._speaker_of(frame)
                if quoted and (frame.unreadable or speaker is None):
                    continue
                if frame.trailing and speaker is not None and speaker.kind == "person" and any(
                        m.type == "PERS" and m.start < speaker.end and speaker.start < m.end for m in self.article.mentions):
                    # «...، وفقا للخزرجي.» then «واكد ان»: a person vouching for a sentence goes on speaking
                    self.said.append(_Said(si, speaker, None))
                elif frame.unreadable or frame.trailing:
                    # Someone we cannot read spoke, or a source vouched for a sentence ("، حسب
                    # تقرير لـ«رويترز»"): neither is the subject of a following "ويقول:".
                    self.said.append(_Said(si, None, None))
                elif speaker is not None and not frame.relay_pronoun and not frame.participle:
                    self.said.append(_Said(si, speaker, frame.gender))
                elif speaker is not None:
                    self.said.append(_Said(si, speaker, self._gender_of(speaker, frame.gender)))
                if content is None or content[:2] in seen or frame.unreadable:
                    continue
                seen.add(content[:2])
                start, end, kind = content
                contents.append((start, end))
                if kind == "direct" and any(c in QUOTE_CHARS for c in self.text[end:end + 2]):
                    self._direct.append((start, end))  # (closed by its mark: an open one runs to the line's end)
                self._ends_in(end)
                self.quotes.append(self._quote(si, start, end, kind, speaker, self._relayer(frame)))
        return self.quotes

    def _ends_in(self, end: int) -> None:
        """A direct quote running over several sentences («وقال: «...». ... ...» then «وأضاف:»): the
        next subjectless verb is as near its speaker as the quote's last sentence, not its first."""
        if not self.said or self.said[-1].speaker is None:
            return
        last = next((i for i, s in enumerate(self.sentences) if s.start < end <= s.end), None)
        if last is not None and last > self.said[-1].sentence:
            self.said[-1].sentence = last

    def _gender_of(self, speaker: Speaker, fallback: str | None) -> str | None:
        for said in reversed(self.said):
            if said.speaker is speaker:
                return said.gender
        return fallback

    def _quote(self, si, start, end, kind, speaker: Speaker | None, relayed: str | None) -> Quote:
        quote = Quote(start, end, self.text[start:end], kind, relayed_by=relayed, sentence_index=si)
        if speaker is not None:
            # an unnamed source keeps its whole phrase: «عدد من مؤيدي الأسد» is not الأسد; an office
            # keeps it too unless it holds the person's name: «رئيس نادي الهلال» is not the club
            mention = None if speaker.kind == "anonymous" else _overlapping_mention(
                self.article.mentions, speaker.start, speaker.end,
                ("PERS",) if speaker.kind == "title" else ("PERS", "ORG"))
            if mention is not None:
                quote.speaker, quote.speaker_start, quote.speaker_end = mention.text, mention.start, mention.end
                quote.speaker_entity_id = mention.entity_id
            else:
                quote.speaker, quote.speaker_start, quote.speaker_end = speaker.text, speaker.start, speaker.end
        return quote


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


def _in_order(wanted: list[str], words: list[str]) -> bool:
    at = 0
    for w in words:
        if at < len(wanted) and w == wanted[at]:
            at += 1
    return at == len(wanted)


def _overlapping_mention(mentions: list[Mention], start: int, end: int, types=("PERS", "ORG")) -> Mention | None:
    hits = [m for m in mentions if m.start < end and start < m.end and m.type in types]
    return hits[0] if len(hits) == 1 else None


def extract_quotes(article: Article) -> list[Quote]:
    """Quotes of one article, offsets into ``article.text``; speaker None when unsure."""
    if not article.text.strip():
        return []
    vocab = vocabulary(article.language or detect_language(article.text))
    if vocab is None:
        return []
    sentences = article.sentences or split_sentences(article.text)
    return _Reader(article, vocab, sentences).run()
