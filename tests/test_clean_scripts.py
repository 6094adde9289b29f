"""Full-page dumps in scripts that do not write like Arabic or English: Chinese, which puts no spaces
between words, and Hindi, which ends its sentences with the danda "।" (gold/dumps9's People's Daily
and Dainik Bhaskar pages)."""

from __future__ import annotations

from rasid.clean import clean_article
from rasid.clean.lines import split_lines
from rasid.model import Article

ZH_MENU = ["首页", "时政", "国际", "财经", "科技", "社会", "军事", "文化", "体育", "教育", "健康", "旅游",
           "汽车", "房产", "视频", "图片", "评论", "专题", "地方", "English", "客户端", "登录", "注册",
           "读报", "理论", "党建", "人事", "反腐", "港澳", "台湾", "法治", "环保"]
ZH_HEADLINE = "我国首个海上风电制氢示范项目在福建正式投入运行"
ZH_PARAGRAPHS = [
    "记者从福建省发展和改革委员会获悉，我国首个海上风电制氢示范项目日前在福州正式投入运行，"
    "每天可以生产氢气约四百立方米。",
    "项目负责人介绍，这一项目利用海上风电的富余电力直接电解海水制氢，避免了电力长距离输送的损耗。"
    "工程团队用了两年时间完成了设备的研发和调试。",
    "专家表示，海上风电制氢可以有效解决风电消纳的难题，对沿海地区的能源转型具有重要的示范意义，"
    "下一步还将扩大项目的规模。",
]


def _zh_page() -> str:
    footer = ["关于我们", "联系我们", "广告服务", "网站声明", "版权所有，未经书面授权禁止使用"]
    return "\n".join([f"{ZH_HEADLINE}--科技--示例网", *ZH_MENU, *ZH_MENU[:12], ZH_HEADLINE,
                      "2024年05月10日08:30 | 来源：示例网", "小字号", *ZH_PARAGRAPHS, "分享让更多人看到",
                      *ZH_MENU[:12], *footer])


def test_a_chinese_paragraph_is_many_words_and_a_menu_label_few():
    lines = {ln.text: ln for ln in split_lines(_zh_page())}
    assert lines["首页"].n_words == 1
    assert lines[ZH_PARAGRAPHS[0]].n_words >= 25
    assert lines[ZH_PARAGRAPHS[0]].sentence


def test_a_chinese_full_page_keeps_its_text_and_drops_the_site():
    article = clean_article(Article(origin="page.txt", raw_text=_zh_page()))
    assert article.text.split("\n") == ZH_PARAGRAPHS
    assert article.title == ZH_HEADLINE
    assert {"首页", "时政", "分享让更多人看到", "版权所有，未经书面授权禁止使用"}.isdisjoint(article.text.split("\n"))


def test_a_chinese_paragraph_ending_in_a_credit_is_still_running_text():
    """The last paragraph ends with the reporters' credit in brackets after its full stop."""
    line = ZH_PARAGRAPHS[2] + "（记者张明、李华）"
    assert split_lines(line)[0].sentence


HI_MENU = ["होम", "वीडियो", "सर्च", "ई-पेपर", "टॉप न्यूज़", "राज्य-शहर", "स्पोर्ट्स", "बॉलीवुड", "लाइफस्टाइल",
           "देश", "विदेश", "बिजनेस", "राशिफल", "टेक - ऑटो", "ओपिनियन", "मैगजीन", "यूटिलिटी", "जॉब - एजुकेशन",
           "जीवन मंत्र", "वुमन", "मधुरिमा", "लाइफ - साइंस"]
HI_HEADLINE = "पटना में नगर निगम ने शुरू किया सफाई अभियान, सौ से ज्यादा वार्डों में काम"
HI_PARAGRAPHS = [
    "पटना नगर निगम ने सोमवार से शहर के सभी वार्डों में विशेष सफाई अभियान शुरू किया है और इसके लिए "
    "पांच सौ से अधिक कर्मचारियों को लगाया गया है। अभियान अगले दो सप्ताह तक चलेगा।",
    "नगर आयुक्त ने बताया कि हर वार्ड में कचरा उठाने के लिए अतिरिक्त गाड़ियां भेजी गई हैं और लोगों से "
    "सड़क पर कचरा नहीं फेंकने की अपील की गई है।",
    "स्थानीय लोगों ने अभियान का स्वागत किया है और कहा है कि बारिश से पहले नालों की सफाई बहुत जरूरी थी।",
]


def test_hindi_paragraphs_ending_in_the_danda_are_kept_below_the_headline_and_captions():
    page = "\n".join([f"{HI_HEADLINE} - Patna News | Example", *HI_MENU, *HI_MENU[:10], HI_HEADLINE,
                      "पटना", "कॉपी लिंक", "सफाई करते निगम कर्मचारी।", *HI_PARAGRAPHS, "ऐप खोलें",
                      *HI_MENU, "Copyright © Example Media"])
    lines = {ln.text: ln for ln in split_lines(page)}
    assert all(lines[p].sentence for p in HI_PARAGRAPHS)
    article = clean_article(Article(origin="page.txt", raw_text=page))
    assert article.text.split("\n")[-3:] == HI_PARAGRAPHS
    assert "होम" not in article.text.split("\n")


def test_reported_speech_without_a_final_full_stop_is_running_text():
    """A paragraph may end on the speaker after the closing quote (“…hili,” amesema Magomi);
    a headline-length quote with its speaker stays a non-sentence."""
    long_quote = ("“Tumefanya mikutano 97 ya utoaji elimu juu ya kuzuia uhalifu na kuondoa ukatili kupitia "
                  "vyombo vya habari tukiwataka wananchi kushirikiana na jeshi hili,” amesema Magomi")
    short_quote = "“We will not back down,” says the minister"
    (long_line,), (short_line,) = split_lines(long_quote), split_lines(short_quote)
    assert long_line.sentence
    assert not short_line.sentence
