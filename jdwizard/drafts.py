"""Autosaved drafts, so that a dropped link or a killed process loses at most a second.

One draft per target file (by absolute path), or per new document not yet saved, in a
per-user state folder that only its owner can read: drafts may hold personal data.
A draft is a small JSON file: the target and the document's TOML text.

The state folder is used as ssh uses ~/.ssh: only when it is the user's own folder that
nobody else may write to. In a shared folder (JDWIZARD_STATE_DIR=/tmp) another user
could plant a draft to be restored, or a symlink for the wizard to write through; there
the wizard runs without drafts and locks instead. Nothing in the folder is trusted
either: a file is read only if it is a regular file of the user's, and never through a
symlink; one that cannot be read is reported, so that it can be removed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import importlib
import json
import os
import stat
import time
from json.encoder import encode_basestring
from pathlib import Path
from typing import NamedTuple, cast

from jdwizard import fileformat
from jdwizard.atomicfile import kind_of, plain_reason, write_bytes_atomic
from jdwizard.cachedir import STATE_ENV as STATE_ENV  # callers know it as drafts'
from jdwizard.cachedir import digest
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.uilang import t

SUBFOLDERS = ("drafts", "locks")


def state_dir() -> Path:
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir("jdwizard"))


# --- the state folder -------------------------------------------------------------


def _folder_problem(folder: Path) -> str | None:
    """Why an existing folder is not safe to keep drafts in, or None; missing is fine."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return t("{folder} cannot be read: {reason}", folder=folder, reason=plain_reason(exc))
    if stat.S_ISLNK(info.st_mode):
        return t("{folder} is a symbolic link, not a folder", folder=folder)
    if not stat.S_ISDIR(info.st_mode):
        return t("{folder} is not a folder", folder=folder)
    if info.st_uid != os.getuid():
        return t("{folder} is not yours (owned by uid {uid})", folder=folder, uid=info.st_uid)
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        mode = f"{stat.S_IMODE(info.st_mode):04o}"
        if info.st_mode & stat.S_IWOTH:
            return t("{folder} is writable by others (mode {mode})", folder=folder, mode=mode)
        return t("{folder} is writable by its group (mode {mode})", folder=folder, mode=mode)
    return None


def state_problem() -> str | None:
    """Why the state folder cannot hold drafts and locks, or None when it can.

    Looks only, and makes nothing: a folder not made yet is fine (made when needed)."""
    root = state_dir()
    for folder in (root, *(root / name for name in SUBFOLDERS)):
        problem = _folder_problem(folder)
        if problem is not None:
            return problem
    return None


def prepare_state() -> str | None:
    """Make the state folders that are missing; why they cannot be used, or None."""
    try:
        for name in SUBFOLDERS:
            private_dir(name)
    except JDError as exc:
        return exc.message
    return None


def _make_folder(folder: Path) -> None:
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        return  # checked by the caller, and never chmod-ed: it may not be ours
    except OSError as exc:
        raise JDError(folder, t("{folder} cannot be made: {reason}", folder=folder,
                                reason=plain_reason(exc))) from None
    os.chmod(folder, 0o700)  # ours: made just now, and the umask may have taken too much


def private_dir(name: str) -> Path:
    """A folder under the state folder that only the user can open, made if need be.

    Raises JDError when the state folder, or this folder in it, is not safely the user's."""
    root = state_dir()
    folder = root / name
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JDError(root, t("{folder} cannot be made: {reason}", folder=root.parent,
                              reason=plain_reason(exc))) from None
    for path in (root, folder):
        _make_folder(path)
        problem = _folder_problem(path)
        if problem is not None:
            raise JDError(path, problem)
    return folder


def drafts_dir() -> Path:
    return private_dir("drafts")


def _safe_folder(name: str) -> Path | None:
    """The state folder's subfolder to read, if it exists and is safely the user's."""
    folder = state_dir() / name
    if state_problem() is not None or not folder.is_dir():
        return None
    return folder


# --- files in it ------------------------------------------------------------------


class Unreadable(Exception):
    """A file in the state folder that is not ours to read; the message says why."""


