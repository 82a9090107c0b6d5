"""Loaders for the labelled datasets in shared/data and their mapping onto Detoxify's labels.

Every loader yields one ``Example`` per data row of the file(s) named in SOURCES.md, so the
row counts below are the documented ones. Targets hold 1.0 / 0.0 where the source says so
and None where the source does not speak to a label; training masks the Nones out.

The label mapping for each dataset is LABEL_MAPPING below; train.py copies it into
every head's manifest.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from moderation.scoring.labels import LABELS

# The split rule (``features.split_bucket`` of a text's hash, 0..99), shared by training and
# evaluation so that validation rows are never fitted on.
VALIDATION_PERCENT = 15  # buckets 0..14: reported, never fitted on
CALIBRATION_PERCENT = 10  # buckets 15..24: Platt scaling and the 0.5 cut only

Targets = dict[str, float | None]


class Example(NamedTuple):
    text: str
    language: str
    dataset: str
    targets: Targets


def _t(
    tox: int | None = None,
    sev: int | None = None,
    obs: int | None = None,
    thr: int | None = None,
    ins: int | None = None,
    ida: int | None = None,
) -> Targets:
    values = (tox, sev, obs, thr, ins, ida)
    return {label: None if v is None else float(v) for label, v in zip(LABELS, values, strict=True)}


CLEAN = _t(0, 0, 0, 0, 0, 0)
RowReader = Callable[[Path], Iterator[tuple[str, Targets]]]
UNKNOWN = _t()

# "clean" = all six labels 0. Any label not named for a row is unknown (None).
LABEL_MAPPING: dict[str, str] = {
    "germeval2018": "OTHER clean; ABUSE toxicity; INSULT toxicity+insult; "
    "PROFANITY toxicity+obscene with insult=identity_attack=threat=0",
    "germeval2019": "as germeval2018",
    "germeval2021_toxic": "Sub1_Toxic 0 clean, 1 toxicity",
    "germeval2024_germs": "majority of ~10 annotators say any sexism -> identity_attack 1, "
    "majority say none -> identity_attack 0, tie -> unknown; toxicity unknown",
    "rp_mod": "label 0 (accepted by moderators) clean, 1 (rejected) toxicity",
    "rp_crowd_3": "label 0 (no crowd flag) clean, 1 (>= 3 flags) toxicity",
    "hasoc2019_de": "NOT clean; HOF toxicity, plus HATE identity_attack, "
    "OFFN insult (identity_attack=0), PRFN obscene (insult=identity_attack=0)",
    "hasoc2020_de": "as hasoc2019_de (task1/task2)",
    "germeval2026_harmful_def": "DEF TRUE toxicity+insult; FALSE insult=0 (not a criminal "
    "insult; toxicity unknown)",
    "germeval2026_harmful_vio": "nothing threat=severe_toxicity=0; call2violence, support, "
    "glorification, prospensity toxicity+threat+severe_toxicity; other unknown",
    "iwg_hatespeech_refugees": "both experts YES toxicity+identity_attack; both NO "
    "identity_attack=0; split vote unknown",
    "cophi_german_hatespeech_corpus": "n clean; p (problematic) toxicity; hs (threats, "
    "incitement, glorification of violence) toxicity+severe_toxicity; empty unknown",
    "davidson2017": "neither clean; offensive toxicity (identity_attack=0); "
    "hate toxicity+identity_attack",
    "olid": "NOT clean; OFF toxicity, plus UNT obscene (insult=identity_attack=0), "
    "TIN+IND insult (identity_attack=0); TIN+GRP/OTH toxicity only",
    "hasoc2019_en": "as hasoc2019_de",
    "hasoc2020_en": "as hasoc2019_de",
    "sfu_ctc": "toxicity answer 1 clean; 2 (mildly toxic) unknown; 3 toxicity; "
    "4 toxicity+severe_toxicity",
}


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    language: str
    licence: str
    # permissive (CC BY, CC BY-SA, MIT), noncommercial (CC BY-NC-SA), copyleft (GPL) or unstated
    licence_class: str
    path: str  # relative to the data folder; a folder for the multi-file corpus
    rows: int
    # the label this dataset's own annotation is about; evaluation reports it per dataset
    primary: str
    rows_fn: RowReader


def _tsv_germeval(path: Path) -> Iterator[tuple[str, Targets]]:
    fine = {
        "OTHER": CLEAN,
        "ABUSE": _t(tox=1),
        "INSULT": _t(tox=1, ins=1),
        "PROFANITY": _t(tox=1, obs=1, thr=0, ins=0, ida=0),
    }
    with path.open(encoding="utf-8", newline="") as f:
        for text, _coarse, label in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield text, fine[label]


def _hasoc_targets(task1: str, task2: str) -> Targets:
    if task1 == "NOT":
        return CLEAN
    return {
        "HATE": _t(tox=1, ida=1),
        "OFFN": _t(tox=1, ins=1, ida=0),
        "PRFN": _t(tox=1, obs=1, ins=0, ida=0),
    }.get(task2, _t(tox=1))


def _hasoc2019(path: Path) -> Iterator[tuple[str, Targets]]:
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield row["text"], _hasoc_targets(row["task_1"], row["task_2"])


def _hasoc2020(path: Path) -> Iterator[tuple[str, Targets]]:
    # openpyxl is a training-only dependency; the service never imports this module.
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(c) for c in next(rows)]
        col = {name: header.index(name) for name in ("text", "task1", "task2")}
        for row in rows:
            if row[col["text"]] is None:
                continue
            targets = _hasoc_targets(str(row[col["task1"]]), str(row[col["task2"]]))
            yield str(row[col["text"]]), targets
    finally:
        book.close()


def _csv_rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter=delimiter)


def _germeval2021(path: Path) -> Iterator[tuple[str, Targets]]:
    for row in _csv_rows(path):
        yield row["comment_text"], _t(tox=1) if row["Sub1_Toxic"] == "1" else CLEAN


def _germs(path: Path) -> Iterator[tuple[str, Targets]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            post = json.loads(line)
            labels = [a["label"] for a in post["annotations"]]
            sexist = sum(label != "0-Kein" for label in labels)
            clean = len(labels) - sexist
            yield post["text"], UNKNOWN if sexist == clean else _t(ida=int(sexist > clean))


def _rp(path: Path) -> Iterator[tuple[str, Targets]]:
    for row in _csv_rows(path):
        yield row["text"], _t(tox=1) if float(row["label"]) == 1.0 else CLEAN


def _harmful_def(path: Path) -> Iterator[tuple[str, Targets]]:
    for row in _csv_rows(path, delimiter=";"):
        yield row["description"], _t(tox=1, ins=1) if row["DEF"] == "TRUE" else _t(ins=0)


def _harmful_vio(path: Path) -> Iterator[tuple[str, Targets]]:
    violent = {"call2violence", "support", "glorification", "prospensity"}
    for row in _csv_rows(path, delimiter=";"):
        label = row["vio"]
        if label == "nothing":
            yield row["description"], _t(thr=0, sev=0)
        elif label in violent:
            yield row["description"], _t(tox=1, thr=1, sev=1)
        else:
            yield row["description"], UNKNOWN


def _iwg(path: Path) -> Iterator[tuple[str, Targets]]:
    for row in _csv_rows(path):
        votes = {row["HatespeechOrNot (Expert 1)"], row["HatespeechOrNot (Expert 2)"]}
        targets = {
            frozenset({"YES"}): _t(tox=1, ida=1),
            frozenset({"NO"}): _t(ida=0),
        }.get(frozenset(votes), UNKNOWN)
        yield row["Tweet"], targets


_COPHI_FILES = (
    "bretschneider.csv",
    "germanrefugees.csv",
    "hasoc.csv",
    "hatr.csv",
    "polly_withhate_dez16-20.csv",
)


def _cophi(path: Path) -> Iterator[tuple[str, Targets]]:
    mapping = {"n": CLEAN, "p": _t(tox=1), "hs": _t(tox=1, sev=1)}
    for name in _COPHI_FILES:
        with (path / name).open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f, delimiter="\t")
            for i, (label, text) in enumerate(reader):
                if i == 0 and label == "label":  # two of the five files have a header
                    continue
                yield text, mapping.get(label.strip(), UNKNOWN)


def _davidson(path: Path) -> Iterator[tuple[str, Targets]]:
    mapping = {"0": _t(tox=1, ida=1), "1": _t(tox=1, ida=0), "2": CLEAN}
    for row in _csv_rows(path):
        yield row["tweet"], mapping[row["class"]]


def _olid(path: Path) -> Iterator[tuple[str, Targets]]:
    for row in _csv_rows(path, delimiter="\t"):
        if row["subtask_a"] == "NOT":
            targets = CLEAN
        elif row["subtask_b"] == "UNT":
            targets = _t(tox=1, obs=1, ins=0, ida=0)
        elif row["subtask_c"] == "IND":
            targets = _t(tox=1, ins=1, ida=0)
        else:
            targets = _t(tox=1)
        yield row["tweet"], targets


def _sfu(path: Path) -> Iterator[tuple[str, Targets]]:
    mapping = {"1": CLEAN, "3": _t(tox=1), "4": _t(tox=1, sev=1)}
    for row in _csv_rows(path):
        yield row["comment"], mapping.get(row["is_toxic_popular_answer_1"], UNKNOWN)


# name | language | licence class | licence as stated | rows | primary label | path under data/
# OLID's own README states no licence; only the repo carrying it is CC BY 4.0, so it does
# not count as permissive.
_TABLE = """
germeval2018 | de | permissive | CC BY 4.0 | 5009 | toxicity | germeval2018/germeval2018.training.txt
germeval2019 | de | unstated | none stated | 3995 | toxicity | germeval2019/germeval2019.training_subtask1_2_korrigiert.txt
germeval2021_toxic | de | unstated | none stated | 3244 | toxicity | germeval2021_toxic/GermEval21_TrainData.csv
germeval2024_germs | de | noncommercial | CC BY-NC-SA 4.0 | 5998 | identity_attack | germeval2024_germs/germeval-competition-traindev.jsonl.gz
rp_mod | de | noncommercial | CC BY-NC-SA 4.0 | 11426 | toxicity | rp_mod/RP-Mod-folds.train_test_split-0.csv
rp_crowd_3 | de | noncommercial | CC BY-NC-SA 4.0 | 4754 | toxicity | rp_crowd_3/RP-Crowd-3-folds.train_test_split-0.minus-RP-Mod-test.csv
hasoc2019_de | de | unstated | none stated | 3819 | toxicity | hasoc2019_de/german_dataset.tsv
hasoc2020_de | de | unstated | none stated | 2373 | toxicity | hasoc2020_de/hasoc_2020_de_train_new_a.xlsx
germeval2026_harmful_def | de | copyleft | GPL-3.0 (repo) | 3263 | insult | germeval2026_harmful_def/def_train.csv
germeval2026_harmful_vio | de | copyleft | GPL-3.0 (repo) | 16431 | threat | germeval2026_harmful_vio/vio_train_26.csv
iwg_hatespeech_refugees | de | permissive | CC BY-SA 3.0 | 469 | identity_attack | iwg_hatespeech_refugees/german hatespeech refugees.csv
cophi_german_hatespeech_corpus | de | unstated | none stated | 9787 | toxicity | cophi_german_hatespeech_corpus/corpus
davidson2017 | en | permissive | MIT | 24783 | toxicity | davidson2017/labeled_data.csv
olid | en | unstated | none stated (carrier repo CC BY 4.0) | 13240 | toxicity | olid/olid-training-v1.0.tsv
hasoc2019_en | en | unstated | none stated | 5852 | toxicity | hasoc2019_en/english_dataset.tsv
hasoc2020_en | en | unstated | none stated | 3708 | toxicity | hasoc2020_en/hasoc_2020_en_train_new_a.xlsx
sfu_ctc | en | noncommercial | CC BY-NC-SA 4.0 | 1121 | toxicity | sfu_ctc/SFU_constructiveness_toxicity.csv
"""  # noqa: E501

_READERS: dict[str, RowReader] = {
    "germeval2018": _tsv_germeval,
    "germeval2019": _tsv_germeval,
    "germeval2021_toxic": _germeval2021,
    "germeval2024_germs": _germs,
    "rp_mod": _rp,
    "rp_crowd_3": _rp,
    "hasoc2019_de": _hasoc2019,
    "hasoc2020_de": _hasoc2020,
    "germeval2026_harmful_def": _harmful_def,
    "germeval2026_harmful_vio": _harmful_vio,
    "iwg_hatespeech_refugees": _iwg,
    "cophi_german_hatespeech_corpus": _cophi,
    "davidson2017": _davidson,
    "olid": _olid,
    "hasoc2019_en": _hasoc2019,
    "hasoc2020_en": _hasoc2020,
    "sfu_ctc": _sfu,
}


def _parse_table() -> dict[str, DatasetSpec]:
    specs = {}
    for line in _TABLE.strip().splitlines():
        name, language, cls, licence, rows, primary, path = (c.strip() for c in line.split("|"))
        specs[name] = DatasetSpec(
            name, language, licence, cls, path, int(rows), primary, _READERS[name]
        )
    return specs


DATASETS: dict[str, DatasetSpec] = _parse_table()

LICENCE_CLASSES = ("permissive", "noncommercial", "copyleft", "unstated")


def select(licences: str = "all", names: list[str] | None = None) -> list[DatasetSpec]:
    """Datasets allowed by ``licences`` ("all", or comma-separated LICENCE_CLASSES)."""
    allowed = set(LICENCE_CLASSES) if licences == "all" else set(licences.split(","))
    unknown = allowed - set(LICENCE_CLASSES)
    if unknown:
        raise ValueError(f"unknown licence class(es) {sorted(unknown)}; use {LICENCE_CLASSES}")
    chosen = list(DATASETS) if names is None else names
    missing = [n for n in chosen if n not in DATASETS]
    if missing:
        raise ValueError(f"unknown dataset(s) {missing}")
    return [DATASETS[n] for n in chosen if DATASETS[n].licence_class in allowed]


def load(spec: DatasetSpec, data_dir: Path) -> Iterator[Example]:
    """Yield every row of one dataset under ``data_dir`` (the shared/data folder)."""
    for text, targets in spec.rows_fn(Path(data_dir) / spec.path):
        yield Example(text, spec.language, spec.name, dict(targets))


def target_matrix(examples: Sequence[Example]) -> np.ndarray:
    """(n, n_labels) float array with NaN where a label is unknown."""
    return np.array(
        [[np.nan if ex.targets[lb] is None else ex.targets[lb] for lb in LABELS] for ex in examples]
    )
