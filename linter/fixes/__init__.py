"""Fixes: rules' repairs for their findings, and the engine that applies them (``check --fix``).

See :mod:`linter.fixes.model` for what a fix is and how a rule offers one.
"""

from linter.fixes.model import (
    MISSING,
    AddMember,
    Fix,
    Fixable,
    InsertBlock,
    RenameKey,
    Request,
    Safety,
    SetKey,
    SetValue,
    Strict,
    apply_data,
    value_at,
)

__all__ = ["MISSING", "AddMember", "Fix", "Fixable", "InsertBlock", "RenameKey", "Request", "Safety",
           "SetKey", "SetValue", "Strict", "apply_data", "value_at"]
