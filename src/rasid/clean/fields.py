"""Reading the short lines around an article that carry metadata: date lines, bylines,
credit lines, inline datelines, photo captions and title suffixes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from rasid.clean.lines import function_words
from rasid.clean.phrases import agency_name, count_words, line_key, tables
from rasid.clean.places import is_place
from rasid.temporal.calendar import solar_hijri_to_gregorian

# Separators between the parts of a byline or credit line ("موسكو - حسن عمارة", "أ ف ب-الامة برس").
_PART_SEPARATOR = re.compile(r"\s*[-–—ـ/+|،,•]\s*|\s+و(?=\s)")
# Separators may be spaced ("١ / ١٢ / ٢٠٢٠"); \d takes Arabic-Indic digits too.
_ISO_DATE = re.compile(r"\b(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})\b")
_DMY_DATE = re.compile(r"\b(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})\b")
# "24 أغسطس 2020", "14. May 2019" (the day's dot of German and Scandinavian pages), "04 آب/اغسطس 2013", "24 نيسان / أبريل 2020": a month may be named twice,
# in the Levantine and the Egyptian calendar, with a slash between.
_NAMED_DATE = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|\.)?\s*([^\W\d_]+(?:\s[^\W\d_]+)?)(?:\s*/\s*[^\W\d_]+)?\s*[,،]?\s*(\d{4})")
# Month first: "Sep 15, 2023", and Arabic pages written that way ("ديسمبر 25, 2020").
# Ordinals too: "Published November 20th, 2019 - 07:29 GMT".
# "11/19/19 06:56 AM EST": a two-digit year, taken only with slashes and beside a clock time.
_DMY_SHORT_YEAR = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2})\b")
_MONTH_FIRST_DATE = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?=\b|[ap]m)", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # "8th Nov 2023"
_GLUED_MERIDIEM = re.compile(r"(\d)([ap]m)\b")  # "02:00pm", "6.55pm": the clock and its am/pm
_TZ_OFFSET = re.compile(r"^(?:gmt|utc)\d{1,4}$")  # "GMT+0400" keys as "gmt 0400" or "gmt0400"
_ERA_YEAR = re.compile(r"^\d{3,4}[هم]$")  # "1441هـ", "2020م": the era letter glued to the year


_NO_TAGS: Mapping[str, int] = {}


@dataclass(slots=True)
class Attribution:
    author: str | None = None
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    outlet_tag: str | None = None


def read_date_line(text: str) -> tuple[str | None, Attribution] | None:
    """A line that is only a date (maybe with a weekday, time, city and agency).

    Returns the ISO date when it can be read, plus the city and agency such lines often
    carry ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس").  None when the line
    holds words that are not date words.
    """
    t = tables()
    iso = _iso_date(text, t.months)
    if iso is None and not _TIME.search(text):
        return None
    for pattern in t.date_patterns:  # "2025年1月13日": a date of counters is one token; read, it is no residue
        text = pattern.sub(" ", text)
    key = _GLUED_MERIDIEM.sub(r"\1 \2", line_key(text))
    if not key or key.count(" ") >= 20:
        return None
    # "نشر في", "آخر تحديث", "تم نشره": phrases of several words that only date lines hold.
    for phrase in t.date_phrases:
        if phrase in key:
            key = re.sub(rf"(?:^| ){re.escape(phrase)}(?= |$)", " ", key)
    words = key.split()
    leftover: list[str] = []
    for w in words:
        if (w.isdigit() or w in t.date_words or w in t.months or w in t.solar_months or _TZ_OFFSET.match(w) or _ERA_YEAR.match(w)
                or _ORDINAL.match(w)):
            continue
        leftover.append(w)
    extra = Attribution()
    # What is left may be a leading city and a trailing agency, nothing else.
    if leftover and agency_name(leftover[-1]):
        extra.credits.append(agency_name(leftover[-1]))
        leftover.pop()
    if leftover and len(leftover) <= 2 and is_place(" ".join(leftover)) and words[0] == leftover[0]:
        extra.dateline = _original_prefix(text, len(leftover))
        leftover = []
    # Month names of two words ("كانون الثاني") leave no residue: check their halves.
    leftover = [w for w in leftover if not any(w in m.split() for m in t.months)]
    if leftover and iso and _credit_before_date(text, words, leftover):
        leftover = []  # "Nissan November 20, 2019 13:42": a photo credit the page runs into its date
    if leftover:
        return None
    return iso, extra


CREDIT_BEFORE_DATE_MAX_WORDS = 2


def _credit_before_date(text: str, words: list[str], leftover: list[str]) -> bool:
    """The words the date reader could not place are one or two capitalised words opening the
    line, before a full date: a photo or image credit printed on the date's line ("Nissan
    November 20, 2019 13:42", "Reuters 2019-11-20"), not a sentence nor a headline."""
    n = len(leftover)
    if n > CREDIT_BEFORE_DATE_MAX_WORDS or words[:n] != leftover:
        return False
    raw = text.split()[:n]
    return len(raw) == n and all(w[:1].isupper() and w.isalpha() for w in raw)


