"""Korean date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Only what the cleaner needs to read a Korean page's own date line ("기사입력 :[ 2018-08-25 15:24 ]")
and its sign-off byline ("정덕현 칼럼니스트 thekian1@entermedia.co.kr").
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS = ["주요뉴스"]
SOURCE_PREFIXES = ["출처"]
BYLINE_PREFIXES: list[str] = []
# A Korean byline names the reporter, then the role: "정덕현 칼럼니스트", "홍길동 기자".
BYLINE_ROLES = ["기자", "칼럼니스트", "특파원", "객원기자", "선임기자"]
PHOTO_CREDIT_PREFIXES = ["사진"]
AGENCIES = {"Yonhap": ["연합뉴스"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS: dict[str, int] = {}
WEEKDAYS = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
DATE_WORDS = ["기사입력", "입력", "수정", "승인", "등록", "최종수정"]
