"""Finding temporal expressions in text: tokens, the lexicon's tags, and a small grammar.

dateparser (and similar) fail most Arabic news phrasing: "أيلول" (Levantine months),
"اليوم (الخميس)", "15سبتمبر2023" glued, "يومي 18 و19 يونيو".  So the grammar is our own and
entirely driven by the per-language tables (rasid.lang.<code>.temporal); no language branches.

Offsets are character offsets into the ORIGINAL text; matching uses normalised tokens only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rasid.temporal.lexicon import Lexicon, lexicon
from rasid.temporal.tokens import SENTINEL, tokenize

_SENTENCE_END = {".", "!", "?", "؟", "…", "\n", SENTINEL}
_FUTURE_WINDOW = 8  # tokens looked back for a tense cue
# A "next" adjective is a cue only close before the expression: «الاجتماعين المقبلين في 17 سبتمبر» are
# the coming meetings on that day, while in «قدمت الحكومة مجموعتها القادمة من التدابير للبرلمان في الساعات
# الأولى من صباح يوم الثلاثاء» it qualifies another noun of a past report.
_NEXT_WINDOW = 4


@dataclass(slots=True)
class Expr:
    """One temporal expression before resolution (what the text says, not yet what day)."""

    start: int  # character offsets into the original text
    end: int
    kind: str  # date | weekday | dayword | unitrel | ago | vague | dayofmonth | range
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days from the day of writing: اليوم 0, أمس -1, غدا +1
    unit: str | None = None
    count: int | None = None
    direction: int | None = None  # -1 last/ago, 0 this, +1 next/later; None: unmarked
    parts: tuple["Expr", "Expr"] | None = None
    future: bool = False  # a future-tense cue precedes it in its sentence
    past: bool = False  # the nearest tense cue before it in its sentence is a past-tense verb
    calendar: str = "gregorian"
    year_offset: int | None = None  # "يونيو من العام المقبل": the anchor's year plus this
    narrative: bool = False  # "العام التالي": counted from the year the text last named, not from today
    time: str | None = None  # "الساعة العاشرة صباح أمس": HH:MM on the day
    whole: bool = False  # one phrase read as a range (a decade), not two ends joined by "to"
    part: str | None = None  # of a month: "last" day, "late"/"early"/"mid" ten days, "first" day, a half
    listed: bool = False  # a weekday named as a word among the others («أسماء الأيام: السبت ...»): no day

    @property
    def relative(self) -> bool:
        if self.kind == "range":
            return any(p.relative for p in self.parts)
        return self.kind != "date" or self.year is None


class _Text:
    """Tokens of one text with lazily computed lexicon tags."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.starts, self.ends, self.norms = tokenize(text, lex.trigger)
        self.n = len(self.norms)
        self._tags: list[dict | None] = [None] * self.n

    # -- tags -------------------------------------------------------------------------------
    def tags(self, i: int) -> dict:
        """kind -> (value, token length, clitic) for phrases starting at token i."""
        if i >= self.n:
            return {}
        found = self._tags[i]
        if found is None:
            found = {}
            for toks, kind, value, clitic in self.lex.readings(self.norms[i]):
                if kind in found:
                    continue
                k = len(toks)
                if k == 1 or tuple(self.norms[i + 1 : i + k]) == toks[1:]:
                    found[kind] = (value, k, clitic)
            self._tags[i] = found
        return found

    def has(self, i: int, kind: str):
        return self.tags(i).get(kind)

    def marker_after(self, i: int):
        """A "last/next/this" marker modifying what precedes it: written bare ("السنة الماضية"); one
        glued to و or another clitic opens the next clause ("في السنة وهذا يضر")."""
        rel = self.has(i, "rel")
        return rel if rel and not rel[2] else None

    def is_tok(self, i: int, *chars: str) -> bool:
        return i < self.n and self.norms[i] in chars

    def num(self, i: int) -> int | None:
        if i < self.n and self.norms[i].isdigit():
            return int(self.norms[i])
        return None

    def glued(self, i: int) -> bool:
        """Token i touches token i+1 (no space between)."""
        return i + 1 < self.n and self.ends[i] == self.starts[i + 1]

    # -- pieces -----------------------------------------------------------------------------
    def number(self, i: int) -> tuple[int, int] | None:
        """A count written in digits or words ("24", "أربعة وعشرين", "twenty-four")."""
        v = self.num(i)
        if v is not None:
            return v, i + 1
        w = self.has(i, "numword")
        if not w:
            return None
        value, k, _ = w
        j = i + k
        # compound: "أربعة وعشرين" (joiner glued as clitic or separate), "twenty-four"
        nxt = j + 1 if self.has(j, "numjoin") and self.has(j, "numjoin")[1] == 1 and not self.has(j, "numword") else j
        w2 = self.has(nxt, "numword")
        if w2 and (nxt != j or w2[2]) and ((value < 10 <= w2[0]) or (w2[0] < 10 <= value)):
            return value + w2[0], nxt + w2[1]
        return value, j

    def day_number(self, i: int) -> tuple[int, int] | None:
        v = self.num(i)
        if v is not None and len(self.norms[i]) <= 2 and 1 <= v <= 31:
            j = i + 1
            if self.is_tok(j, ".", ",", "٫") and self.glued(i) and self.glued(j) and self.num(j + 1) is not None:
                return None  # "1.1 في المائة": a decimal, not a day
            if self.has(j, "ordsuf") and self.glued(i):
                j += 1
            return v, j
        o = self.has(i, "ordday")  # "الأول من سبتمبر" needs its "من"
        if o and self.has(i + o[1], "join") and not (i > 0 and self.has(i - 1, "fraction_head")):
            return o[0], i + o[1]  # (not «النصف الثاني من شهر يونيو»: its second half, not its 2nd)
        o = self.has(i, "ordday_bare")  # "فاتح يوليوز" (Maghrebi "first") stands alone
        if o and self.has(i + o[1], "month"):
            return o[0], i + o[1]
        return None

    def month(self, i: int) -> tuple[int, str, int, bool] | None:
        """(month, calendar, next index, weak) - with "سبتمبر/أيلول" and "أيلول (سبتمبر)" pairs."""
        noun = self.has(i, "month_noun")
        if noun and (self.has(i + noun[1], "month") or self.has(i + noun[1], "hmonth")):
            got = self.month(i + noun[1])
            return (got[0], got[1], got[2], False) if got else None  # "شهر آب": the noun vouches for it
        for kind, cal in (("month", "gregorian"), ("hmonth", "hijri")):
            t = self.has(i, kind)
            if not t:
                continue
            value, k, clitic = t
            weak = " ".join(self.norms[i:i + k])[len(clitic):] in self.lex.weak
            j = i + k
            if self.is_tok(j, ".") and self.glued(j - 1) and self.num(j + 1) is not None:
                j += 1  # "Sept. 15" (a full stop before a day, not the sentence's end)
            # a second name for the same month: "سبتمبر/أيلول", "أيلول (سبتمبر)", "سبتمبر - أيلول", or
            # with only a space between ("نوفمبر تشرين الثاني 2013"): one month, whose year follows both
            t2 = self.has(j, kind)
            if t2 and t2[0] == value and not t2[2]:
                return value, cal, j + t2[1], False
            if i > 0 and self.norms[i - 1] == "(" and self.is_tok(j, ")"):
                # «في (نوفمبر) تشرين الثاني 2016», «في (سبتمبر) المقبل»: the month in brackets, its other
                # name, year or "next" after them
                t2 = self.has(j + 1, kind)
                if t2 and t2[0] == value and not t2[2]:
                    return value, cal, j + 1 + t2[1], False
                if self.marker_after(j + 1) or self.year(j + 1, require_word=False):
                    return value, cal, j + 1, weak
            if self.is_tok(j, "/", "(", "-", "–"):
                t2 = self.has(j + 1, kind)
                if t2 and t2[0] == value:
                    j2 = j + 1 + t2[1]
                    if self.norms[j] == "(":
                        if self.is_tok(j2, ")"):
                            return value, cal, j2 + 1, False
                    else:
                        return value, cal, j2, False
            return value, cal, j, weak
        return None

    def year(self, i: int, require_word: bool) -> tuple[int, int, str | None] | None:
        """[,] [year word] 3-4 digits [era marker] -> (year, next, calendar or None)."""
        j = i
        if self.is_tok(j, ",", "،"):
            j += 1
        word = self.has(j, "yearword")
        if word:
            j += word[1]
        elif require_word:
            return None
        v = self.num(j)
        if v is None or len(self.norms[j]) not in (3, 4) or not (600 <= v <= 2200):
            return None
        j += 1
        cal = None
        if self.has(j, "hmark"):
            cal, j = "hijri", j + self.has(j, "hmark")[1]
        elif self.has(j, "gmark"):
            cal, j = "gregorian", j + self.has(j, "gmark")[1]
        if cal is None and v < 1700:
            lo, hi = self.lex.bare_hijri_years
            if not lo <= v <= hi:
                return None
            cal = "hijri"  # "عام 1436" in Gulf print needs no هـ
        return v, j, cal

    def future_before(self, i: int) -> bool:
        return self.tense_before(i) > 0

    def tense_before(self, i: int) -> int:
        """The nearest tense cue in the few tokens before token i (same sentence): +1 a future cue
        (سوف, سيزور, المقرر), -1 a past-tense verb («احترق يوم السبت»), 0 none."""
        lex = self.lex
        lo = max(0, i - _FUTURE_WINDOW)
        for k in range(i - 1, lo - 1, -1):
            tok = self.norms[k]
            if tok in _SENTENCE_END or "\n" in self.text[self.ends[k]:self.starts[k + 1]]:
                return 0
            if self.has(k, "past"):
                return -1
            if self.has(k, "future") and not (k > 0 and self.has(k - 1, "not_future")):
                return 1
            rel = self.has(k, "rel")
            if rel and rel[0] == 1 and i - k <= _NEXT_WINDOW:  # "الاجتماعين المقبلين في 17 سبتمبر": the coming ones
                return 1
            if lex.future_prefix and tok not in lex.future_exceptions and lex.future_prefix.match(tok) \
                    and not self.tags(k) and not (k > 0 and self.has(k - 1, "past")):
                # (right after a past verb it is the verb's subject, a name: «وقال ستيوارت في تموز» is last July)
                return 1
        return 0

    def start_of(self, i: int) -> int:
        """Character start of token i, past a glued conjunction ("وأمس" starts at أمس)."""
        tags = self.tags(i)
        clitic = next(iter(tags.values()))[2] if tags else ""
        start = self.starts[i]
        if clitic and clitic[0] in self.lex.conjunctions:
            start += 1
            while start < self.ends[i] and not self.text[start].isalpha():
                start += 1  # a diacritic on the conjunction
        return start

    def expr(self, i: int, j: int, kind: str, **kw) -> Expr:
        return Expr(self.start_of(i), self.ends[j - 1], kind, **kw)