# A name glued by the crawler to the clock time that follows it: "Melanie Earley15:35, Oct 29 2020".
_NAME_GLUED_TO_TIME = re.compile(r"^(?P<name>\D{3,60}?[^\W\d_])(?P<when>\d{1,2}[:.]\d{2}\b.*)$")


_GLUED_DOT = re.compile(r"\s*·\s*")
BYLINE_DATE_TRAILER_MAX_WORDS = 2  # "By Emily Burack 8 January 2020, 3:51 pm 11 Edit": a comment count, an edit link


def _prefixed_name_then_date(text: str) -> tuple[str, str] | None:
    """(name, the date part) of "By Emily Burack 8 January 2020, 3:51 pm ...": a byline prefix,
    a name of up to four words none of which is lower-case or a number, then a date line,
    perhaps with a word or two of widget after it."""
    t = tables()
    # "Текст: Лида Буслаева·11 октября 2018": a middle dot parts the name from the date, unspaced.
    words = _GLUED_DOT.sub(" · ", text).split()
    for prefix in t.byline_prefixes:
        n = len(prefix.split())
        if line_key(" ".join(words[:n])) != prefix:
            continue
        rest = words[n:]
        k = next((i for i, w in enumerate(rest) if w[0].isdigit() or line_key(w) in t.months), None)
        name = rest[:k] if k is not None else []
        while name and (not line_key(name[-1]) or line_key(name[-1]) in t.date_words):
            # "By HNN Staff | November 18, 2019 at 2:26 PM HST": the separator before the date;
            # "By Umair Irfan Updated Nov 13, 2019": the date's own label.
            name = name[:-1]
        if k is None or not 1 <= len(name) <= 4 or any(w[0].islower() or not w[0].isalpha() for w in name):
            return None
        for cut in range(BYLINE_DATE_TRAILER_MAX_WORDS + 1):
            when = " ".join(rest[k:len(rest) - cut])
            dated = read_date_line(when) if when else None
            if dated is not None and dated[0]:
                return " ".join(name), when
        return None
    return None


def split_name_glued_to_date(text: str) -> tuple[str, str, Attribution] | None:
    """(name, ISO date, attribution: the name as author, or as dateline when it is a place) of a
    byline glued to its date line ("Melanie Earley15:35, Oct 29 2020"), or printed before it on
    one line ("By Emily Burack 8 January 2020, 3:51 pm")."""
    m = _NAME_GLUED_TO_TIME.match(text.strip())
    if m:
        name, when = m["name"], m["when"]
    elif prefixed := _prefixed_name_then_date(text.strip()) or _date_then_name(text.strip()):
        name, when = prefixed
    elif row := _metadata_row(text):
        return row
    else:
        return None
    if not 1 <= len(name.split()) <= 4:
        return None
    dated = read_date_line(when)
    if dated is None or dated[0] is None:
        return None
    name = _clean_part(name)
    extra = dated[1]
    if is_place(name):  # "الرياض10:30 ...": a city glued to the time, not a reporter
        extra.dateline = extra.dateline or name
    else:
        extra.author = name
    return name, dated[0], extra


