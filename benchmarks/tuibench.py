#!/usr/bin/env python3
# Vendored from the team's shared tools (tools/tuibench), unchanged, so that the
# benchmark runs from a clone alone.
r"""tuibench: measure a terminal (TUI) program inside a pseudo-terminal.

Runs COMMAND in a pty of --cols x --rows (TERM=--term), feeds everything it
writes into a pyte screen, and per run measures:

  time to first screen  spawn -> the screen first contains --ready-text.
                        Without --ready-text: spawn -> the program exits
                        (a cold-start time for non-interactive commands).
  idle traffic          bytes/writes the program sends during --idle-s seconds
                        with no input (after --settle-s seconds past ready).
  keystroke cost        each character of --type is written alone; per key:
                        bytes written back until --quiet-ms of silence after
                        the echo, latency from the write to the echo on the
                        emulated screen (the typed prefix appears once more),
                        and how many screen lines the output touched.
  peak memory           VmHWM summed over the process tree just before quitting
                        (ru_maxrss from wait4 is only an upper bound: it counts
                        the forked harness image before exec, ~14 MB).

Then it quits the program (--quit-keys, then SIGTERM, then SIGKILL, by pid
only), and prints one JSON object (medians, p95 = nearest rank, over all runs;
keys are pooled over runs). --dump saves the last run's screens as text.

Example:
  tuibench.py --runs 5 --ready-text Position --type abcdefghijklmnopqrst \
      --quit-keys '\x11' --dump /tmp/scr.txt -- python3 ref_textual_input.py
"""
import argparse, codecs, contextlib, fcntl, json, math, os, pty, select, signal
import statistics, struct, sys, termios, time

import pyte

now = time.monotonic


class Utf8Stream(pyte.ByteStream):
    """UTF-8 decoding that still honours ESC ( 0 line drawing, as xterm does
    (pyte ignores charset switches in UTF-8 mode; ncurses boxes use them)."""

    def __init__(self, screen):
        super().__init__(screen)
        self.use_utf8 = False

    def feed(self, data):
        pyte.Stream.feed(self, self.utf8_decoder.decode(data))


class Session:
    """One program in a pty; its output is fed into a pyte screen."""

    def __init__(self, argv, cols, rows, env):
        self.screen = pyte.Screen(cols, rows)
        self.stream = Utf8Stream(self.screen)
        self.screen.write_process_input = self.send  # answers DA/DSR queries
        self.eof, self.t_eof, self.total, self.raw = False, None, 0, []
        self.status = self.rusage = None
        self.t0 = now()
        pid, fd = pty.fork()
        if pid == 0:  # child: size the tty before exec so the first frame fits
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd

    def send(self, keys):
        with contextlib.suppress(OSError):  # if the program is gone, pump() sees EOF
            os.write(self.fd, keys.encode())

    def pump(self, timeout):
        """Read one chunk within timeout and feed it; returns (nbytes, read time)."""
        if self.eof:
            return 0, None
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return 0, None
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the slave side is closed, the program is gone
            data = b""
        t = now()
        if not data:
            self.eof, self.t_eof = True, t
            return 0, t
        self.total += len(data)
        self.raw.append(data)
        self.stream.feed(data)
        return len(data), t

    def text(self):
        return "\n".join(self.screen.display)

    def wait_for(self, pred, timeout):
        """Read until pred() holds; returns the time of the chunk that made it hold."""
        if pred():
            return now()
        end = now() + timeout
        while not self.eof and now() < end:
            n, t = self.pump(end - now())
            if n and pred():
                return t
        return None

    def drain(self, quiet, limit):
        """Read until `quiet` s without output, at most `limit` s; (bytes, writes)."""
        nb = nc = 0
        end = last = now()
        end += limit
        while not self.eof:
            t = now()
            if t >= end or t - last >= quiet:
                break
            n, tr = self.pump(min(end - t, quiet - (t - last)))
            if n:
                nb, nc, last = nb + n, nc + 1, tr
        return nb, nc

    def key(self, ch, prefix, quiet, timeout):
        """Type one key; measure bytes until quiet after the echo, and echo latency."""
        self.raw.append(f"\n=== key {ch!r} ===\n".encode())
        before = self.text().count(prefix)
        self.screen.dirty.clear()
        t_w = now()
        self.send(ch)
        nb, t_echo, last, end = 0, None, t_w, t_w + timeout
        while not self.eof:
            t = now()
            if t >= end or (t_echo is not None and t - last >= quiet):
                break
            n, tr = self.pump(end - t if t_echo is None else min(end - t, quiet - (t - last)))
            if n:
                nb, last = nb + n, tr
                if t_echo is None and self.text().count(prefix) > before:
                    t_echo = tr
        lat = None if t_echo is None else round((t_echo - t_w) * 1000, 2)
        return {"bytes": nb, "latency_ms": lat, "dirty_lines": len(self.screen.dirty)}

    def reap(self, timeout):
        """Wait up to timeout for the child to exit, draining its output meanwhile."""
        end = now() + timeout
        while self.status is None:
            try:
                pid, status, ru = os.wait4(self.pid, os.WNOHANG)
            except ChildProcessError:
                return True
            if pid:
                self.status, self.rusage = status, ru
                return True
            if now() >= end:
                return False
            if self.eof:
                time.sleep(0.005)
            self.pump(0.01)
        return True

    def stop(self, quit_keys, timeout, pids):
        """Quit: keys, then SIGTERM, then SIGKILL, each to known pids only."""
        how, pids = "exited", set(pids) | set(tree(self.pid))
        if self.status is None and not self.reap(0):
            how = "key"
            self.send(quit_keys)
            if not (quit_keys and self.reap(timeout)):
                for sig, how in ((signal.SIGTERM, "sigterm"), (signal.SIGKILL, "sigkill")):
                    kill(self.pid, sig)
                    if self.reap(1.0):
                        break
        for p in pids:  # descendants that outlived the child: by pid, never by name
            if p != self.pid and os.path.exists(f"/proc/{p}"):
                kill(p, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        return how


def kill(pid, sig):
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, sig)


