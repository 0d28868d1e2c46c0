"""The quality audit: how good each area's and each referral source's referrals are.

For every area (canonical name) and every referral source, and for the whole file:

* ``referrals``: rows;
* ``quality_referrals`` / ``quality_share``: rows that pass every error-level check;
* ``completeness_<field>``: share of rows with a usable value (not blank, placeholder or invalid);
* ``placeholder_rate``: share of mapped cells holding a "not recorded" placeholder;
* ``duplicate_rate``: share of rows that repeat an earlier referral;
* ``median_days_to_allocation`` / ``p90_days_to_allocation``: days from referral to allocation
  (not counted where the allocation comes first or lies in the future: those are date errors).

The audit is accumulated chunk by chunk, so it works on files of any size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["AUDIT_COLUMNS", "AuditAccumulator", "allocation_days"]

AUDIT_COLUMNS = [
    "group_by", "group", "referrals", "quality_referrals", "quality_share", "placeholder_rate",
    "duplicate_rate", "median_days_to_allocation", "p90_days_to_allocation",
]  # fmt: skip
ALL = "(all)"
UNMAPPED = "(unmapped)"


class AuditAccumulator:
    """Collects audit counts over chunks; :meth:`result` returns the audit table."""

    def __init__(self, fields: list[str], as_of: dt.date | None = None) -> None:
        self.fields = fields
        self.as_of = as_of
        self.counts: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.days: dict[tuple[str, str], list[np.ndarray]] = defaultdict(list)

    def add(self, status: pd.DataFrame, records: pd.DataFrame) -> None:
        """Add one chunk: its per-field statuses and its canonical records."""
        if "rc_not_a_record" in records and records["rc_not_a_record"].any():
            # blank lines and repeated header lines are not referrals of any area or source
            keep = ~records["rc_not_a_record"].astype(bool).to_numpy()
            status, records = status[keep], records[keep]
        usable = status[[f for f in self.fields if f in status]].isin(["ok", "variant", "fuzzy"])
        placeholders = (status == "placeholder").sum(axis=1)
        cells = status.shape[1]
        days = allocation_days(records, self.as_of)
        groups = {
            "area": _labels(records.get("area"), UNMAPPED, len(records), records.index),
            "referral_source": _source_labels(
                _labels(records.get("referral_source"), "(not recorded)", len(records), records.index)
            ),
        }
        frame = pd.DataFrame(
            {
                "valid": records["rc_valid"].astype(int),
                "dup": records["rc_duplicate"].astype(int),
                "ph": placeholders,
                **{f"c_{f}": usable[f].astype(int) for f in usable.columns},
            },
            index=records.index,
        )
        frame["cells"] = cells
        for group_by, labels in [("all", pd.Series(ALL, index=records.index)), *groups.items()]:
            sums = frame.groupby(labels.to_numpy()).sum()
            sizes = labels.value_counts()
            for label, row in sums.iterrows():
                acc = self.counts[(group_by, str(label))]
                acc["referrals"] += float(sizes.to_dict()[label])
                for key, value in row.items():
                    acc[str(key)] += float(value)
            for label, values in days.groupby(labels.to_numpy()):
                self.days[(group_by, str(label))].append(values.dropna().to_numpy())

    def result(self) -> pd.DataFrame:
        """Return the audit table (one row per group; ``group_by`` is all, area or referral_source)."""
        rows: list[dict[str, Any]] = []
        order = {"all": 0, "area": 1, "referral_source": 2}
        for (group_by, label), acc in sorted(self.counts.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
            n = acc["referrals"]
            days = np.concatenate(self.days[(group_by, label)]) if self.days[(group_by, label)] else np.array([])
            row: dict[str, Any] = {
                "group_by": group_by,
                "group": label,
                "referrals": int(n),
                "quality_referrals": int(acc["valid"]),
                "quality_share": round(acc["valid"] / n, 4) if n else np.nan,
                "placeholder_rate": round(acc["ph"] / acc["cells"], 4) if acc["cells"] else np.nan,
                "duplicate_rate": round(acc["dup"] / n, 4) if n else np.nan,
                "median_days_to_allocation": float(np.median(days)) if days.size else np.nan,
                "p90_days_to_allocation": float(np.percentile(days, 90)) if days.size else np.nan,
            }
            for f in self.fields:
                if f"c_{f}" in acc:
                    row[f"completeness_{f}"] = round(acc[f"c_{f}"] / n, 4) if n else np.nan
            rows.append(row)
        return pd.DataFrame(rows)


def _labels(values: pd.Series | None, empty: str, n: int, index: pd.Index) -> pd.Series:
    if values is None:
        return pd.Series(empty, index=index)
    text = values.astype("string").fillna("").str.strip()
    return text.where(text != "", empty).astype(object)


#: a referral source is a free-text cell: officers type their name and number into it
_CONTACT_DETAILS = r"@|(?:\d[\s-]?){6,}"
_MAX_SOURCE_LABEL = 60
WITHHELD_SOURCE = "(withheld: contact details or free text)"


def _source_labels(labels: pd.Series) -> pd.Series:
    """Referral-source groups as they may be published: no phone numbers, emails or long text."""
    # tested once per distinct source (a few per export), not once per row
    distinct = pd.Series(pd.unique(labels.astype(str)))
    bad = distinct[distinct.str.contains(_CONTACT_DETAILS, regex=True) | (distinct.str.len() > _MAX_SOURCE_LABEL)]
    return labels.where(~labels.astype(str).isin(set(bad)), WITHHELD_SOURCE)


def allocation_days(records: pd.DataFrame, as_of: dt.date | None = None) -> pd.Series:
    """Days from referral to allocation per record; NaN where not a measured wait.

    A missing date, an allocation before the referral, or an allocation after ``as_of`` (a date
    in the future: a ``date_future`` error, not a long wait) gives NaN.
    """
    if "allocation_date" not in records or "referral_date" not in records:
        return pd.Series(np.nan, index=records.index)
    days = (records["allocation_date"] - records["referral_date"]).dt.days.astype(float)
    measured = days >= 0
    if as_of is not None:
        measured &= ~(records["allocation_date"] > pd.Timestamp(as_of))
    return days.where(measured)
