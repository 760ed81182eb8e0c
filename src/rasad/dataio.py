"""Reading the packaged YAML data files (lexicons, furniture, knowledge base): one loader for all."""

from __future__ import annotations

from typing import Any

import yaml

# the C parser when PyYAML was built with libyaml (several times faster on these files); safe either way
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