def read(path):
    with contextlib.suppress(OSError), open(path) as f:
        return f.read()
    return ""


def tree(root):
    """root and its descendants, from the ppid field of /proc/*/stat."""
    kids = {}
    for d in filter(str.isdigit, os.listdir("/proc")):
        stat = read(f"/proc/{d}/stat").rsplit(")", 1)
        if len(stat) == 2:
            kids.setdefault(int(stat[1].split()[1]), []).append(int(d))
    out, todo = [], [root]
    while todo:
        out.append(todo.pop())
        todo += kids.get(out[-1], [])
    return out


def vm_hwm_kb(pid):
    line = [l for l in read(f"/proc/{pid}/status").splitlines() if l.startswith("VmHWM:")]
    return int(line[0].split()[1]) if line else 0


def run_once(a, env):
    s = Session(a.cmd, a.cols, a.rows, env)
    r, pids, screens = {}, [s.pid], {}
    try:
        if a.ready_text is None:  # cold start: spawn -> exit
            s.wait_for(lambda: False, a.ready_timeout)
            r["ttfs_s"] = None if s.t_eof is None else s.t_eof - s.t0
            s.reap(1.0)
        else:
            t = s.wait_for(lambda: a.ready_text in s.text(), a.ready_timeout)
            r["ttfs_s"] = None if t is None else t - s.t0
            r["bytes_to_ready"] = s.total
            screens["at ready"] = list(s.screen.display)
            if t is None:
                r["error"] = f"ready text not seen within {a.ready_timeout}s"
            else:
                s.drain(a.settle_s, a.settle_s)  # let late layout/mounts finish
                if a.idle_s > 0:
                    s.raw.append(f"\n=== idle {a.idle_s}s ===\n".encode())
                    r["idle_bytes"], r["idle_writes"] = s.drain(a.idle_s, a.idle_s)
                r["keys"] = []
                for i, ch in enumerate(a.type):
                    if s.eof:
                        break
                    r["keys"].append(s.key(ch, a.type[: i + 1], a.quiet_ms / 1000, a.key_timeout))
            pids = tree(s.pid)
            r["peak_rss_kb"] = sum(vm_hwm_kb(p) for p in pids)
            r["procs"] = len(pids)
        screens["before quit"] = list(s.screen.display)
    except TimeoutError as e:
        r["error"] = str(e)
    finally:
        signal.alarm(0)  # the watchdog ends measuring; cleanup has its own timeouts
        r["quit"] = s.stop(a.quit_keys, a.quit_timeout, pids)
    if s.rusage is not None:
        r["ru_maxrss_kb"] = s.rusage.ru_maxrss
    r["exit_code"] = None if s.status is None else os.waitstatus_to_exitcode(s.status)
    return r, screens, b"".join(s.raw)


def stats(xs, nd=2):
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    p95 = xs[max(0, math.ceil(0.95 * len(xs)) - 1)]
    return {"n": len(xs), "median": round(statistics.median(xs), nd),
            "p95": round(p95, nd), "min": round(xs[0], nd), "max": round(xs[-1], nd)}


