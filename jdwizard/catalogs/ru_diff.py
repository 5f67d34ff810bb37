"""The messages of `jdwizard diff` in Russian (jdwizard/diff_commands.py).

Keys are the English texts exactly as the code writes them (t("..."), with their
{named} values). A clause is «пункт» (masculine: «3.2 изменён»), an item of a clause's
list «элемент перечня», and a field's change is impersonal («Стаж работы: добавлено:
...»), whatever the gender of its label. A text another table also translates has the
same Russian here. Options, file names and git stay as they are written.
"""

from __future__ import annotations

from typing import Final

DIFF: Final[dict[str, str]] = {
    # --- the changes ---
    "{number} changed: {old} → {new}": "{number} изменён: {old} → {new}",
    "{number} changed (moved from {old_number}): {old} → {new}":
        "{number} изменён (перенесён из {old_number}): {old} → {new}",
    "{number} added: {text}": "{number} добавлен: {text}",
    "{number} removed: {text}": "{number} исключён: {text}",
    "{number} moved from {old_number}: {text}": "{number} перенесён из {old_number}: {text}",
    "{number} moved within its list: {text}": "{number} перенесён в пределах перечня: {text}",
    "{number} item added: {text}": "{number} добавлен элемент перечня: {text}",
    "{number} item removed: {text}": "{number} исключён элемент перечня: {text}",
    "{number} item changed: {old} → {new}": "{number} изменён элемент перечня: {old} → {new}",
    "{number} item moved: {text}": "{number} перенесён элемент перечня: {text}",
    "{label}: added: {text}": "{label}: добавлено: {text}",
    "{label}: removed: {text}": "{label}: исключено: {text}",
    # --- the command line ---
    "compares one file with its committed version: give one FILE.toml":
        "сравнивает один файл с его версией в git: укажите один FILE.toml",
    "give two files, OLD.toml NEW.toml, or one file and --since REV":
        "укажите два файла, OLD.toml NEW.toml, или один файл и --since REV",
    # --- git ---
    "not in a git repository; --since compares the file with a version committed in git":
        "файл не в репозитории git; --since сравнивает файл с его версией, сохранённой в git",
    "unknown revision “{rev}”": "неизвестная ревизия «{rev}»",
    "not in revision {rev} (it has no file {path})":
        "файла нет в ревизии {rev} (в ней нет {path})",
    "git: {message}": "git: {message}",
    "failed": "не удалось",
    "git is not installed, and --since needs it":
        "git не установлен, а без него --since не работает",
    "git took more than {seconds} seconds; stopped":
        "git работал дольше {seconds} с и был остановлен",
    "cannot run git: {reason}": "не удаётся запустить git: {reason}",
    # --- the committed version, read as a file is ---
    "more than {limit} MB: too large to be a job description":
        "больше {limit} МБ: слишком большой файл для должностной инструкции",
    "not a text file (it holds binary data)": "не текстовый файл (в нём двоичные данные)",
    "not UTF-8 text (byte 0x{byte:02x} at offset {offset})":
        "текст не в кодировке UTF-8 (байт 0x{byte:02x} на позиции {offset})",
}