DATE_THEN_NAME_MAX_WORDS = 4


def _date_then_name(text: str) -> tuple[str, str] | None:
    """(name, the date part) of "November 20, 2019 Emiliano Bellini": a date line, then a name of
    up to four capitalised words (pv magazine prints the date before the byline, on one line)."""
    words = text.split()
    for n in range(1, min(DATE_THEN_NAME_MAX_WORDS, len(words) - 1) + 1):
        name, when = " ".join(words[-n:]), " ".join(words[:-n])
        if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words[-n:]):
            return None
        if any(w in function_words() or w in tables().date_words for w in line_key(name).split()):
            return None  # "... 2019 The Big Show", "... 11:39 PM MYT": a headline's or the clock's words
        if not _name_shaped(name):
            continue  # "... 11:39 PM MYT": one word after the date is its time zone, not a name
        dated = read_date_line(when)
        if dated is not None and dated[0] and not dated[1].dateline and not dated[1].credits:
            return name, when
    return None


# The parts of a CMS's metadata row: "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad".
_ROW_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def _metadata_row(text: str) -> tuple[str, str, Attribution] | None:
    """(name, ISO date, attribution) of a metadata row: a date, a byline with its label, and the
    section and tags the CMS prints after them, each label with a colon ("Categoria: Saúde").
    A part that is none of these (a headline's clause) and the row is not one."""
    parts = _ROW_SEPARATOR.split(text.strip())
    if len(parts) < 3:
        return None
    t = tables()
    iso, found = None, None
    for part in parts:
        label, colon, rest = part.partition(":")
        dated = read_date_line(part)
        if iso is None and dated is not None and dated[0]:
            iso = dated[0]
        elif found is None and colon and line_key(label) in t.byline_prefixes:
            found = read_attribution(part)
            if found is None or not found.author:
                return None
        elif not (colon and rest.strip() and line_key(label) in t.tag_labels):
            return None
    if iso is None or found is None:
        return None
    return found.author, iso, found


def ambiguous_numeric_date(text: str) -> bool:
    """Whether the line's date is all digits with day and month both 12 or under ("02/11/2023"):
    2 November to a British reader, 11 February to an American one."""
    if _ISO_DATE.search(text):
        return False
    m = _DMY_DATE.search(text) or (_TIME.search(text) and _DMY_SHORT_YEAR.search(text))
    return bool(m) and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1].lstrip("0") != m[2].lstrip("0")


def _original_prefix(text: str, n_words: int) -> str:
    return " ".join(text.split()[:n_words])


def _iso_date(text: str, months: dict[str, int]) -> str | None:
    t = tables()
    for pattern in t.date_patterns:
        if m := pattern.search(text):
            return _valid(int(m["year"]), int(m["month"]), int(m["day"]))
    if m := _ISO_DATE.search(text):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY_DATE.search(text) or (_TIME.search(text) and _DMY_SHORT_YEAR.search(text)):
        year = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
        # Read day first; "11/19/2019" can only be month first (the order question is the caller's).
        return _valid(year, int(m[2]), int(m[1])) or (_valid(year, int(m[1]), int(m[2])) if int(m[2]) > 12 else None)
    for m in _NAMED_DATE.finditer(text):
        month = months.get(line_key(m[2])) or months.get(line_key(m[2].split()[0]))
        if month:
            return _valid(int(m[3]), month, int(m[1]))
    for m in _NAMED_DATE.finditer(text):
        # "۲ تیر ۱۳۹۹": a Solar Hijri date (Iranian pages), given as its Gregorian day.
        month = t.solar_months.get(line_key(m[2])) or t.solar_months.get(line_key(m[2].split()[0]))
        if month and (day := solar_hijri_to_gregorian(int(m[3]), month, int(m[1]))):
            return day.isoformat()
    for m in _MONTH_FIRST_DATE.finditer(text):
        month = months.get(line_key(m[1]))
        if month:
            return _valid(int(m[3]), month, int(m[2]))
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def read_source_line(text: str) -> list[str] | None:
    """"المصدر: روسيا اليوم + مواقع" / "Source: Reuters" -> the credited names."""
    head, sep, rest = text.partition(":")
    if not sep:
        return None
    key = line_key(head.lstrip("*• "))
    if key not in tables().source_prefixes or len(rest.split()) > 12:
        return None
    return [p for p in (_clean_part(x) for x in _PART_SEPARATOR.split(rest)) if p] or None


