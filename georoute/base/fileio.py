"""Where georoute touches files: what a path may be, how much is read, how outputs are written.

Defined once for the API and every command:

- ``-`` is standard input where a path is read and standard output where one is written.
- Only regular files are read (a FIFO, a device or a socket is refused), and never more than
  ``MAX_BYTES``: the read itself stops at ``MAX_BYTES + 1`` bytes, whatever ``st_size`` says.
- An output is a regular file or ``-``: an existing device, FIFO, symlink or folder at an output
  path is refused, and every output path is checked before any work starts.
- The outputs of one run are written and flushed to disk as temporary files beside their
  targets, and only then renamed into place (``OutputSet``); a replaced file keeps its mode.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from georoute.base.errors import InputError, UsageError

__all__ = [
    "MAX_BYTES",
    "STDIO",
    "OutputSet",
    "cache_dir",
    "check_output",
    "file_kind",
    "read_bytes",
]

#: The path that means standard input (when read) or standard output (when written).
STDIO = "-"
#: Articles larger than this are refused rather than read (no news article is this long).
MAX_BYTES = 5_000_000
_CHUNK = 1 << 16


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words: 'regular file', 'folder', 'FIFO', ...

    >>> file_kind(stat.S_IFIFO | 0o644)
    'FIFO (named pipe)'
    """
    kinds = (
        (stat.S_ISREG, "regular file"),
        (stat.S_ISDIR, "folder"),
        (stat.S_ISLNK, "symbolic link"),
        (stat.S_ISFIFO, "FIFO (named pipe)"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    )
    return next((name for test, name in kinds if test(mode)), "special file")


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def read_bytes(path: str | os.PathLike, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file (or of standard input for ``-``), at most ``limit`` of them.

    Raises InputError naming the path when it is missing, unreadable, not a regular file, or
    longer than ``limit`` bytes. A FIFO is refused without being opened for reading, so it
    cannot block; the read is bounded, so ``/dev/zero`` cannot exhaust memory.
    """
    if str(path) == STDIO:
        return _bounded(sys.stdin.buffer.read, "standard input", limit)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_why(exc)})") from exc
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: a {file_kind(st.st_mode)}, not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_why(exc)})") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # swapped between stat and open
            raise InputError(f"{path}: a {file_kind(mode)}, not a regular file")
        return _bounded(lambda n: os.read(fd, n), str(path), limit)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_why(exc)})") from exc
    finally:
        os.close(fd)


def _bounded(read: Callable[[int], bytes], name: str, limit: int) -> bytes:
    chunks, total = [], 0
    while total <= limit:
        chunk = read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise InputError(f"{name}: more than the {limit:,} bytes an article may have")
    return b"".join(chunks)


def check_output(path: str | os.PathLike) -> None:
    """Raise UsageError unless ``path`` can take an output: ``-``, or a new or regular file
    (not a symlink) in an existing, writable folder."""
    if str(path) == STDIO:
        return
    if not str(path):
        raise UsageError("an output path is empty; give a FILE or - for standard output")
    p = Path(path)
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {_why(exc)}") from exc
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise UsageError(
            f"cannot write {path}: it is a {file_kind(st.st_mode)}; outputs go to regular files or -"
        )
    parent = p.parent
    try:
        pst = os.stat(parent)
    except FileNotFoundError:
        raise UsageError(f"cannot write {path}: folder {parent} does not exist") from None
    except OSError as exc:  # ENOTDIR: a file used as a folder higher up
        raise UsageError(f"cannot write {path}: {parent}: {_why(exc)}") from exc
    if not stat.S_ISDIR(pst.st_mode):
        raise UsageError(
            f"cannot write {path}: {parent} is a {file_kind(pst.st_mode)}, not a folder"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write {path}: folder {parent} is not writable")


def _same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _mode_for(target: Path) -> int:
    """The mode the written file gets: the replaced file's, or what open() would give."""
    try:
        return stat.S_IMODE(os.lstat(target).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@dataclass
class OutputSet:
    """The outputs of one run, committed together.

    Paths are checked when added (before any work); ``stage`` writes each output to a temporary
    file beside its target and flushes it to disk; ``commit`` renames them all into place only
    once every one is staged. Outputs to ``-`` are printed at commit, in the order added.
    At most one output may go to ``-``.
    """

    paths: dict[str, str] = field(default_factory=dict)  # option name -> path
    _staged: dict[str, Path] = field(default_factory=dict, init=False)
    _stdout: dict[str, str] = field(default_factory=dict, init=False)

    def add(self, name: str, path: str | os.PathLike | None) -> None:
        if path is None:
            return
        path = os.fspath(path)
        if path == STDIO and STDIO in self.paths.values():
            raise UsageError("only one output can go to standard output (-)")
        check_output(path)
        same = [n for n, q in self.paths.items() if q != STDIO and _same_file(q, path)]
        if path != STDIO and same:
            raise UsageError(f"--{name} and --{same[0]} both write {path}")
        self.paths[name] = path

    def refuse_inputs(self, inputs) -> None:
        """Raise UsageError if an output would replace one of the ``inputs``."""
        for raw in inputs:
            for name, path in self.paths.items():
                if path != STDIO and os.fspath(raw) != STDIO and _same_file(path, raw):
                    raise UsageError(f"--{name} {path} would replace the input {raw}")

    @property
    def to_stdout(self) -> bool:
        return STDIO in self.paths.values()

    def temp_path(self, name: str) -> Path:
        """A fresh temporary path beside the target of ``name`` (for writers that take a path)."""
        target = Path(self.paths[name])
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        self._staged[name] = Path(tmp)
        return Path(tmp)

    def stage(self, name: str, text: str) -> None:
        """Write the output ``name`` to its temporary file (or hold it for standard output)."""
        if self.paths[name] == STDIO:
            self._stdout[name] = text
            return
        tmp = self.temp_path(name)
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    def stage_file(self, name: str, write: Callable[[Path], object]) -> None:
        """Stage the output ``name`` from a writer that takes a path (the map renderer)."""
        if self.paths[name] == STDIO:
            with tempfile.TemporaryDirectory(prefix="georoute-") as tmp:
                out = Path(tmp) / "out"
                write(out)
                self._stdout[name] = out.read_text(encoding="utf-8")
            return
        write(self.temp_path(name))

    def commit(self) -> None:
        """Flush every staged file to disk, then rename each into place (keeping the mode of the
        file it replaces) and print what goes to standard output."""
        try:
            for name, tmp in self._staged.items():
                _fsync(tmp)
                os.chmod(tmp, _mode_for(Path(self.paths[name])))
            for name, tmp in list(self._staged.items()):
                check_output(self.paths[name])  # nothing swapped in since the start
                os.replace(tmp, self.paths[name])
                del self._staged[name]
                _fsync_dir(Path(self.paths[name]).parent)
        finally:
            self.discard()
        for text in self._stdout.values():
            sys.stdout.write(text)
        sys.stdout.flush()

    def discard(self) -> None:
        """Remove the temporary files that were not committed."""
        for tmp in self._staged.values():
            tmp.unlink(missing_ok=True)
        self._staged.clear()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some platforms cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def cache_dir() -> Path:
    """Where built indexes live: ``$GEOROUTE_CACHE_DIR`` or the user cache folder, created if
    need be; when that cannot be written, a folder under the system's temporary folder (with a
    warning, so the indexes are rebuilt there rather than the run failing)."""
    import stat
    import tempfile
    import warnings

    env = os.environ.get("GEOROUTE_CACHE_DIR")
    if env:
        wanted = Path(env)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        wanted = Path(base) / "georoute"
    try:
        wanted.mkdir(parents=True, exist_ok=True)
        if os.access(wanted, os.W_OK | os.X_OK):
            return wanted
        why = "not writable"
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
    uid = os.getuid() if hasattr(os, "getuid") else None
    fallback = Path(tempfile.gettempdir()) / f"georoute-cache-{uid}"
    try:
        fallback.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(fallback)
        mine = stat.S_ISDIR(st.st_mode) and (uid is None or st.st_uid == uid)
    except OSError:
        mine = False
    if not mine:  # someone else's folder, or a symlink, in a shared temporary folder
        fallback = Path(tempfile.mkdtemp(prefix="georoute-cache-"))
    warnings.warn(
        f"georoute: cache folder {wanted} cannot be used ({why}); using {fallback}",
        RuntimeWarning,
        stacklevel=2,
    )
    return fallback
