"""Hypothesis profiles: a fixed, meaningful example count for every run (``ci``, the
default) and a long one for fuzzing (``NEWSMD_HYPOTHESIS=fuzz``, see the README)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=50_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("NEWSMD_HYPOTHESIS", "ci"))
