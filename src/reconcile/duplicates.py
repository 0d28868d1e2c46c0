"""Find referrals entered twice: the same victim and crime, exactly or with small differences.

A row repeats an earlier one (in any earlier chunk of the file) when:

* it has the same referral id; or
* it has the same police crime reference (after normalising separators and case), and the
  victim's name is similar (rapidfuzz token-sort ratio at or above the threshold) with the same
  date of birth, or one of the two dates missing; or
* it has the same date of birth and postcode and a similar name, and the crime reference is
  missing on one side or differs by one typed character on a referral made the same day (one
  victim may report several crimes, so different references are different crimes).

State spanning chunks is kept as NumPy arrays (hashed keys, day numbers and short byte-string
names: under a hundred bytes a row), and candidates are found by joining the chunk's keys with
earlier keys, so only rows that share a key are compared one by one. A million rows stay well
inside a memory budget that Python dictionaries of tuples would blow.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reconcile.normalise import normalise_name, normalise_reference

__all__ = ["DuplicateFinder"]

_NAME_BYTES = 40
_REF_BYTES = 24
_NONE = np.iinfo(np.int64).min


def _hashes(values: list[Any]) -> np.ndarray:
    """64-bit hashes; empty values get a sentinel that never joins."""
    return np.fromiter((hash(v) if v else _NONE for v in values), dtype=np.int64, count=len(values))


def _days(values: pd.DataFrame, name: str) -> np.ndarray:
    if name not in values:
        return np.full(len(values), _NONE, dtype=np.int64)
    days = values[name].to_numpy(dtype="datetime64[D]")
    out = days.astype(np.int64)
    out[np.isnat(days)] = _NONE
    return out


class DuplicateFinder:
    """Flags rows that repeat an earlier row of the same file, chunk after chunk.

    Args:
        name_threshold: Minimum name similarity (0-100) for two rows to be the same victim.

    Example:
        >>> finder = DuplicateFinder(85)
        >>> frame = pd.DataFrame({"crime_reference": ["22/1/23", "22-1-23"], "forename": ["Ann", "Anne"],
        ...                       "surname": ["Lee", "Lee"]}, index=[1, 2])
        >>> finder.find(frame).tolist(), finder.duplicate_of
        ([False, True], {2: 1})
    """

    _KEYS = ("id", "ref", "person")

    def __init__(self, name_threshold: float) -> None:
        self.threshold = name_threshold
        self.duplicate_of: dict[int, int] = {}
        self._state: dict[str, np.ndarray] = {
            "row": np.array([], dtype=np.int64),
            "id": np.array([], dtype=np.int64),
            "ref": np.array([], dtype=np.int64),
            "person": np.array([], dtype=np.int64),
            "dob": np.array([], dtype=np.int64),
            "day": np.array([], dtype=np.int64),
            "name": np.array([], dtype=f"S{_NAME_BYTES}"),
            "ref_text": np.array([], dtype=f"S{_REF_BYTES}"),
        }

    def find(self, values: pd.DataFrame) -> pd.Series:
        """Return True for each row of ``values`` (canonical fields, index = row) that repeats one before.

        ``duplicate_of`` then maps each such row to the earliest row it repeats.
        """
        chunk = self._arrays(values)
        start = len(self._state["row"])
        combined = {k: np.concatenate([self._state[k], chunk[k]]) for k in self._state}
        found: dict[int, int] = {}
        for key in self._KEYS:
            for earlier, later in self._candidates(combined[key], start):
                if key != "id" and not self._same(key, combined, earlier, later):
                    continue
                row, prev = int(combined["row"][later]), int(combined["row"][earlier])
                if prev < found.get(row, row):
                    found[row] = prev
        # Chains collapse to the first row: a third copy repeats the first, not the second.
        for row, prev in sorted(found.items()):
            found[row] = found.get(prev, prev)
        self.duplicate_of = found
        keep = ~np.isin(combined["row"], np.fromiter(found, dtype=np.int64, count=len(found)))
        self._state = {k: v[keep] for k, v in combined.items()}
        return pd.Series(values.index.isin(list(found)), index=values.index)

    @staticmethod
    def _candidates(keys: np.ndarray, start: int) -> list[tuple[int, int]]:
        """Pairs of positions (earlier, later) sharing a key, where the later one is in the new chunk."""
        shared = np.flatnonzero((keys != _NONE) & pd.Series(keys).duplicated(keep=False).to_numpy())
        groups: dict[int, list[int]] = {}
        for pos in shared.tolist():
            groups.setdefault(int(keys[pos]), []).append(pos)
        pairs: list[tuple[int, int]] = []
        for positions in groups.values():
            for i, later in enumerate(positions):
                if later >= start:
                    pairs.extend((earlier, later) for earlier in positions[:i])
        return pairs

    def _arrays(self, values: pd.DataFrame) -> dict[str, np.ndarray]:
        n = len(values)
        blank = [""] * n

        def column(name: str) -> list[str]:
            return [str(v) for v in values[name].tolist()] if name in values else blank

        refs = [normalise_reference(r) for r in column("crime_reference")]
        names = [
            normalise_name(f"{f} {s}") if s.strip() else ""
            for f, s in zip(column("forename"), column("surname"), strict=True)
        ]
        dob = _days(values, "dob")
        people = [
            (d, p) if d != _NONE and p and name else ""
            for d, p, name in zip(dob.tolist(), column("postcode"), names, strict=True)
        ]
        return {
            "row": values.index.to_numpy(dtype=np.int64),
            "id": _hashes([i.strip() for i in column("referral_id")]),
            "ref": _hashes([r if name else "" for r, name in zip(refs, names, strict=True)]),
            "person": _hashes(people),
            "dob": dob,
            "day": _days(values, "referral_date"),
            "name": np.array([x.encode("ascii", "ignore")[:_NAME_BYTES] for x in names], dtype=f"S{_NAME_BYTES}"),
            "ref_text": np.array([x.encode("ascii", "ignore")[:_REF_BYTES] for x in refs], dtype=f"S{_REF_BYTES}"),
        }

    def _same(self, key: str, arrays: dict[str, np.ndarray], earlier: int, later: int) -> bool:
        name, prev_name = arrays["name"][later].decode(), arrays["name"][earlier].decode()
        if fuzz.token_sort_ratio(name, prev_name) < self.threshold:
            return False
        if key == "ref":
            dob, prev_dob = arrays["dob"][later], arrays["dob"][earlier]
            return bool(dob == _NONE or prev_dob == _NONE or dob == prev_dob)
        ref, prev_ref = arrays["ref_text"][later].decode(), arrays["ref_text"][earlier].decode()
        if not ref or not prev_ref:
            return True
        day, prev_day = arrays["day"][later], arrays["day"][earlier]
        return bool(day != _NONE and day == prev_day and Levenshtein.distance(ref, prev_ref) <= 1)
