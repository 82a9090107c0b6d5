"""Fetching a Detoxify release for offline workers, with a file:// URL standing in for GitHub."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("detoxify.detoxify")

from moderation.scoring.base import ScorerConfigError  # noqa: E402
from moderation.scoring.detoxify_backend import DetoxifyScorer  # noqa: E402
from moderation.scoring.detoxify_loading import sha256_of  # noqa: E402
from moderation.scoring.training.fetch import fetch, hash_prefix, main  # noqa: E402

# The session's tiny checkpoint fixture and the autouse no-network guard of the backend's tests.
from .test_detoxify_backend import TEXTS, Tiny, offline, tiny  # noqa: E402, F401


@pytest.fixture
def model(request: pytest.FixtureRequest) -> Tiny:
    return request.getfixturevalue("tiny")


def release_copy(model: Tiny, folder: Path) -> Path:
    """The tiny checkpoint named as Detoxify names its releases: stem-<sha256 prefix>.ckpt."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"tiny_release-{sha256_of(model.checkpoint)[:8]}.ckpt"
    shutil.copyfile(model.checkpoint, path)
    return path


def test_hash_prefix_reads_the_release_file_name() -> None:
    url = "https://github.com/x/releases/download/v0.4/multilingual_debiased-0b549669.ckpt"
    assert hash_prefix(url) == "0b549669"
    assert hash_prefix("file:///srv/plain.ckpt") == ""


def test_fetched_files_load_offline_and_score_like_the_source(model: Tiny, tmp_path: Path) -> None:
    source = release_copy(model, tmp_path / "mirror")
    out = tmp_path / "models"

    fetched = fetch("tiny", out, url=source.as_uri(), base=str(model.hf_config))

    assert fetched.downloaded
    assert fetched.checkpoint == out / source.name
    assert sha256_of(fetched.checkpoint) == sha256_of(model.checkpoint)
    assert (fetched.hf_config / "config.json").is_file()
    env = (out / "tiny.env").read_text(encoding="utf-8").splitlines()
    assert env == [
        f"DETOXIFY_CHECKPOINT={fetched.checkpoint}",
        f"DETOXIFY_HF_CONFIG={fetched.hf_config}",
    ]
    # The worker's settings, from the fetched files alone, give the source model's scores.
    scorer = DetoxifyScorer(checkpoint=fetched.checkpoint, hf_config=fetched.hf_config)
    reference = DetoxifyScorer(checkpoint=model.checkpoint, hf_config=model.hf_config)
    assert scorer.score(TEXTS) == reference.score(TEXTS)


def test_second_fetch_downloads_nothing(model: Tiny, tmp_path: Path) -> None:
    source = release_copy(model, tmp_path / "mirror")
    out = tmp_path / "models"
    fetch("tiny", out, url=source.as_uri(), base=str(model.hf_config))
    source.unlink()  # a second download would now fail

    again = fetch("tiny", out, url=source.as_uri(), base=str(model.hf_config))

    assert not again.downloaded


def test_a_file_that_does_not_match_its_name_is_refused_and_not_kept(
    model: Tiny, tmp_path: Path
) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    forged = mirror / "tiny_release-00000000.ckpt"
    shutil.copyfile(model.checkpoint, forged)
    out = tmp_path / "models"

    with pytest.raises(ScorerConfigError, match="could not download"):
        fetch("tiny", out, url=forged.as_uri(), base=str(model.hf_config))

    assert not (out / forged.name).exists()


def test_command_line_reports_errors_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["no-such-release", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: unknown detoxify model 'no-such-release'")
