"""The wizard's tune of the C library's allocator, for a long document's big texts."""

from __future__ import annotations

import sys

BIG_BLOCK = 128 * 1024
"""Bytes from which the C library gives a block a map of its own, returned when freed."""


def give_back_big_blocks() -> None:
    """Have glibc keep its first rule for big blocks all along: each in a map of its own,
    unmapped when freed, and the heap's free top given back from 128 KiB.

    glibc raises both limits to the size of the biggest block freed, so that once the
    text of a 3,000-duty document is freed, every later text of its size (a draft's, its
    JSON, the preview's, half a MiB each) comes from the heap, whose free room is seldom
    given back: 1.1 MiB more of the wizard's memory after some typing, 55.3 MiB
    against 56.4 with 3,000 duties (VmHWM, tuibench; ctypes itself costs 0.27 MiB).
    Nothing changes elsewhere, or where the call fails.

    Called once the first frame is drawn (ctypes takes 1 ms to load): setting either
    limit ends glibc's raising it, and sets it back to 128 KiB, so the texts made from
    then on are placed as if the call had come first."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (ImportError, OSError, AttributeError):  # no ctypes, or not glibc
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # <malloc.h>
    mallopt(m_mmap_threshold, BIG_BLOCK)
    mallopt(m_trim_threshold, BIG_BLOCK)
