"""English function words, dropped before TF-IDF so stories meet on content words."""

STOPWORDS = frozenset(
    """
    a an the and or but if then else of in on at to from by for with about against between into
    through during before after above below up down out off over under again further once here
    there when where why how all any both each few more most other some such no nor not only own
    same so than too very can will just should now is are was were be been being have has had
    having do does did doing i me my we our you your he him his she her it its they them their
    what which who whom this that these those am would could may might must shall as also said
    says say told according its it's 's n't -- `` '' mr mrs ms
    """.split()
)
