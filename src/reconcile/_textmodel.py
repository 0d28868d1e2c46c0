"""A small trained text model that backs up the rules on phrasing they have not seen.

The rules fit the authors we have read; a new author's phrasing slips past them. This module holds
a linear model trained on labelled notes from several authors, used by the engine only where the
rules are unsure (see :func:`combine`):

* **Features** are hashed (``2**20`` buckets) from the engine's own tokens, so abbreviations, word
  forms, stems and typo corrections are shared with the rules: each token's NORM (``w|abh``), its
  character 3-5-grams (``c|<pun``, from the lower-cased text, padded with ``<``/``>``), and each
  pair of neighbouring norms (bigrams), and "role" pairs: a relationship word (partner, family)
  within ``ROLE_WINDOW`` tokens of an abuse word (``r|<norm>`` and ``r|*``).
  Counts are scaled by ``1/sqrt(count)`` per note.
* **Heads**: a multinomial logistic regression over the 21 categories, and one binary logistic
  regression per flag head (``domestic_abuse``), in one weight matrix.
* **Training** (:func:`train`) is full-batch Adam with L2, from zero weights over sorted data: the
  same data give the same artifact, bit for bit.
* **Inference** sums a per-token score vector (cached per distinct token, as the engine caches
  tokens) and adds the bigram rows, so its cost grows with tokens, not with features.

The artifact (``models/textmodel.npz``) stores only the buckets seen in training, weights as
float16, and a JSON header saying what built it (feature config, training files and their
sha256, classes, library and rules versions).
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from reconcile.rulepack import PRINCIPAL_ORDER

if TYPE_CHECKING:
    from reconcile._nlp import Engine

__all__ = ["FORMAT", "TextModel", "featurise", "train"]

Arr = npt.NDArray[Any]
FORMAT = "reconcile.textmodel.v1"
N_BITS = 20
CHAR_NGRAMS = (3, 5)
PAIR_DISTANCE = 2  # pairs of neighbouring norms (1) and with one token between (2)
#: a relationship word (partner, family) within this many tokens of an abuse word: one feature
#: ``r|<relationship norm>`` and one ``r|*`` per such pair (who did it to whom, whatever the wording)
ROLE_WINDOW = 6
_REL_WORDS = frozenset(
    "partner boyfriend girlfriend husband wife spouse fiance fiancee ex oh mum mother dad father "
    "stepfather stepmother son daughter brother sister sibling uncle aunt cousin nephew niece "
    "grandson granddaughter grandfather grandmother grandparent family relationship marriage married "
    "inlaw carer parent child".split()
)
_REL_PREFIXES = ("ex", "step")
_ABUSE_STEMS = (
    "punch", "hit", "kick", "slap", "strangl", "choke", "chok", "throttl", "assault", "attack", "beat",
    "batter", "push", "shov", "threat", "control", "coerc", "abus", "hurt", "injur", "bruis", "stab",
    "rape", "harass", "stalk", "smash", "grab", "headbutt", "violen", "intimid", "isolat", "monitor",
    "belittl", "manipul", "degrad", "humiliat", "restrain", "kill", "drag", "bit", "scratch",
    "domestic", "dv", "da", "scream", "forc", "lock", "spat", "spit", "pin", "bully", "bulli",
)  # fmt: skip
#: an abuse word is one of the stems, or starts with one of more than three letters
_ABUSE_EXACT = frozenset(_ABUSE_STEMS)
_ABUSE_PREFIXES = tuple(a for a in _ABUSE_STEMS if len(a) > 3)
_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)


_BUCKETS: dict[str, int] = {}
#: not shown as the words behind a decision (they carry weight, but explain nothing to a reader)
_FUNCTION_WORDS = frozenset(
    "the and but for from with was were are has had have her his him she they them their this that "
    "then than there what when who into onto over out off not all any our your its been being".split()
)


def _bucket(s: str) -> int:
    """A stable hash bucket for a feature string (Python's ``hash`` differs between processes)."""
    b = _BUCKETS.get(s)
    if b is None:
        if len(_BUCKETS) > 200_000:
            _BUCKETS.clear()
        b = int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little") >> (64 - N_BITS)
        _BUCKETS[s] = b
    return b


def _token_features(text: str, norm: str) -> list[int]:
    """Buckets of one distinct token: its norm, and character n-grams of a word's lower-cased text."""
    out = [_bucket("w|" + norm)]
    low = text.lower()
    if len(low) > 1 and any(ch.isalpha() for ch in low):
        padded = f"<{low}>"
        lo, hi = CHAR_NGRAMS
        grams = ["c|" + padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]
        get = _BUCKETS.get
        out += [b if (b := get(g)) is not None else _bucket(g) for g in grams]
    return out


def _is_rel(norm: str) -> bool:
    if norm in _REL_WORDS:
        return True
    for p in _REL_PREFIXES:
        if norm.startswith(p) and norm[len(p) :].lstrip("-") in _REL_WORDS:
            return True
    return False


def _role(norm: str) -> tuple[int, bool]:
    """(hash of the relationship norm or 0, whether the norm is an abuse word) of one token."""
    rel = _norm_hash("r|" + norm) if _is_rel(norm) else 0
    abuse = norm.isalpha() and (norm in _ABUSE_EXACT or norm.startswith(_ABUSE_PREFIXES))
    return rel, abuse


def _norm_hash(norm: str) -> int:
    return int.from_bytes(hashlib.blake2b(("b|" + norm).encode("utf-8"), digest_size=8).digest(), "little")


_ROLE_ANY = np.uint64(_norm_hash("r|*"))


@dataclass
class _TokenTable:
    """Per distinct engine token: feature buckets and norm hash (follows the engine's token cache)."""

    owner: list[str] | None = None  # the engine's token list this table describes (held, compared by identity)
    ptr: list[int] = field(default_factory=lambda: [0])
    buckets: list[int] = field(default_factory=list)
    nhash: list[int] = field(default_factory=list)
    rel: list[int] = field(default_factory=list)
    abuse: list[bool] = field(default_factory=list)

    def sync(self, engine: Engine) -> None:
        tok_text: list[str] = engine._tok_text
        if self.owner is not tok_text or len(self.nhash) > len(tok_text):
            self.owner = tok_text
            self.ptr, self.buckets, self.nhash, self.rel, self.abuse = [0], [], [], [], []
        norms: list[str] = engine._tok_norm
        for g in range(len(self.nhash), len(tok_text)):
            feats = _token_features(tok_text[g], norms[g])
            self.buckets.extend(feats)
            self.ptr.append(len(self.buckets))
            self.nhash.append(_norm_hash(norms[g]))
            rel, abuse = _role(norms[g])
            self.rel.append(rel)
            self.abuse.append(abuse)


def _role_pairs(gids: Arr, note: Arr, rel: Arr, abuse: Arr) -> tuple[Arr, Arr]:
    """Bucket and note of every role pair (two buckets each), by distance, then position."""
    cols: list[Arr] = []
    rows: list[Arr] = []
    t_rel = rel[gids]
    t_abuse = abuse[gids]
    at_rel = np.flatnonzero(t_rel)  # relationship words are rare: pair from them
    for d in range(1, ROLE_WINDOW + 1):
        if len(gids) <= d:
            break
        # relationship first then abuse (at p + d), or abuse first (at q - d) then relationship
        p = at_rel[at_rel + d < len(gids)]
        p = p[t_abuse[p + d] & (note[p + d] == note[p])]
        q = at_rel[at_rel >= d]
        q = q[t_abuse[q - d] & (note[q - d] == note[q])]
        hs = np.concatenate([t_rel[p], t_rel[q]])
        rs = np.concatenate([note[p + d], note[q]])
        for h in (hs, np.full(len(hs), _ROLE_ANY, dtype=np.uint64)):
            cols.append((h >> np.uint64(64 - N_BITS)).astype(np.int64))
            rows.append(rs)
    if not cols:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(cols), np.concatenate(rows)


def _neighbour_buckets(t_hash: Arr, d: int) -> Arr:
    """Bucket of the pair (i, i + d) for every position i, whether or not both are in one note."""
    with np.errstate(over="ignore"):
        h = t_hash[:-d] * _M1  # then in place: (a * M1 + b + d) * M2, the top N_BITS bits
        h += t_hash[d:]
        h += np.uint64(d)
        h *= _M2
    h >>= np.uint64(64 - N_BITS)
    return h.astype(np.int64)


def _bigrams(gids: Arr, note: Arr, nhash: Arr, rel: Arr, abuse: Arr) -> tuple[Arr, Arr]:
    """Bucket and note of every token pair: role pairs, then neighbours.

    Role pairs: a relationship word within ``ROLE_WINDOW`` tokens of an abuse word (two buckets
    each). Neighbours: tokens of the same note at distance 1 to ``PAIR_DISTANCE``.
    Pairs come by distance, then position (not grouped by note: sums use ``bincount``).
    """
    r_col, r_row = _role_pairs(gids, note, rel, abuse)
    cols, rows = [r_col], [r_row]
    t_hash = nhash[gids]
    for d in range(1, min(PAIR_DISTANCE, len(gids) - 1) + 1):
        same = np.flatnonzero(note[d:] == note[:-d])
        cols.append(_neighbour_buckets(t_hash, d)[same])
        rows.append(note[same])
    return np.concatenate(cols), np.concatenate(rows)


def featurise(engine: Engine, texts: Sequence[str]) -> tuple[Arr, Arr, Arr]:
    """Sparse features of ``texts`` as COO arrays (row, bucket, value), duplicates summed.

    This is what :func:`train` learns from; :meth:`TextModel.predict` computes the same scores
    without building the matrix.
    """
    import pyarrow as pa

    table = _TokenTable()
    gids, note, _ = engine._tokenise_batch(pa.array(list(texts), type=pa.string()))
    table.sync(engine)
    ptr = np.asarray(table.ptr, dtype=np.int64)
    flat = np.asarray(table.buckets, dtype=np.int64)
    cnt = ptr[gids + 1] - ptr[gids]
    pos = np.repeat(ptr[gids], cnt) + (np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt))
    rows = np.repeat(note, cnt)
    cols = flat[pos]
    b_col, b_row = _bigrams(
        gids,
        note,
        np.asarray(table.nhash, dtype=np.uint64),
        np.asarray(table.rel, dtype=np.uint64),
        np.asarray(table.abuse, dtype=bool),
    )
    rows = np.concatenate([rows, b_row])
    cols = np.concatenate([cols, b_col])
    n = len(texts)
    total = np.bincount(rows, minlength=n).astype(np.float64)
    key = rows * (1 << N_BITS) + cols
    uniq, counts = np.unique(key, return_counts=True)
    r = uniq >> N_BITS
    c = uniq & ((1 << N_BITS) - 1)
    v = counts / np.sqrt(np.maximum(total[r], 1.0))
    return r, c, v