def main():
    fmt = type("Fmt", (argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter), {})
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=fmt)
    ap.add_argument("--cols", type=int, default=80, help="terminal width")
    ap.add_argument("--rows", type=int, default=24, help="terminal height")
    ap.add_argument("--term", default="xterm-256color", help="TERM for the program")
    ap.add_argument("--env", action="append", default=[], metavar="K=V", help="extra environment (repeatable)")
    ap.add_argument("--runs", type=int, default=5, help="spawns of the program")
    ap.add_argument("--ready-text", help="marker text that means the first screen is up")
    ap.add_argument("--ready-timeout", type=float, default=20.0, help="seconds to wait for it (or for the exit)")
    ap.add_argument("--settle-s", type=float, default=1.5, help="seconds to keep reading after ready, before idle/typing")
    ap.add_argument("--idle-s", type=float, default=2.0, help="seconds of idle-traffic measurement (0: off)")
    ap.add_argument("--type", default="", help="text typed one character at a time")
    ap.add_argument("--quiet-ms", type=float, default=50, help="silence after the echo that ends a key")
    ap.add_argument("--key-timeout", type=float, default=2.0, help="max seconds per key")
    ap.add_argument("--quit-keys", default="", help=r"keys that quit the program, escapes allowed: '\x11' (ctrl+q), '\r'")
    ap.add_argument("--quit-timeout", type=float, default=3.0, help="seconds before SIGTERM")
    ap.add_argument("--max-run-s", type=int, default=120, help="hard watchdog per run (SIGALRM)")
    ap.add_argument("--dump", help="file for the last run's screens (pyte display lines)")
    ap.add_argument("--raw", help="file for the last run's raw output bytes, with phase markers")
    ap.add_argument("--label", help="name copied into the JSON")
    ap.add_argument("cmd", nargs=argparse.REMAINDER, help="-- command [args...]")
    a = ap.parse_args()
    a.cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not a.cmd:
        ap.error("no command given")
    a.quit_keys = codecs.decode(a.quit_keys, "unicode_escape")
    env = {k: v for k, v in os.environ.items() if k not in ("LINES", "COLUMNS")}
    env["TERM"] = a.term
    env.update(kv.split("=", 1) for kv in a.env)

    def on_alarm(*_):
        raise TimeoutError(f"run exceeded --max-run-s {a.max_run_s}")
    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so finally-blocks kill the child

    runs, screens, raw = [], {}, b""
    for _ in range(a.runs):
        signal.alarm(a.max_run_s)
        r, screens, raw = run_once(a, env)
        runs.append(r)
    keys = [k for r in runs for k in r.get("keys", [])]
    out = {
        "label": a.label, "cmd": a.cmd, "size": f"{a.cols}x{a.rows}", "term": a.term,
        "runs": len(runs), "mode": "ready-text" if a.ready_text else "until-exit",
        "ttfs_s": stats([r.get("ttfs_s") for r in runs], 4),
        "ttfs_all_s": [None if r.get("ttfs_s") is None else round(r["ttfs_s"], 4) for r in runs],
        "bytes_to_ready": stats([r.get("bytes_to_ready") for r in runs], 0),
        "idle": {"seconds": a.idle_s, "bytes": stats([r.get("idle_bytes") for r in runs], 0),
                 "writes": stats([r.get("idle_writes") for r in runs], 0)} if a.ready_text and a.idle_s else None,
        "keys": {"typed_per_run": len(a.type), "samples": len(keys),
                 "echo_missed": sum(k["latency_ms"] is None for k in keys),
                 "bytes_per_key": stats([k["bytes"] for k in keys], 0),
                 "latency_ms": stats([k["latency_ms"] for k in keys]),
                 "dirty_lines_per_key": stats([k["dirty_lines"] for k in keys], 0)} if keys else None,
        "peak_rss_kb": stats([r.get("peak_rss_kb") for r in runs], 0),
        "ru_maxrss_kb_upper_bound": stats([r.get("ru_maxrss_kb") for r in runs], 0),
        "keys_last_run": [[k["bytes"], k["latency_ms"]] for k in runs[-1].get("keys", [])] or None,
        "quit": [r.get("quit") for r in runs],
        "exit_codes": [r.get("exit_code") for r in runs],
        "errors": [r["error"] for r in runs if "error" in r],
        "dump": a.dump,
    }
    if a.dump:
        with open(a.dump, "w") as f:
            f.write(f"# {' '.join(a.cmd)}  ({a.cols}x{a.rows}, last run)\n")
            for name, lines in screens.items():
                f.write(f"\n## screen {name}\n" + "\n".join(l.rstrip() for l in lines) + "\n")
    if a.raw:
        with open(a.raw, "wb") as f:
            f.write(raw)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
