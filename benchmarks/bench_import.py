"""`jdwizard import profstandard` on a large standard, against a baseline of the same run.

    python benchmarks/bench_import.py [--runs 7] [--functions 80]

Writes a synthetic professional standard of the registry's format (about 3 MB, 80
generalized functions, as the largest real ones) in a temporary folder, and times, as
medians of several runs:

- the baseline: plain xml.etree.ElementTree.parse of the file (C parser, no safety);
- the safe parse alone (defusedxml, no DTD), the file read into dataclasses, and a
  whole import (read, build the description of one function, its TOML text);
- the command as a process (`python -m jdwizard import profstandard ... -o`), against
  a process that only parses the file with ElementTree.

Prints each median and its ratio to its baseline; exits 1 when the command takes a
second or more (the target: well under a second).
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from jdwizard import fileformat  # noqa: E402
from jdwizard.imports import profstandard, read_source  # noqa: E402

TARGET_S = 1.0
WORDS = ("разработка", "проверка", "документации", "программного", "обеспечения", "в",
         "соответствии", "с", "требованиями", "технического", "задания", "организации",
         "нормативных", "документов", "анализ", "данных", "систем", "управления")


def phrase(seed: int, words: int = 12) -> str:
    """A Russian-looking clause of some 100 characters, different for each seed."""
    picked = [WORDS[(seed * 7 + i * 5) % len(WORDS)] for i in range(words)]
    return escape(f"{' '.join(picked).capitalize()} {seed}")


def element(name: str, text: str) -> str:
    return f"<{name}>{text}</{name}>"


def items(container: str, item: str, seeds: range) -> str:
    return element(container, "".join(element(item, phrase(s)) for s in seeds))


def particular(g: int, p: int) -> str:
    base = (g * 10 + p) * 100
    return element("ParticularWorkFunction", "".join((
        element("CodeTF", f"{g}/{p:02}.5"), element("NameTF", phrase(base)),
        items("LaborActions", "LaborAction", range(base, base + 8)),
        items("RequiredSkills", "RequiredSkill", range(base + 20, base + 29)),
        items("NecessaryKnowledges", "NecessaryKnowledge", range(base + 40, base + 50)),
    )))


def generalized(g: int) -> str:
    code = f"{chr(ord('A') + g % 26)}{g // 26 or ''}"
    okz = element("ListOKZ", element("UnitOKZ", element("CodeOKZ", "2132")))
    return element("GeneralizedWorkFunction", "".join((
        element("CodeOTF", code), element("NameOTF", phrase(g)),
        element("LevelOfQualification", str(3 + g % 5)),
        items("PossibleJobTitles", "PossibleJobTitle", range(g, g + 3)),
        items("EducationalRequirements", "EducationalRequirement", range(g, g + 2)),
        items("RequirementsWorkExperiences", "RequirementsWorkExperience", range(g, g + 1)),
        element("OtherCharacteristicPlus", okz),
        element("ParticularWorkFunctions", "".join(particular(g, p) for p in range(5))),
    )))


def synthetic_standard(path: Path, functions: int) -> None:
    """A standard of the registry's layout, written on one line as the registry does."""
    body = "".join(generalized(g) for g in range(functions))
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<XMLCardInfo><ProfessionalStandarts><ProfessionalStandart>'
        + element("NameProfessionalStandart", "Синтетический стандарт")
        + element("RegistrationNumber", "999") + element("OrderNumber", "1н")
        + element("DateOfApproval", "01.02.2024")
        + element("ThirdSection", element("WorkFunctions",
                                          element("GeneralizedWorkFunctions", body)))
        + "</ProfessionalStandart></ProfessionalStandarts></XMLCardInfo>",
        encoding="utf-8")


def median_s(work: Callable[[], object], runs: int) -> float:
    work()  # warm: the first run pays for imports and caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_process(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def whole_import(path: Path, code: str) -> str:
    standard = profstandard.read(path)
    doc = profstandard.build_document(standard, profstandard.find_function(standard, code))
    return fileformat.dumps(doc)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=7)
    options.add_argument("--functions", type=int, default=80)
    args = options.parse_args()
    # As an installed package has: compiled modules. An editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise compile jdwizard anew at every start.
    compileall.compile_dir(str(ROOT / "jdwizard"), quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "standard.xml"
        synthetic_standard(path, args.functions)
        standard = profstandard.read(path)
        code = standard.functions[len(standard.functions) // 2].code
        size = path.stat().st_size / 1e6
        print(f"synthetic standard: {size:.1f} MB, {len(standard.functions)} generalized "
              f"functions, {sum(len(f.functions) for f in standard.functions)} particular; "
              f"median of {args.runs} runs")
        base = median_s(lambda: ET.parse(path), args.runs)
        rows = [
            ("ElementTree.parse (baseline)", base, base),
            ("defusedxml parse, no DTD", median_s(
                lambda: profstandard.parse_xml(read_source(path), path), args.runs), base),
            ("read into dataclasses", median_s(lambda: profstandard.read(path), args.runs),
             base),
            ("whole import, in process", median_s(lambda: whole_import(path, code), args.runs),
             base),
        ]
        out = Path(folder) / "out.toml"
        command = [sys.executable, "-m", "jdwizard", "import", "profstandard", str(path),
                   "--function", code, "-o", str(out), "--force"]
        parse_only = [sys.executable, "-c",
                      f"import xml.etree.ElementTree as ET; ET.parse({str(path)!r})"]
        process_base = median_s(lambda: run_process(parse_only), args.runs)
        command_s = median_s(lambda: run_process(command), args.runs)
        rows += [("process: python -c ET.parse (baseline)", process_base, process_base),
                 ("process: jdwizard import profstandard -o", command_s, process_base)]
    print(f"{'what':<42} {'median':>10} {'ratio':>7}")
    for name, seconds, against in rows:
        print(f"{name:<42} {seconds * 1000:>8.1f}ms {seconds / against:>6.2f}x")
    met = command_s < TARGET_S
    print(f"target: the command under {TARGET_S:.0f} s: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