def _segment_sums(tok_t: Arr, gids: Arr, note: Arr, w_t: Arr, b_idx: Arr, b_row: Arr, n: int) -> Arr:
    """Per note: the sum of its tokens' scores plus its pairs' weights, one column at a time.

    ``tok_t`` and ``w_t`` are column-major (one row per output column). ``bincount`` adds in input
    order, so a note's sums do not depend on the rest of the batch.
    """
    out = np.zeros((n, len(tok_t)))
    for j in range(len(tok_t)):
        out[:, j] = np.bincount(note, weights=tok_t[j][gids], minlength=n)
        out[:, j] += np.bincount(b_row, weights=w_t[j][b_idx], minlength=n)
    return out


@dataclass
class _ScoreCache:
    """Per-token score vectors of one model for the tokens of one engine (a cache, not state)."""

    tokscore: Arr  # (columns, tokens): column-major for fast per-column gathers
    tokcount: Arr = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    nhash: Arr = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    rel: Arr = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    abuse: Arr = field(default_factory=lambda: np.zeros(0, dtype=bool))
    term_row: Arr = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # weight row of the norm
    term_ok: Arr = field(default_factory=lambda: np.zeros(0, dtype=bool))  # a norm shown by top_terms
    table: _TokenTable = field(default_factory=_TokenTable)


