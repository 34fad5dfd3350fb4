"""Name normalisation and matching: one person across spellings and transliterations.

``fold`` is the scorer's normalisation (NFKD, diacritics dropped, lower case, dots removed);
``squash`` goes further for transliteration variants (Hrytsenky / Hrytsenkyy / Hrytsenkiy,
Sergey / Sergei, Dmitry / Dmitri): doubled letters collapse and a final run of i/y is one y.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_POSSESSIVE = re.compile(r"(?:['’ʼ]s|['’ʼ])$")
_FINAL_IY = re.compile(r"[iy]+$")
_DOUBLE = re.compile(r"(.)\1+")

# Words that open or close a name span in NER output but are not part of the name.
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady prof professor gen general lt col colonel "
    "lieutenant major captain admiral president premier chancellor minister secretary "
    "senator sen rep representative governor gov king queen prince princess pope "
    "ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair "
    "mayor sheikh emir crown retired former acting special vice prime deputy foreign "
    "defense defence head state leader minority majority chief adviser advisor security "
    "national commissioner negotiator aide director commander interior finance affairs "
    "spokesman press cardinal archbishop bishop patriarch rev reverend father imam rabbi "
    "pm taoiseach tanaiste ceann comhairle".split()
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The gold scorer's normalisation: NFKD, no diacritics, lower case, no dots."""
    if text.isascii():
        return " ".join(text.lower().replace(".", "").split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return " ".join(plain.lower().replace(".", "").split())


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


@functools.lru_cache(maxsize=65536)
def squash(word: str) -> str:
    """A transliteration-tolerant key for one name word."""
    w = fold(word).replace("-", "")
    w = _DOUBLE.sub(r"\1", w)
    if len(w) > 3:
        w = _FINAL_IY.sub("y", w)
    return w


def name_words(name: str) -> list[str]:
    return list(_name_words(name))


@functools.lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(squash(w) for w in fold(strip_possessive(name)).split() if w)


def edit_distance_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = 0
    edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


# Chinese and Korean family names (romanised), written first: "Zhou Lan" is "Zhou" on second
# mention, "Kim Jong-taek" is "Kim". Two-letter ones that are English words (he, ma, ye, …)
# are left out: "He said" is no one's name.
FAMILY_FIRST = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang "
    "xie song tang xi han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du cheng "
    "wei su lu ding ren yao shen zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai "
    "meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian lai hong kong "
    "qiao zhai geng kim lee park choi jung kang cho yoon jang lim seo shin kwon hwang ahn yoo "
    "jeon moon son bae baek heo nam sim noh kwak sung cha joo woo koo min ryu chun bang hyun "
    "ri pak chae ko".split()
)


def family_first(words: list[str]) -> bool:
    """A name written family name first (``FAMILY_FIRST``): two or three words."""
    return len(words) in (2, 3) and words[0] in FAMILY_FIRST


def _misspelt_surname(a: list[str], b: list[str]) -> bool:
    """A long surname standing alone with one vowel changed after its first letter
    ("Kovalchuk" / "Kovolchuk", a transliteration slip): a typo, when the other side is a full
    name. Only vowels: "Petersen" and "Pedersen" are two families."""
    if (len(a) == 1) == (len(b) == 1):
        return False
    x, y = a[-1], b[-1]
    if len(x) != len(y) or len(x) < 7 or x[0] != y[0]:
        return False
    changed = [(cx, cy) for cx, cy in zip(x, y) if cx != cy]
    return len(changed) == 1 and all(c in "aeiouy" for c in changed[0])


def same_person(a: list[str], b: list[str]) -> bool:
    """Whether two squashed name-word lists can name the same person.

    Surnames (last words) must agree; given names must agree where both are present, with
    one edit allowed (Keir / Kir) or one being among the other's given names (Tayyip). A
    family name written first stands alone for its name ("Zhou" for "Zhou Lan").
    """
    if not a or not b:
        return False
    if len(b) == 1 and family_first(a) and a[0] == b[0]:
        return True
    if len(a) == 1 and family_first(b) and b[0] == a[0]:
        return True
    if a[-1] != b[-1] and not _misspelt_surname(a, b):
        return False
    given_a, given_b = a[:-1], b[:-1]
    if not given_a or not given_b:
        return True
    if set(given_a) & set(given_b):
        return True
    first_a, first_b = given_a[0], given_b[0]
    if len(first_a) == 1 or len(first_b) == 1:  # initials
        return first_a[0] == first_b[0]
    return edit_distance_le1(first_a, first_b) and min(len(first_a), len(first_b)) >= 3
