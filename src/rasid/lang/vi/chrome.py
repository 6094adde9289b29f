"""Vietnamese date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["chủ đề", "từ khóa"]
RELATED_TRIGGERS = ["tin liên quan", "xem thêm", "đọc nhiều"]
SOURCE_PREFIXES = ["nguồn"]
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES = ["ảnh"]
AGENCIES = {"TTXVN": ["ttxvn"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

# Vietnamese names months by number ("tháng 10"); pages print them as digits, day first.
MONTHS: dict[str, int] = {}
# "Thứ tư, 22/10/2025, 19:25 (GMT+7)": weekdays are "Thứ" and an ordinal, Sunday "Chủ nhật".
WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]
DATE_WORDS = ["ngày", "cập nhật"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
