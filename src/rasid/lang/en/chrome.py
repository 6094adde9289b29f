"""English site-chrome phrases; same shape as ``rasid.lang.ar.chrome`` (read its docstring).

Site templates are often English even on Arabic pages (theme licence notices, "image"
placeholders, slider buttons), so the cleaner matches every language's table on every page.
"""

CHROME = {
    "footer: back-to-top button": ("prefix", 5, "anywhere", ["back to top", "scroll to top", "go to top"]),
    "share buttons": ("prefix", 8, "anywhere", [
        "share on facebook", "share on twitter", "share on x", "share this", "share via", "tweet this",
        "share on whatsapp", "share on linkedin", "email this", "print this", "share article",
        "get short url", "get short link", "copy short url", "share all sharing options",
    ]),
    # "Follow RT on", "Follow The Harbour Times on": the prompt above the social icons.
    "follow-us prompt (above the social icons)": ("frame", 6, "anywhere", ["follow * on"]),
    # "Why you can trust Sky News": the link to an outlet's standards page, inside the article.
    "editorial standards link": ("prefix", 8, "anywhere", ["why you can trust", "our editorial standards"]),
    "share button": ("exact", 3, "anywhere", [
        "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "telegram", "email", "print",
        "copy", "copy link", "short url", "reddit", "pocket", "flipboard",
    ]),
    "follow-us prompt": ("prefix", 10, "anywhere", [
        "follow us", "like us on facebook", "sign up for our newsletter", "subscribe to our newsletter",
        "subscribe now", "join our", "get the latest", "sign up to our", "sign up for", "get more of",
        "subscribe and follow", "never miss the latest",
    ]),
    "sign-up button": ("exact", 3, "anywhere", ["sign up", "sign up now", "subscribe", "register", "log in", "sign in"]),
    "see-also link": ("prefix", 25, "anywhere", ["read more", "see also", "also read", "read also", "must read"]),
    "comment form": ("prefix", 20, "anywhere", [
        "leave a comment", "leave a reply", "your email address will not be published",
        "required fields are marked", "post comment", "add a comment", "comments are closed",
        "you must be logged in to post a comment", "cancel reply", "write a comment",
        "save my name, email, and website", "notify me when new comments", "notify me of follow-up comments",
        "this site uses akismet to reduce spam",
    ]),
    "comment counter": ("prefix", 3, "edge", ["comments", "comment"]),
    "copyright notice": ("prefix", 25, "anywhere", ["copyright", "all rights reserved"]),
    "copyright line": ("contains", 30, "anywhere", ["all rights reserved", "subject to copyright"]),
    "theme or licence warning": ("contains", 60, "anywhere", [
        "theme license is not validated", "validate the license", "you need a single license",
        "this site uses cookies", "we use cookies", "enable javascript", "protected by recaptcha",
    ]),
    "image placeholder": ("exact", 2, "anywhere", ["image", "photo", "picture", "video", "img", "gallery"]),
    "advertisement": ("exact", 3, "anywhere", [
        "advertisement", "advertising", "sponsored", "ad", "skip ad", "hide ad",
    ]),
    "slider buttons": ("exact", 3, "anywhere", ["next previous", "previous next", "next", "previous", "prev next"]),
    # Image and player widgets' labels inside the article (NPR, Reuters on held-out-3).
    "media widget label": ("exact", 4, "anywhere", [
        "enlarge this image", "toggle caption", "hide caption", "loading", "slideshow", "click to enlarge",
    ]),
    "site section label": ("prefix", 2, "edge", [
        "home", "news", "latest news", "top stories", "politics", "world", "business", "sports", "opinion",
        "breaking", "breaking news", "menu", "search", "trending",
    ]),
    "weather ticker": ("contains", 8, "anywhere", ["temperature in", "weather today"]),
    "end-of-wire marker": ("exact", 2, "anywhere", ["end", "more", "ends"]),
}

# Widget labels that crawlers glue to the front of the next line ("Next Previous عين اليوم – جدة").
GLUED_PREFIXES = ["next previous", "previous next"]

TAG_LIST_LABELS = ["tags", "topics", "filed under"]

# A link to another story labelled with the site's address ("Also on rt.com Journalists ...").
SEE_ALSO_SITE_PREFIXES = ["also on", "more on", "read more on", "see also on", "also read on"]

RELATED_TRIGGERS = [
    "related articles", "related stories", "related news", "related", "more stories", "you may also like",
    "recommended", "more from", "most read", "most popular", "trending now", "read next", "read more",
    "you might be interested in", "watch latest videos", "related coverage",
    "suggested articles", "suggested stories", "editor's picks",
    "explore further",  # Phys.org's link to a related story under the text
    "search for this author in",  # Nature's author-search links (PubMed, Google Scholar)
    "next up in",  # Vox Media's "Next Up In Science & Health" box under the article
]
# Words that open a box of links only when printed as a label, with a colon ("More:" above three
# headlines inside the text); alone, "More" is a menu's drop-down.
RELATED_COLON_TRIGGERS = ["more"]