def read_own(path: Path) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of the user's at path, and its status.

    Never follows a symlink, never waits on a FIFO, never reads a folder or another
    user's file: raises Unreadable saying what it is instead. FileNotFoundError when
    there is nothing there."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Unreadable(t("a symbolic link (not followed)")) from None
        with contextlib.suppress(OSError):  # a socket cannot be opened: say what it is
            mode = os.lstat(path).st_mode
            if not stat.S_ISREG(mode):
                raise Unreadable(t("not a regular file ({kind})", kind=kind_of(mode))) from None
        raise Unreadable(t("cannot be opened: {reason}", reason=plain_reason(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(t("not a regular file ({kind})", kind=kind_of(info.st_mode)))
        if info.st_uid != os.getuid():
            raise Unreadable(t("not yours: owned by uid {uid}", uid=info.st_uid))
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks), info
    except OSError as exc:
        raise Unreadable(t("cannot be read: {reason}", reason=plain_reason(exc))) from None
    finally:
        os.close(fd)


def remove_entry(path: Path) -> bool:
    """Remove what is at path, whatever it is (an empty folder too); False if nothing was.

    A symlink is removed, not what it points to. Raises JDError saying why not."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            os.rmdir(path)
        else:
            os.unlink(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise JDError(path, t("a folder that is not empty: look into it and remove it "
                            "yourself")) from None
        raise JDError(path, t("cannot remove: {reason}", reason=plain_reason(exc))) from None
    return True


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of data, in hex, by CPython's own module where there is one, as the
    standard library's random does: hashlib loads OpenSSL's library for it, 0.6 MiB of
    the wizard's memory here (3.7 MiB in a process with nothing else loaded)."""
    try:
        module = importlib.import_module("_sha256")  # _sha2 from Python 3.12
    except ImportError:
        try:
            module = importlib.import_module("_sha2")
        except ImportError:
            import hashlib as module
    hexed: str = module.sha256(data).hexdigest()
    return hexed


def content_hash(data: bytes) -> str:
    """A hash of a file's bytes, to tell whether it changed: the digest its document is
    kept under in the cache (cachedir.digest, BLAKE2b by CPython's own module), so that
    `edit` hashes the file it opens once, not once for each (1.1 ms with 3,000 duties)."""
    return digest(data).hex()


def key_for(target: Path | None) -> str:
    """The draft's name: a hash of the target's absolute path, or a fresh one if none."""
    if target is None:
        return f"new-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    absolute = os.path.abspath(target)
    return sha256_hex(absolute.encode())[:16]


class Draft(NamedTuple):
    path: Path
    target: str | None
    text: str
    saved_at: float = 0.0
    problem: str = ""
    """Why the draft cannot be read or restored ("" when it can): it is then offered
    for removal only, and its target and text are empty."""

    @property
    def key(self) -> str:
        return self.path.stem

    def document(self) -> Document:
        if self.problem:
            raise JDError(self.path, t("not a readable draft: {problem}", problem=self.problem))
        return fileformat.loads(self.text, self.path)


def write(key: str, target: Path | None, doc: Document, text: str | None = None) -> Path:
    """Write the draft; text, when given, is fileformat.dumps(doc), made by the caller."""
    path = drafts_dir() / f"{key}.json"
    body = {"target": os.path.abspath(target) if target else None,
            "text": fileformat.dumps(doc) if text is None else text}
    # A symlink there was planted: it is replaced, and what it points to is left alone.
    # Cast: the file's write takes any buffer, and a bytes of it would be one more copy.
    write_bytes_atomic(path, cast(bytes, _json_bytes(body)), new_mode=0o600,
                       follow_symlinks=False)
    return path


JSON_PIECE = 64 * 1024
"""Characters of the text escaped and encoded at a time."""


def _json_bytes(body: dict[str, str | None]) -> bytearray:
    """json.dumps(body, ensure_ascii=False) in UTF-8, its text escaped a piece at a time.

    The draft of a 3,000-duty document is half a MiB of text: its JSON and that JSON's
    bytes, each made whole, were two more copies at every draft (the wizard's peak of
    memory while typing). Escaping a piece at a time gives the same JSON: each character
    is escaped alone."""
    text = body["text"] or ""
    head = json.dumps({**body, "text": ""}, ensure_ascii=False)
    assert head.endswith('""}')  # the text is the last value
    out = bytearray(head[:-2].encode("utf-8"))
    for at in range(0, len(text), JSON_PIECE):
        out += encode_basestring(text[at:at + JSON_PIECE])[1:-1].encode("utf-8")
    out += b'"}'
    return out


def read(path: Path) -> Draft:
    """The draft at path; one that cannot be used comes back with its problem said.

    FileNotFoundError when there is none."""
    try:
        data, info = read_own(path)
    except Unreadable as exc:
        return Draft(path, None, "", _mtime(path), problem=str(exc))
    try:
        target, text = _parse(data)
        fileformat.loads(text, path)  # a draft that would not restore is no draft
    except Unreadable as exc:
        return Draft(path, None, "", info.st_mtime, problem=str(exc))
    except JDError as exc:
        where = f"{exc.place}: " if exc.place else ""
        return Draft(path, None, "", info.st_mtime,
                     problem=t("its document does not read: {reason}",
                               reason=f"{where}{exc.message}"))
    except (ValueError, RecursionError) as exc:
        return Draft(path, None, "", info.st_mtime,
                     problem=t("its document does not read: {reason}", reason=exc))
    return Draft(path, target, text, info.st_mtime)


def _mtime(path: Path) -> float:
    try:
        return os.lstat(path).st_mtime
    except OSError:
        return 0.0


_JSON_TYPES = {list: "list", str: "string", int: "number", float: "number",
               bool: "boolean", type(None): "null"}


def _parse(data: bytes) -> tuple[str | None, str]:
    """A draft file's target and TOML text; raises Unreadable saying what is wrong."""
    if not data.strip():
        raise Unreadable(t("empty"))
    try:
        body = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise Unreadable(t("not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise Unreadable(t("not JSON ({reason}, line {line})", reason=exc.msg,
                           line=exc.lineno)) from None
    except (ValueError, RecursionError):
        raise Unreadable(t("not JSON")) from None
    if not isinstance(body, dict):
        raise Unreadable(t("not a draft: a JSON {kind}, not an object",
                           kind=_JSON_TYPES.get(type(body), "value")))
    text, target = body.get("text"), body.get("target")
    if not isinstance(text, str):
        raise Unreadable(t("not a draft: no document text in it"))
    if target is not None and not isinstance(target, str):
        raise Unreadable(t("not a draft: its target is not a file name"))
    return target, text


def every_draft() -> list[Draft]:
    """All drafts, newest first, those that cannot be read too (their problem said)."""
    folder = _safe_folder("drafts")
    if folder is None:
        return []
    found = []
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries
                       if e.name.endswith(".json") and not e.name.startswith("."))
    for name in names:
        with contextlib.suppress(FileNotFoundError):  # removed since the listing
            found.append(read(folder / name))
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def all_drafts() -> list[Draft]:
    """The drafts that can be restored, newest first."""
    return [draft for draft in every_draft() if not draft.problem]


def for_target(target: Path) -> Draft | None:
    """The target's draft, readable or not; None when there is none."""
    folder = _safe_folder("drafts")
    if folder is None:
        return None
    try:
        return read(folder / f"{key_for(target)}.json")
    except FileNotFoundError:
        return None


def remove(key: str) -> None:
    """Remove the draft, whatever it is; raises JDError when it cannot be removed."""
    folder = state_dir() / "drafts"
    problem = state_problem()
    if problem is not None:
        raise JDError(folder, problem)
    remove_entry(folder / f"{key}.json")


def pending(target: Path) -> Draft | None:
    """The target's draft, if it is newer than the file and says something else.

    A draft that cannot be read comes back too, with its problem, to be offered for
    removal: left alone it would be in the way of every later autosave."""
    draft = for_target(target)
    if draft is None or draft.problem:
        return draft
    try:
        if target.exists():
            if draft.saved_at < target.stat().st_mtime:
                return None
            if fileformat.dumps(fileformat.load(target)) == draft.text:
                return None
    except JDError:
        pass  # a broken file: the draft is all the more worth offering
    return draft


def newest_of_a_new_document() -> Draft | None:
    """The latest draft of a document never saved, unless its wizard is still running."""
    for draft in all_drafts():  # newest first
        if draft.target is None and not _wizard_running(draft.key):
            return draft
    return None


def _wizard_running(key: str) -> bool:
    # A new document's key ends in the pid of the wizard writing it (key_for).
    pid = key.rsplit("-", 1)[-1]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


def changed_sections(draft: Document, current: Document | None) -> list[str]:
    """The top-level sections in which the draft differs from the file."""
    if current is None:
        return [t("everything (the file does not exist)")]
    return [f.name for f in dataclasses.fields(draft)
            if getattr(draft, f.name) != getattr(current, f.name)]


def describe_age(seconds: float) -> str:
    """How long ago, as the draft dialog and `drafts` say it: "2 min ago"."""
    if seconds < 10:
        return t("just now")
    if seconds < 90:
        return t("{n} s ago", n=int(seconds))
    if seconds < 90 * 60:
        return t("{n} min ago", n=int(seconds // 60))
    if seconds < 36 * 3600:
        return t("{n} h ago", n=int(seconds // 3600))
    days = int(seconds // 86400)
    return t("1 day ago") if days == 1 else t("{n} days ago", n=days)