def read_service_credit(text: str) -> str | None:
    """"* خدمة «نيويورك تايمز»" (a syndication credit): the credited name."""
    stripped = text.strip("*• \t")
    key = line_key(stripped)
    for prefix in tables().source_prefixes:
        if key.startswith(prefix + " ") and len(key.split()) <= 5:
            return _clean_part(stripped.split(None, len(prefix.split()))[-1])
    return None


def read_attribution(text: str, outlet_tags: Mapping[str, int] = _NO_TAGS) -> Attribution | None:
    """A short byline/credit line: "موسكو - حسن عمارة", "أ ف ب-الامة برس", "By Jane Doe".

    Each part is an agency (-> credits), a place (-> dateline), the outlet's own tag (a part
    seen beside many different names on this outlet's pages), or a name (-> author).  At
    least one part must be recognised, otherwise a short dashed line could as well be a
    headline, and it is left alone.
    """
    t = tables()
    stripped = text.strip(" *•\t")
    if stripped.startswith(("©", "(c)", "(C)")):
        return None  # a copyright or photo credit ("© REUTERS / EGYPTIAN HEALTH MINISTRY"), not a byline
    key = line_key(stripped)
    result = Attribution()
    for prefix in t.byline_prefixes:
        if key.startswith(prefix + " ") and len(key.split()) > 6:
            # "By Nathan Bernier | KUT • 16 hours ago": the name, then the outlet and a time.
            return _byline_with_tail(stripped.split(None, len(prefix.split()))[-1].lstrip(":： "))
        if key.startswith(prefix + " ") and len(key.split()) <= 6:
            rest = stripped.split(None, len(prefix.split()))[-1].lstrip(":： ")
            inner = read_attribution(rest, outlet_tags)
            if inner is not None:
                return inner
            if is_place(rest):  # "حوار الشرق الأوسط" is a section, not a reporter
                return None
            if glued := _glued_agency(rest):  # "By Hillel ItalieThe Associated Press"
                rest, agency = glued
                result.credits.append(agency)
            rest = glued_role(rest) or rest  # "By Ben SummerReporter"
            result.author = _clean_part(rest)
            return result if result.author else None
    name, city = _name_with_parenthesised_city(stripped)
    if name:
        return Attribution(author=name, dateline=city)
    if name := glued_role(stripped):  # "Matt BirneySponsored"
        return Attribution(author=name)
    parts = [p for p in (_clean_part(x) for x in _PART_SEPARATOR.split(stripped)) if p]
    if len(parts) < 2 or len(parts) > 4 or any(len(p.split()) > 4 for p in parts):
        return None
    # Only the part seen beside the most others is the outlet's tag; a reporter who files
    # from many cities is seen beside many parts too, but fewer than his outlet's name.
    tagged = [line_key(p) for p in parts if line_key(p) in outlet_tags]
    best_tag = max(tagged, key=lambda k: outlet_tags[k]) if tagged else None
    unknown: list[str] = []
    recognised = 0
    for part in parts:
        part_key = line_key(part)
        if any(part_key == p or part_key.startswith(p + " ") for p in t.photo_prefixes):
            recognised += 1  # the photographer: part of the byline, not its author
        elif agency := agency_name(part):
            result.credits.append(part if agency == part else agency)
            recognised += 1
        elif result.dateline is None and is_place(part):
            # Before the outlet tag: a city an outlet's reporters file from often is seen
            # beside many names too ("جدة"), but it is still a city.
            result.dateline = part
            recognised += 1
        elif part_key == best_tag or _names_outlet(part):
            result.outlet_tag = part
            recognised += 1
        else:
            unknown.append(part)
    if not recognised or len(unknown) > 1:
        return None
    if unknown and _is_date_word(unknown[0]):
        return None  # "Wednesday, 08 Apr 2020 ...": a date line the date reader did not take
    if unknown and result.dateline is None and (city := _place_before_date(unknown[0])):
        result.dateline = city  # "لندن 6 أغسطس - رويترز": a wire dateline, not a reporter
        return result
    if unknown:
        if len(unknown[0].split()) < 2:
            # One lone word beside a city ("سبق- الرياض") is more likely the outlet's tag
            # than a reporter's name: keep the line as a byline but name no author.
            return result if result.dateline or result.credits else None
        result.author = unknown[0]
    return result


