"""The messages of `jdwizard import` in Russian (jdwizard/imports, import_commands.py).

Keys are the English texts exactly as the code writes them (t("..."), with their
{named} values); a count's entry (findings.plural) holds its three forms apart by "|":
one|few|many. A text the other tables also translate has the same Russian here. The
names of the registry's XML elements, of O*NET's files and columns, options and keys
stay as they are written.
"""

from __future__ import annotations

from typing import Final

IMPORTS: Final[dict[str, str]] = {
    # --- reading a source file (the same words as for a description) ---
    "is a folder, not a file": "это папка, а не файл",
    "not a regular file": "не обычный файл",
    "no such file": "нет такого файла",
    "cannot read: {reason}": "не удаётся прочитать: {reason}",
    "not UTF-8 text (byte 0x{byte:02x} at offset {offset})":
        "текст не в кодировке UTF-8 (байт 0x{byte:02x} на позиции {offset})",
    "more than {limit} MB: too large to be one source to import":
        "больше {limit} МБ: слишком большой файл для импорта",
    # --- the professional standard ---
    "not well-formed XML: {reason}": "ошибка в разметке XML: {reason}",
    "a DTD (<!DOCTYPE ...>) is not allowed: it is not read, so that no entity is expanded "
    "and no outside file is read":
        "DTD (<!DOCTYPE ...>) не допускается: он не читается, чтобы не раскрывались "
        "сущности и не читались посторонние файлы",
    "entities are not allowed: none is expanded or read":
        "сущности не допускаются: они не раскрываются и не читаются",
    "not a professional standard: the XML's root is <{root}>, not <{expected}>":
        "это не профессиональный стандарт: корневой элемент XML — <{root}>, а не <{expected}>",
    "not a professional standard: <{root}> holds no {path}":
        "это не профессиональный стандарт: в <{root}> нет {path}",
    "holds {count} professional standards; save the one to import in a file of its own":
        "в файле несколько профессиональных стандартов ({count}); сохраните нужный в "
        "отдельный файл",
    "the standard lists no generalized work functions":
        "в стандарте нет обобщённых трудовых функций",
    "no generalized work function {code}; the functions are {codes}":
        "нет обобщённой трудовой функции {code}; в стандарте есть функции {codes}",
    "the function {code} names no possible job title; give one with --title":
        "у функции {code} не указаны возможные наименования должностей; задайте "
        "наименование в --title",
    "«{name}», registration number {number}: {count}":
        "«{name}», регистрационный номер {number}: {count}",
    "{n} generalized work functions":
        "{n} обобщённая трудовая функция|{n} обобщённые трудовые функции|"
        "{n} обобщённых трудовых функций",
    "{code}  level {level}  {name} — {titles}": "{code}  уровень {level}  {name} — {titles}",
    "(no possible job titles)": "(возможные наименования должностей не указаны)",
    "to import one: jdwizard import profstandard {file} --function {code} -o FILE.toml":
        "импорт одной функции: jdwizard import profstandard {file} --function {code} "
        "-o FILE.toml",
    "-o and --title need the function to import: --function CODE":
        "для -o и --title нужна функция, которую импортировать: --function КОД",
    "wrote {file} (the generalized work function {code} of the professional standard "
    "«{standard}»)":
        "записан {file} (обобщённая трудовая функция {code} профессионального стандарта "
        "«{standard}»)",
    # --- O*NET ---
    "is a file, not a folder": "это файл, а не папка",
    "no such folder": "нет такой папки",
    "not an O*NET database folder: it has no file «{name}»":
        "это не папка базы O*NET: в ней нет файла «{name}»",
    "no column {columns} in its header row (it has: {header})":
        "в строке заголовков нет столбца {columns} (есть: {header})",
    "cannot read the table: {reason}": "не удаётся прочитать таблицу: {reason}",
    "no occupation {code} in {file}; find its code with --search":
        "в {file} нет профессии {code}; найдите её код через --search",
    "no occupation's title holds every word of «{words}»":
        "нет профессии, в названии которой есть все слова «{words}»",
    "give --search to find an occupation, or --soc to import one, not both":
        "укажите --search, чтобы найти профессию, или --soc, чтобы импортировать её, "
        "но не оба сразу",
    "say what to do: --search WORDS lists occupations, --soc CODE -o FILE.toml imports one":
        "укажите, что сделать: --search СЛОВА показывает профессии, --soc КОД "
        "-o FILE.toml импортирует одну",
    "{n} tasks": "{n} задача|{n} задачи|{n} задач",
    "wrote {file} ({title}, {code}: {tasks})": "записан {file} ({title}, {code}: {tasks})",
    # --- writing ---
    "needs -o FILE.toml: the description to write":
        "нужен -o FILE.toml: файл, в который записать инструкцию",
    "a job description file name ends in .toml":
        "имя файла должностной инструкции оканчивается на .toml",
    "already exists; use --force to overwrite it":
        "файл уже есть; чтобы перезаписать его, добавьте --force",
    "note: no source says whom the position reports to, how the employee is appointed or "
    "who approves the description; {places} hold generic words: correct them":
        "примечание: источник не говорит, кому подчиняется работник, как он назначается на "
        "должность и кто утверждает инструкцию; в {places} записаны общие слова — уточните "
        "их",
}
