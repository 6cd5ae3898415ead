"""YAML parsing for the report definition and the house style.

libyaml's parser (PyYAML's C loader, in every PyYAML wheel) reads the sample
definition ten times faster than the pure-Python one, with the same results and
the same error marks; the pure-Python loader is the fallback where PyYAML was
built without it.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAMLError = yaml.YAMLError


def parse_yaml(text: str) -> Any:
    """The data in `text`; raises `YAMLError` (with `problem_mark`) on bad YAML."""
    return yaml.load(text, Loader=_LOADER)