_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")  # where a crawler glued two elements' text


def _glued_agency(text: str) -> tuple[str, str] | None:
    """A name with the agency glued to it by a crawler that dropped the space between two
    elements: "Hillel ItalieThe Associated Press" -> ("Hillel Italie", "AP")."""
    for m in _CASE_JOIN.finditer(text):
        if agency := agency_name(text[m.start():]):
            return text[:m.start()], agency
    return None


def _name_shaped(name: str) -> bool:
    words = name.replace("-", "").replace("'", "").split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words) and not is_place(name)


# "Claudia Tanclaudiat@sph.com.sg@ClaudiaTanBT": the name, the e-mail address, the social handle.
_NAME_GLUED_TO_CONTACT = re.compile(r"^(?P<glued>.+?)@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:@\w+)?$")


def _name_before_address(glued: str) -> str | None:
    """Where the name ends and the address begins in "Claudia Tanclaudiat": the address is made
    from the name, so it starts with the first name or the surname in lower case."""
    words = glued.split()
    if len(words) < 2:
        return None
    last = words[-1]
    for cut in range(1, len(last)):
        local = last[cut:]
        name = " ".join(words[:-1] + [last[:cut]])
        if local.islower() and any(local.startswith(w.lower()) for w in (words[0], last[:cut])) and _name_shaped(name):
            return name
    return None


_NAME_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*")


def credit_naming_no_one(text: str) -> str | None:
    """The credit a byline gives when it names no person: a wire ("The Associated Press" -> "AP")
    or the newsroom ("HNN Staff", "Web Desk"); None when it may name a person."""
    words = line_key(text).split()
    for prefix in tables().byline_prefixes:  # "By The Associated Press"
        n = prefix.count(" ") + 1
        if len(words) > n and " ".join(words[:n]) == prefix:
            text, words = text.split(None, n)[-1], words[n:]
            break
    if agency := agency_name(text):
        return agency
    if words and any(w in tables().staff_words for w in words):
        return _clean_part(text)
    return None


ROLE_LINE_MAX_WORDS = 4


def role_line(text: str) -> bool:
    """A reporter's role printed on its own line under the name, perhaps with a handle or an
    address ("News reporter @TomGillespie1", "Senior Correspondent"): a few words ending (or
    opening) with a role from the byline-role table."""
    words = [w for w in text.split() if "@" not in w]
    key = line_key(" ".join(words))
    if not key or key.count(" ") >= ROLE_LINE_MAX_WORDS:
        return False
    roles = tables().byline_roles
    # Romance languages put the role first and the place after it ("Corresponsal en Atenas").
    return key in roles or key.rsplit(" ", 1)[-1] in roles or key.split(" ", 1)[0] in roles


