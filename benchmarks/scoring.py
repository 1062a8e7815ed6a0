"""Scores for the extraction benchmark: the ScrapingHub shingle metric and metadata match rules.

Body metric (as in the ScrapingHub article-extraction benchmark): split text into `\\w+` tokens, form 4-token
shingles, count them (a multiset) in truth and prediction. Per page, tp = shared count, fp = extra predicted,
fn = missed, each divided by tp + fp + fn. Precision is the mean over pages of tp / (tp + fp), recall the mean of
tp / (tp + fn); a page with nothing on that side is left out of that mean. F1 comes from the two means.

The fundus suite's body metric is the same over bags of lower-cased `\\w+` tokens (`token_score`); its dates are
compared by day (in the truth's offset) and by minute (the same instant). The trafilatura evaluation pages are
scored by strings the text must and must not contain (`string_share`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE_SIZE = 4


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter:
    """Counter of `size`-token shingles of `text` (short texts give one shingle of all their tokens)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass
class PageScore:
    """Normalised tp/fp/fn of one page (each divided by tp + fp + fn)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(expected: str | None, predicted: str | None) -> PageScore:
    """Shingle tp/fp/fn for one page, normalised so that each page weighs the same."""
    truth, pred = shingles(expected), shingles(predicted)
    tp = sum((truth & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(truth.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def aggregate(scores: Iterable[PageScore]) -> tuple[float, float, float]:
    """(precision, recall, F1): precision and recall averaged over pages, F1 from the two means."""
    scores = list(scores)
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def title_matches(expected: str | None, predicted: str | None) -> bool:
    """Exact match after folding whitespace."""
    if not expected:
        return not predicted
    return " ".join((predicted or "").split()) == " ".join(expected.split())


_NAME_LIST_SPLIT = re.compile(r"\s*(?:[,;&]|\s(?:and|und|et|y|e)\s)\s*", re.IGNORECASE)


def authors_match(expected: Iterable[str], predicted: Iterable[str], *, split_lists: bool = False) -> bool:
    """Same set of names, compared case-insensitively with whitespace folded.

    `split_lists` first splits every entry at commas, semicolons, `&` and `and`/`und`/`et`/`y`/`e`: the
    trafilatura evaluation data keeps a byline as one string (`Rudolf Fischer, Simon Kohler`) while
    extractors return lists, so both sides are compared as sets of single names."""

    def norm(names: Iterable[str]) -> set[str]:
        if split_lists:
            names = [part for n in names if n for part in _NAME_LIST_SPLIT.split(n)]
        return {" ".join(n.split()).strip(" .").casefold() for n in names if n and n.strip(" .")}

    return norm(expected) == norm(predicted or [])


def date_matches(expected: str | None, predicted: datetime | str | None) -> bool:
    """Same minute and UTC offset when the truth has a time; same calendar day otherwise."""
    if not expected:
        return predicted is None
    if predicted is None:
        return False
    if isinstance(predicted, str):
        try:
            predicted = datetime.fromisoformat(predicted.replace("Z", "+00:00"))
        except ValueError:
            return predicted[:10] == expected[:10]
    has_time = "T" in expected or " " in expected.strip()
    if not has_time:
        return predicted.date().isoformat() == expected[:10]
    truth = datetime.fromisoformat(expected.replace("Z", "+00:00"))
    if truth.tzinfo is None or predicted.tzinfo is None:
        return False
    return truth.utcoffset() == predicted.utcoffset() and truth.replace(
        second=0, microsecond=0
    ) == predicted.replace(second=0, microsecond=0)


def token_score(expected: str | None, predicted: str | None) -> PageScore:
    """Bag-of-tokens tp/fp/fn (lower-cased `\\w+` tokens), normalised like `score_page`."""
    truth = Counter(t.lower() for t in _TOKEN.findall(expected or ""))
    pred = Counter(t.lower() for t in _TOKEN.findall(predicted or ""))
    tp = sum((truth & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(truth.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def _as_datetime(value: datetime | date | str | None) -> datetime | date | None:
    """A predicted date as a datetime (aware or naive) or a plain date; None when unreadable."""
    if value is None or isinstance(value, datetime | date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def day_matches(expected: str | None, predicted: datetime | date | str | None) -> bool:
    """Same calendar day; an aware prediction is first expressed in the truth's offset. A page with no date
    (a shop's product page: the truth is None) is right only with no date read."""
    if not expected:
        return predicted is None
    got = _as_datetime(predicted)
    if got is None:
        return False
    want = datetime.fromisoformat(expected.replace("Z", "+00:00")) if len(expected) > 10 else None
    if want is not None and isinstance(got, datetime) and got.tzinfo and want.tzinfo:
        got = got.astimezone(want.tzinfo)
    day = got.date() if isinstance(got, datetime) else got
    return day.isoformat() == expected[:10]


def minute_matches(expected: str, predicted: datetime | date | str | None) -> bool:
    """The same instant to the minute (the prediction needs a time and a zone; a truth without zone is compared
    with the prediction's wall clock); a date alone never matches."""
    got = _as_datetime(predicted)
    if not isinstance(got, datetime) or got.tzinfo is None or len(expected) <= 10:
        return False
    want = datetime.fromisoformat(expected.replace("Z", "+00:00"))
    floor = {"second": 0, "microsecond": 0}
    if want.tzinfo is None:  # a truth stored without zone is wall-clock time: compare the prediction's own
        return want.replace(**floor) == got.replace(tzinfo=None, **floor)
    return want.replace(**floor) == got.replace(**floor)


def _fold(text: str) -> str:
    return " ".join(text.split())


def string_share(must: Iterable[str], must_not: Iterable[str], text: str | None) -> tuple[int, int]:
    """(must-contain strings found, must-not-contain strings absent) in `text`, whitespace-normalised."""
    folded = _fold(text or "")
    found = sum(1 for s in must if _fold(s) in folded)
    absent = sum(1 for s in must_not if _fold(s) not in folded)
    return found, absent
