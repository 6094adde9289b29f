"""English words that say what a figure counts (see the Arabic table)."""

BEFORE_NUMBER = {
    "killed": ("killing", "killed", "deaths of", "death toll of", "death toll to"),
    "injured": ("injuring", "wounding", "injured", "wounded"),
    "arrested": ("arresting", "arrested", "detained", "detaining"),
}
AFTER_NUMBER = {
    "killed": ("dead", "killed", "deaths", "died", "fatalities", "martyrs"),
    "injured": ("injured", "wounded", "injuries", "hurt"),
    "arrested": ("arrested", "detained", "arrests"),
}
ADDITIONS = ("and", "plus", "in addition to", "as well as")
SUBSETS = ("including", "among them", "of whom", "of them")
HEDGES = ("about", "around", "nearly", "almost", "some", "more than", "over", "at least", "up to", "roughly",
          "approximately", "fewer than", "less than", "dozens", "hundreds", "thousands", "several")
OTHER_COUNTS = ("rose", "risen", "rises", "rising", "total", "totals", "since", "so far", "this year", "annually")
APPROXIMATE_NUMBERS = ("a", "an", "a few", "several")
ANY_GROUP = ("people", "persons", "others", "other", "of", "the", "among", "ranks")
PROCLITICS: tuple[str, ...] = ()
AFTER_GAP = 3
ARTICLES = ("the",)
FRAMES = ("left", "leaving", "resulted", "result", "incident")
PLACE_HEADS = ("city", "province", "town", "village", "mosque", "district", "region", "camp", "hospital")
TEENS: tuple[str, ...] = ()  # the temporal table spells the teens
GENERIC = ("source", "sources", "said", "city", "province", "region", "area", "including", "health", "officials",
           "official", "announced", "added", "civilians", "civilian", "yemen", "people")
INCIDENTS = {
    "bombing": ("bomb", "bombing", "bomber", "blast", "explosion", "suicide", "car-bomb", "exploded"),
    "shelling": ("shelling", "shelled", "shells", "rockets", "rocket", "mortar", "mortars", "artillery"),
    "airstrike": ("airstrike", "airstrikes", "air", "raid", "raids", "strike", "strikes"),
    "battle": ("fighting", "clashes", "battle", "battles", "clash"),  # not "attack": a bombing is one too
    "crash": ("crash", "crashed", "collision", "capsized", "fire", "drowned"),
}
