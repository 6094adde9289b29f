from rasid.model import Article
from rasid.stories.copies import CopyIndex, expected_collision, find_copy_groups, lsh_bands

WIRE = (
    "أعلنت وزارة الصحة اليوم تسجيل ارتفاع في عدد حالات الإصابة بفيروس كورونا في المنطقة الشرقية، "
    "وأوضحت الوزارة في بيان أن الفرق الطبية تتابع الحالات المخالطة وأن المستشفيات رفعت جاهزيتها. "
    "ودعت الوزارة المواطنين والمقيمين إلى الالتزام بالإجراءات الوقائية وغسل اليدين وتجنب التجمعات، "
    "مؤكدة أن الوضع تحت السيطرة وأن اللقاحات متوفرة في جميع المراكز الصحية في المملكة. "
    "وأشار المتحدث الرسمي إلى أن عدد الحالات التي تماثلت للشفاء بلغ مئة وعشرين حالة خلال الأسبوع الماضي."
)
OTHER = (
    "افتتح أمير المنطقة معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة، "
    "ويستمر المعرض عشرة أيام ويتضمن ندوات ثقافية وأمسيات شعرية وورش عمل للأطفال والشباب."
)


def article(aid, text, published="2015-07-21", credits=()):
    return Article(origin=aid, raw_text=text, text=text, id=aid, published=published, credits=list(credits))


def test_identical_edited_and_partial_copies_are_labelled_against_the_original():
    edited = WIRE.replace("مئة وعشرين", "مئة وخمسة وعشرين").replace("اليوم", "أمس")
    partial = WIRE.split(". ")[0] + ". " + WIRE.split(". ")[1] + "."
    docs = [
        article("orig", WIRE, "2015-07-21", credits=["واس"]),
        article("same", "  " + WIRE.replace("،", " ،") + "\n", "2015-07-22"),
        article("edit", edited, "2015-07-22"),
        article("part", partial, "2015-07-23"),
        article("other", OTHER, "2015-07-21"),
    ]
    groups = find_copy_groups(docs)
    assert len(groups) == 1
    group = groups[0]
    assert group.original_id == "orig"
    assert group.members == {"orig": "original", "same": "identical", "edit": "edited", "part": "partial"}


def test_original_is_earliest_then_the_one_crediting_the_agency():
    docs = [article("copy", WIRE, "2015-07-22"), article("first", WIRE, "2015-07-21")]
    assert find_copy_groups(docs)[0].original_id == "first"
    docs = [article("plain", WIRE), article("credited", WIRE, credits=["واس"])]
    assert find_copy_groups(docs)[0].original_id == "credited"


def test_index_is_incremental_and_reports_what_a_new_article_copies():
    index = CopyIndex()
    assert index.add(article("a", WIRE)) == []
    assert index.add(article("b", OTHER)) == []
    assert index.add(article("c", WIRE + " وتابع قائلاً إن الوزارة ستصدر تحديثاً يومياً.")) == ["a"]
    assert sorted(index.group_of("c")) == ["a", "c"]
    assert len(index.groups()) == 1


def test_unrelated_articles_sharing_boilerplate_words_are_not_copies():
    a = "قال الرئيس إن الاقتصاد ينمو بسرعة وإن الحكومة ستخفض الضرائب على الشركات الصغيرة هذا العام."
    b = "قال المدرب إن الفريق يستعد للمباراة النهائية وإن اللاعبين في حالة معنوية عالية قبل السفر."
    assert find_copy_groups([article("a", a), article("b", b)]) == []


def test_bands_put_the_s_curve_steep_part_at_the_threshold():
    bands, rows = lsh_bands(0.5, 128)
    assert bands * rows <= 128
    assert expected_collision(0.8, bands, rows) > 0.99  # near copies are almost surely candidates
    assert expected_collision(0.2, bands, rows) < 0.05  # unrelated pairs rarely are
    # A higher threshold needs longer bands.
    assert lsh_bands(0.9, 128)[1] > rows