def names_only(text: str) -> bool:
    """Whether the line is nothing but one to three people's names ("Jill Serjeant", "Ibtisam Mahdi,
    Ruwaida Kamal Amer"): a byline printed without "By", which only its place can tell from a
    section label, and which the outlet's words, roles and places rule out."""
    parts = [p for p in _NAME_LIST_SEPARATOR.split(text.strip()) if p]
    if not 1 <= len(parts) <= 3 or not all(_name_shaped(p) for p in parts):
        return False
    # "HT Correspondent", "Staff Reporter": a credit that names no one.
    t = tables()
    if any(credit_naming_no_one(p) for p in parts):
        return False
    return not any(w in t.outlet_words or w in t.byline_roles for p in parts for w in line_key(p).split())


OUTLET_AFTER_NAME_MAX_WORDS = 3


def name_and_outlet(text: str) -> tuple[str | None, str | None]:
    """(name, outlet) of a byline naming one person, then after a comma the outlet they write for
    ("VICTOR TANGERMANN, FUTURISM", a syndicated piece's byline): a few capitalised words that
    are no place (that would be a dateline), no headline's function words; (None, None) otherwise."""
    head, comma, tail = text.strip().rpartition(",")
    words = tail.split()
    if not comma or not names_only(head) or "," in head or not 1 <= len(words) <= OUTLET_AFTER_NAME_MAX_WORDS:
        return None, None
    if not all(w[:1].isupper() and w.isalpha() for w in words) or is_place(tail):
        return None, None
    if any(w in function_words() for w in line_key(tail).split()):
        return None, None
    return head.strip(), tail.strip()


def glued_role(text: str) -> str | None:
    """The name of "Ben SummerReporter" or "Claudia Tanclaudiat@sph.com.sg@ClaudiaTanBT": a name
    of two to four capitalised words with a role from the byline-role table, or the reporter's
    e-mail address and handle, glued to it."""
    roles = tables().byline_roles
    for m in _CASE_JOIN.finditer(text):
        name = text[:m.start()].strip()
        if line_key(text[m.start():]) in roles and _name_shaped(name):
            return name
    m = _NAME_GLUED_TO_CONTACT.match(text.strip())
    if m and (name := _name_before_address(m["glued"])):
        return name
    return _name_then_role(text)


SIGN_OFF_NAME_MAX_WORDS = 3


def _name_then_role(text: str) -> str | None:
    """The name of a sign-off byline in a script without capitals: a word or three of letters,
    then the role from the byline-role table, then perhaps the reporter's address ("정덕현
    칼럼니스트 thekian1@entermedia.co.kr").  Where names are capitalised, a capitalised word before
    the role may as well be the role's ("Lindsey Hilsum International Editor"): not read here."""
    words = [w for w in text.split() if "@" not in w and not w.lower().startswith(("http", "www."))]
    roles = tables().byline_roles
    if not 2 <= len(words) <= SIGN_OFF_NAME_MAX_WORDS + 1 or line_key(words[-1]) not in roles:
        return None
    name = words[:-1]
    if any(c.isupper() or c.islower() for c in "".join(name)) or not all(w.isalpha() for w in name):
        return None
    return " ".join(name)


def _byline_with_tail(rest: str) -> Attribution | None:
    """After "By": a name of up to four words, then only an agency, a place, the outlet's name
    (three words at most, once) and the date or time ("Feb 18, 2020", "16 hours ago")."""
    parts = [p for p in (_clean_part(x) for x in _PART_SEPARATOR.split(rest)) if p]
    if len(parts) < 2 or len(parts[0].split()) > 4 or any(c.isdigit() for c in parts[0]):
        return None
    result = Attribution(author=parts[0])
    for part in parts[1:]:
        if _is_date_word(part) or read_date_line(part) is not None:
            continue
        if agency := agency_name(part):
            result.credits.append(agency)
        elif result.dateline is None and is_place(part):
            result.dateline = part
        elif result.outlet_tag is None and len(part.split()) <= 3:
            result.outlet_tag = part
        else:
            return None
    return result


