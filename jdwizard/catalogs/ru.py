"""The interface in Russian: every English text jdwizard shows, and its Russian.

Keys are the English texts exactly as the code writes them (with {named} values); a
text missing here is shown in English, and the tests fail on it. The wizard's words and
the commands' messages are kept apart, each in a table of its own.
"""

from __future__ import annotations

from typing import Final

from jdwizard.catalogs.ru_diff import DIFF
from jdwizard.catalogs.ru_imports import IMPORTS
from jdwizard.catalogs.ru_messages import MESSAGES
from jdwizard.catalogs.ru_wizard import WIZARD

CATALOG: Final[dict[str, str]] = {**DIFF, **IMPORTS, **MESSAGES, **WIZARD}