# -- grammar ----------------------------------------------------------------------------------

_DASHES = {"–": "-", "—": "-"}  # an en or em dash between the parts of a date is a hyphen


def _numeric_date(t: _Text, i: int):
    """2023-09-15, 15/9/2023, 9/15/2023 (order from the table), 15.09.2023, 15 / 10 / 1436 هـ."""
    if i + 4 >= t.n:
        return None
    a, sep = t.num(i), _DASHES.get(t.norms[i + 1], t.norms[i + 1])
    if a is None or sep not in ("-", "/", ".") or _DASHES.get(t.norms[i + 3], t.norms[i + 3]) != sep:
        return None
    b, c = t.num(i + 2), t.num(i + 4)
    if b is None or c is None:
        return None
    # glued, except that slashes are often spaced out in Gulf print ("15 / 10 / 1436 هـ"), and so are
    # dashes, of any length, before a Hijri year («4 – 9 - 1436هـ»)
    lo, hi = t.lex.bare_hijri_years
    if not all(t.glued(k) for k in range(i, i + 4)) and sep != "/" and not (sep == "-" and lo <= c <= hi):
        return None
    if t.is_tok(i + 5, sep) and t.glued(i + 4):
        return None  # a longer dotted/dashed number (version, phone, IP)
    la, lc = len(t.norms[i]), len(t.norms[i + 4])
    if la == 4:
        y, m, d = a, b, c
    elif lc == 4:
        y = c
        m, d = (b, a) if t.lex.numeric_order == "dmy" else (a, b)
        if m > 12 and d <= 12:
            m, d = d, m
    else:
        return None
    j = i + 5
    calendar = "gregorian"
    mark = t.has(j, "hmark")
    lo, hi = t.lex.bare_hijri_years
    if mark or lo <= y <= hi:
        if not (mark and 1300 <= y <= 1500) and not lo <= y <= hi:
            return None
        calendar = "hijri"
        if mark:
            j += mark[1]
        if not (1 <= m <= 12 and 1 <= d <= 30):
            return None
    else:
        if t.has(j, "gmark"):
            j += t.has(j, "gmark")[1]
        try:
            date(y, m, d)
        except ValueError:
            return None
        if not 1800 <= y <= 2200:
            return None
    return t.expr(i, j, "date", year=y, month=m, day=d, calendar=calendar), j