_PREFIX_END = re.compile(r":\s")


def split_byline_prefix(text: str, outlet_tags: Mapping[str, int] = _NO_TAGS) -> tuple[Attribution, int] | None:
    """A byline glued before the first sentence: "فهد العتيبي- سبق- جدة: ألقت ..." ->
    (attribution, offset where the sentence starts).  Only accepted when the prefix names
    a place, so a speech tag ("وأضاف: ...") never qualifies."""
    for m in _PREFIX_END.finditer(text, 0, 120):
        head = text[: m.start()]
        if not any(sep in head for sep in "-–—ـ") or len(head.split()) > 10:
            continue
        attribution = read_attribution(head, outlet_tags)
        if attribution is not None and attribution.dateline:
            return attribution, m.end()
    return None


def _is_date_word(part: str) -> bool:
    """Only date words and numbers ("Wednesday", "6 أغسطس"); a name may end in one (أحمد السبت)."""
    t = tables()
    words = line_key(part).split()
    return bool(words) and all(w.isdigit() or w in t.date_words or w in t.months for w in words)


def _place_before_date(part: str) -> str | None:
    """"لندن 6 أغسطس" -> "لندن": a place followed by a date, as wire datelines run."""
    words = part.split()
    for n in (1, 2):
        if len(words) > n and is_place(" ".join(words[:n])) and _is_date_word(" ".join(words[n:])):
            return " ".join(words[:n])
    return None


# "Phys.org", "news.sky.com": an outlet named by its web address.
_SITE_ADDRESS = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|[a-z]{2})$", re.IGNORECASE)


def _names_outlet(part: str) -> bool:
    return bool(_SITE_ADDRESS.match(part.strip())) or any(w in tables().outlet_words for w in line_key(part).split())


_PAREN_CITY = re.compile(r"^(?P<name>[^()]{3,40}?)\s*\((?P<city>[^()]{2,25})\)$")


def _name_with_parenthesised_city(text: str) -> tuple[str | None, str | None]:
    """"محمد الساعد (تبوك)" -> (name, city) when the bracket holds a place."""
    m = _PAREN_CITY.match(text)
    if m and len(m["name"].split()) <= 4 and is_place(m["city"]):
        return m["name"].strip(), m["city"].strip()
    return None, None


_QUOTED = re.compile(r"[«{\"“](?P<name>[^»}\"”]{2,40})[»}\"”]")


