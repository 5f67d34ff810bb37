"""The wizard's words in Russian: steps, labels, hints, keys' descriptions, dialogs, toasts.

Keys are the English texts as the wizard writes them; {named} values are put in after
translating. Short on purpose: Russian words are longer, and everything must fit 80x24
(a field's label 19 columns with its marks, a footer of keys one line). A preset is
«шаблон», a finding «замечание», another jdwizard «другое окно jdwizard».
"""

from __future__ import annotations

from typing import Final

WIZARD: Final[dict[str, str]] = {
    # --- the steps (jdwizard.steps), the step list, the overview ---
    "Start": "Начало",
    "Position": "Должность",
    "Subordination": "Подчинённость",
    "Qualifications": "Квалификация",
    "Duties": "Обязанности",
    "Rights": "Права",
    "Liability": "Ответственность",
    "Conditions": "Условия",
    "Sign-off": "Подписи",
    "Review & save": "Проверка",
    "Steps": "Шаги",
    "F1 help ^q quit": "F1 справка",
    "new document": "новый документ",
    "Choose a step on the left and press Enter.": "Выберите шаг слева и нажмите Enter.",
    "{errors} to fix, {warnings} to look at: see Review & save.":
        "Исправить: {errors}, проверить: {warnings} — см. шаг «Проверка».",
    "Nothing missing or vague.": "Всё заполнено, размытых формулировок нет.",
    "empty": "пусто",
    "reports to {whom}": "{whom} (руководитель)",
    "approved by {whom}": "{whom} (утверждает)",
    "worker": "рабочий",
    "specialist": "специалист",
    "manager": "руководитель",
    "technical": "технический исполнитель",
    # Counts name the thing in the genitive plural before the number, so that no
    # plural form has to agree with it.
    "{n} thing to know": "знаний: {n}",
    "{n} things to know": "знаний: {n}",
    "{n} duty": "обязанностей: {n}",
    "{n} duties": "обязанностей: {n}",
    "{n} function": "функций: {n}",
    "{n} functions": "функций: {n}",
    "{n} right": "прав: {n}",
    "{n} rights": "прав: {n}",
    "{n} clause": "пунктов: {n}",
    "{n} clauses": "пунктов: {n}",
    "{n} final provision": "заключительных положений: {n}",
    "{n} final provisions": "заключительных положений: {n}",
    "{n} agreement": "согласований: {n}",
    "{n} agreements": "согласований: {n}",
    "{n} acknowledgement": "ознакомлено: {n}",
    "{n} acknowledgements": "ознакомлено: {n}",
    # --- the keys in the footer (Binding descriptions) ---
    "Help": "Справка",
    "Save": "Сохранить",
    "View": "Вид",
    "Back": "Назад",
    "Next": "Далее",
    "Export": "Экспорт",
    "Next field": "Следующее поле",
    "Up": "Вверх",
    "Down": "Вниз",
    "Edit": "Правка",
    "Add": "Новый",
    "Del": "Удалить",
    "Undo": "Вернуть",
    "Move": "Сдвиг",
    "Move up": "Выше",
    "Move down": "Ниже",
    "Library": "Каталог",
    "Editor": "Редактор",
    "First": "В начало",
    "Last": "В конец",
    "Details": "Детали",
    "Keep": "Готово",
    "Cancel": "Отмена",
    "Yes": "Да",
    "No": "Нет",
    "Discard": "Отбросить",
    "Restore": "Восстановить",
    "Keep for later": "Оставить на потом",
    "Remove": "Удалить",
    "Keep it": "Оставить",
    "Read-only": "Только чтение",
    "Break the lock": "Снять блокировку",
    "Quit": "Выйти",
    "Close": "Закрыть",
    "Tick": "Отметить",
    # --- the command palette ---
    "Search for commands…": "Поиск команды…",
    "No matches found": "Ничего не найдено",
    "Search for themes…": "Поиск темы…",
    "Go to: {step}": "Перейти: {step}",
    "Export: DOCX and PDF": "Экспорт: DOCX и PDF",
    "Write the document to sign beside the file (also e on Review & save)":
        "Записать документ для подписи рядом с файлом (также e на шаге «Проверка»)",
    "Theme": "Тема",
    "Change the current theme": "Сменить тему оформления",
    "Quit the application as soon as possible": "Закрыть программу",
    "Keys": "Клавиши",
    "Every key of the wizard (F1)": "Все клавиши мастера (F1)",
    "Maximize": "Развернуть",
    "Maximize the focused widget": "Развернуть поле на весь экран",
    "Minimize": "Свернуть",
    "Minimize the widget and restore to normal size": "Вернуть обычный размер поля",
    "Screenshot": "Снимок экрана",
    "Save an SVG 'screenshot' of the current screen": "Сохранить снимок экрана в SVG",
    "Press [b]ctrl+q[/b] to quit": "Выход: [b]ctrl+q[/b]",
    "Do you want to quit?": "Выйти из программы?",
    # --- the start step ---
    "Type to filter the presets; Down to the list; Enter starts from the one chosen.":
        "Поиск по названию; Down — к списку; Enter — начать с выбранного.",
    "From a professional standard (its XML file)…":
        "Из профессионального стандарта (его XML-файл)…",
    "From O*NET (its database folder)…": "Из O*NET (папка его базы данных)…",
    "A Russian description made from a professional standard: its labour actions as the "
    "duties, its knowledge and skills, education, experience and codes, with the standard "
    "named as the basis. Enter asks for the XML file, then for the generalized function.":
        "Инструкция на основе профессионального стандарта: трудовые действия становятся "
        "обязанностями, необходимые знания и умения, требования к образованию и опыту и "
        "коды переносятся как есть, стандарт указывается как основание. Enter — выбрать "
        "XML-файл, затем обобщённую трудовую функцию.",
    "An English description made from an O*NET occupation: its tasks as the duties (Core "
    "ones essential), its description as the summary, its code, and the licence's "
    "attribution. Enter asks for the database's folder, then for the occupation.":
        "Инструкция на английском языке на основе профессии O*NET: её задачи становятся "
        "обязанностями (основные — существенными), описание — целью должности, "
        "указываются код и ссылка на источник, которой требует лицензия. Enter — выбрать "
        "папку базы данных, затем профессию.",
    # --- starting from an official source (tui/screens/import_source.py) ---
    "From a professional standard": "Из профессионального стандарта",
    "From O*NET": "Из O*NET",
    "The standard's XML file, from the registry:": "XML-файл стандарта из реестра:",
    "The folder of O*NET's text files (db_30_0_text):":
        "Папка текстовых файлов O*NET (db_30_0_text):",
    "path; Enter reads it": "путь; Enter — прочитать",
    "words of the occupation's title": "слова из названия профессии",
    "Enter reads the path, then chooses; Esc cancels.":
        "Enter — прочитать путь, затем выбрать; Esc — отмена.",
    "Language": "Язык",
    "Filter presets": "Поиск шаблона",
    "Preview of the preset": "Просмотр шаблона",
    "No preset matches “{typed}”; start from:": "Нет шаблонов по запросу «{typed}»; начать с:",
    "Blank page: only the clauses every description carries":
        "Чистый лист: только пункты, обязательные для любой инструкции",
    "Start over from this preset? The changes made so far are lost.":
        "Начать заново с этого шаблона? Сделанные изменения пропадут.",
    "Start over": "Начать заново",
    "Keep the changes": "Оставить изменения",
    # --- the position step ---
    "The position, the organization, and the document's title data.":
        "Должность, организация и реквизиты документа; проверьте падеж в строке "
        "«В заголовке».",
    "Title": "Наименование",
    "In the heading": "В заголовке",
    "Category": "Категория",
    "Worker": "Рабочий",
    "Specialist": "Специалист",
    "Manager": "Руководитель",
    "Technical staff": "Технический исполнитель",
    "Organization": "Организация",
    "Department": "Подразделение",
    "Summary": "Цель должности",
    "Other titles": "Другие наименования должности",
    "OKPDTR code": "Код ОКПДТР",
    "OKZ code": "Код ОКЗ",
    "ISCO-08 code": "Код ISCO-08",
    "O*NET-SOC code": "Код O*NET-SOC",
    "EKS code": "Код ЕКС",
    "Document No.": "Номер документа",
    "Place": "Место составления",
    "Effective date": "Дата введения",
    "Status": "Статус",
    "Draft": "Проект",
    "Approved": "Утверждена",
    "Contract appendix": "Приложение к ТД",
    "Legal basis": "Правовая основа",
    # --- the subordination step ---
    "Whom the position reports to (a position, never a person), and how it is filled.":
        "Кому подчиняется работник (должность, а не фамилия) и как назначается.",
    "Reports to": "Подчиняется",
    "Heads the org.": "Глава организации",
    "Substitute": "Замещающий",
    "Appointed by": "Назначение",
    "Subordinates": "Подчинённые",
    "Further general provisions": "Прочие общие положения",
    # --- the qualifications step ---
    "What the employee must have, know and be guided by.":
        "Что работник должен иметь, знать и чем руководствоваться.",
    "Education": "Образование",
    "Experience": "Стаж работы",
    "Experience needed": "Стаж обязателен",
    "Lead-in": "Вводная фраза",
    "Own words…": "Свои слова…",
    "the lead-in": "вводная фраза",
    "Must know": "Должен знать",
    "Guided by (laws, documents)": "Руководствуется (законы, документы)",
    "Skills": "Навыки",
    "Personal qualities": "Личные качества",
    "Further training": "Повышение квалификации",
    "Preferred (not required)": "Желательно (не обязательно)",
    # --- the duties, rights and liability steps ---
    "Duties in full, one per item; g sets a duty's group, share of time and mark.":
        "Обязанности полностью, по одной в пункте; g — группа, доля времени и вид.",
    "Main functions (optional)": "Основные функции (не обязательно)",
    "The powers granted to do the work, each a clause of its own.":
        "Права для выполнения работы, каждое отдельным пунктом.",
    "What the employee answers for, and under which law.":
        "За что работник отвечает и по какому законодательству.",
    # --- the conditions step ---
    "Working conditions, relationships, how the work is judged, final provisions.":
        "Условия работы, взаимоотношения, оценка работы, заключительные положения.",
    "Schedule": "Режим работы",
    "Place of work": "Место работы",
    "Travel": "Командировки",
    "Physical demands": "Физ. нагрузки",
    "Environment": "Условия труда",
    "Employment": "Вид занятости",
    "Other conditions": "Прочие условия",
    "Relationships": "Взаимоотношения",
    "Performance criteria": "Критерии оценки работы",
    "Final provisions": "Заключительные положения",
    # --- the sign-off step ---
    "Who approves, who developed it, who agrees, and who has read it.":
        "Кто утверждает, кто разработал, с кем согласовано и кто ознакомлен.",
    "Approved by": "Утверждает",
    "Full name": "ФИО",
    "Date": "Дата",
    "Approval date": "Дата утверждения",
    "Or approved by an order, instead of a signature:":
        "Или утверждается приказом, вместо подписи:",
    "Order No.": "Номер приказа",
    "Order date": "Дата приказа",
    "Developed by": "Разработчик",
    "Date developed": "Дата разработки",
    "Agreed with": "Согласовано",
    "Agreement {n}": "Согласование {n}",
    "Agreement {n} {lower}": "Согласование {n}, {lower}",
    "Add agreement": "Добавить согласование",
    "Remove agreement {n}": "Удалить согласование {n}",
    "Agreement {n} removed. Press u to undo.": "Согласование {n} удалено. u — вернуть.",
    "Acknowledgement sheet": "Лист ознакомления",
    "Employee {n}": "Работник {n}",
    "Employee {n} {lower}": "Работник {n}, {lower}",
    "Add employee": "Добавить работника",
    "Remove employee {n}": "Удалить работника {n}",
    "Employee {n} removed. Press u to undo.": "Работник {n} удалён. u — вернуть.",
    "Passport": "Паспорт",
    "Blank rows": "Пустых строк",
    "{default} when empty; {low} to {high}": "{default}, если пусто; от {low} до {high}",
    "{field}: a whole number from {low} to {high}": "{field}: целое число от {low} до {high}",
    "Revision history": "Лист регистрации изменений",
    "Revision {n}": "Изменение {n}",
    "Revision {n} {lower}": "Изменение {n}, {lower}",
    "Add revision": "Добавить изменение",
    "Remove revision {n}": "Удалить изменение {n}",
    "Revision {n} removed. Press u to undo.": "Изменение {n} удалено. u — вернуть.",
    "No.": "№",
    "Changes": "Содержание",
    "Basis (order)": "Основание (приказ)",
    # --- a revision offered on saving (tui/screens/revision.py) ---
    "The description is approved and its clauses have changed. Record the change as "
    "revision No. {number} of {date}? Employees acknowledge it again.":
        "Инструкция утверждена, а её пункты изменились. Внести изменение № {number} от "
        "{date} в лист регистрации изменений? Работников знакомят с ним под подпись.",
    "What changed (edit as it should read):": "Что изменено (исправьте, как должно быть):",
    "The order that approves it (may be left empty):":
        "Приказ, которым оно утверждено (можно оставить пустым):",
    "e.g. Order of 15.03.2027 No. 12": "например, Приказ от 15.03.2027 № 12",
    "Record and save (Enter)": "Внести и сохранить (Enter)",
    "Save without (ctrl+n)": "Сохранить без него (ctrl+n)",
    "Esc: back, nothing saved.": "Esc — назад, ничего не сохраняется.",
    "Say what changed, or save without a revision (ctrl+n).":
        "Напишите, что изменено, или сохраните без записи об изменении (ctrl+n).",
    "Save without": "Сохранить без записи",
    # --- the review step ---
    "Enter on a finding jumps to its field. Save with ctrl+s (or F2); "
    "e exports a DOCX and a PDF to sign.":
        "Enter на замечании — перейти к полю. Сохранить: ctrl+s (или F2); "
        "e — экспорт в DOCX и PDF для подписи.",
    "{errors} to fix, {warnings} to look at": "Исправить: {errors}, проверить: {warnings}",
    "The document": "Документ",
    "{part}, item {number}": "{part}, пункт {number}",
    # --- fields and lists ---
    "(not set)": "(не задано)",
    "DD.MM.YYYY": "ДД.ММ.ГГГГ",
    "YYYY-MM-DD": "ГГГГ-ММ-ДД",
    "{label} is a choice, not text: Space opens it, a letter chooses, Enter goes on.":
        "«{label}» — это выбор, а не текст: Space — список, буква — выбор, Enter — дальше.",
    "(empty: press a to add an item)": "(пусто: a — добавить пункт)",
    "(empty)": "(пусто)",
    "essential": "основная",
    "marginal": "второстепенная",
    "Deleted. Press u to undo.": "Удалено. u — вернуть.",
    # --- the help (two columns of about 20 characters) ---
    "[b]Anywhere[/b]": "[b]Везде[/b]",
    "next step": "следующий шаг",
    "previous step": "предыдущий шаг",
    "save (and exports)": "сохранить (+экспорт)",
    "quit (asks first)": "выйти (с вопросом)",
    "preview (3 ways)": "просмотр (3 вида)",
    'palette ("Go to")': "палитра («Перейти»)",
    "next / prev. field": "след. / пред. поле",
    "to the step list": "к списку шагов",
    "next field": "следующее поле",
    "open a choice": "открыть список",
    "this help": "эта справка",
    "(sign-off)": "(подписи)",
    "undo a Remove": "вернуть удалённое",
    "[b]A list (duties, rights, knowledge, ...)[/b]":
        "[b]Список (обязанности, права, знания…)[/b]",
    "move": "по списку",
    "edit the item": "изменить пункт",
    "add after": "добавить после",
    "delete": "удалить",
    "undo the delete": "вернуть удалённое",
    "preset library": "из библиотеки",
    "move the item up": "сдвинуть выше",
    "move it down": "сдвинуть ниже",
    "edit in $EDITOR": "править в $EDITOR",
    "group, share, mark": "группа, доля, вид",
    "[b]An item being edited[/b]: Enter or Tab keeps it, Esc drops the change":
        "[b]Правка пункта[/b]: Enter или Tab — сохранить, Esc — отменить правку",
    "start / end of text": "в начало / в конец",
    "a word left / right": "на слово ← / →",
    "delete right": "удалить справа",
    "delete word left/right": "удалить слово ← / →",
    "delete to start/end": "удалить к началу/концу",
    "select all": "выделить всё",
    "wrapped lines": "по строкам",
    "select": "выделить",
    "[b]Step list[/b]: Up / Down, Enter.  [b]Review[/b]: Enter: a finding's field; e export":
        "[b]Шаги[/b]: Up / Down, Enter.  [b]Проверка[/b]: Enter — к полю; e/у — экспорт",
    # --- dialogs ---
    "The document has unsaved changes.": "В документе есть несохранённые изменения.",
    "Save and quit (s)": "Сохранить и выйти (s)",
    "Discard (d)": "Не сохранять (d)",
    "Cancel (Esc)": "Отмена (Esc)",
    "Save as (the .md is written beside it):": "Сохранить как (рядом запишется .md):",
    "Enter saves, Esc cancels.": "Enter — сохранить, Esc — отмена.",
    "Add from the library: {list}": "Добавить из библиотеки: {list}",
    "Type to filter; Down to the list; Enter adds":
        "Поиск по словам; Down — к списку; Enter — добавить",
    "(in the list) {item}": "(уже есть) {item}",
    " and {n} more": " и ещё {n}",
    "(no text yet)": "(текста пока нет)",
    "Group": "Группа",
    "a heading": "заголовок группы",
    "Share of time %": "Доля времени, %",
    "0 to 100": "от 0 до 100",
    "Mark": "Вид",
    "Essential": "Основная",
    "Marginal": "Второстепенная",
    "(none)": "(не задано)",
    "Enter on the last field or ctrl+s keeps; Esc cancels.":
        "Enter на последнем поле или ctrl+s — сохранить; Esc — отмена.",
    "The share is a percentage: 0 to 100.": "Доля — это процент: от 0 до 100.",
    "Export beside {name}": "Экспорт рядом с {name}",
    "Export (the document is new: you name its file first)":
        "Экспорт (документ новый: сначала укажите имя файла)",
    "{format} ({key}): {file}, {use}": "{format} ({key}): {file}, {use}",
    "{format} ({key}): {use}": "{format} ({key}): {use}",
    "to edit in Word or LibreOffice": "для правки в Word или LibreOffice",
    "to print, sign and file as it is": "для печати, подписи и архива",
    "Export (Enter)": "Экспорт (Enter)",
    "The choice is kept in the file: each save writes them again. Space ticks, Esc cancels.":
        "Выбор хранится в файле: каждое сохранение запишет их заново. "
        "Space — отметить, Esc — отмена.",
    "Tick DOCX, PDF or both.": "Отметьте DOCX, PDF или оба.",
    "An unsaved draft of {what} from {age} is newer than the file.":
        "Несохранённый черновик {what} ({age}) новее файла.",
    "An unsaved draft of {what} from {age}, never saved.":
        "Несохранённый черновик: {what} ({age}), в файл ещё не сохранялся.",
    "It holds: {title}.": "В нём: {title}.",
    "a description with no title": "инструкция без наименования",
    "It differs in: {parts}": "Отличается от файла: {parts}",
    "Restore it (r)": "Восстановить (r)",
    "Discard it (d)": "Удалить (d)",
    "Keep it for later (k)": "Оставить на потом (k)",
    "Kept drafts are listed by: jdwizard drafts":
        "Оставленные черновики покажет команда: jdwizard drafts",
    "The draft of {what} cannot be read: {problem}. "
    "Remove it, so that new drafts can be kept?":
        "Черновик {what} не читается: {problem}. "
        "Удалить его, чтобы сохранялись новые черновики?",
    "Remove it (r)": "Удалить (r)",
    "Keep it (k)": "Оставить (k)",
    "It is {where}. Kept drafts are listed by: jdwizard drafts":
        "Он лежит здесь: {where}. Оставленные черновики покажет команда: jdwizard drafts",
    "Open read-only (r)": "Только чтение (r)",
    "Break the lock (b)": "Снять блокировку (b)",
    "Quit (q)": "Выйти (q)",
    "Open read-only": "Только чтение",
    "Create": "Создать",
    # --- parts of the document (a draft's differences, findings' places) ---
    "Preset": "Шаблон",
    "Document details": "Реквизиты документа",
    "General provisions": "Общие положения",
    "Functions": "Функции",
    "Approval": "Утверждение",
    # --- drafts, locks ---
    "a new document": "новый документ",
    "{path} is open in another wizard: {holder}. Open it read-only?":
        "{path} открыт в другом окне jdwizard: {holder}. Открыть только для чтения?",
    "{path} is open in another wizard: {holder}. Whether it still runs cannot be checked "
    "from this machine: break its lock only if it does not.":
        "{path} открыт в другом окне jdwizard: {holder}. Работает ли оно, с этого "
        "компьютера не проверить: снимайте блокировку, только если нет.",
    "{path} is locked, but the lock cannot be read: {problem}. "
    "Break it, if no one else is editing the file?":
        "{path} заблокирован, но блокировка не читается: {problem}. "
        "Снять её, если файл больше никто не правит?",
    "{path} (read-only)": "{path} (только чтение)",
    "Read-only: changes here cannot be saved.": "Только чтение: изменения не сохранить.",
    "The lock stays: {reason}": "Блокировка осталась: {reason}",
    "Taken meanwhile by {holder}": "Тем временем файл занял: {holder}",
    "Lock broken: the file is open here for editing.":
        "Блокировка снята: файл открыт здесь для правки.",
    "The unreadable draft is removed.": "Нечитаемый черновик удалён.",
    "The draft stays: {reason}": "Черновик остался: {reason}",
    "Draft restored. Save to keep it in the file.":
        "Черновик восстановлен. Сохраните, чтобы записать его в файл.",
    "No drafts and no lock: {problem}. {variable} can name a folder of your own.":
        "Без черновиков и блокировки: {problem}. Свою папку можно задать в {variable}.",
    "Draft not saved: {reason}": "Черновик не сохранён: {reason}",
    # --- saving and exporting ---
    "Saved": "Сохранено",
    "Not saved": "Не сохранено",
    "{file} and {markdown}": "{file} и {markdown}",
    "{file} and {markdown}. Still missing (see Review & save): {missing}":
        "{file} и {markdown}. Ещё не заполнено (см. «Проверка»): {missing}",
    "{first}; and {n} more": "{first}; и ещё {n}",
    "Opened read-only: another wizard has this file.":
        "Открыт только для чтения: файл занят другим окном jdwizard.",
    "{path} exists and was not opened here. Overwrite it?":
        "{path} уже есть, и открыт он не здесь. Перезаписать?",
    "{path} has changed on disk since it was opened here. Overwrite it?":
        "{path} изменился на диске после открытия. Перезаписать?",
    "{folder} is a file, not a folder": "{folder} — это файл, а не папка",
    "The folder {folder} does not exist. Create it and save there?":
        "Папки {folder} нет. Создать её и сохранить туда?",
    "{folder}: cannot create: {reason}": "{folder}: не удалось создать: {reason}",
    "Exported {files}": "Записано: {files}",
    "Not exported": "Не экспортировано",
    "Exporting": "Экспорт",
    "Writing {files} before quitting…": "Записываю {files} перед выходом…",
    "The DOCX and PDF were not written: {reason}": "DOCX и PDF не записаны: {reason}",
    "stopped": "прервано",
    "{items} and {last}": "{items} и {last}",
    # --- lists' other keys ---
    "The presets in this language hold no items for this list.":
        "В шаблонах на этом языке нет пунктов для этого списка.",
    "{command} exited with {code}; the item is unchanged.":
        "{command} завершился с кодом {code}; пункт не изменён.",
    "Could not run {command}: {reason}": "Не удалось запустить {command}: {reason}",
    # --- the wizard's command line (jdwizard new, jdwizard edit) ---
    "no such file; to create it: jdwizard new {file}":
        "нет такого файла; создать его: jdwizard new {file}",
    "a job description file name ends in .toml":
        "имя файла должностной инструкции оканчивается на .toml",
    "already exists; to change it: jdwizard edit {file}":
        "файл уже есть; изменить его: jdwizard edit {file}",
    "standard input": "стандартный ввод",
    "standard error": "стандартный вывод ошибок",
    "the wizard needs a terminal, and {stream} is not one":
        "мастеру нужен терминал, а {stream} — не терминал",
    "the wizard needs a terminal, and {stream} is not one; "
    "without it: jdwizard new FILE.toml --no-input":
        "мастеру нужен терминал, а {stream} — не терминал; "
        "без него: jdwizard new FILE.toml --no-input",
    "jdwizard: stopped; the unsaved work is kept as a draft (jdwizard drafts)":
        "jdwizard: остановлен; несохранённая работа осталась в черновике (jdwizard drafts)",
    "discarded the unsaved changes": "несохранённые изменения отброшены",
    "discarded the unsaved changes; {files} hold the last save":
        "несохранённые изменения отброшены; в {files} — последнее сохранение",
    "wrote {files}": "записано: {files}",
}
