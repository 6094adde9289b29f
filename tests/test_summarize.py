"""The extractive summariser: cited spans, one line per fact across outlets, length, order."""

from rasid.briefing.summarize import Citation, summarize, word_count
from rasid.briefing.summary_sentences import summary_sentences, wrap_width
from rasid.model import Article

WIRE = "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ فجر الأربعاء في أول زيارة له إلى كوريا الشمالية منذ أربعة وعشرين عاما."
WIRE_EDITED = "وصل الرئيس الروسي فلاديمير بوتين الى بيونغ يانغ فجر الاربعاء في اول زيارة له الى كوريا الشمالية منذ أربعة وعشرين عاما"


def _article(id_, outlet, published, text):
    return Article(origin=f"{outlet}/{id_}", raw_text=text, text=text, id=id_, outlet=outlet, published=published,
                   language="ar")


def story():
    a = _article("a1", "outlet-a", "2024-06-19T08:00", (
        WIRE + "\n"
        "وكان في استقباله في المطار الزعيم الكوري الشمالي كيم جونغ أون الذي صافحه طويلا قبل أن يتوجها معا إلى مقر الإقامة.\n"
        "وتناولت المحادثات التعاون العسكري والاقتصادي بين البلدين في ظل العقوبات الغربية المفروضة عليهما.\n"
        "ويقول محللون إن الزيارة تبعث برسالة إلى واشنطن مفادها أن موسكو ما زالت تملك حلفاء في آسيا."))
    b = _article("b1", "outlet-b", "2024-06-19T09:30", (
        "بيونغ يانغ - وكالات\n" + WIRE_EDITED + ".\n"
        "ووقع الزعيمان اتفاقية شراكة استراتيجية شاملة تتضمن بندا للدفاع المشترك في حال تعرض أي من البلدين لعدوان.\n"
        "وأقيمت للرئيس الروسي مراسم استقبال رسمية في ساحة كيم إيل سونغ وسط العاصمة بحضور آلاف المواطنين."))
    c = _article("c1", "outlet-c", "2024-06-19T11:00", (
        WIRE + "\n"
        "وقالت وزارة الخارجية الأمريكية إنها تتابع الزيارة بقلق وحذرت من أي تعاون عسكري ينتهك قرارات مجلس الأمن.\n"
        "وأعربت كوريا الجنوبية عن قلقها من الاتفاقية ودعت موسكو إلى احترام التزاماتها الدولية."))
    return [a, b, c]


def test_every_cited_span_is_the_exact_article_text():
    articles = story()
    by_id = {a.id: a for a in articles}
    summary = summarize(articles, max_words=80)
    assert summary
    for item in summary:
        assert by_id[item.article_id].text[item.start:item.end] == item.text
        assert item.citation in item.supports
        for cited in item.supports:
            assert isinstance(cited, Citation)
            text = by_id[cited.article_id].text[cited.start:cited.end]
            assert text.strip() == text and text


def test_wire_sentence_carried_by_three_outlets_appears_once_citing_all_three():
    articles = story()
    summary = summarize(articles, max_words=80)
    wire_items = [s for s in summary if "بوتين" in s.text and "بيونغ يانغ" in s.text and "وصل" in s.text]
    assert len(wire_items) == 1
    item = wire_items[0]
    assert sorted(c.article_id for c in item.supports) == ["a1", "b1", "c1"]
    # the earliest outlet to publish it is the one quoted
    assert item.article_id == "a1"
    # and it leads the summary: the one fact every outlet reported
    assert summary[0] is item


def test_summary_respects_the_word_budget():
    articles = story()
    for budget in (25, 40, 60, 100):
        summary = summarize(articles, max_words=budget)
        assert summary
        assert sum(word_count(s.text) for s in summary) <= budget
    longer = summarize(articles, max_words=100)
    shorter = summarize(articles, max_words=40)
    assert len(longer) > len(shorter)


def test_single_article_summary_is_in_reading_order_and_skips_the_dateline():
    article = story()[1]
    summary = summarize([article], max_words=45)
    starts = [s.start for s in summary]
    assert starts == sorted(starts)
    assert all(s.text != "بيونغ يانغ - وكالات" for s in summary)
    assert all(len(s.supports) == 1 for s in summary)


def test_multi_document_order_is_by_publication_then_position():
    summary = summarize(story(), max_words=200)
    published = {"a1": 0, "b1": 1, "c1": 2}
    keys = [(published[s.article_id], s.start) for s in summary]
    assert keys == sorted(keys)
    assert {s.article_id for s in summary} == {"a1", "b1", "c1"}  # a long budget draws on every outlet


def test_english_article_is_summarised_too():
    text = ("The central bank raised its main interest rate by half a point on Thursday to fight inflation. "
            "Inflation reached nine percent last month, the highest level in four decades. "
            "Markets had expected a smaller increase, and shares fell after the announcement. "
            "The bank said further increases in the interest rate were likely this year.")
    article = Article(origin="en/1", raw_text=text, text=text, id="en1", language="en")
    summary = summarize([article], max_words=35)
    assert summary and summary[0].start == 0
    assert sum(word_count(s.text) for s in summary) <= 35


def test_hard_wrapped_lines_are_joined_into_whole_sentences():
    sentence = ("أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتطعيم ضد الحصبة تستهدف جميع الأطفال "
                "دون سن الخامسة في المدن والقرى وتستمر الحملة ثلاثة أسابيع بمشاركة ألف فريق طبي.")
    words = (sentence + " ") * 4
    lines, line = [], ""
    for word in words.split():
        if len(line) + len(word) + 1 > 70:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    text = "\n".join(lines)
    assert wrap_width(text) is not None
    article = Article(origin="w", raw_text=text, text=text)
    pieces = [text[s.start:s.end].replace("\n", " ") for s in summary_sentences(article)]
    assert pieces == [sentence] * 4
    # ordinary one-paragraph-per-line text is left alone
    plain = "\n".join(a.text for a in story())
    assert wrap_width(plain) is None


def test_no_sentences_gives_empty_summary():
    assert summarize([Article(origin="e", raw_text="", text="")], max_words=50) == []


def test_near_duplicate_groups_do_not_chain_through_a_middle_sentence():
    import numpy as np
    from scipy import sparse

    from rasid.briefing.redundancy import group_near_duplicates

    # a~b and b~c (cosine 0.8) but a and c differ (0.28): single link would merge all three
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([0.8, 0.6, 0.0])
    c = np.array([0.28, 0.96, 0.0])
    rows = sparse.csr_matrix(np.vstack([a, b, c]))
    assert group_near_duplicates(rows, owners=[0, 1, 2], threshold=0.75) == [[0, 1], [2]]
    # the same sentence twice in one article is not two outlets agreeing
    assert group_near_duplicates(sparse.csr_matrix(np.vstack([a, a])), owners=[0, 0], threshold=0.75) == [[0], [1]]