def _clean_part(text: str) -> str:
    # "«واشنطن بوست» خاص بـ«الشرق الأوسط»": the credited name is the quoted one.
    if m := _QUOTED.search(text):
        return m["name"].strip()
    return text.strip(" \t*•·:()«»{}\"'“”.\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


def author_name(text: str) -> str | None:
    """An author field as a name: without the byline's label ("Текст Лида Буслаева", "By Jane
    Walsh") and the separator the page printed after it ("Jane Walsh·" before the date)."""
    words = text.split()
    for prefix in tables().byline_prefixes:
        n = len(prefix.split())
        if len(words) > n and line_key(" ".join(words[:n])) == prefix:
            text = text.split(None, n)[-1]
            break
    return _clean_part(text) or None


# A photo caption glued before the first paragraph, ending with its agency credit in brackets:
# "يزور الزعيم ... كوفيد-19 (أ ف ب)   سيول: زار ..."
_CAPTION = re.compile(r"^(?P<caption>.{15,400}?\((?P<credit>[^()]{1,30})\))\s{2,}(?=\S)")


def split_caption(text: str) -> tuple[str, str, int] | None:
    """(caption, credited agency, offset where the paragraph proper starts) or None."""
    m = _CAPTION.match(text)
    if m and agency_name(m["credit"]):
        return m["caption"], m["credit"].strip(), m.end()
    return None


# "سيول: زار ...", "WASHINGTON (AP) — ...", "LONDON (Reuters) - ...", "موسكو (أ ف ب) - ..."
_DATELINE = re.compile(
    r"^(?P<city>[^\W\d_][^\s:()،,.\-–—]*(?:[ ,]+[^\W\d_][^\s:()،,.\-–—]*){0,2})"
    r"\s*(?:\((?P<agency>[^()]{1,30})\))?\s*(?P<sep>[:：]|[-–—]+)\s+"
)


def _capitals(city: str) -> bool:
    """An English wire's dateline city ("WASHINGTON"): every letter a Latin capital.  str.isupper()
    alone is true of "قالت مجموعة QNB", Arabic letters having no case."""
    letters = [c for c in city if c.isalpha()]
    return bool(letters) and all("A" <= c <= "Z" for c in letters)


def split_dateline(text: str) -> tuple[str, str | None, int] | None:
    """(city, agency or None, offset where the sentence starts) for a paragraph opening
    with a dateline.  The city must be a known place, or in capitals (English wires),
    so a speech tag ("وأضاف: ...") is never taken for one."""
    m = _DATELINE.match(text)
    if not m:
        return None
    city = m["city"].strip(" ,")
    agency = m["agency"]
    if agency is not None and not agency_name(agency):
        return None
    if m["sep"] != ":" and m["sep"] != "：" and agency is None and not _capitals(city):
        return None
    if not (is_place(city) or (_capitals(city) and len(city) >= 3)):
        return None
    if len(text) - m.end() < 20:
        return None
    return city, (agency.strip() if agency else None), m.end()


_LEADING_CREDIT = re.compile(r"^\((?P<agency>[^()]{1,30})\)\s*(?:[-–—]+|:)\s+")


def split_leading_credit(text: str) -> tuple[str, int] | None:
    """"(Reuters) - The ..." / "(أ ف ب) - ...": (agency, offset where the sentence starts)."""
    m = _LEADING_CREDIT.match(text)
    if m and agency_name(m["agency"]) and len(text) - m.end() >= 20:
        return m["agency"].strip(), m.end()
    return None


_TITLE_SEPARATORS = ("|", " / ", "/", " - ", " – ", " — ", " :: ", "--")  # "…方向--时政--人民网"


def split_title_suffix(title: str, any_suffix: bool = False) -> tuple[str, str | None]:
    """"بوتين ... 24 عاما | أخبار السياسة" -> (headline, "أخبار السياسة").

    A trailing part after "|" or "/" (or " - ") that is short and names a publication or
    section is the site's, not the headline's.  With ``any_suffix`` any short trailing part
    is cut (a site's own name is rarely a word the table knows: «البيان», "Beirut Observer");
    callers peel one part at a time and check each head against the page."""
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found or not head.strip():
            continue
        words = line_key(tail).split()
        if not 1 <= count_words(" ".join(words)) <= 5 or count_words(line_key(head)) < 2:
            continue
        if any_suffix or any(w in tables().outlet_words for w in words):
            return head.strip(), tail.strip()
    return title, None


TITLE_PREFIX_MAX_WORDS = 4


def split_title_prefix(title: str) -> str | None:
    """The headline of a <title> that opens with the site's name ("خبرگزاری آريا - ورود 50 هزار ...":
    Aria News Agency, then the headline): the part after the first separator when the part before
    it is a few words holding an outlet word of the tables ("خبرگزاری", news agency); else None."""
    for sep in (" - ", " | ", " – ", " — ", " :: "):
        head, found, tail = title.partition(sep)
        if not found or not tail.strip():
            continue
        words = line_key(head).split()
        if 1 <= len(words) <= TITLE_PREFIX_MAX_WORDS and any(w in tables().outlet_words for w in words):
            return tail.strip()
    return None
