"""English function words that say nothing about what a sentence is about (closed-class only)."""

WORDS = frozenset("""
a an the and or but nor so yet for of to in on at by from with without into onto over under about above below
between among through during before after since until while as than then that this these those there here
which who whom whose what when where why how whether if because although though
i me my we us our you your he him his she her it its they them their mine ours yours hers theirs
is are was were be been being am do does did done have has had having will would shall should can could
may might must not no also only just very too more most such both each every either neither any all some
other another own same said says say told according
""".split())
