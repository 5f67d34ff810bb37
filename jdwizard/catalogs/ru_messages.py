"""The commands' messages in Russian: check's findings, render, new, drafts, load errors.

Keys are the English texts exactly as the code writes them (t("..."), N_("...")), with
their {named} values; a count's entry (findings.plural) holds its three forms apart by
"|": one|few|many («1 файл|2 файла|5 файлов»). Written as an HR officer reads them: the
document's own terms («обязанности», «права», «непосредственный руководитель»), values
in «», short. Place names (duties.items[3]), keys of the file and command names stay as
they are written.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # --- check: the severity word of a finding line (JSON keeps "error"/"warning") ---
    "error": "ошибка",
    "warning": "предупреждение",
    # --- check: what is missing ---
    "the position has no title": "не указано наименование должности",
    "no employee category (worker, specialist, manager or technical)":
        "не указана категория работника (рабочий, специалист, руководитель или "
        "технический исполнитель)",
    "whom the position reports to is missing (or mark it as heading the organization)":
        "не указан непосредственный руководитель (или отметьте, что должность возглавляет "
        "организацию)",
    "how the employee is appointed and dismissed is missing":
        "не указан порядок назначения на должность и освобождения от должности",
    "no duties: a job description needs at least one":
        "нет должностных обязанностей: в инструкции нужна хотя бы одна",
    "no rights: the document should grant at least one":
        "нет прав: инструкция должна предоставлять работнику хотя бы одно право",
    "no liability clauses": "нет пунктов об ответственности",
    "no approver: whose position approves the document":
        "не указано, кто утверждает инструкцию (должность утверждающего)",
    "no education requirement": "не указаны требования к образованию",
    "no experience requirement; if none is needed, say so (experience_required = false)":
        "не указаны требования к стажу работы; если стаж не нужен, так и укажите "
        "(experience_required = false)",
    "nothing the employee must know": "не указано, что работник должен знать",
    "no documents that guide the work": "не указаны документы, которыми руководствуется работник",
    "the functions section is empty": "раздел «Функции» пуст",
    "the relationships section is empty": "раздел «Взаимоотношения (связи по должности)» пуст",
    "no working conditions": "не указаны условия работы",
    "no performance criteria": "не указаны критерии оценки работы",
    "no final provisions": "нет заключительных положений",
    "an experience requirement is written, yet experience_required = false says none is "
    "needed; keep one":
        "требования к стажу указаны, а experience_required = false говорит, что стаж не "
        "нужен; оставьте что-то одно",
    # --- check: the duties' layout, the lists ---
    "the shares of working time add up to {total}%, more than 100%":
        "доли рабочего времени в сумме дают {total} %, больше 100 %",
    "the group \"{group}\" also holds item {item}; keep a group's duties together":
        "к группе «{group}» относится и пункт {item}; расположите обязанности группы подряд",
    "repeats item {item}": "повторяет пункт {item}",
    "too short to be unambiguous: write at least two words":
        "слишком коротко, чтобы понять однозначно: нужно хотя бы два слова",
    "too short to be unambiguous: write at least three words":
        "слишком коротко, чтобы понять однозначно: нужно хотя бы три слова",
    # --- check: vague wording (jdwizard/vague.py), each reason short ---
    "vague wording {phrase}: {reason}": "расплывчатая формулировка {phrase}: {reason}",
    "an open list; name the items instead": "открытый перечень; перечислите, что именно",
    "a catch-all; list the duties themselves": "обязанности не названы; перечислите их",
    "no condition named; say when exactly": "условие не названо; укажите, когда именно",
    "makes it optional; say when it applies":
        "делает пункт необязательным; укажите, когда он применяется",
    "which cases? name them": "какие случаи? перечислите их",
    "no deadline; give the term or the date": "срок не указан; укажите срок или дату",
    "evaluative; give the measure or the limit": "оценочное понятие; укажите меру или предел",
    "evaluative; name the rule or standard to meet":
        "оценочное понятие; назовите правило или стандарт",
    "which one? name it instead": "какой именно? назовите прямо",
    "how many? give the number": "сколько? укажите число",
    "a hedge; say it plainly or leave it out": "оговорка; скажите прямо или уберите",
    # --- check: characters that show other than they read (jdwizard/characters.py) ---
    "in the text, at character {number}": "в тексте на позиции {number}",
    "in the key": "в ключе",
    "control character {where} ({code}): a terminal may take it as a command; remove it":
        "управляющий символ {where} ({code}): терминал может принять его за команду; "
        "удалите его",
    "bidirectional control {where} ({code}): the text shows in another order than it "
    "reads; remove it":
        "символ смены направления текста {where} ({code}): текст показан не в том порядке, "
        "в каком читается; удалите его",
    "{name} {where} ({code}): invisible, it makes equal-looking clauses differ; remove it":
        "{name} {where} ({code}): он невидим, и одинаковые на вид пункты из-за него "
        "различаются; удалите его",
    "zero-width space": "пробел нулевой ширины",
    "zero-width non-joiner": "разъединитель нулевой ширины",
    "zero-width joiner": "соединитель нулевой ширины",
    "word joiner": "соединитель слов",
    "zero-width no-break space": "неразрывный пробел нулевой ширины",
    "zero-width character": "символ нулевой ширины",
    # --- check: lead-ins and the case of their items (jdwizard/leadins.py) ---
    "nominative (кто? что?)": "именительный падеж (кто? что?)",
    "genitive (кого? чего?)": "родительный падеж (кого? чего?)",
    "dative (кому? чему?)": "дательный падеж (кому? чему?)",
    "accusative (кого? что?)": "винительный падеж (кого? что?)",
    "instrumental (кем? чем?)": "творительный падеж (кем? чем?)",
    "prepositional (о ком? о чём?)": "предложный падеж (о ком? о чём?)",
    "infinitive (что делать?)": "неопределённая форма (что делать?)",
    "the lead-in {lead} asks for the {case}{shown}":
        "после вводной фразы {lead} нужен {case}{shown}",
    "the lead-in {lead} asks for a verb in the {case}":
        "после вводной фразы {lead} нужен глагол — {case}",
    "the lead-in {lead} asks for a noun in the {case}, not a verb":
        "после вводной фразы {lead} нужен не глагол, а существительное — {case}",
    "after «{preposition}» the lead-in {lead} asks for the {case}{shown}":
        "после вводной фразы {lead} за «{preposition}» нужен {case}{shown}",
    "after the lead-in {lead} an item begins with «{preposition}» and the {case}: «{item}»":
        "после вводной фразы {lead} пункт начинается с «{preposition}», дальше — {case}: "
        "«{item}»",
    "«{word}» is already in the lead-in {lead}: «{item}»":
        "«{word}» уже есть во вводной фразе {lead}: «{item}»",
    "; or lead the list in with «{lead}» ({field} = \"{key}\")":
        "; или начните перечень вводной фразой «{lead}» ({field} = \"{key}\")",
    "«{stored}» does not read as the title «{title}» in the genitive («{genitive}»); "
    "correct it or clear it":
        "«{stored}» — не наименование «{title}» в родительном падеже («{genitive}»); "
        "исправьте или очистите поле",
    # --- check: duties two positions of a department both claim, and the notes ---
    "also a duty of {claimants}{more}; give it to one position of the department":
        "та же обязанность есть у {claimants}{more}; закрепите её за одной должностью "
        "подразделения",
    "{title} in {path} (duties.items[{item}])":
        "должности «{title}» ({path}, duties.items[{item}])",
    "another position in {path} (duties.items[{item}])":
        "должности без наименования ({path}, duties.items[{item}])",
    " and {n} more positions": " и ещё {n} должности| и ещё {n} должностей| и ещё {n} должностей",
    "{path} names no organization and no department; its duties were compared with no "
    "other description's":
        "в {path} не указаны ни организация, ни подразделение; его обязанности не "
        "сравнивались ни с одной другой инструкцией",
    "{path} names no organization; its duties were compared with no other description's":
        "в {path} не указана организация; его обязанности не сравнивались ни с одной "
        "другой инструкцией",
    "{path} names no department; its duties were compared with no other description's":
        "в {path} не указано подразделение; его обязанности не сравнивались ни с одной "
        "другой инструкцией",
    "{n} descriptions": "{n} инструкции|{n} инструкциях|{n} инструкциях",
    "{count} name no organization and no department; their duties were compared with "
    "each other as one unit":
        "в {count} не указаны ни организация, ни подразделение; их обязанности "
        "сравнивались между собой, как в одном подразделении",
    "{count} of \"{organization}\" name no department; their duties were compared with "
    "each other as one unit":
        "в {count} организации «{organization}» не указано подразделение; их обязанности "
        "сравнивались между собой, как в одном подразделении",
    "{count} of the department \"{department}\" name no organization; their duties were "
    "compared with each other as one unit":
        "в {count} подразделения «{department}» не указана организация; их обязанности "
        "сравнивались между собой, как в одном подразделении",
    # --- check: the revisions and who acknowledges them (jdwizard/revision_checks.py) ---
    "the revision has no date: the day it was approved":
        "не указана дата изменения: день, когда оно утверждено",
    "the revision does not say what it changed": "не указано содержание изменения",
    "dated {date}, before revision {number} above it ({other}); list the revisions in the "
    "order they were made: the last one is the one in force":
        "дата {date} раньше даты изменения № {number}, записанного выше ({other}); "
        "перечислите изменения в том порядке, в каком их вносили: действующим считается "
        "последнее",
    "{name} has no date of acknowledgement, and the description was revised on {revision}: "
    "must acknowledge the revision, with the date":
        "{name}: не указана дата ознакомления, а инструкция изменена {revision}: нужно "
        "ознакомить с изменением под подпись с датой",
    "{name} acknowledged on {acknowledged}, before the revision of {revision}: must "
    "acknowledge it again":
        "{name} ознакомлен(а) {acknowledged}, до изменения от {revision}: нужно ознакомить "
        "с изменением под подпись",
    "the employee of row {row}": "работник в строке {row}",
    "the revision changes the labour function, and the description is an appendix to the "
    "employment contract: each employee must agree to the change in writing in advance "
    "(Labour Code, art. 72: the labour function changes only by a written agreement of the "
    "parties; art. 74 lets the employer change other terms on two months' written notice, "
    "never the labour function)":
        "изменение касается трудовой функции, а инструкция — приложение к трудовому "
        "договору: каждый работник должен заранее письменно согласиться с изменением "
        "(ТК РФ, ст. 72: трудовая функция изменяется только по письменному соглашению "
        "сторон; по ст. 74 работодатель может по своей инициативе изменить другие условия, "
        "письменно уведомив работника за два месяца, но не трудовую функцию)",
    # --- check: the run ---
    "note: {note}": "примечание: {note}",
    "checked {files}: {errors}, {warnings}": "проверено {files}: {errors}, {warnings}",
    "checked {files}: no errors; warnings are skipped in a pre-commit hook that passes (run "
    "jdwizard check to see them)":
        "проверено {files}: ошибок нет; в проходящем хуке pre-commit предупреждения не "
        "ищутся (чтобы увидеть их, запустите jdwizard check)",
    "{n} files": "{n} файл|{n} файла|{n} файлов",
    "{n} errors": "{n} ошибка|{n} ошибки|{n} ошибок",
    "{n} warnings": "{n} предупреждение|{n} предупреждения|{n} предупреждений",
    "no .toml files in this folder": "в этой папке нет файлов .toml",
    # --- render, new ---
    "wrote {file}": "записан {file}",
    "wrote {file} (from preset {preset})": "записан {file} (по шаблону {preset})",
    "--no-input needs a FILE.toml to write": "для --no-input нужно имя файла FILE.toml",
    "a job description file name ends in .toml":
        "имя файла должностной инструкции оканчивается на .toml",
    "already exists; use --force to overwrite it":
        "файл уже есть; чтобы перезаписать его, добавьте --force",
    "is the input file; the document needs a file of its own":
        "это исходный файл; документу нужен свой файл",
    "-o takes one input file; without -o each file's document is written beside it":
        "-o принимает один исходный файл; без -o каждый документ записывается рядом со "
        "своим файлом",
    "{where} holds one document; give one format, or leave out {where} to write each "
    "beside its file":
        "в {where} помещается один документ; укажите один формат или уберите {where}, "
        "чтобы записать каждый рядом с его файлом",
    "the name says {named}, but --to asks for {wanted}":
        "по имени файла это {named}, а --to просит {wanted}",
    "a {format} is not text to show in the terminal; redirect it to a file, or use -o":
        "{format} — не текст для терминала; перенаправьте вывод в файл или укажите -o",
    "cannot write: {folder} is a file, not a folder":
        "не удаётся записать: {folder} — файл, а не папка",
    "cannot write: a part of {folder} is a file, not a folder":
        "не удаётся записать: в пути {folder} есть файл там, где нужна папка",
    "cannot create the folder {folder}: {reason}": "не удаётся создать папку {folder}: {reason}",
    # --- drafts ---
    "none are kept: {problem}; {variable} can name a folder of your own":
        "черновики не сохраняются: {problem}; в {variable} можно указать свою папку",
    "{action} needs the draft: its file or its key (see: jdwizard drafts)":
        "для {action} нужен черновик: его файл или ключ (см. jdwizard drafts)",
    "no drafts": "черновиков нет",
    "{key}  {age:>12}  unreadable: {problem} (to remove it: jdwizard drafts remove {key})":
        "{key}  {age:>12}  не читается: {problem} (удалить: jdwizard drafts remove {key})",
    "(new document)": "(новый документ)",
    "lock {key}: {holder}; the wizard offers to break it when its file is opened":
        "блокировка {key}: {holder}; мастер предложит снять её при открытии файла",
    "cannot compare ({reason})": "не удаётся сравнить ({reason})",
    "changed {sections}": "изменено: {sections}",
    "same as the file": "совпадает с файлом",
    "removed the unreadable draft {key}": "удалён нечитаемый черновик {key}",
    "removed the draft of {file}": "удалён черновик {file}",
    "removed the draft of a new document": "удалён черновик нового документа",
    "no draft for this file or key; see: jdwizard drafts":
        "нет черновика для этого файла или ключа; см. jdwizard drafts",
    "not a readable draft: {problem}; to remove it: jdwizard drafts remove {key}":
        "черновик не читается: {problem}; удалить его: jdwizard drafts remove {key}",
    "a draft of a new document needs -o FILE.toml to restore to":
        "черновик нового документа восстанавливается только с -o FILE.toml",
    "restored the draft to {file} and {markdown}": "черновик восстановлен в {file} и {markdown}",
    "no lock for this file or key": "нет блокировки этого файла или ключа",
    "broke the lock {key}": "блокировка {key} снята",
    # --- loading a file (jdwizard/fileformat.py) ---
    "no such file": "нет такого файла",
    "is a folder, not a file": "это папка, а не файл",
    "cannot read: {reason}": "не удаётся прочитать: {reason}",
    "cannot write: {reason}": "не удаётся записать: {reason}",
    "not a text file (it holds binary data)": "не текстовый файл (в нём двоичные данные)",
    "not UTF-8 text (byte 0x{byte:02x} at offset {offset})":
        "текст не в кодировке UTF-8 (байт 0x{byte:02x} на позиции {offset})",
    "not a regular file": "не обычный файл",
    "{size} MB is more than a job description can be (the limit is {limit} MB)":
        "{size} МБ — больше, чем может занимать должностная инструкция (предел — {limit} МБ)",
    "invalid TOML: lists or tables nested too deep to read (hundreds of levels)":
        "ошибка в TOML: списки или таблицы вложены слишком глубоко (сотни уровней)",
    "invalid TOML: a number of {digits} digits is too long to read (the limit is {limit})":
        "ошибка в TOML: в числе слишком много цифр ({digits}; предел — {limit})",
    "invalid TOML: {error}": "ошибка в TOML: {error}",
    "missing; not a jdwizard job description (it starts with format = {version})":
        "отсутствует; это не должностная инструкция jdwizard (она начинается строкой "
        "format = {version})",
    "format {version} is a newer format; this version of jdwizard reads format {current}":
        "формат {version} новее; эта версия jdwizard читает формат {current}",
    "format {version} is an unknown format; this version of jdwizard reads format "
    "{current}":
        "формат {version} неизвестен; эта версия jdwizard читает формат {current}",
    "unknown key; did you mean \"{key}\"?": "неизвестный ключ; может быть, «{key}»?",
    "unknown key; expected one of: {keys}": "неизвестный ключ; допустимые ключи: {keys}",
    "expected {expected}, found {found}": "ожидается: {expected}; указано: {found}",
    "\"{value}\" is not one of: {choices}":
        "«{value}» — недопустимое значение; допустимые: {choices}",
    "must be a whole number from {low} to {high}": "нужно целое число от {low} до {high}",
    "must be a percentage from 0 to 100": "нужен процент от 0 до 100",
    "missing; a duty needs its text": "отсутствует; у обязанности должен быть текст",
    "text": "текст",
    "text or a table": "текст или таблица",
    "a table": "таблица",
    "a list": "список",
    "true or false": "true или false",
    "a number": "число",
    "a whole number": "целое число",
    "a date": "дата",
    "a date like 2026-12-01": "дата вида 2026-12-01",
    "a date and time": "дата и время",
    "a time": "время",
    # --- edit --section (jdwizard/sections.py) ---
    "unknown section \"{name}\"; {accepted}": "неизвестный раздел «{name}»; {accepted}",
    "unknown section \"{name}\" (did you mean \"{guess}\"?); {accepted}":
        "неизвестный раздел «{name}» (может быть, «{guess}»?); {accepted}",
    "the steps: {steps}; parts inside them: {parts}; also the titles the wizard shows "
    "(\"Sign-off\", \"Review & save\") and Russian names («обязанности», «общие "
    "положения», ...), in any case":
        "шаги: {steps}; части внутри них: {parts}; а также названия, которые показывает "
        "мастер («подписи», «проверка», «обязанности», «общие положения», ...), в любом "
        "регистре",
    # --- dates typed in a field (jdwizard/dates.py) ---
    '"{typed}" is not a date; {wanted}': "«{typed}» — не дата; {wanted}",
    '"{typed}": the year needs all four digits; {wanted}':
        "«{typed}»: год пишется четырьмя цифрами; {wanted}",
    '"{month}" is not a month name; {wanted}': "«{month}» — не название месяца; {wanted}",
    "there is no month {month}: months run from 1 to 12":
        "месяца {month} нет: месяцы нумеруются от 1 до 12",
    "there is no day {day}: days are counted from 1": "дня {day} нет: дни считаются от 1",
    "there is no year 0: years are counted from 1": "года 0 нет: годы считаются от 1",
    "there is no {day} {name} {year}: {name} {year} has {last} days":
        "даты {day} {name} {year} г. нет: в этом месяце {last} дн.",
    "an English document does not read dates with dots: in US practice {typed} means {meant}":
        "в английском документе даты через точку не читаются: в американской практике "
        "{typed} — это {meant}",
    "an English document does not read dates with dots (in US practice the month comes first)":
        "в английском документе даты через точку не читаются (в американской практике "
        "месяц идёт первым)",
    "write it as {one} or {other}": "напишите {one} или {other}",
    "write it as {one}, {two} or {three}": "напишите {one}, {two} или {three}",
    # --- the state folder, drafts and locks (jdwizard/drafts.py, locks.py) ---
    "{folder} cannot be read: {reason}": "папку {folder} не прочитать: {reason}",
    "{folder} is a symbolic link, not a folder":
        "{folder} — символическая ссылка, а не папка",
    "{folder} is not a folder": "{folder} — не папка",
    "{folder} is not yours (owned by uid {uid})":
        "папка {folder} не ваша (её владелец — uid {uid})",
    "{folder} is writable by its group (mode {mode})":
        "в папку {folder} может писать её группа (права {mode})",
    "{folder} is writable by others (mode {mode})":
        "в папку {folder} могут писать другие пользователи (права {mode})",
    "{folder} cannot be made: {reason}": "папку {folder} не создать: {reason}",
    "just now": "только что",
    "{n} s ago": "{n} с назад",
    "{n} min ago": "{n} мин назад",
    "{n} h ago": "{n} ч назад",
    "1 day ago": "1 день назад",
    "{n} days ago": "{n} дн. назад",
    "empty": "пусто",
    "not UTF-8 text": "не текст в UTF-8",
    "not JSON ({reason}, line {line})": "не JSON ({reason}, строка {line})",
    "not JSON": "не JSON",
    "not a draft: a JSON {kind}, not an object": "не черновик: JSON-значение {kind}, а не объект",
    "not a draft: no document text in it": "не черновик: в нём нет текста документа",
    "not a draft: its target is not a file name": "не черновик: его цель — не имя файла",
    "not a readable draft: {problem}": "черновик не прочитать: {problem}",
    "its document does not read: {reason}": "его документ не читается: {reason}",
    "everything (the file does not exist)": "всё (файла нет)",
    "a symbolic link (not followed)": "символическая ссылка (по ней не переходим)",
    "not a regular file ({kind})": "не обычный файл ({kind})",
    "not yours: owned by uid {uid}": "не ваш: его владелец — uid {uid}",
    "cannot be opened: {reason}": "не открыть: {reason}",
    "cannot be read: {reason}": "не прочитать: {reason}",
    "cannot remove: {reason}": "не удалить: {reason}",
    "a folder that is not empty: look into it and remove it yourself":
        "папка не пуста: посмотрите, что в ней, и удалите её сами",
    "{user} on {host} (process {pid}) since {time}": "{user} на {host} (процесс {pid}) с {time}",
    "a lock that cannot be read ({problem}), since {time}":
        "нечитаемая блокировка ({problem}) с {time}",
    "not what a wizard writes": "не то, что пишет мастер",
    "held by a wizard that is running: {holder}": "занят работающим мастером: {holder}",
    "cannot create the lock: {reason}": "не создать блокировку: {reason}",
    # --- the system's reasons and kinds of path (jdwizard/atomicfile.py) ---
    "No such file or directory": "нет такого файла или папки",
    "Permission denied": "нет доступа",
    "Operation not permitted": "операция не разрешена",
    "No space left on device": "на диске нет места",
    "Read-only file system": "файловая система только для чтения",
    "Is a directory": "это папка",
    "Not a directory": "часть пути — не папка",
    "File exists": "файл уже есть",
    "Input/output error": "ошибка ввода-вывода",
    "Disk quota exceeded": "превышена дисковая квота",
    "Device or resource busy": "устройство или ресурс заняты",
    "Text file busy": "файл занят выполняемой программой",
    "Too many open files": "открыто слишком много файлов",
    "Directory not empty": "папка не пуста",
    "Invalid cross-device link": "нельзя переместить между файловыми системами",
    "No such device or address": "нет такого устройства",
    "a loop of symbolic links (a link that leads back to itself)":
        "кольцо символических ссылок (ссылка ведёт сама на себя)",
    "the name is longer than the system allows": "имя длиннее, чем допускает система",
    "cannot write: is {kind}, not a file": "не записать: это {kind}, а не файл",
    "a folder": "папка",
    "a FIFO": "именованный канал (FIFO)",
    "a socket": "сокет",
    "a block device (a disk or a partition)": "блочное устройство (диск или раздел)",
    "a device": "устройство",
    "a symbolic link": "символическая ссылка",
    "cannot write: it changed while being opened; try again":
        "не записать: файл изменился, пока открывался; попробуйте ещё раз",
    "cannot write: is a FIFO no one reads":
        "не записать: это канал (FIFO), который никто не читает",
    # --- the presets (jdwizard/presets.py, `jdwizard presets`) ---
    "any position": "любая должность",
    "management": "руководство",
    "sales": "продажи",
    "purchasing": "закупки",
    "accounting and finance": "бухгалтерия и финансы",
    "law": "право",
    "personnel": "кадры",
    "information technology": "информационные технологии",
    "office and administration": "офис и делопроизводство",
    "warehouse": "склад",
    "transport and logistics": "транспорт и логистика",
    "production and engineering": "производство и инженерия",
    "occupational safety": "охрана труда",
    "facilities and cleaning": "эксплуатация зданий и уборка",
    "security": "охрана",
    "retail": "розничная торговля",
    "no such preset (did you mean {names}?); `jdwizard presets` lists them":
        "такого шаблона нет (может быть, {names}?); список шаблонов — `jdwizard presets`",
    "no such preset; `jdwizard presets` lists them":
        "такого шаблона нет; список шаблонов — `jdwizard presets`",
    'the preset is in "{language}"; in "{wanted}" it is {other}':
        "шаблон на языке «{language}»; на языке «{wanted}» это {other}",
    'the preset is in "{language}"; `jdwizard presets` lists those in "{wanted}"':
        "шаблон на языке «{language}»; шаблоны на языке «{wanted}» перечисляет "
        "`jdwizard presets`",
    "no preset matches “{typed}”; `jdwizard presets` lists them all":
        "ни один шаблон не подходит под «{typed}»; все шаблоны — `jdwizard presets`",
    "NAME": "ИМЯ",
    "LANG": "ЯЗЫК",
    "FIELD": "ОБЛАСТЬ",
    "TITLE": "ДОЛЖНОСТЬ",
    "(blank skeleton)": "(пустая заготовка)",
}