def _year_part(t: _Text, j: int, e: Expr) -> int:
    y = t.year(j, require_word=False)
    if y:
        e.year, j = y[0], y[1]
        if y[2] == "hijri":
            e.calendar = "hijri"
    return j


def _date(t: _Text, i: int):
    """Day-month[-year] in both orders, day ranges and pairs, month-year."""
    d1 = t.day_number(i)
    if d1:
        day, j = d1
        day2 = None
        if t.has(j, "to") or t.has(j, "and"):
            d2 = t.day_number(j + 1)
            if d2 and d2[0] > day:
                day2, j2 = d2
                mo = _month_after_day(t, j2)
                if mo:
                    return _with_year_range(t, i, mo, day, day2)
        mo = _month_after_day(t, j)
        if not mo:
            # "17 من الشهر الجاري", "17 من الشهر الماضي": a day of a month named relatively
            k = j + t.has(j, "join")[1] if t.has(j, "join") else j
            u = t.has(k, "unit")
            rel = t.marker_after(k + u[1]) if u and u[0][0] == "month" else None
            if rel:
                end = k + u[1] + rel[1]
                return t.expr(i, end, "dayofmonth", day=day, direction=rel[0]), end
            same = t.has(k + u[1], "same") if u and u[0] == ("month", 1) else None
            if same:  # «14 من الشهر نفسه»: of the month last named (resolved by find_timerefs)
                end = k + u[1] + same[1]
                return t.expr(i, end, "dayofmonth", day=day, unit="month", narrative=True), end
            before = t.has(k, "same_before")
            u = t.has(k + before[1], "unit") if before else None
            if u and u[0] == ("month", 1):  # «25 من نفس الشهر»
                end = k + before[1] + u[1]
                return t.expr(i, end, "dayofmonth", day=day, unit="month", narrative=True), end
        if mo:
            month, cal, j, _ = mo
            e = t.expr(i, j, "date", month=month, day=day, calendar=cal)
            # "10 سبتمبر - 13 أكتوبر 2023"
            if t.has(j, "to"):
                d2 = t.day_number(j + 1)
                mo2 = _month_after_day(t, d2[1]) if d2 else None
                if mo2:
                    e2 = t.expr(j + 1, mo2[2], "date", month=mo2[0], day=d2[0], calendar=mo2[1])
                    k = _year_part(t, mo2[2], e2)
                    if e2.year and e.year is None:
                        e.year = e2.year - (1 if (mo2[0], d2[0]) < (month, day) else 0)
                    e2.end = t.ends[k - 1]
                    return Expr(e.start, e2.end, "range", parts=(e, e2)), k
            j = _year_part(t, j, e)
            e.end = t.ends[j - 1]
            j = _direction_after(t, j, e)
            return e, j
        return None
    rel = t.has(i, "rel")
    mo = t.month(i + rel[1]) if rel else t.month(i)
    if not mo:
        return None
    month, cal, j, weak = mo
    if rel:  # "last August", "next March" (marker before the month)
        if t.day_number(j) or t.year(j, require_word=False):
            return None
        return t.expr(i, j, "date", month=month, calendar=cal, direction=rel[0]), j
    # English order: "September 15, 2023", "June 18-19", "Sept. 15"
    d1 = t.day_number(j) if t.lex.day_after_month else None
    if d1 and not (t.num(j) is not None and t.year(j, False)):
        day, k = d1
        if (t.has(k, "to") or t.has(k, "and")) and t.day_number(k + 1) and t.day_number(k + 1)[0] > day:
            day2, k2 = t.day_number(k + 1)
            e1 = t.expr(i, k, "date", month=month, day=day, calendar=cal)
            e2 = t.expr(k + 1, k2, "date", month=month, day=day2, calendar=cal)
            k2 = _year_part(t, k2, e2)
            e1.year = e2.year
            e2.end = t.ends[k2 - 1]
            return Expr(e1.start, e2.end, "range", parts=(e1, e2)), k2
        e = t.expr(i, k, "date", month=month, day=day, calendar=cal)
        k = _year_part(t, k, e)
        e.end = t.ends[k - 1]
        return e, k
    y = t.year(j, require_word=False)
    join = t.has(j, "join") if not y else None
    if join and t.year(j + join[1], require_word=True):
        y = t.year(j + join[1], require_word=True)  # «لشهر رمضان من عام 1435ه»: that year's month
    if y:
        e = t.expr(i, y[1], "date", year=y[0], month=month, calendar="hijri" if y[2] == "hijri" else cal)
        return e, y[1]
    e = t.expr(i, j, "date", month=month, calendar=cal)
    got = _month_range(t, e, j, weak, between=i > 0 and bool(t.has(i - 1, "between")))
    if got:
        return got
    # "آب الماضي", "last August", "سبتمبر المقبل", "يونيو من العام المقبل"
    k = _direction_after(t, j, e)
    if e.direction is not None or e.year_offset is not None:
        return e, k
    _listed_month_direction(t, j, e)
    if e.direction is not None:
        return e, j
    if weak:  # Hijri months are all weak, unless the word "month" vouches for them: «شهر رمضان»
        return None
    return e, j


def _listed_month_direction(t: _Text, j: int, e: Expr) -> None:
    """«في نوفمبر او ديسمبر القادمين», «يونيو ويوليو الماضيين»: a "last/next" marker after the second of two
    months joined by "or"/"and" qualifies both (the first month is then no bare guess)."""
    k = j + 1 if (t.has(j, "or") or t.has(j, "and")) and not t.month(j) else j
    glued = t.has(k, "month") or t.has(k, "hmonth")
    if k == j and not (glued and glued[2] in t.lex.conjunctions):
        return
    mo2 = t.month(k)
    if not mo2 or t.day_number(mo2[2]) or t.year(mo2[2], require_word=False):
        return
    rel = t.marker_after(mo2[2])
    if rel and rel[0] != 0:
        e.direction = rel[0]


def _month_range(t: _Text, e: Expr, j: int, weak: bool, between: bool = False):
    """"من يناير إلى مارس 2023", "(سبتمبر- نوفمبر) من هذا العام", "بين نيسان وحزيران" (``between``: the
    second month glued to و): the second month carries the year."""
    to = t.has(j, "to")
    mo2 = t.month(j + to[1]) if to else None
    if to is None and between and (glued := t.has(j, "month")) and glued[2] in t.lex.conjunctions:
        to, mo2 = (None, 0, ""), t.month(j)
    if not mo2 or t.day_number(mo2[2]):
        return None
    month2, cal2, k, weak2 = mo2
    e2 = t.expr(j + to[1], k, "date", month=month2, calendar=cal2)
    y = t.year(k, require_word=False)
    if y:
        e2.year, k = y[0], y[1]
        e2.end = t.ends[k - 1]
    else:
        k2 = k + 1 if t.is_tok(k, ")") else k  # "(سبتمبر- نوفمبر) من هذا العام"
        k3 = _direction_after(t, k2, e2)
        k = k3 if k3 != k2 else k
    anchored = e2.year is not None or e2.year_offset is not None or e2.direction is not None
    if not anchored and (weak or weak2):
        return None
    wraps = e.month > month2  # "ديسمبر - فبراير 2024" starts the year before
    if e2.year is not None:
        e.year = e2.year - wraps
    if e2.year_offset is not None:
        e.year_offset = e2.year_offset - wraps
    e.direction = e2.direction
    return Expr(e.start, e2.end, "range", parts=(e, e2)), k