# Labels that come after an article, never inside it: where one stands below most of the block's
# prose, the article has ended there (what follows is tags, comments, related stories).
ARTICLE_END_MARKERS = [
    "tags", "topics", "filed under", "related topics", "related content", "related", "comments", "0 comments",
    "want to join the conversation", "you may like", "you might also like", "you may also like",
    "suggest a correction", "report an error", "more from", "more in", "more stories", "recommended for you",
    "recent content", "recent posts", "recent stories", "latest stories", "next up in",
    "suggested articles", "suggested stories",
]

SOURCE_PREFIXES = ["source", "sources", "via", "additional reporting by", "reporting by", "writing by", "editing by"]

BYLINE_PREFIXES = ["by", "written by", "reported by", "story by", "author", "authors"]
# Printed as an element of its own above the one name it introduces ("By" / "Daniel Wood"); not
# "Authors", which heads a box of several names and their roles.
BYLINE_LABELS = ["by", "written by", "reported by", "story by"]
# A role a page prints after the reporter's name, which a crawler may glue to it ("Ben SummerReporter",
# "Matt BirneySponsored": a sponsored column's label).
BYLINE_ROLES = ["reporter", "senior reporter", "chief reporter", "correspondent", "editor", "writer", "staff writer",
                "columnist", "contributor", "sponsored"]
# A byline credit holding one of these words names no person: the newsroom signs it ("HNN Staff",
# "Web Desk", "News Team"); it is a credit, not the author.
STAFF_CREDIT_WORDS = ["staff", "desk", "team", "newsroom", "editors", "bureau", "wire", "wires"]
# What a CMS puts in the author field when none is set (The Japan Times' metadata: "No Author").
# "Submitted" / "Posted": the verb of a date line ("Submitted on Mon, 2019-01-21 13:49", Drupal's), which
# extractors take for the author's name (Prachatai, gold/dumps12).
AUTHOR_PLACEHOLDERS = ["no author", "unknown", "unknown author", "anonymous", "admin", "administrator", "none", "null",
                       "submitted", "posted", "published"]

PHOTO_CREDIT_PREFIXES = ["photo", "photos", "photo by", "photograph"]

AGENCIES = {
    "Reuters": ["reuters", "thomson reuters"],
    "AP": ["ap", "associated press", "the associated press"],
    "AFP": ["afp", "agence france-presse", "agence france presse"],
    "Bloomberg": ["bloomberg"],
    "UPI": ["upi", "united press international"],
    "Xinhua": ["xinhua"],
    "dpa": ["dpa"],
    "Anadolu": ["anadolu", "anadolu agency"],
    "Yonhap": ["yonhap"],
    "TASS": ["tass"],
    "KCNA": ["kcna"],
    "agencies": ["agencies", "wires", "news agencies"],
}

OUTLET_WORDS = ["news", "times", "post", "daily", "herald", "journal", "tribune", "online", "network", "tv"]

LIST_MARKERS = ["first", "second", "third", "fourth", "fifth", "finally", "note"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DATE_WORDS = [
    "published", "updated", "last updated", "posted", "published on", "updated on", "posted on", "on", "at",
    "modified", "last modified",  # The Guardian: "Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT"
    "written",  # KBS: "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46"
    # weekdays as date lines abbreviate them ("Wed, Oct 14, 2020 - 5:50 AM")
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "am", "pm", "a m", "p m",
    # relative times in bylines ("16 hours ago")
    "ago", "minute", "minutes", "min", "mins", "hour", "hours", "day", "days",
    # common time-zone abbreviations
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest",
    "ist", "msk", "ast", "sast", "aest", "aedt", "nzst", "nzdt", "wat", "eat", "cat",
    "hst", "hdt", "akst", "akdt", "mst", "mdt", "amt", "gst", "pkt", "pht", "sgt", "hkt", "jst", "kst", "wib",
    "irst", "trt", "awst", "acst",
    "uk",  # "Wednesday 20 November 2019 11:42, UK": the clock's country, as a zone
]

# All-digit dates ("02/11/2023") are read day first; English writers in these countries (the
# URL's country domain) put the month first, and where the country is not known the order is a
# guess (rasid.clean.cleaner gives such a date with doubt).
NUMERIC_DATE_MONTH_FIRST_COUNTRIES = ["us"]
NUMERIC_DATE_ORDER_BY_COUNTRY = True
