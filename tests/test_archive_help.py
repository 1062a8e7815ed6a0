"""Every archive command explains itself: a help text with examples, and every option documented."""

from __future__ import annotations

import pytest
from support.pages import run_cli

from telisik.cli import archive_cmd, copy_cmd

COMMANDS = {
    "history": archive_cmd.history,
    "diff": archive_cmd.diff,
    "reparse": archive_cmd.reparse,
    "export": archive_cmd.export,
    "import": archive_cmd.import_,
    "copy": copy_cmd.copy,
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_has_examples_and_every_option_is_documented(name):
    result = run_cli(name, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and f"telisik {name} " in result.stdout
    for param in COMMANDS[name].params:
        if param.param_type_name == "option":
            assert param.help, f"{name} {param.opts} has no help text"