def _month_after_day(t: _Text, j: int):
    if t.has(j, "join"):
        mo = t.month(j + t.has(j, "join")[1])
        if mo:
            return mo
    if t.is_tok(j, "(") and t.is_tok(j + 2, ")"):  # «تاريخ 15 (يناير) 2015»: the month in brackets
        mo = t.month(j + 1)
        if mo:
            return mo[0], mo[1], max(mo[2], j + 3), mo[3]
    return t.month(j)


def _with_year_range(t: _Text, i: int, mo, day: int, day2: int):
    month, cal, j, _ = mo
    e1 = t.expr(i, i + 1, "date", month=month, day=day, calendar=cal)
    e2 = t.expr(i, j, "date", month=month, day=day2, calendar=cal)
    j = _year_part(t, j, e2)
    e1.year = e2.year
    e2.end = t.ends[j - 1]
    return Expr(e1.start, e2.end, "range", parts=(e1, e2)), j


def _direction_after(t: _Text, j: int, e: Expr) -> int:
    if e.year is None and e.month is not None:
        # "يونيو من العام المقبل", "مايو من العام الماضي", "سبتمبر من هذا العام"
        k = j + t.has(j, "join")[1] if t.has(j, "join") else j
        r1 = t.has(k, "rel")
        u = t.has(k + (r1[1] if r1 else 0), "unit")
        if u and u[0] == ("year", 1):
            end = k + (r1[1] if r1 else 0) + u[1]
            r2 = None if r1 else t.marker_after(end)
            if r1 or r2:
                e.year_offset = (r1 or r2)[0]
                end += r2[1] if r2 else 0
                e.end = t.ends[end - 1]
                return end
    r = t.marker_after(j)
    if r and e.year is None:
        e.direction = r[0]
        k = j + r[1]
        if r[0] == 0 and t.has(k, "unit") and t.has(k, "unit")[0][0] == "year":
            k += t.has(k, "unit")[1]  # "مارس هذا العام"
        e.end = t.ends[k - 1]
        return k
    return j


def _day(t: _Text, i: int):
    """[part of day] [يوم/يومي/on] [اليوم/أمس] [(] weekday [)] [last/next] [, date] and pairs."""
    start, j = i, i
    rel_before = t.has(j, "rel")
    if rel_before and t.has(j + rel_before[1], "weekday"):
        j += rel_before[1]
    else:
        rel_before = None
    part = t.has(j, "daypart") if not t.has(j, "dayword") else None  # «الليلة الماضية» is a day word
    if part:
        j += part[1]
    noun = t.has(j, "daynoun")
    pair = False
    if noun and (t.has(j + noun[1], "weekday") or t.has(j + noun[1], "dayword") or t.day_number(j + noun[1])
                 or t.is_tok(j + noun[1], "(")):
        pair = noun[0] == 2
        j += noun[1]
    offset = None
    dw = t.has(j, "dayword")
    if dw and (t.has(j + dw[1], "not_after_dayword") or _quoted(t, j, j + dw[1])
               or (j > 0 and t.has(j - 1, "not_before_dayword"))):
        return None  # "اليوم الأول من الجولة", "اليوم الوطني", a paper called «اليوم»
    if dw and not (part or noun) and " ".join(t.norms[j:j + dw[1]])[len(dw[2]):] in t.lex.weak_days:
        return None  # «نحو غد أفضل»: no day without «مساء» or «يوم» before it
    if dw:
        offset = dw[0]
        j += dw[1]
    k = j
    if t.is_tok(k, "(", ",", "،"):
        k += 1
    wd = t.has(k, "weekday")
    weekday = None
    if wd and (offset is not None or k == j):
        weekday = wd[0]
        j = k + wd[1]
        if t.norms[k - 1] == "(" and t.is_tok(j, ")"):
            j += 1
    if offset is None and weekday is None:
        if noun and j > start:
            got = _date(t, j)
            if got and got[0].kind in ("date", "range"):
                got[0].start = t.start_of(start)
                return got
        return None
    if weekday is not None and t.has(j, "daypart"):
        j += t.has(j, "daypart")[1]
    elif weekday is None and t.has(j, "daypart") and offset is not None:
        j += t.has(j, "daypart")[1]
    # a full or partial date right after: "اليوم الجمعة 15سبتمبر2023", "Friday, Sept. 15"
    k = j + 1 if t.is_tok(j, ",", "،") else j
    if t.has(k, "apposition"):
        k += t.has(k, "apposition")[1]
    got = _numeric_date(t, k) or _date(t, k)
    if got and ((got[0].kind == "date" and got[0].day is not None) or got[0].kind == "dayofmonth"):
        e, j = got
        e.start = t.start_of(start)
        e.weekday, e.offset = weekday, offset
        return e, j
    kind = "weekday" if weekday is not None else "dayword"
    e = t.expr(start, j, kind, weekday=weekday, offset=offset)
    if rel_before:
        e.direction = rel_before[0]
    elif weekday is not None:
        j = _direction_after(t, j, e)
    # "يومي الثلاثاء والأربعاء", "Tuesday and Wednesday"
    k = j + 1 if t.has(j, "and") and t.has(j, "and")[1] == 1 and not t.has(j, "weekday") else j
    wd2 = t.has(k, "weekday")
    if weekday is not None and wd2 and (k > j or wd2[2] in t.lex.conjunctions):
        e2 = t.expr(k, k + wd2[1], "weekday", weekday=wd2[0], direction=e.direction)
        return Expr(e.start, e2.end, "range", parts=(e, e2)), k + wd2[1]
    if pair and weekday is not None:
        return None
    return e, j


_QUOTES_OPEN = {"«", '"', "“", "'", "‘"}
_QUOTES_CLOSE = {"»", '"', "”", "'", "’"}


