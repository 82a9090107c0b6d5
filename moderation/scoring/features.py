"""Text cleanup and hashed character n-gram features shared by training and serving."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Long comments cost encoder time linearly and add little signal past the first paragraphs;
# cutting here (the same cut in training and serving) bounds the cost of one hostile post.
MAX_CHARS = 2000

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Raw @handles, the datasets' anonymisation placeholders (@USER, @MEDIUM, @MODERATOR) and
# GermEval 2026's [@PRE]/[@POL]/[@GRP]/[@IND] all become one token, so no dataset's
# anonymisation style turns into a label signal.
_MENTION = re.compile(r"\[@[A-Z]+\]|@\w+")
_REPEATED_MENTION = re.compile(r"@USER(?:[\s,:]+@USER)+")
_RETWEET = re.compile(r"(?:^|(?<=\s))RT @USER:?\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_PLACEHOLDERS = re.compile(r"@USER|\bURL\b")
_NON_WORD = re.compile(r"[\W_]+")


def clean_text(text: str) -> str:
    """Normalise one comment the way every dataset and the live service see it."""
    text = unicodedata.normalize("NFC", text)
    if "&" in text:  # Davidson keeps HTML entities (&amp;, &#128514;) in the text
        text = html.unescape(text)
    text = text.replace("|LBR|", "\n").replace("\r\n", "\n").replace("\r", "\n")
    text = _URL.sub("URL", text)
    text = _MENTION.sub("@USER", text)
    text = _RETWEET.sub("", text)
    text = _REPEATED_MENTION.sub("@USER", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n", text).strip()
    return text[:MAX_CHARS]


def split_bucket(text: str) -> int:
    """Return a stable bucket 0..99 for a text; near-duplicates share a bucket.

    Case, punctuation, mentions and URLs are ignored, so a retweet or a re-post of the
    same comment in another dataset lands in the same train/validation bucket.
    """
    key = _NON_WORD.sub("", _PLACEHOLDERS.sub("", clean_text(text))).lower()
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % 100


@dataclass(frozen=True)
class NgramConfig:
    """Which character n-grams are hashed into how many buckets."""

    n_min: int = 2
    n_max: int = 5
    bits: int = 18

    @property
    def n_buckets(self) -> int:
        return 1 << self.bits


@dataclass(frozen=True)
class NgramMatrix:
    """Sparse rows in CSR form: row i owns entries indptr[i]:indptr[i+1]."""

    indptr: np.ndarray  # int64, len n_rows + 1
    buckets: np.ndarray  # int32
    values: np.ndarray  # float32, each row L2-normalised

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def rows(self) -> np.ndarray:
        """Row index of every stored entry."""
        return np.repeat(np.arange(self.n_rows), np.diff(self.indptr))

    def slice(self, index: np.ndarray) -> NgramMatrix:
        """The rows in ``index`` (any order), as a new matrix."""
        lo, hi = self.indptr[index], self.indptr[index + 1]
        lens = hi - lo
        indptr = np.zeros(len(index) + 1, dtype=np.int64)
        np.cumsum(lens, out=indptr[1:])
        take = np.repeat(lo - indptr[:-1], lens) + np.arange(indptr[-1])
        return NgramMatrix(indptr, self.buckets[take], self.values[take])

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """Return (n_rows, k) = this matrix times weights of shape (n_buckets, k)."""
        contrib = weights[self.buckets] * self.values[:, None]
        out = np.zeros((self.n_rows, weights.shape[1]), dtype=np.float64)
        nonempty = np.flatnonzero(np.diff(self.indptr))
        if len(nonempty):
            out[nonempty] = np.add.reduceat(contrib, self.indptr[nonempty], axis=0)
        return out


# Fixed odd 64-bit constants: the hash must be identical in every process and release,
# which Python's salted hash() is not.
_PRIME = np.uint64(0x100000001B3)
_MIX = np.uint64(0xFF51AFD7ED558CCD)
_SEP = 0  # code point joining texts; clean_text removes it from the texts themselves


def ngram_matrix(texts: Sequence[str], config: NgramConfig) -> NgramMatrix:
    """Hash the lower-cased character n-grams of cleaned texts into sublinear, L2-normed rows.

    Vectorised over the whole batch: all texts are joined into one code-point array and
    every n-gram order is hashed with a few array operations, so the cost is a small
    fraction of the sentence encoder's.
    """
    n_docs = len(texts)
    if n_docs == 0:
        empty = np.zeros(0, dtype=np.int32)
        return NgramMatrix(np.zeros(1, dtype=np.int64), empty, empty.astype(np.float32))
    padded = [" " + t.lower() + " " for t in texts]
    joined = chr(_SEP).join(padded) + chr(_SEP)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    doc_len = np.fromiter(map(len, padded), dtype=np.int64, count=n_docs) + 1
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), doc_len)
    seps = np.zeros(len(cps) + 1, dtype=np.int64)
    np.cumsum(cps == _SEP, out=seps[1:])

    shift = np.uint64(64 - config.bits)
    keys = []
    for n in range(config.n_min, config.n_max + 1):
        m = len(cps) - n + 1
        if m <= 0:
            continue
        h = np.full(m, n, dtype=np.uint64)  # seeding with n keeps orders apart
        for k in range(n):
            h *= _PRIME
            h += cps[k : k + m]
        h ^= h >> np.uint64(29)
        h *= _MIX
        h ^= h >> np.uint64(32)
        h *= _MIX
        ok = seps[n : n + m] == seps[:m]  # no separator inside the window
        buckets = (h[ok] >> shift).astype(np.int64)
        keys.append(doc_of[:m][ok] * config.n_buckets + buckets)
    uniq, counts = np.unique(np.concatenate(keys), return_counts=True)
    docs = uniq // config.n_buckets
    values = 1.0 + np.log(counts.astype(np.float64))
    norms = np.sqrt(np.bincount(docs, weights=values * values, minlength=n_docs))
    values /= norms[docs]
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n_docs), out=indptr[1:])
    return NgramMatrix(
        indptr, (uniq % config.n_buckets).astype(np.int32), values.astype(np.float32)
    )
