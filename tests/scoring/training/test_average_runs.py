"""Averaging runs of one recipe: which runs may be averaged, and what the average holds."""

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from moderation.scoring.training import average_runs  # noqa: E402

CALIBRATION = {"toxicity": {"a": 1.0, "b": 0.0}}


def run_checkpoint(seed: int, scale: float, **changes) -> dict:
    """A finetune-shaped checkpoint whose float tensors are ``scale`` times a fixed pattern."""
    config = {"seed": seed, "steps": 1000, "lr": 2e-05, "template_weight": 1.5}
    config.update(changes.pop("config", {}))
    saved = {
        "state_dict": {
            "encoder.weight": torch.arange(6, dtype=torch.float32).reshape(2, 3) * scale,
            "classifier.bias": torch.tensor([1.0, -1.0]) * scale,
            "embeddings.position_ids": torch.arange(4),
        },
        "config": {"hidden_size": 3},
        "calibration": CALIBRATION,
        "step": 1000,
        "selection_f1": 0.7,
        "run": {
            "config": config,
            "init": "run/best.pt",
            "templates": "train.jsonl",
            "train_rows": {"germeval2018": 100},
            "split_rule": "sha1 bucket",
        },
    }
    saved.update(changes)
    return saved


def test_average_is_the_mean_of_the_runs_float_tensors():
    soup = average_runs.average(
        [run_checkpoint(1, 1.0), run_checkpoint(2, 2.0), run_checkpoint(3, 6.0)]
    )
    expected = torch.arange(6, dtype=torch.float32).reshape(2, 3) * 3.0
    assert torch.equal(soup["state_dict"]["encoder.weight"], expected)
    assert torch.equal(soup["state_dict"]["classifier.bias"], torch.tensor([3.0, -3.0]))
    assert soup["state_dict"]["encoder.weight"].dtype == torch.float32
    assert torch.equal(soup["state_dict"]["embeddings.position_ids"], torch.arange(4))


def test_average_of_one_run_under_several_seeds_is_that_run():
    soup = average_runs.average([run_checkpoint(1, 0.37), run_checkpoint(2, 0.37)])
    assert torch.equal(
        soup["state_dict"]["encoder.weight"],
        run_checkpoint(1, 0.37)["state_dict"]["encoder.weight"],
    )


def test_average_lists_the_seeds_and_claims_no_selection_figure():
    soup = average_runs.average([run_checkpoint(7, 1.0), run_checkpoint(9, 1.0)])
    assert soup["run"]["config"]["seed"] == [7, 9]
    assert soup["run"]["averaged_runs"] == 2
    assert soup["selection_f1"] is None
    assert soup["calibration"] == CALIBRATION
    assert soup["run"]["init"] == "run/best.pt"


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"config": {"lr": 1e-05}}, "config"),
        ({"calibration": {"toxicity": {"a": 2.0, "b": 0.0}}}, "calibration"),
        ({"step": 750}, "step"),
        ({"config": {"template_weight": 1.4}}, "config"),
    ],
)
def test_runs_that_differ_in_more_than_the_seed_are_refused(changes, named):
    with pytest.raises(average_runs.NotAveragable, match=named):
        average_runs.average([run_checkpoint(1, 1.0), run_checkpoint(2, 1.0, **changes)])


def test_runs_from_another_starting_point_are_refused():
    other = run_checkpoint(2, 1.0)
    other["run"]["init"] = "elsewhere/best.pt"
    with pytest.raises(average_runs.NotAveragable, match="init"):
        average_runs.average([run_checkpoint(1, 1.0), other])


def test_runs_with_other_tensors_or_integer_values_are_refused():
    missing = run_checkpoint(2, 1.0)
    del missing["state_dict"]["classifier.bias"]
    with pytest.raises(average_runs.NotAveragable, match="other tensors"):
        average_runs.average([run_checkpoint(1, 1.0), missing])
    shifted = run_checkpoint(2, 1.0)
    shifted["state_dict"]["embeddings.position_ids"] = torch.arange(1, 5)
    with pytest.raises(average_runs.NotAveragable, match="integer tensor"):
        average_runs.average([run_checkpoint(1, 1.0), shifted])


def test_a_single_run_is_not_an_average():
    with pytest.raises(average_runs.NotAveragable, match="at least two"):
        average_runs.average([run_checkpoint(1, 1.0)])


def test_command_writes_a_checkpoint_and_refuses_mismatched_runs(tmp_path: Path, capsys):
    paths = []
    for seed, scale in ((1, 1.0), (2, 3.0)):
        paths.append(tmp_path / f"run{seed}" / "best.pt")
        paths[-1].parent.mkdir()
        torch.save(run_checkpoint(seed, scale), paths[-1])
    out = tmp_path / "soup" / "best.pt"
    assert (
        average_runs.main(["--run", str(paths[0]), "--run", str(paths[1]), "--out", str(out)]) == 0
    )
    soup = torch.load(out, map_location="cpu", weights_only=False)
    assert torch.equal(soup["state_dict"]["classifier.bias"], torch.tensor([2.0, -2.0]))

    torch.save(run_checkpoint(3, 1.0, step=500), tmp_path / "late.pt")
    code = average_runs.main(
        ["--run", str(paths[0]), "--run", str(tmp_path / "late.pt"), "--out", str(out)]
    )
    assert code == 2
    assert "differs from run 1 in step" in capsys.readouterr().err
