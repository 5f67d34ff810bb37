"""The wizard's tune of the C library's allocator: harmless wherever it runs."""

from __future__ import annotations

import subprocess
import sys

from jdwizard import heap


def test_the_tune_is_harmless_here() -> None:
    heap.give_back_big_blocks()
    heap.give_back_big_blocks()  # again: the same limits
    text = "x" * (4 * heap.BIG_BLOCK)
    assert len(text.replace("x", "y")) == 4 * heap.BIG_BLOCK


def test_a_process_with_the_tune_allocates_and_frees_big_blocks() -> None:
    code = ("from jdwizard import heap; heap.give_back_big_blocks(); "
            "blocks = [bytes(1 << 20) for _ in range(20)]; del blocks; "
            "print(sum(len(b'y' * (1 << 18)) for _ in range(50)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(50 << 18)