def _quoted(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j-1 stand alone between quotes: a name (a newspaper), not a time."""
    return i > 0 and t.norms[i - 1] in _QUOTES_OPEN and j < t.n and t.norms[j] in _QUOTES_CLOSE


def _relative_unit(t: _Text, i: int):
    """هذا الأسبوع / الأسبوع الماضي / منذ 24 عاما / قبل يومين / 24 years ago / in two weeks."""
    ago, later, within = t.has(i, "ago_before"), t.has(i, "later"), t.has(i, "within")
    if within:
        got = _within(t, i, within)
        if got:
            return got
    if ago or later:
        j = i + (ago or later)[1]
        ap = t.has(j, "approx")
        if ap:
            j += ap[1]
        n = t.number(j)
        if n:
            count, j = n
        else:
            count = None
        u = t.has(j, "unit")
        if u and (count is not None or u[0][1] is not None):
            unit, implied = u[0]
            count = count if count is not None else implied
            k = j + u[1]
            one = t.has(k, "numword")
            if n is None and implied == 1 and one and one[0] == 1 and not one[2]:
                k += one[1]  # «قبل يوم واحد من بدء الموسم»: one day, written out
            # "منذ عام 2019" is a date, "قبل يوم الجمعة" a weekday: not a span of time;
            # "بعد أربعة أشهر من انتخابه" counts from an event, not from the day of writing
            if t.num(k) is not None or t.has(k, "weekday") or t.has(k, "rel") or t.month(k):
                return None  # ... "قبل شهر رمضان" is before the month of Ramadan
            after = k + t.has(k, "approx_after")[1] if t.has(k, "approx_after") else k
            ev = t.has(after, "event_rel")
            if ev and ev[2]:
                ev = None  # «قبل أسبوعين ومنذ 18 شهرا»: a glued و opens the next expression
            if ev and not t.has(after + ev[1], "now"):  # "بعد أسبوعين من الآن" still counts from today
                return None
            if count is None or (n is None and implied is None):
                return None
            before = t.has(i - 1, "unit") if i > 0 else None
            if before and before[0][0] == unit:
                return None  # «عاما بعد عام», «يوماً بعد يوم»: year after year, no date
            direction = -1 if ago else 1
            if later and any(t.has(b, "since_cue") for b in range(max(0, i - 3), i)):
                direction = -1  # "the first time in 24 years" looks back, not ahead
            return t.expr(i, k, "ago", unit=unit, count=count, direction=direction), k
        return None
    # "24 years ago" (English): number unit ago-word
    j = i
    ap = t.has(j, "approx")
    if ap:
        j += ap[1]
    n = t.number(j)
    if n:
        u = t.has(n[1], "unit")
        if u and t.has(n[1] + u[1], "ago_after"):
            k = n[1] + u[1] + t.has(n[1] + u[1], "ago_after")[1]
            return t.expr(i, k, "ago", unit=u[0][0], count=n[0], direction=-1), k
        return None
    # [marker] unit [marker]
    r1 = t.has(i, "rel")
    j = i + r1[1] if r1 else i
    u = t.has(j, "unit")
    if not u:
        return None
    k = j + u[1]
    if not r1 and u[0] == ("day", None):
        counted = _counted_days(t, i, k)
        if counted:
            return counted
    story = t.has(k, "narrative") if not r1 else None
    if story and u[0][1] == 1:  # "العام التالي", "السنة التالية"
        end = k + story[1]
        return t.expr(i, end, "unitrel", unit=u[0][0], direction=story[0], narrative=True), end
    r2 = t.marker_after(k) if not r1 else None
    rel = r1 or r2
    if not rel:
        return None
    end = k + (r2[1] if r2 else 0)
    unit, implied = u[0]
    if i > 0 and (t.num(i - 1) is not None or t.has(i - 1, "numword") or t.has(i - 1, "ordday")):
        # (a number word with its article, as in "العشرين سنة المقبلة", reads as an ordinal day)
        return None  # "المائة عام المقبلة": a count of years, not next year
    if implied == 1:
        praised = t.has(end, "month_epithet") if unit == "month" and rel[0] == 0 and r1 else None
        if praised:
            return t.expr(i, end + praised[1], "date", month=praised[0], calendar="hijri"), end + praised[1]
        y = t.year(end, require_word=False) if unit == "year" and rel[0] == 0 else None
        if y and not t.is_tok(y[1], "/", "-") and (y[2] or 1800 <= y[0] <= 2100):
            # «صيف هذا العام 1436ه», «العام الحالي 2015»: the year written after it
            return t.expr(i, y[1], "date", year=y[0], calendar=y[2] or "gregorian"), y[1]
        return t.expr(i, end, "unitrel", unit=unit, direction=rel[0]), end
    if implied is None and rel[0] != 0:  # "الأيام المقبلة", "the past months"
        return t.expr(i, end, "vague", unit=unit, direction=rel[0]), end
    return None


def _counted_days(t: _Text, i: int, k: int):
    """«خلال الايام الخمسة الماضية» (written on the 27th: the 22nd to the 26th), «الأيام الثلاثة المقبلة»: a
    count of days with a "last/next" marker is the stretch of days just before (after) the day of writing.
    Only days: «الأشهر الثلاثة الماضية» and «الأعوام الأربعة الأخيرة» are read as no dated stretch."""
    n = t.number(k)
    rel = t.marker_after(n[1]) if n else None
    if not rel or rel[0] == 0 or not 2 <= n[0] <= 31:
        return None
    end = n[1] + rel[1]
    if t.has(end, "join") or t.has(end, "event_rel"):
        return None  # «الأيام العشرة الأخيرة من رمضان»: days of something else, not before today
    near, far = (t.expr(i, end, "ago", unit="day", count=c, direction=rel[0]) for c in (1, n[0]))
    parts = (far, near) if rel[0] < 0 else (near, far)
    return Expr(near.start, near.end, "range", parts=parts, whole=True), end


def _listed_year(t: _Text, k: int) -> bool:
    """Token k is a year read after its preposition or year word (or after an earlier «و» of the list)."""
    if t.num(k) is None or len(t.norms[k]) != 4 or not 1800 <= t.num(k) <= 2100:
        return False
    return bool(t.has(k - 1, "yearprep") or t.has(k - 1, "yearword")
                or (k >= 2 and t.has(k - 1, "and") and _listed_year(t, k - 2)))


def _year_span(t: _Text, i: int):
    """«الموسم 1435/1436هـ», «1436 /1437هـ», «2014/2015م»: a season or term over consecutive years, the
    era mark (if any) on the second."""
    y1 = t.num(i)
    if y1 is None or len(t.norms[i]) != 4 or _DASHES.get(t.norms[i + 1] if i + 1 < t.n else "", t.norms[i + 1] if i + 1 < t.n else "") not in ("/", "-"):
        return None
    y2 = t.year(i + 2, require_word=False)
    if not y2 or len(t.norms[i + 2]) != 4 or not y1 < y2[0] <= y1 + 10 or not t.glued(i + 1):
        return None
    if y2[2] is None and not 1800 <= y1 <= 2100:
        return None
    cal = y2[2] or "gregorian"
    e1 = t.expr(i, i + 1, "date", year=y1, calendar=cal)
    e2 = t.expr(i + 2, y2[1], "date", year=y2[0], calendar=cal)
    return Expr(e1.start, e2.end, "range", parts=(e1, e2)), y2[1]


def _year_expr(t: _Text, i: int):
    """عام 2019, في 2019, 1445 هـ, بين 2019 و2021."""
    span = _year_span(t, i) if t.num(i) is not None else None
    if span:
        return span
    frm = t.has(i, "from")
    if frm:
        y1 = t.year(i + frm[1], require_word=False)
        if y1:
            j = y1[1]
            if t.has(j, "to"):
                y2 = t.year(j + t.has(j, "to")[1], require_word=False)
                if y2 and y2[0] > y1[0]:
                    cal = "hijri" if "hijri" in (y1[2], y2[2]) else "gregorian"
                    e1 = t.expr(i, j, "date", year=y1[0], calendar=cal)
                    e2 = t.expr(j + 1, y2[1], "date", year=y2[0], calendar=cal)
                    return Expr(e1.start, e2.end, "range", parts=(e1, e2)), y2[1]
    y = t.year(i, require_word=True)
    if y:
        return t.expr(i, y[1], "date", year=y[0], calendar=y[2] or "gregorian"), y[1]
    prep = t.has(i, "yearprep")
    if not prep and t.has(i, "and") and i >= 2 and _listed_year(t, i - 1):
        prep = t.has(i, "and")  # «في 2009 و2011»: the second year of a list
    if prep:
        y = t.year(i + prep[1], require_word=False)
        if y and not _numeric_date(t, i + prep[1]) and len(t.norms[i + prep[1]]) == 4 and (y[2] or 1800 <= y[0] <= 2100):
            return t.expr(i + prep[1], y[1], "date", year=y[0], calendar=y[2] or "gregorian"), y[1]
    if t.num(i) is not None:
        y = t.year(i, require_word=False)
        if y and y[2] == "hijri" and t.has(y[1] - 1, "hmark"):
            return t.expr(i, y[1], "date", year=y[0], calendar="hijri"), y[1]
        # «1964م» with its era mark glued: a year (a spaced «1200 م» may be metres)
        if y and y[2] == "gregorian" and t.has(y[1] - 1, "gmark") and t.glued(y[1] - 2) and 1800 <= y[0] <= 2100:
            return t.expr(i, y[1], "date", year=y[0]), y[1]
        # «منذ تأسيسه عام1400هـ (1980)»: a Hijri year glossed in the other calendar, in brackets after it
        if y and y[2] != "hijri" and len(t.norms[i]) == 4 and 1800 <= y[0] <= 2100 and i >= 2 \
                and t.is_tok(i - 1, "(") and t.is_tok(y[1], ")") and t.has(i - 2, "hmark"):
            return t.expr(i, y[1], "date", year=y[0]), y[1]
    return None


def _month_part(t: _Text, i: int):
    """«نهاية شهر ذي القعدة 1436هـ» (its last day), «أواخر يوليو» (its last ten days)."""
    part = t.has(i, "month_part")
    if not part:
        return None
    got = _date(t, i + part[1])
    if not got and part[0] == "last":
        return _year_end(t, i, i + part[1])
    if not got and part[0] == "middle":
        return _mid_month(t, i, i + part[1])
    if not got or got[0].kind != "date" or got[0].month is None or got[0].day is not None:
        return None
    e, j = got
    e.start = t.start_of(i)
    e.part = "whole" if part[0] == "middle" and _since_before(t, i) else part[0]
    return e, j


def _since_before(t: _Text, i: int) -> bool:
    """«منذ منتصف الشهر الماضي»: the loose start of a stretch still running, dated by its month, not its 15th."""
    return i > 0 and bool(t.has(i - 1, "ago_before")) and t.norms[i - 1] != "قبل"


def _mid_month(t: _Text, i: int, j: int):
    """«بحلول منتصف الشهر الجاري» (the 15th of this month), «منتصف الشهر المقبل»: the middle of a month
    named relatively, its 15th as «منتصف تموز» is."""
    u = t.has(j, "unit")
    rel = t.marker_after(j + u[1]) if u and u[0] == ("month", 1) else None
    if not rel:
        return None
    end = j + u[1] + rel[1]
    if _since_before(t, i):
        return t.expr(i, end, "unitrel", unit="month", direction=rel[0]), end
    return t.expr(i, end, "dayofmonth", day=15, direction=rel[0]), end


def _year_end(t: _Text, i: int, j: int):
    """«حتى نهاية العام» (31 December of this year): the year's last day, as the end of a month is its last
    day.  The year must carry its article: «آخر عام» is "the last year", a count."""
    u = t.has(j, "unit")
    if not u or u[0] != ("year", 1) or not (u[2] == "ال" or u[2] in t.lex.articles):
        return None
    k = j + u[1]
    if t.marker_after(k):
        return None  # «نهاية العام الماضي» is read as that year (2014), as the annotated articles do
    if t.has(k, "narrative") or t.num(k) is not None or t.has(k, "yearword") \
            or (k < t.n and t.norms[k].startswith("ال")):
        # «نهاية العام التالي» (of what year?), «نهاية العام 2015» (read as that year), «نهاية العام الدراسي»,
        # «العام المالي», «العام الهجري» (another year, whose end is another day)
        return None
    return t.expr(i, k, "date", month=12, day=31, year_offset=0), k


def _month_week(t: _Text, i: int):
    """«الأسبوع الأخير من شهر ذي الحجة 1436»: a week of a month, its first to fourth or its last seven days."""
    week = t.has(i, "month_week")
    if not week:
        return None
    j = i + week[1]
    join = t.has(j, "join")
    if not join:
        return None
    got = _date(t, j + join[1])
    if not got or got[0].kind != "date" or got[0].month is None or got[0].day is not None:
        return None
    e, k = got
    e.start, e.part = t.start_of(i), week[0]
    return e, k


def _first_months(t: _Text, i: int):
    """«الأشهر الستة الأولى من العام»: the first N months of a year, read as that fraction of it."""
    u = t.has(i, "unit")
    if not u or u[0] != ("month", None):
        return None
    n = t.number(i + u[1])
    if not n or not 1 <= n[0] <= 12 or not t.has(n[1], "first"):
        return None
    return _of_year(t, i, n[1] + t.has(n[1], "first")[1], 1, 12 // n[0] if 12 % n[0] == 0 else None, n[0])


def _fraction(t: _Text, i: int):
    """«النصف الأول من العام», «الربع الثالث من عام 2015»: months of a year."""
    fraction = t.has(i, "fraction")
    if not fraction:
        return None
    (nth, parts), j = fraction[0], i + fraction[1]
    got = _of_year(t, i, j, nth, parts)
    join = t.has(j, "join")
    if got or not join or parts != 2:
        return got
    # «النصف الثاني من شهر يونيو»: a half of a month
    month = _date(t, j + join[1])
    if not month or month[0].kind != "date" or month[0].month is None or month[0].day is not None:
        return None
    e, k = month
    e.start, e.part = t.start_of(i), ("first_half", "second_half")[nth - 1]
    return e, k


def _of_year(t: _Text, i: int, j: int, nth: int, parts: int | None, months: int | None = None):
    """The months of a year a fraction names, the year after «من» at token j (written, or this/last/next)."""
    join = t.has(j, "join")
    if not join:
        # «بالنصف الأول 2014»: a year written right after the fraction is its year too
        y = t.year(j, require_word=False)
        if not y or y[2] == "hijri" or not 1800 <= y[0] <= 2100:
            return None
        join = (None, 0, "")
    k = j + join[1]
    year = _year_expr(t, k)
    bare = t.year(k, require_word=False) if not year else None  # «النصف الأول من 2015»: «من» vouches for it
    if parts is None:  # «الأشهر الخمسة الأولى»: no whole fraction of the year
        first_month, last_month = 1, months
    else:
        first_month, last_month = 12 * (nth - 1) // parts + 1, 12 * nth // parts
    if bare and bare[2] != "hijri":
        year = t.expr(k, bare[1], "date", year=bare[0]), bare[1]
    if year and year[0].kind == "date" and year[0].year:
        y = year[0].year
        e1 = t.expr(i, year[1], "date", year=y, month=first_month)
        e2 = t.expr(i, year[1], "date", year=y, month=last_month)
        return Expr(e1.start, e2.end, "range", parts=(e1, e2), whole=True), year[1]
    u = t.has(k, "unit")
    if not u or u[0][0] != "year":
        return None
    end = k + u[1]
    rel = t.marker_after(end)
    offset = rel[0] if rel else 0
    if rel:
        end += rel[1]
    e1 = t.expr(i, end, "date", month=first_month, year_offset=offset)
    e2 = t.expr(i, end, "date", month=last_month, year_offset=offset)
    return Expr(e1.start, e2.end, "range", parts=(e1, e2), whole=True), end


def _within(t: _Text, i: int, within) -> tuple[Expr, int] | None:
    """"خلال ثلاثة أيام", "في غضون شهرين": a duration (how long, not when), found so that its words
    are read as one phrase, and left unresolved ("خلال الأيام الثلاثة الماضية" is read by the vague
    rule instead)."""
    j = i + within[1]
    n = t.number(j)
    count = None
    if n:
        count, j = n
    u = t.has(j, "unit")
    if not u:
        return None
    if count is None:
        count = u[0][1] if u[0][1] and u[0][1] > 1 else None  # "خلال شهرين", "في غضون أسبوعين"
        if count is None:
            return None
    k = j + u[1]
    rel = t.marker_after(k)
    direction = 1
    if rel:
        direction = rel[0] or 1
        k += rel[1]
    return t.expr(i, k, "within", unit=u[0][0], count=count, direction=direction), k


def _clock(t: _Text, i: int):
    """"الساعة العاشرة صباح أمس", "في تمام الساعة 10:30 من مساء يوم الخميس": the day, at that time.
    A time with no day after it is no date."""
    clock = t.has(i, "clock")
    if not clock:
        return None
    j = i + clock[1]
    hour = None
    word = t.has(j, "hourword")
    if word:
        hour, j = word[0], j + word[1]
    else:
        if t.norms[j:j + 1] == ["ال"] and t.glued(j):
            j += 1  # "الساعة ال12 ظهراً"
        if t.num(j) is not None and 0 <= t.num(j) <= 24 and len(t.norms[j]) <= 2:
            hour, j = t.num(j), j + 1
    if hour is None:
        return None
    minute = 0
    if t.is_tok(j, ":") and t.num(j + 1) is not None and t.glued(j - 1) and t.glued(j):
        minute, j = t.num(j + 1), j + 2
    else:
        extra = t.has(j, "minuteword")
        if extra:
            minute, j = extra[0], j + extra[1]
    period = t.has(j, "hourperiod")
    if period and period[0] and hour < 12:
        hour += period[0]
    # the day: "صباح أمس" (the period word opens it), "صباحا يوم الخميس", "من صباح اليوم"
    got = _day(t, j)
    if not got and period:
        k = j + period[1]
        got = _day(t, k + (t.has(k, "join")[1] if t.has(k, "join") else 0))
    if not got and t.has(j, "join"):
        got = _day(t, j + t.has(j, "join")[1])
    if minute < 0:
        hour, minute = hour - 1, 60 + minute
    if not got or got[0].kind not in ("date", "weekday", "dayword"):
        return None
    e, end = got
    e.start = t.start_of(i)
    e.time = f"{hour % 24:02d}:{minute:02d}"
    return e, end


def _feast(t: _Text, i: int):
    """"عيد الفطر المبارك", "يوم عرفة": a Hijri day, in the year nearest the day of writing (or the
    year written after it)."""
    feast = t.has(i, "feast")
    if not feast:
        return None
    (month, day), j = feast[0], i + feast[1]
    e = t.expr(i, j, "date", month=month, day=day, calendar="hijri")
    y = t.year(j, require_word=False)
    if y and y[2] == "hijri":
        e.year, j = y[0], y[1]
        e.end = t.ends[j - 1]
    return e, j


def _decade(t: _Text, i: int):
    """"سبعينيات القرن الماضي" (1970-1979), "مطلع الثمانينيات" (1980-1982): a range of years."""
    j = i
    part = t.has(j, "period_part")
    if part:
        j += part[1]
    decade = t.has(j, "decade_word")
    if not decade:
        return None
    j += decade[1]
    century = 1900
    c = t.has(j, "century")
    if c:
        century, j = c[0], j + c[1]
    first = century + decade[0]
    last = first + 9
    if part:
        first, last = {"early": (first, first + 2), "middle": (first + 4, first + 6), "late": (last - 2, last)}[part[0]]
    e1 = t.expr(i, j, "date", year=first)
    e2 = t.expr(i, j, "date", year=last)
    return Expr(e1.start, e2.end, "range", parts=(e1, e2), whole=True), j


_GRAMMAR = (_clock, _feast, _decade, _fraction, _first_months, _month_week, _month_part, _numeric_date, _day, _date, _relative_unit, _year_expr)
# Tags that can open an expression by themselves; the rest (prepositions, "this", "and")
# only matter when a number or another time word follows.
_TRIGGERS = frozenset({"month", "hmonth", "weekday", "dayword", "daypart", "daynoun", "unit", "ago_before",
                       "later", "yearword", "ordday", "numword", "not_temporal", "within", "clock", "feast",
                       "decade_word", "period_part", "month_part", "fraction", "month_week"})


def _extend_range(t: _Text, e: Expr, j: int):
    """"من 10 سبتمبر إلى 13 أكتوبر" style: a date, a range word, another date."""
    to = t.has(j, "to")
    if not to or e.kind != "date" or e.day is None:
        return e, j
    k = _day_of_end(t, j + to[1])
    got = _date(t, k) or _numeric_date(t, k)
    if not got and (wd := _day(t, j + to[1])) and wd[0].kind == "dayofmonth":
        got = wd  # «وحتى الأربعاء 14 من الشهر نفسه»
    if got and got[0].kind == "dayofmonth" and got[0].narrative and e.month is not None:
        # «من الأحد 11 أكتوبر 2015 وحتى الأربعاء 14 من الشهر نفسه»: the same month as the range's start
        d = got[0]
        got = Expr(d.start, d.end, "date", year=e.year, month=e.month, day=d.day, weekday=d.weekday,
                   calendar=e.calendar), got[1]
    if got and got[0].kind == "date" and got[0].day is not None:
        e2, k = got
        if e.year is None:
            e.year = e2.year
        return Expr(e.start, e2.end, "range", parts=(e, e2)), k
    return e, j


def _day_of_end(t: _Text, k: int) -> int:
    """«من 15 يونيو إلى نهاية اليوم ال 15 من شهر سبتمبر», «حتى نهاية يوم 15 سبتمبر»: the words for "the end
    of the day" before a range's last day say when on it the stretch ends; the day follows them."""
    part = t.has(k, "month_part")
    j = k + part[1] if part and part[0] == "last" else k
    noun = t.has(j, "daynoun") or t.has(j, "dayword")
    if noun and (noun[0] == 1 or noun[0] == 0):
        j += noun[1]
        if t.is_tok(j, "ال", "الـ"):
            j += 1
    else:
        j = k
    return j if j > k and t.day_number(j) else k


def _named_event(t: _Text, i: int, e: Expr) -> bool:
    """«أحداث 11 سبتمبر», «قوى 14 آذار»: a day and month after an event noun name the event, not a day
    of this year.  True when the expression is to be dropped; a well-known event's day gets its year."""
    if e.kind != "date" or e.year is not None or e.month is None or i == 0:
        return False
    if t.has(i - 1, "group_noun"):
        return True
    if not t.has(i - 1, "event_noun"):
        return False
    year = t.lex.historic_days.get((e.month, e.day)) if e.day else None
    if year is None or e.calendar != "gregorian":
        return True
    e.year = year
    return False


def _surname(t: _Text, i: int, e: Expr) -> bool:
    """«محمد الخميس أن»: a weekday written alone right after a given name is a family name."""
    if e.kind != "weekday" or e.offset is not None or i == 0 or not t.has(i, "weekday"):
        return False
    if not t.has(i - 1, "given_name") or t.has(i - 1, "given_name")[2]:
        return False
    return not (i >= 2 and t.has(i - 2, "royal_title"))


def _since(t: _Text, i: int, e: Expr) -> None:
    """«منذ 20 يوليو», «منذ يونيو»: since a day or month in the past."""
    if i > 0 and t.has(i - 1, "ago_before") and t.norms[i - 1] != "قبل":
        for p in (e.parts or (e,)):
            if p.kind == "date" and p.year is None and p.direction is None and p.year_offset is None:
                p.direction = -1


def find_expressions(text: str, language: str) -> list[Expr]:
    lex = lexicon(language)
    if lex is None or not text:
        return []
    t = _Text(text, lex)
    out: list[Expr] = []
    i = 0
    n = t.n
    norms = t.norms
    while i < n:
        tg = t.tags(i)
        if not tg:
            if not norms[i].isdigit():
                i += 1
                continue
        elif tg.keys().isdisjoint(_TRIGGERS) and not (i + 1 < n and (norms[i + 1].isdigit() or t.tags(i + 1))):
            i += 1  # "في", "من", "هذا" start nothing unless a number or a time word follows
            continue
        blocked = tg.get("not_temporal")
        if blocked:  # "روسيا اليوم" is a channel, not today
            i += blocked[1]
            alias = t.has(i + 1, "month") if t.is_tok(i, "(") else None
            if alias and t.is_tok(i + 1 + alias[1], ")"):
                i += alias[1] + 2  # «حرب أكتوبر (تشرين الأول)»: the same name in the other calendar
            continue
        for rule in _GRAMMAR:
            got = rule(t, i)
            if got:
                e, j = got
                e, j = _extend_range(t, e, j)
                if e.kind == "range" and i > 0 and t.has(i - 1, "from") and not e.whole:
                    # "من 10 إلى 13 أيلول" keeps its "من" (a decade read as a range has no "to" part)
                    e.start = t.start_of(i - 1)
                tense = t.tense_before(i)
                for p in (e.parts or (e,)):
                    p.future, p.past = tense > 0, tense < 0
                e.future, e.past = tense > 0, tense < 0
                if _named_event(t, i, e) or _surname(t, i, e):
                    i = j
                    break
                _since(t, i, e)
                out.append(e)
                i = j
                break
        else:
            i += 1
    _mark_listed_weekdays(t, out)
    return out


# «أسماء الأيام عند العرب: السبت كانوا يسمونه شيار. والأحد ...»: most of the week named close together is a
# list of the days' names, not seven dates; a schedule names fewer, or dates them («السبت 8 أغسطس»).
_LISTED_WEEKDAYS = 5
_LISTED_SPAN = 400  # characters


def _mark_listed_weekdays(t: _Text, found: list[Expr]) -> None:
    """Every weekday word counts, read as a day or not (الأحد, الاثنين and الجمعة are often left unread)."""
    bare = [e for e in found if e.kind == "weekday" and e.offset is None and e.direction is None]
    if not bare:
        return
    named = [(t.starts[k], wd[0]) for k in range(t.n) if (wd := t.has(k, "weekday"))]
    for e in bare:
        if len({w for at, w in named if abs(at - e.start) <= _LISTED_SPAN}) >= _LISTED_WEEKDAYS:
            e.listed = True