@dataclass(frozen=True)
class TextModel:
    """Trained weights and what built them.

    Attributes:
        classes: Category codes, in the order of the first weight columns.
        heads: Flag codes with a binary head (the remaining columns).
        buckets: Sorted feature buckets with weights.
        weights: One row per bucket, one column per class then per head (float32 in memory).
        bias: One per column.
        meta: What built it (feature config, training files and sha256, versions, settings).
    """

    classes: tuple[str, ...]
    heads: tuple[str, ...]
    buckets: Arr
    weights: Arr
    bias: Arr
    meta: dict[str, Any] = field(default_factory=dict)

    _index: Arr = field(init=False, repr=False, compare=False)
    _w: Arr = field(init=False, repr=False, compare=False)
    _w_t: Arr = field(init=False, repr=False, compare=False)
    _cache: _ScoreCache = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = np.full(1 << N_BITS, len(self.buckets), dtype=np.int32)
        index[self.buckets] = np.arange(len(self.buckets), dtype=np.int32)
        # float64 rows (and a zero row for buckets not seen in training) so sums do not depend on
        # how a batch is cut
        padded = np.vstack([self.weights.astype(np.float64), np.zeros((1, self.weights.shape[1]))])
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_w", padded)
        object.__setattr__(self, "_w_t", np.ascontiguousarray(padded.T))
        object.__setattr__(self, "_cache", _ScoreCache(tokscore=np.zeros((self.weights.shape[1], 0))))

    # --- persistence -------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the artifact (npz: float16 weights, int32 buckets, JSON header)."""
        header = {
            "format": FORMAT,
            "classes": list(self.classes),
            "heads": list(self.heads),
            "features": {
                "n_bits": N_BITS,
                "char_ngrams": list(CHAR_NGRAMS),
                "pair_distance": PAIR_DISTANCE,
                "role_window": ROLE_WINDOW,
                "hash": "blake2b-8",
            },
            **self.meta,
        }
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            header=np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), dtype=np.uint8),
            buckets=self.buckets.astype(np.int32),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
        )
        Path(path).write_bytes(buf.getvalue())

    @classmethod
    def load(cls, path: str | Path) -> TextModel:
        """Read an artifact written by :meth:`save`.

        Raises:
            ValueError: The file is not a text model of this format or feature config.
        """
        with np.load(Path(path), allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode("utf-8"))
            if header.get("format") != FORMAT:
                raise ValueError(f"format {header.get('format')!r} is not {FORMAT}")
            feats = header["features"]
            if (feats["n_bits"], tuple(feats["char_ngrams"]), feats.get("pair_distance"), feats.get("role_window")) != (
                N_BITS,
                CHAR_NGRAMS,
                PAIR_DISTANCE,
                ROLE_WINDOW,
            ):
                raise ValueError(f"feature config {feats} does not match this library; retrain the model")
            meta = {k: v for k, v in header.items() if k not in ("format", "classes", "heads", "features")}
            return cls(
                classes=tuple(header["classes"]),
                heads=tuple(header["heads"]),
                buckets=z["buckets"].astype(np.int64),
                weights=z["weights"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
                meta=meta,
            )

    # --- inference ---------------------------------------------------------------------------

    def _token_scores(self, engine: Engine) -> tuple[Arr, Arr, Arr]:
        """Score vector, feature count and norm hash per distinct engine token (cached, grown lazily)."""
        cache = self._cache
        table = cache.table
        owner = table.owner
        table.sync(engine)
        done = cache.tokscore.shape[1] if owner is table.owner else 0
        n = len(table.nhash)
        if done < n:
            ptr = np.asarray(table.ptr[done : n + 1], dtype=np.int64)
            flat = np.asarray(table.buckets[ptr[0] : ptr[-1]], dtype=np.int64)
            rows = self._w[self._index[flat]]
            new = np.add.reduceat(rows, ptr[:-1] - ptr[0], axis=0)
            cache.tokscore = np.ascontiguousarray(np.hstack([cache.tokscore[:, :done], new.T]))
            cache.tokcount = np.concatenate([cache.tokcount[:done], np.diff(ptr)])
            # the first bucket of a token is its norm's
            cache.term_row = np.concatenate([cache.term_row[:done], self._index[flat[ptr[:-1] - ptr[0]]]])
            norms: list[str] = engine._tok_norm
            shown = [len(w) >= 3 and w not in _FUNCTION_WORDS and w.isalpha() for w in norms[done:n]]
            cache.term_ok = np.concatenate([cache.term_ok[:done], np.array(shown, dtype=bool)])
            cache.nhash = np.asarray(table.nhash, dtype=np.uint64)
            cache.rel = np.asarray(table.rel, dtype=np.uint64)
            cache.abuse = np.asarray(table.abuse, dtype=bool)
        return cache.tokscore, cache.tokcount, cache.nhash

    def mentions_relation(self, gids: Arr, note: Arr, n: int) -> Arr:
        """Per note, whether any token is a relationship word (valid after :meth:`predict` on the batch)."""
        return np.bincount(note[self._cache.rel[gids] != 0], minlength=n) > 0

    def predict(self, engine: Engine, gids: Arr, note: Arr, n: int, categories: Arr | None = None) -> tuple[Arr, Arr]:
        """Category probabilities (n, classes) and head probabilities (n, heads) for a tokenised batch.

        Args:
            engine: The engine that tokenised the batch.
            gids: The engine's token ids, sorted by note.
            note: The note of each token.
            n: Number of notes.
            categories: Notes that need category probabilities (None: all); the others get zeros.
                The heads (one column each) are always computed.
        """
        c = len(self.classes)
        tokscore, tokcount, nhash = self._token_scores(engine)
        cache, w, index = self._cache, self._w_t, self._index
        # pairs in the order of :func:`_bigrams` (role pairs, then neighbours by distance), the
        # neighbours kept for every position: a pair across two notes reads the zero row
        r_col, r_row = _role_pairs(gids, note, cache.rel, cache.abuse)
        r_idx = index[r_col]
        t_hash = nhash[gids]
        zero_row = len(self.buckets)
        pairs: list[tuple[int, Arr, Arr]] = []  # (distance, same note, weight row) per neighbour pair
        for d in range(1, min(PAIR_DISTANCE, len(gids) - 1) + 1):
            same = note[d:] == note[:-d]
            rows = index[_neighbour_buckets(t_hash, d)].astype(np.int64)
            rows[~same] = zero_row
            pairs.append((d, same, rows))
        length = np.bincount(note, minlength=n)
        total = np.bincount(note, weights=tokcount[gids].astype(np.float64), minlength=n)
        total += np.bincount(r_row, minlength=n) + sum(np.maximum(length - d, 0) for d, _, _ in pairs)
        scale = 1.0 / np.sqrt(np.maximum(total, 1.0))
        # the heads, for every note: the bigram weights are added one at a time in pair order
        # (``bincount`` is sequential; adding a zero row changes nothing)
        h_raw = np.zeros((n, len(self.heads)))
        pair_note = np.concatenate([r_row, *(note[d:] for d, _, _ in pairs)])
        pair_row = np.concatenate([r_idx, *(rows for _, _, rows in pairs)])
        for j in range(c, w.shape[0]):
            big = np.bincount(pair_note, weights=w[j][pair_row], minlength=n)
            h_raw[:, j - c] = np.bincount(note, weights=tokscore[j][gids], minlength=n)
            h_raw[:, j - c] += big
        # (clipped: a note of one phrase repeated thousands of times sums past exp's range)
        h = 1.0 / (1.0 + np.exp(-np.clip(h_raw * scale[:, None] + self.bias[c:].astype(np.float64), -700, 700)))
        if categories is None:
            categories = np.ones(n, dtype=bool)
        # the categories only for the notes that need them (numbered among themselves), same order
        keep = np.flatnonzero(categories)
        slot = np.cumsum(categories) - 1
        keep_t = categories[note]
        keep_r = categories[r_row]
        b_idx, b_row = [r_idx[keep_r]], [r_row[keep_r]]
        for d, same, rows in pairs:
            sel = np.flatnonzero(same & categories[note[d:]])
            b_idx.append(rows[sel])
            b_row.append(note[sel])
        c_raw = np.zeros((n, c))
        b_note = slot[np.concatenate(b_row)]
        c_raw[keep] = _segment_sums(
            tokscore[:c], gids[keep_t], slot[note[keep_t]], w[:c], np.concatenate(b_idx), b_note, len(keep)
        )
        s = c_raw * scale[:, None] + self.bias[:c].astype(np.float64)
        z = s - s.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        p[~categories] = 0.0
        p[keep] = np.round(p[keep], 4)  # (the others are zeros)
        return p, np.round(h, 4)

    def top_terms(self, engine: Engine, gids: Arr, column: int, k: int = 3) -> list[str]:
        """The words of one note that push ``column`` up most (its norms, for the evidence line)."""
        self._token_scores(engine)
        cache = self._cache
        # a norm's weight is the same for all its tokens: keep the first of each with a positive one
        toks = gids[cache.term_ok[gids]]
        weight = self._w[cache.term_row[toks], column]
        best: dict[str, float] = {}
        norms: list[str] = engine._tok_norm
        for g, v in zip(toks[weight > 0].tolist(), weight[weight > 0].tolist(), strict=True):
            best.setdefault(norms[g], v)
        return [w for _, w in sorted((-v, w) for w, v in best.items())[:k]]


def train(
    rows: Arr,
    cols: Arr,
    vals: Arr,
    n: int,
    y_cat: Arr,
    y_heads: Arr,
    n_classes: int,
    *,
    l2: float = 1e-4,
    epochs: int = 150,
    lr: float = 0.05,
) -> tuple[Arr, Arr, Arr]:
    """Fit the weights by full-batch Adam (deterministic: zero start, no sampling).

    Args:
        rows: Note of each feature value (from :func:`featurise`).
        cols: Bucket of each feature value.
        vals: The values.
        n: Number of notes.
        y_cat: Category index per note.
        y_heads: (n, heads) 0/1 flag labels.
        n_classes: Number of categories.
        l2: L2 penalty per weight (on the mean loss).
        epochs: Gradient steps.
        lr: Adam step size.

    Returns:
        (buckets, weights, bias): the buckets seen in training, sorted, and their weights.
    """
    # scipy's sparse products do X @ w and X.T @ d in C without materialising one row of w per
    # feature value (the numpy gather took about 6 s an epoch on 20,000 notes)
    from scipy import sparse

    buckets, col = np.unique(cols, return_inverse=True)
    m = len(buckets)
    k = n_classes + y_heads.shape[1]
    x = sparse.csr_matrix((vals.astype(np.float32), (rows, col)), shape=(n, m), dtype=np.float32)
    xt = x.T.tocsr()
    target = np.zeros((n, k), dtype=np.float32)
    target[np.arange(n), y_cat] = 1.0
    target[:, n_classes:] = y_heads
    w = np.zeros((m, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        s = np.asarray(x @ w, dtype=np.float32) + b
        z = s[:, :n_classes] - s[:, :n_classes].max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        out = np.concatenate([p, 1.0 / (1.0 + np.exp(-s[:, n_classes:]))], axis=1)
        d = ((out - target) / n).astype(np.float32)
        gw = np.asarray(xt @ d, dtype=np.float32) + l2 * w
        gb = d.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1**step, 1 - beta2**step
        w -= lr * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
    return buckets, w.astype(np.float32), b.astype(np.float32)


@dataclass(frozen=True)
class Combination:
    """How the model's output is combined with the rules' decision (chosen by leave-one-author-out).

    Attributes:
        rules_confident: Rule decisions at or above this confidence stand (strong matches, offence
            titles and leading labels score 0.85 and more).
        model_confident: Below it, the model's best category replaces the rules' when its
            probability is at least this.
        da_on: The model sets the domestic-abuse flag at this probability, unless a domestic-abuse
            match in the note was cancelled (negation, other person, under 16) or vetoed.
        da_off: The model clears a rule-set domestic-abuse flag below this probability (0: never).
        injury_guard: The model may not choose violence with injury where no injury is named.
        overrule_confident: A rule decision at or above ``STRONG_MATCH`` (one strong match and no
            rival) is replaced only at this probability or more (and ``model_confident``).
        guarded: Categories the principal crime rule holds for against the model: where a strong
            rule match of one is active, the model may not choose a lower-ranked category (chosen by
            leave-one-author-out among ``GUARD_SETS``, like the thresholds).
        unseen_confident: Where the rules saw some category, the model chooses one they did not see
            only at this probability or more (0: at ``model_confident``, like any other).
    """

    rules_confident: float = 0.85
    model_confident: float = 0.5
    da_on: float = 0.9
    da_off: float = 0.0
    injury_guard: bool = False
    overrule_confident: float = 0.0
    guarded: tuple[str, ...] = ()
    unseen_confident: float = 0.0


#: the category sets leave-one-author-out chooses ``Combination.guarded`` from: none; sexual
#: offences; the three gravest (a death, a death or serious injury by driving, a sexual offence);
#: those and robbery, whose rule matches are the noisiest of the four
GUARD_SETS: tuple[tuple[str, ...], ...] = (
    (),
    ("sexual_offences",),
    ("homicide", "death_injury_driving", "sexual_offences"),
    ("homicide", "death_injury_driving", "sexual_offences", "robbery"),
)
_VWI = PRINCIPAL_ORDER.index("violence_with_injury")

#: the rules' confidence for one strong match with no rival (two or more matches score 0.95)
STRONG_MATCH = 0.9


@dataclass(frozen=True)
class Combined:
    """Result of :func:`combine`: new decisions and which of them the model made."""

    category: Arr
    confidence: Arr
    flags: Arr
    by_model: Arr
    da_added: Arr
    da_removed: Arr


def model_choices(
    n: int,
    cat_blocked: Arr | None,
    injury_named: Arr | None,
    how: Combination,
    cat_strong: Arr | None = None,
) -> Arr:
    """(n, categories): the categories the model may choose for each note.

    Args:
        n: Number of notes.
        cat_blocked: Category bits the rules only saw cancelled (never open to the model).
        injury_named: Whether each note names an injury (``how.injury_guard``).
        how: The combination settings.
        cat_strong: Category bits with an active strong rule match (``how.guarded``).
    """
    bits = np.arange(len(PRINCIPAL_ORDER), dtype=np.int64)
    allowed = np.ones((n, len(PRINCIPAL_ORDER)), dtype=bool)
    if cat_blocked is not None:
        allowed &= (cat_blocked[:, None] >> bits) & 1 == 0
    if how.injury_guard and injury_named is not None:
        allowed[:, _VWI] &= injury_named
    if cat_strong is not None:
        for code in how.guarded:
            rank = PRINCIPAL_ORDER.index(code)
            allowed[(cat_strong >> rank) & 1 == 1, rank + 1 :] = False
    return allowed


def combine(
    category: Arr,
    confidence: Arr,
    flags: Arr,
    blocked: Arr,
    p: Arr,
    h: Arr,
    how: Combination,
    da_bit: int,
    allowed: Arr | None = None,
    relation: Arr | None = None,
    settled: Arr | None = None,
    seen: Arr | None = None,
) -> Combined:
    """Combine the rules' decisions (category index, confidence, flag bits) with model probabilities.

    Args:
        category: Rules' category index per note.
        confidence: Rules' confidence.
        flags: Rules' flag bits.
        blocked: Flag bits a context cue or veto cancelled in the note (the model may not set them).
        p: Category probabilities (n, categories).
        h: Domestic-abuse probability per note (n,).
        how: Thresholds.
        da_bit: The bit of the domestic-abuse flag.
        allowed: (n, categories) categories a note may take (a broad source label), or None.
        relation: Per note, whether it names a partner or relative at all; the model may set the
            domestic-abuse flag only where one is named (the flag is about a relationship, and an
            offence word alone, "s47 ABH", leans towards domestic abuse in the training notes).
            None: no such gate.
        settled: Flag bits a strong rule match set ("MARAC", "DVPN"): the model may not clear them.
            None: it may clear any.
        seen: Category bits with an active rule match per note (``how.unseen_confident``), or None.
    """
    if allowed is not None:
        p = np.where(allowed, p, 0.0)
    best = p.argmax(axis=1) if len(p) else np.zeros(0, dtype=np.int64)
    best_p = p[np.arange(len(p)), best] if len(p) else np.zeros(0)
    # a single strong rule match is overruled only by a surer model
    need = np.where(confidence >= STRONG_MATCH, max(how.model_confident, how.overrule_confident), how.model_confident)
    if seen is not None and how.unseen_confident > 0:
        # a category no rule saw, where the rules saw others, is the model's guess against them
        unseen = (seen != 0) & ((seen >> best.astype(np.int64)) & 1 == 0)
        need = np.where(unseen, np.maximum(need, how.unseen_confident), need)
    by_model = (confidence < how.rules_confident) & (best_p >= need) & (best != category)
    new_cat = np.where(by_model, best, category)
    new_conf = np.where(by_model, np.round(best_p, 3), confidence)
    bit = np.int64(1) << np.int64(da_bit)
    has = (flags & bit) != 0
    free = (blocked & bit) == 0
    added = ~has & free & (h >= how.da_on)
    if relation is not None:
        added &= relation
    removed = has & (h < how.da_off)
    if settled is not None:
        removed &= (settled & bit) == 0
    new_flags = np.where(added, flags | bit, np.where(removed, flags & ~bit, flags))
    return Combined(new_cat, new_conf, new_flags, by_model, added, removed)
