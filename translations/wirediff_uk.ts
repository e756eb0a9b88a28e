<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>WireDiff::AboutDialog</name>
    <message>
        <source>About WireDiff</source>
        <translation>Про WireDiff</translation>
    </message>
    <message>
        <source>windows, text layout, PDF</source>
        <translation>вікна, компонування тексту, PDF</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>word and sentence boundaries, character sets</source>
        <translation>межі слів і речень, набори символів</translation>
    </message>
    <message>
        <source>Unicode License</source>
        <translation>Ліцензія Unicode</translation>
    </message>
    <message>
        <source>word-level differences</source>
        <translation>відмінності на рівні слів</translation>
    </message>
    <message>
        <source>BSD 3-clause licence</source>
        <translation>ліцензія BSD із 3 пунктами</translation>
    </message>
    <message>
        <source>word stems in many languages</source>
        <translation>основи слів багатьма мовами</translation>
    </message>
    <message>
        <source>synonyms for paraphrase detection</source>
        <translation>синоніми для виявлення перефразувань</translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation>ліцензія WordNet 3.0 (Принстонський університет)</translation>
    </message>
    <message>
        <source>WireDiff %1</source>
        <translation>WireDiff %1</translation>
    </message>
    <message>
        <source>Compares many versions of one news story side by side: aligned paragraphs, word-level changes against a base, and who copied whom.</source>
        <translation>Порівнює поруч багато версій однієї новини: вирівняні абзаци, зміни на рівні слів відносно основи і хто в кого скопіював.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Побудовано на:</translation>
    </message>
</context>
<context>
    <name>WireDiff::AgreementDecorator</name>
    <message>
        <source>Only this article has these words here.</source>
        <translation>Лише ця стаття має тут ці слова.</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %1 of %n articles in this row.</source>
        <translation>
            <numerusform>Є в %1 з %n статті цього рядка.</numerusform>
            <numerusform>Є в %1 з %n статей цього рядка.</numerusform>
            <numerusform>Є в %1 з %n статей цього рядка.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::AnalysisController</name>
    <message>
        <source>Changed Facts</source>
        <translation>Змінені факти</translation>
    </message>
    <message>
        <source>Numbers, dates, names, quotes and attributions that differ from the base</source>
        <translation>Числа, дати, імена, цитати й посилання на джерела, що відрізняються від основи</translation>
    </message>
    <message>
        <source>Family Tree</source>
        <translation>Родовід</translation>
    </message>
    <message>
        <source>Which article most likely derives from which; hover for the evidence</source>
        <translation>Яка стаття найімовірніше походить від якої; наведіть вказівник, щоб побачити докази</translation>
    </message>
    <message>
        <source>Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain.</source>
        <translation>Тонування за збігом: що менше статей мають слово, то насиченіший його відтінок; спільні для всіх слова лишаються без тону.</translation>
    </message>
    <message>
        <source>Panes sorted by publication time.</source>
        <translation>Панелі впорядковано за часом публікації.</translation>
    </message>
    <message>
        <source>Panes sorted by file time (no article gives a publication time).</source>
        <translation>Панелі впорядковано за часом файлів (жодна стаття не має часу публікації).</translation>
    </message>
    <message>
        <source>Panes sorted by publication time; the articles that give none follow, by file time.</source>
        <translation>Панелі впорядковано за часом публікації; статті без нього йдуть далі, за часом файлу.</translation>
    </message>
</context>
<context>
    <name>WireDiff::AnnotationController</name>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Your notes on this folder, saved beside the articles in %1</source>
        <translation>Ваші нотатки до цієї теки, збережені поруч зі статтями в %1</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1</source>
        <translation>Не вдалося зберегти ваші нотатки: %1</translation>
    </message>
    <message>
        <source>The passage of this note is no longer in the articles; the note is kept.</source>
        <translation>Уривка цієї нотатки вже немає в статтях; нотатку збережено.</translation>
    </message>
    <message>
        <source>The consensus pane is rebuilt on every comparison; notes and links go on the articles.</source>
        <translation>Панель консенсусу перебудовується під час кожного порівняння; нотатки й зв’язки додавайте до статей.</translation>
    </message>
    <message>
        <source>&amp;Edit Note %1…</source>
        <translation>&amp;Редагувати нотатку %1…</translation>
    </message>
    <message>
        <source>&amp;Delete Note %1</source>
        <translation>&amp;Вилучити нотатку %1</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>Додати &amp;нотатку до виділеного…</translation>
    </message>
    <message>
        <source>Add &amp;Note to Paragraph…</source>
        <translation>Додати &amp;нотатку до абзацу…</translation>
    </message>
    <message>
        <source>&amp;Mark Paragraph for Linking</source>
        <translation>&amp;Позначити абзац для зв’язування</translation>
    </message>
    <message>
        <source>&amp;Link with Marked Paragraph (%1 ¶%2)</source>
        <translation>&amp;Зв’язати з позначеним абзацом (%1 ¶%2)</translation>
    </message>
    <message>
        <source>&amp;Unlink from This Row</source>
        <translation>Ві&amp;д’єднати від цього рядка</translation>
    </message>
    <message>
        <source>&amp;Forget Manual Links of This Paragraph</source>
        <translation>З&amp;абути ручні зв’язки цього абзацу</translation>
    </message>
    <message>
        <source>Marked. Right-click a paragraph of another article and choose “Link with Marked Paragraph”.</source>
        <translation>Позначено. Клацніть правою кнопкою абзац іншої статті й виберіть «Зв’язати з позначеним абзацом».</translation>
    </message>
    <message>
        <source>Linked; comparing again…</source>
        <translation>Зв’язано; порівнюємо знову…</translation>
    </message>
    <message>
        <source>Unlinked; comparing again…</source>
        <translation>Від’єднано; порівнюємо знову…</translation>
    </message>
    <message>
        <source>Manual links removed; comparing again…</source>
        <translation>Ручні зв’язки вилучено; порівнюємо знову…</translation>
    </message>
    <message>
        <source>Set Aside</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <source>The notes file could not be set aside: %1</source>
        <translation>Не вдалося відкласти файл нотаток: %1</translation>
    </message>
    <message>
        <source>The unreadable notes file was renamed and kept; your notes are saved again.</source>
        <translation>Непрочитний файл нотаток перейменовано й збережено; ваші нотатки знову зберігаються.</translation>
    </message>
    <message>
        <source>The notes file of this folder cannot be read; set it aside to make notes.</source>
        <translation>Файл нотаток цієї теки не читається; відкладіть його, щоб робити нотатки.</translation>
    </message>
    <message>
        <source>WireDiff cannot write in this folder: your notes on it are saved in %1</source>
        <translation>WireDiff не може писати в цю теку: ваші нотатки до неї зберігаються в %1</translation>
    </message>
    <message>
        <source>Your notes on this folder. WireDiff cannot write in the folder, so they are saved in %1</source>
        <translation>Ваші нотатки до цієї теки. WireDiff не може писати в теку, тому вони зберігаються в %1</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Незбережені нотатки</translation>
    </message>
    <message>
        <source>Your notes on %1 could not be saved.</source>
        <translation>Не вдалося зберегти ваші нотатки до %1.</translation>
    </message>
    <message>
        <source>If WireDiff closes now, the notes not saved are lost.</source>
        <translation>Якщо зараз закрити WireDiff, незбережені нотатки буде втрачено.</translation>
    </message>
    <message>
        <source>If another folder opens now, the notes not saved are lost.</source>
        <translation>Якщо зараз відкрити іншу теку, незбережені нотатки буде втрачено.</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>Закрити й втратити їх</translation>
    </message>
    <message>
        <source>Open and Lose Them</source>
        <translation>Відкрити й втратити їх</translation>
    </message>
    <message numerus="yes">
        <source>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</source>
        <translation>
            <numerusform>Нотатки зберігаються окремо для кожної теки, поруч зі статтями, а ці файли походять із %n теки: відкрийте одну теку або файли з однієї теки, щоб читати й робити нотатки.</numerusform>
            <numerusform>Нотатки зберігаються окремо для кожної теки, поруч зі статтями, а ці файли походять із %n тек: відкрийте одну теку або файли з однієї теки, щоб читати й робити нотатки.</numerusform>
            <numerusform>Нотатки зберігаються окремо для кожної теки, поруч зі статтями, а ці файли походять із %n тек: відкрийте одну теку або файли з однієї теки, щоб читати й робити нотатки.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text here. Go to text with %1 or %2, select with %3 (whole words: %4), then press %5.</source>
        <translation>Тут немає тексту. Перейдіть до тексту клавішами %1 або %2, виділіть клавішами %3 (цілими словами: %4), потім натисніть %5.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ArticleLoader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не є текою.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Не вдається прочитати теку %1.</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>цикл символічних посилань</translation>
    </message>
    <message>
        <source>dangling symbolic link</source>
        <translation>символічне посилання без цілі</translation>
    </message>
    <message>
        <source>file not found (it may have been moved or deleted)</source>
        <translation>файл не знайдено (можливо, його переміщено або вилучено)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>XML, but neither NITF nor NewsML-G2</source>
        <translation>XML, але не NITF і не NewsML-G2</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>двійковий файл, не текст</translation>
    </message>
    <message>
        <source>contains only white space</source>
        <translation>містить лише пропуски</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences were replaced by “�”</source>
        <translation>некоректні послідовності байтів %1 замінено на «�»</translation>
    </message>
    <message>
        <source>folder already read (a symbolic link loop)</source>
        <translation>теку вже прочитано (цикл символічних посилань)</translation>
    </message>
    <message numerus="yes">
        <source>over the limit of %n articles in one comparison</source>
        <translation>
            <numerusform>понад обмеження в %n статтю на одне порівняння</numerusform>
            <numerusform>понад обмеження в %n статті на одне порівняння</numerusform>
            <numerusform>понад обмеження в %n статей на одне порівняння</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>помилка читання: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>порожній файл</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>текст статті не знайдено</translation>
    </message>
    <message>
        <source>no article text found (%1)</source>
        <translation>текст статті не знайдено (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n over-long paragraph(s) were cut into pieces of at most %1 characters</source>
        <translation>
            <numerusform>%n задовгий абзац поділено на частини щонайбільше по %1 символів</numerusform>
            <numerusform>%n задовгі абзаци поділено на частини щонайбільше по %1 символів</numerusform>
            <numerusform>%n задовгих абзаців поділено на частини щонайбільше по %1 символів</numerusform>
        </translation>
    </message>
    <message>
        <source>was moved or deleted while it was being read</source>
        <translation>переміщено або вилучено під час читання</translation>
    </message>
    <message numerus="yes">
        <source>kept changing while it was being read (read %n times)</source>
        <translation>
            <numerusform>постійно змінювався під час читання (прочитано %n раз)</numerusform>
            <numerusform>постійно змінювався під час читання (прочитано %n рази)</numerusform>
            <numerusform>постійно змінювався під час читання (прочитано %n разів)</numerusform>
        </translation>
    </message>
    <message>
        <source>a PDF document, not article text</source>
        <translation>документ PDF, а не текст статті</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word or OpenDocument file), not article text</source>
        <translation>архів ZIP (або файл Word чи OpenDocument), а не текст статті</translation>
    </message>
    <message>
        <source>an old Microsoft Office document, not article text</source>
        <translation>старий документ Microsoft Office, а не текст статті</translation>
    </message>
    <message>
        <source>an RTF document, not article text</source>
        <translation>документ RTF, а не текст статті</translation>
    </message>
    <message>
        <source>a PNG image, not article text</source>
        <translation>зображення PNG, а не текст статті</translation>
    </message>
    <message>
        <source>a GIF image, not article text</source>
        <translation>зображення GIF, а не текст статті</translation>
    </message>
    <message>
        <source>a JPEG image, not article text</source>
        <translation>зображення JPEG, а не текст статті</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not article text</source>
        <translation>файл, стиснений gzip, а не текст статті</translation>
    </message>
    <message>
        <source>a bzip2-compressed file, not article text</source>
        <translation>файл, стиснений bzip2, а не текст статті</translation>
    </message>
    <message>
        <source>an xz-compressed file, not article text</source>
        <translation>файл, стиснений xz, а не текст статті</translation>
    </message>
    <message>
        <source>a 7-Zip archive, not article text</source>
        <translation>архів 7-Zip, а не текст статті</translation>
    </message>
    <message>
        <source>a RAR archive, not article text</source>
        <translation>архів RAR, а не текст статті</translation>
    </message>
    <message>
        <source>a program, not article text</source>
        <translation>програма, а не текст статті</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) were removed (the file may be damaged)</source>
        <translation>
            <numerusform>вилучено %n символ NUL (файл, можливо, пошкоджено)</numerusform>
            <numerusform>вилучено %n символи NUL (файл, можливо, пошкоджено)</numerusform>
            <numerusform>вилучено %n символів NUL (файл, можливо, пошкоджено)</numerusform>
        </translation>
    </message>
    <message>
        <source>contains bidirectional override or isolate characters, which can make text display in an order other than the one compared</source>
        <translation>містить символи перевизначення чи ізоляції напрямку письма, через які текст може відображатися в іншому порядку, ніж порівнювався</translation>
    </message>
    <message>
        <source>a comparison WireDiff exported, not an article</source>
        <translation>порівняння, експортоване WireDiff, а не стаття</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8; rename the file to compare it</source>
        <translation>назва не є коректним UTF-8; перейменуйте файл, щоб порівняти його</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) that no text uses were removed (the file may be damaged or in another encoding)</source>
        <translation>
            <numerusform>вилучено %n керівний символ, якого не вживає жоден текст (файл, можливо, пошкоджено або він в іншому кодуванні)</numerusform>
            <numerusform>вилучено %n керівні символи, яких не вживає жоден текст (файл, можливо, пошкоджено або він в іншому кодуванні)</numerusform>
            <numerusform>вилучено %n керівних символів, яких не вживає жоден текст (файл, можливо, пошкоджено або він в іншому кодуванні)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) were not read: use --recursive, or File ▸ Include Subfolders in the window.</source>
        <translation>
            <numerusform>%n підтеку не прочитано: використайте --recursive або у вікні Файл ▸ Включити підтеки.</numerusform>
            <numerusform>%n підтеки не прочитано: використайте --recursive або у вікні Файл ▸ Включити підтеки.</numerusform>
            <numerusform>%n підтек не прочитано: використайте --recursive або у вікні Файл ▸ Включити підтеки.</numerusform>
        </translation>
    </message>
    <message>
        <source>a log or data file, not an article (%1 of its first %2 lines are machine records)</source>
        <translation>файл журналу або даних, а не стаття (%1 з перших %2 рядків — машинні записи)</translation>
    </message>
    <message>
        <source>%1 is %2 times as long as the other articles (%3 words; the others have about %4): check that it is a version of this story.</source>
        <translation>%1 у %2 раз довша за інші статті (%3 слів; в інших близько %4): перевірте, чи це версія цього матеріалу.</translation>
    </message>
    <message numerus="yes">
        <source>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</source>
        <translation>
            <numerusform>Ці статті написано %n мовою: %1 — у %2 з них; %3. WireDiff порівнює слова, тож переклад читається як новий текст, а не як версія матеріалу.</numerusform>
            <numerusform>Ці статті написано %n мовами: %1 — у %2 з них; %3. WireDiff порівнює слова, тож переклад читається як новий текст, а не як версія матеріалу.</numerusform>
            <numerusform>Ці статті написано %n мовами: %1 — у %2 з них; %3. WireDiff порівнює слова, тож переклад читається як новий текст, а не як версія матеріалу.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a headline and no body (a feed may have cut it): it is compared by its headline alone.</source>
        <translation>%1 має заголовок, але не має тексту (можливо, його обрізала стрічка): порівнюється лише заголовок.</translation>
    </message>
    <message>
        <source>symbolic link loop: a link back to this folder or to one that holds it</source>
        <translation>петля символьних посилань: посилання назад на цю теку або на теку, що її містить</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files.</source>
        <translation>Тека «%1» не містить жодного файлу.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files to compare: hidden files and WireDiff’s own are left out.</source>
        <translation>Тека «%1» не містить файлів для порівняння: приховані файли та власні файли WireDiff пропускаються.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared: %2.</source>
        <translation>
            <numerusform>Жоден із %n файлу в теці «%1» не можна порівняти: %2.</numerusform>
            <numerusform>Жоден із %n файлів у теці «%1» не можна порівняти: %2.</numerusform>
            <numerusform>Жоден із %n файлів у теці «%1» не можна порівняти: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</source>
        <translation>
            <numerusform>Жоден із %n файлу в теці «%1» не можна порівняти; найчастіша причина (%2 з них): %3.</numerusform>
            <numerusform>Жоден із %n файлів у теці «%1» не можна порівняти; найчастіша причина (%2 з них): %3.</numerusform>
            <numerusform>Жоден із %n файлів у теці «%1» не можна порівняти; найчастіша причина (%2 з них): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large (over the %1 limit)</source>
        <translation>завеликий (понад обмеження %1)</translation>
    </message>
</context>
<context>
    <name>WireDiff::AtomicWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>це сокет, а не файл</translation>
    </message>
</context>
<context>
    <name>WireDiff::CommandLine</name>
    <message>
        <source>Compare many versions of one news story: paragraphs aligned side by side, word-level differences against a base, and who copied whom.</source>
        <translation>Порівняти багато версій однієї новини: абзаци, вирівняні поруч, відмінності на рівні слів відносно основи і хто в кого скопіював.</translation>
    </message>
    <message>
        <source>Write the comparison report (JSON) to &lt;file&gt; and exit.</source>
        <translation>Записати звіт порівняння (JSON) у &lt;файл&gt; і вийти.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the annotated PDF to &lt;file&gt; and exit.</source>
        <translation>Записати PDF із примітками у &lt;файл&gt; і вийти.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to &lt;file&gt; and exit.</source>
        <translation>Записати самодостатню сторінку HTML у &lt;файл&gt; і вийти.</translation>
    </message>
    <message>
        <source>Compare against the article &lt;id&gt; (file name without extension).</source>
        <translation>Порівнювати зі статтею &lt;id&gt; (назва файлу без суфікса).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (de, fr, es, ko, uk, en…).</source>
        <translation>Використовувати мову інтерфейсу &lt;код&gt; (de, fr, es, ko, uk, en…).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Ignore punctuation when comparing.</source>
        <translation>Ігнорувати пунктуацію під час порівняння.</translation>
    </message>
    <message>
        <source>Treat curly and straight quotes as different.</source>
        <translation>Розрізняти типографські та прямі лапки.</translation>
    </message>
    <message>
        <source>How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5.</source>
        <translation>Наскільки вільно переформулювання вважати перефразуванням, від 0 (суворо) до 1 (вільно); типово 0.5.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>Also read hidden files.</source>
        <translation>Читати також приховані файли.</translation>
    </message>
    <message>
        <source>Also read files in subfolders.</source>
        <translation>Читати також файли в підтеках.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter.</source>
        <translation>Розмір сторінки PDF: A4 або Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <source>PDF in landscape orientation.</source>
        <translation>PDF в альбомній орієнтації.</translation>
    </message>
    <message>
        <source>PDF and HTML: leave out rows where nothing changed (one line says how many).</source>
        <translation>PDF і HTML: пропустити рядки без змін (один рядок повідомить, скільки їх).</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>шляхи</translation>
    </message>
    <message>
        <source>A folder of articles, or article files.</source>
        <translation>Тека зі статтями або файли статей.</translation>
    </message>
    <message>
        <source>[FOLDER | FILE...]</source>
        <translation>[ТЕКА | ФАЙЛ...]</translation>
    </message>
    <message>
        <source>--paraphrase-sensitivity takes a number from 0 to 1.</source>
        <translation>--paraphrase-sensitivity приймає число від 0 до 1.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size приймає A4 або Letter.</translation>
    </message>
    <message>
        <source>An export needs a folder or files to compare.</source>
        <translation>Для експорту потрібна тека або файли для порівняння.</translation>
    </message>
    <message>
        <source>%1 is named by two export options; give each export its own file.</source>
        <translation>%1 вказано у двох параметрах експорту; дайте кожному експорту власний файл.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 потребує імені файлу.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 потребує значення.</translation>
    </message>
    <message>
        <source>Treat upper and lower case, and accented and plain letters, as different.</source>
        <translation>Розрізняти великі й малі літери, а також літери з діакритикою й без неї.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparator</name>
    <message>
        <source>There is nothing to compare: no article could be loaded.</source>
        <translation>Немає чого порівнювати: не вдалося завантажити жодної статті.</translation>
    </message>
    <message>
        <source>There is no article called “%1” to use as the base.</source>
        <translation>Немає статті «%1», яку можна взяти за основу.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks.</source>
        <translation>%1 місцями так сильно відрізняється від основи, що ці місця порівнювалися цілими блоками.</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 no longer matches the articles and was not applied.</source>
        <translation>Створений вами зв’язок абзаців між %1 і %2 більше не відповідає статтям і не застосований.</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, абзац %2</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 was not applied: it would put the base&apos;s paragraphs out of order.</source>
        <translation>Зв’язок абзаців, який ви створили між %1 і %2, не застосовано: він порушив би порядок абзаців основної статті.</translation>
    </message>
    <message>
        <source>Only one article was read, so there is nothing to compare it with: add other versions of the story to see what each kept, changed or added.</source>
        <translation>Прочитано лише одну статтю, тож її немає з чим порівняти: додайте інші версії матеріалу, щоб побачити, що кожна зберегла, змінила чи додала.</translation>
    </message>
    <message>
        <source>These files do not look like versions of one story: %1 of the %2 articles share under 10 % of their words with any other (the most two share is %3 %). Different stories, or translations, compare as new text.</source>
        <translation>Ці файли не схожі на версії одного матеріалу: %1 з %2 статей мають менше 10 % спільних слів з будь-якою іншою (найбільше спільного у двох — %3 %). Різні матеріали або переклади порівнюються як новий текст.</translation>
    </message>
    <message>
        <source>%1 shares almost nothing with the other articles (at most %2 % of its words or theirs): check that it is a version of this story.</source>
        <translation>%1 майже нічого не має спільного з іншими статтями (щонайбільше %2 % її слів або їхніх): перевірте, чи це версія цього матеріалу.</translation>
    </message>
    <message>
        <source>%1 holds all of %2 and repeats much of it (a digest of the versions, or a copy pasted twice): it was not chosen as the base.</source>
        <translation>%1 містить увесь %2 і повторює чимало з нього (збірка версій або копія, вставлена двічі): її не обрано за основу.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparison</name>
    <message>
        <source>%1 is one of the articles compared; WireDiff never writes over an input.</source>
        <translation>%1 — одна з порівнюваних статей; WireDiff ніколи не перезаписує вхідні файли.</translation>
    </message>
    <message>
        <source>%1 was read as an input and skipped; WireDiff never writes over an input.</source>
        <translation>%1 прочитано як вхідний файл і пропущено; WireDiff ніколи не записує поверх вхідних файлів.</translation>
    </message>
    <message>
        <source>%1 is a WireDiff notes file; an export never replaces it.</source>
        <translation>%1 — файл нотаток WireDiff; експорт ніколи його не замінює.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonJob</name>
    <message>
        <source>Nothing to compare: no folder or file was given.</source>
        <translation>Немає чого порівнювати: не вказано ні теки, ні файлу.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonPrinter</name>
    <message>
        <source>%1, ¶%2: </source>
        <translation>%1, ¶%2: </translation>
    </message>
    <message>
        <source>There is nothing to print: no articles were compared.</source>
        <translation>Немає чого друкувати: жодної статті не порівняно.</translation>
    </message>
    <message>
        <source>The page is too small to print on.</source>
        <translation>Сторінка замала для друку.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Aligned comparison: %1</source>
        <translation>Вирівняне порівняння: %1</translation>
    </message>
    <message>
        <source>Aligned comparison, group %1 of %2: the base and %3</source>
        <translation>Вирівняне порівняння, група %1 з %2: основа і %3</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>Не вдається почати малювання сторінок.</translation>
    </message>
    <message>
        <source>WireDiff %1 · %2</source>
        <translation>WireDiff %1 · %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Основа: %1</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Не вдається почати сторінку %1.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Painting the pages failed.</source>
        <translation>Не вдалося намалювати сторінки.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(продовження)</translation>
    </message>
    <message>
        <source>[changed; it read “%1”] </source>
        <translation>[змінено; було «%1»] </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonSession</name>
    <message>
        <source>There is nothing to compare here.</source>
        <translation>Тут немає чого порівнювати.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The comparison shown is the previous one.</source>
        <translation>Не вдалося відкрити «%1»: %2 Показано попереднє порівняння.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>There is no article “%1” to use as the base: the highlights are now read against the agency’s copy or, where there is none, the article that shares most with the others.</source>
        <translation>Немає статті «%1», яку можна взяти за основу: виділення тепер читаються щодо агенційної копії або, якщо її немає, щодо статті, що має найбільше спільного з рештою.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonTable</name>
    <message>
        <source>base; struck through: dropped by every other article of this page</source>
        <translation>основа; закреслене: вилучене всіма іншими статтями цієї сторінки</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Не показано рядків без змін: %1</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>переміщений абзац</translation>
    </message>
    <message numerus="yes">
        <source>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</source>
        <translation>
            <numerusform>Не надруковано рядків: %n (PDF містить %1 рядків на групу стовпців, а також рядки з нотатками; експорт у HTML і JSON містить усі рядки)</numerusform>
            <numerusform>Не надруковано рядків: %n (PDF містить %1 рядків на групу стовпців, а також рядки з нотатками; експорт у HTML і JSON містить усі рядки)</numerusform>
            <numerusform>Не надруковано рядків: %n (PDF містить %1 рядків на групу стовпців, а також рядки з нотатками; експорт у HTML і JSON містить усі рядки)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonView</name>
    <message>
        <source>Drop a folder of article versions here, or open one with File ▸ Open Folder.</source>
        <translation>Перетягніть сюди теку з версіями статті або відкрийте її через Файл ▸ Відкрити теку.</translation>
    </message>
    <message>
        <source>%1 has nothing here.</source>
        <translation>У %1 тут нічого немає.</translation>
    </message>
    <message>
        <source>Removed here: %1 is in %2.</source>
        <translation>Вилучено тут: %1 є в %2.</translation>
    </message>
    <message>
        <source>Added: not in the base, %1.</source>
        <translation>Додано: немає в основі, %1.</translation>
    </message>
    <message>
        <source>Removed: %1 does not have this.</source>
        <translation>Вилучено: у %1 цього немає.</translation>
    </message>
    <message>
        <source>Reworded in %1: %2</source>
        <translation>Переформульовано в %1: %2</translation>
    </message>
    <message>
        <source>Reworded from: %1</source>
        <translation>Переформульовано з: %1</translation>
    </message>
    <message>
        <source>Moved in %1 to paragraph %2: %3</source>
        <translation>Переміщено в %1 до абзацу %2: %3</translation>
    </message>
    <message>
        <source>Moved from paragraph %2 of %1: %3</source>
        <translation>Переміщено з абзацу %2 статті %1: %3</translation>
    </message>
    <message>
        <source>Ctrl+click to go there.</source>
        <translation>Ctrl+клацання — перейти туди.</translation>
    </message>
    <message>
        <source>%1: %2 says %3</source>
        <translation>%1: у %2 — %3</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>Немає в жодному іншому джерелі.</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in %1’s own order.</source>
        <translation>У власному порядку %1 ці абзаци стоять деінде.</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>Зробити «%1» основою</translation>
    </message>
    <message>
        <source>Compare the Base with “%1”</source>
        <translation>Порівняти основу з «%1»</translation>
    </message>
    <message>
        <source>Move Pane Left</source>
        <translation>Пересунути панель ліворуч</translation>
    </message>
    <message>
        <source>Move Pane Right</source>
        <translation>Пересунути панель праворуч</translation>
    </message>
    <message>
        <source>Hide Pane</source>
        <translation>Сховати панель</translation>
    </message>
    <message>
        <source>Show All Panes</source>
        <translation>Показати всі панелі</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Select All in This Pane</source>
        <translation>Виділити все в цій панелі</translation>
    </message>
    <message>
        <source>Go to Where This Comes From</source>
        <translation>Перейти до джерела</translation>
    </message>
    <message>
        <source>Compare every other article with %1</source>
        <translation>Порівнювати кожну іншу статтю з %1</translation>
    </message>
    <message>
        <source>Mark the differences between the base and %1</source>
        <translation>Позначити відмінності між основою і %1</translation>
    </message>
    <message>
        <source>Move this pane one place to the left</source>
        <translation>Пересунути цю панель на одне місце ліворуч</translation>
    </message>
    <message>
        <source>Move this pane one place to the right</source>
        <translation>Пересунути цю панель на одне місце праворуч</translation>
    </message>
    <message>
        <source>Hide this pane; Show All Panes brings it back</source>
        <translation>Сховати цю панель; «Показати всі панелі» поверне її</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Показати панелі, які ви сховали</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Копіювати виділений текст</translation>
    </message>
    <message>
        <source>Select the whole text of this pane</source>
        <translation>Виділити весь текст цієї панелі</translation>
    </message>
    <message>
        <source>Go to the corresponding passage in the article it is compared with</source>
        <translation>Перейти до відповідного уривка в статті, з якою порівнюється</translation>
    </message>
    <message>
        <source>This sentence is found in no other source: no other article has it, copied, moved or reworded.</source>
        <translation>Цього речення немає в жодному іншому джерелі: жодна інша стаття не має його ні скопійованим, ні переміщеним, ні переформульованим.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: found in no other source</source>
        <translation>%1, абзац %2: немає в жодному іншому джерелі</translation>
    </message>
    <message>
        <source>%1, paragraph %2: a sentence found in no other source</source>
        <translation>%1, абзац %2: речення, якого немає в жодному іншому джерелі</translation>
    </message>
    <message>
        <source>Spelled differently: %1 in %2</source>
        <translation>Інше написання: %1 у %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ConsensusArticle</name>
    <message>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message numerus="yes">
        <source>Consensus of %n articles</source>
        <translation>
            <numerusform>Консенсус %n статті</numerusform>
            <numerusform>Консенсус %n статей</numerusform>
            <numerusform>Консенсус %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::CoverPage</name>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PA wire</source>
        <translation>стрічка PA</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>NITF</source>
        <translation>NITF</translation>
    </message>
    <message>
        <source>NewsML-G2</source>
        <translation>NewsML-G2</translation>
    </message>
    <message>
        <source>WIREDIFF · VERSIONS OF ONE STORY COMPARED</source>
        <translation>WIREDIFF · ПОРІВНЯННЯ ВЕРСІЙ ОДНІЄЇ НОВИНИ</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Тека: %1</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(статті в пам’яті)</translation>
    </message>
    <message>
        <source>Compared: %1 · articles: %2</source>
        <translation>Порівняно: %1 · статей: %2</translation>
    </message>
    <message>
        <source>Base: %1 — the article every other is marked against</source>
        <translation>Основа: %1 — стаття, відносно якої позначено всі інші</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодування</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (основа)</translation>
    </message>
    <message>
        <source>%1, repaired</source>
        <translation>%1, виправлено</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Every class has a colour and a second cue that survives greyscale printing.</source>
        <translation>Кожен клас має колір і другу ознаку, що лишається помітною в сірому друці.</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>Курсор вставки</translation>
    </message>
    <message>
        <source>Base words are missing at this point (they are struck through in the base column when every article of the page dropped them)</source>
        <translation>Тут бракує слів основи (їх закреслено в колонці основи, коли всі статті сторінки їх вилучили)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Унікальне</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>The article has nothing for this row (hatched)</source>
        <translation>У статті нічого немає для цього рядка (заштриховано)</translation>
    </message>
    <message>
        <source>Moved paragraph</source>
        <translation>Переміщений абзац</translation>
    </message>
    <message>
        <source>The paragraph sits elsewhere in its own article</source>
        <translation>Абзац стоїть деінде у власній статті</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>An editor’s note: the bracket spans the passage; the text is at the foot of the page</source>
        <translation>Нотатка редактора: дужка охоплює уривок; текст унизу сторінки</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>переміщений абзац</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>Немає в жодному іншому джерелі</translation>
    </message>
    <message>
        <source>Every paragraph has a counterpart in at least one other article.</source>
        <translation>Кожен абзац має відповідник принаймні в одній іншій статті.</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1. They are additions, or text every other version dropped.</source>
        <translation>Абзаци врахованого тексту, що є лише в одній статті: %1. Це додатки або текст, який вилучили всі інші версії.</translation>
    </message>
    <message>
        <source>%1, ¶%2</source>
        <translation>%1, ¶%2</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Нотатки, уривка яких уже немає в статтях</translation>
    </message>
    <message>
        <source>Kept as they were written; the quoted text was not found when the folder was loaded.</source>
        <translation>Збережено як написано; цитований текст не знайдено під час завантаження теки.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: “%3”</source>
        <translation>%1, абзац %2: «%3»</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Хто в кого скопіював</translation>
    </message>
    <message>
        <source>Each cell: the share of the row’s article found in the column’s article, verbatim (in a shared run of three or more words) · reworded (in sentences the column says in other words). The deeper the green, the more was taken verbatim.</source>
        <translation>Кожна клітинка: частка статті рядка, знайдена в статті колонки, дослівно (у спільній послідовності з трьох і більше слів) · переформульовано (у реченнях, які колонка каже іншими словами). Що темніший зелений, то більше взято дослівно.</translation>
    </message>
    <message>
        <source>found in →</source>
        <translation>знайдено в →</translation>
    </message>
    <message>
        <source>What each article did with the base</source>
        <translation>Що кожна стаття зробила з основою</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words: verbatim (same or moved), reworded (paraphrased), new (added); removed is the share of the base’s words it left out.</source>
        <translation>Частки врахованих слів кожної статті: дослівно (так само або переміщено), переформульовано (перефразовано), нове (додано); вилучене — частка слів основи, яких стаття не має.</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Дослівно</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Переформульовано</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>base</source>
        <translation>основа</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed here (the HTML and JSON exports list them all).</source>
        <translation>
            <numerusform>… і ще %n, тут не наведений (експорт у HTML і JSON наводить усі).</numerusform>
            <numerusform>… і ще %n, тут не наведені (експорт у HTML і JSON наводить усі).</numerusform>
            <numerusform>… і ще %n, тут не наведених (експорт у HTML і JSON наводить усі).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is boxed in magenta in the pages that follow.</source>
        <translation>Кожну з них на наступних сторінках обведено пурпуровою рамкою.</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words, adding up to 100 %: verbatim (same or moved), reworded (paraphrased), new (added) and changed facts (a number, date, name or quote that differs from the base); removed is the share of the base’s words it left out.</source>
        <translation>Частки врахованих слів кожної статті, що разом дають 100 %: дослівно (так само або переміщено), переформульовано (перефразовано), нове (додано) і змінені факти (число, дата, ім’я чи цитата, що відрізняються від основи); вилучене — частка слів основи, яких стаття не має.</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source (violet wash and bar)</source>
        <translation>Абзац чи речення, яких немає в жодному іншому джерелі (фіолетове тло й смуга)</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1; sentences no other article has inside shared paragraphs: %2. They are additions, or text every other version dropped.</source>
        <translation>Абзаци врахованого тексту, що є лише в одній статті: %1; речення спільних абзаців, яких немає в жодній іншій статті: %2. Це додане, або текст, який усі інші версії прибрали.</translation>
    </message>
    <message>
        <source>A sentence in a shared paragraph: %1</source>
        <translation>Речення в спільному абзаці: %1</translation>
    </message>
    <message>
        <source>Arrows point from source to copy; the number is the share of the copy found in its source, verbatim or reworded (Who Copied Whom gives the verbatim part alone); the base is outlined.</source>
        <translation>Стрілки ведуть від джерела до копії; число — частка копії, знайдена в її джерелі, дослівно чи перефразовано («Хто в кого скопіював» показує лише дослівну частину); базову статтю обведено.</translation>
    </message>
</context>
<context>
    <name>WireDiff::DropPolicy</name>
    <message>
        <source>Only folders and files can be dropped here, not text or other data.</source>
        <translation>Сюди можна перетягувати лише теки й файли, а не текст чи інші дані.</translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer; download it first.</source>
        <translation>«%1» не є файлом на цьому комп’ютері; спершу отримайте його.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не існує.</translation>
    </message>
    <message>
        <source>Drop one folder at a time: WireDiff compares the versions inside one folder.</source>
        <translation>Перетягуйте по одній теці: WireDiff порівнює версії всередині однієї теки.</translation>
    </message>
    <message>
        <source>Drop either a folder or files, not both.</source>
        <translation>Перетягніть або теку, або файли, але не разом.</translation>
    </message>
    <message>
        <source>%1 is not an article: WireDiff reads text, Markdown, HTML, NITF and NewsML files.</source>
        <translation>%1 не є статтею: WireDiff читає текстові файли, Markdown, HTML, NITF і NewsML.</translation>
    </message>
    <message>
        <source>Left out (not articles): %1</source>
        <translation>Пропущено (не статті): %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportController</name>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Експорт у HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Вебсторінки (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Consensus Text</source>
        <translation>Експорт консенсусного тексту</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстові файли (*.txt)</translation>
    </message>
    <message>
        <source>Export Report (JSON)</source>
        <translation>Експортувати звіт (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Книжкова</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Альбомна</translation>
    </message>
    <message>
        <source>%1 (base, always included)</source>
        <translation>%1 (основа, завжди включено)</translation>
    </message>
    <message>
        <source>Include &amp;unchanged paragraphs</source>
        <translation>Включити &amp;незмінені абзаци</translation>
    </message>
    <message>
        <source>When off, rows where no article differs from the base are summarised in one line.</source>
        <translation>Якщо вимкнено, рядки, де жодна стаття не відрізняється від основи, підсумовуються одним рядком.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Розмір сторінки:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Орієнтація:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Статті:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>All %1 articles side by side on each page.</source>
        <translation>Усі статті (%1) поруч на кожній сторінці.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Друк порівняння</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Компонуємо PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 columns on each page: the base and %2 others, in %3 runs of pages.</source>
        <translation>Стовпців на сторінці: %1 — базова стаття й ще %2; серій сторінок: %3.</translation>
    </message>
    <message>
        <source>Up to %1 columns on each page: the base and up to %2 others, in %3 runs of pages.</source>
        <translation>Стовпців на сторінці: до %1 — базова стаття й ще до %2; серій сторінок: %3.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportFindings</name>
    <message>
        <source>Changed facts</source>
        <translation>Змінені факти</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Змінені факти й цитати</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Ця стаття</translation>
    </message>
    <message>
        <source>Source says (%1)</source>
        <translation>У джерелі (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n змінено</numerusform>
            <numerusform>%n змінено</numerusform>
            <numerusform>%n змінено</numerusform>
        </translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Родовід</translation>
    </message>
    <message>
        <source>Which article most likely derives from which, from the wording they share (above all wording only two of them have) and publication times where the metadata gives them.</source>
        <translation>Яка стаття найімовірніше походить від якої — за спільними формулюваннями (насамперед тими, що є лише у двох) і за часом публікації, якщо його дають метадані.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate.</source>
        <translation>%1 місцями так сильно відрізняється від основи, що ці місця порівняно цілими блоками: його частки приблизні.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate. Of its words, %2 are found in the base verbatim and %3 reworded.</source>
        <translation>%1 місцями так сильно відрізняється від основи, що ці місця порівняно цілими блоками: його частки приблизні. З його слів %2 є в основі дослівно і %3 — переказаними.</translation>
    </message>
    <message>
        <source>No article contradicts the base (%1) in a number, date, weekday, name, quote, attribution, stance or meaning (a statement reversed by a negation or an antonym).</source>
        <translation>Жодна стаття не суперечить основі (%1) у числі, даті, дні тижня, імені, цитаті, посиланні на джерело, позиції чи значенні (твердженні, оберненому запереченням або антонімом).</translation>
    </message>
    <message numerus="yes">
        <source>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</source>
        <translation>
            <numerusform>Числа, дати, імена, цитати, посилання на джерела, позиції й обернення змісту, у яких стаття відрізняється від основи (%1): усього %n.</numerusform>
            <numerusform>Числа, дати, імена, цитати, посилання на джерела, позиції й обернення змісту, у яких стаття відрізняється від основи (%1): усього %n.</numerusform>
            <numerusform>Числа, дати, імена, цитати, посилання на джерела, позиції й обернення змісту, у яких стаття відрізняється від основи (%1): усього %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>¶%1, a sentence in a shared paragraph</source>
        <translation>¶%1, речення в спільному абзаці</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportOptions</name>
    <message>
        <source>%1 (strict 0 … 1 loose)</source>
        <translation>%1 (суворо 0 … 1 вільно)</translation>
    </message>
    <message>
        <source>case and accents ignored</source>
        <translation>регістр і діакритику не враховано</translation>
    </message>
    <message>
        <source>case and accents matched</source>
        <translation>регістр і діакритику враховано</translation>
    </message>
    <message>
        <source>punctuation ignored</source>
        <translation>розділові знаки не враховано</translation>
    </message>
    <message>
        <source>punctuation compared</source>
        <translation>розділові знаки порівняно</translation>
    </message>
    <message>
        <source>curly and straight quotes alike</source>
        <translation>фігурні й прямі лапки однакові</translation>
    </message>
    <message>
        <source>quote styles told apart</source>
        <translation>види лапок розрізнено</translation>
    </message>
    <message>
        <source>paraphrase sensitivity %1</source>
        <translation>чутливість до перефразування %1</translation>
    </message>
    <message>
        <source>house style edited</source>
        <translation>редакційний стиль змінено</translation>
    </message>
    <message>
        <source>unchanged rows shown</source>
        <translation>незмінені рядки показано</translation>
    </message>
    <message>
        <source>unchanged rows left out</source>
        <translation>незмінені рядки пропущено</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Параметри: %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::Fact</name>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Посилання на джерело</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значення</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactListModel</name>
    <message numerus="yes">
        <source>%1 — %n changed</source>
        <translation>
            <numerusform>%1 — %n змінено</numerusform>
            <numerusform>%1 — %n змінено</numerusform>
            <numerusform>%1 — %n змінено</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, paragraph %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), paragraph %5:&lt;br&gt;%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, абзац %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (основа), абзац %5:&lt;br&gt;%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Ця стаття</translation>
    </message>
    <message>
        <source>Source says</source>
        <translation>У джерелі</translation>
    </message>
    <message>
        <source>%1: facts or quotes that differ from the base (%2): %3</source>
        <translation>%1: факти чи цитати, що відрізняються від основи (%2): %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>article id, then its outlet or headline</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactsPanel</name>
    <message>
        <source>Show the changed facts of every article or of one</source>
        <translation>Показати змінені факти всіх статей або однієї</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Змінені факти й цитати</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Порівняння ще немає.</translation>
    </message>
    <message>
        <source>One article only: there is nothing to compare its facts with.</source>
        <translation>Лише одна стаття: немає з чим порівняти її факти.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>No changed facts or quotes: every number, date, name, quote, attribution and stance the articles share with the base (%1) reads the same, and none of their statements is reversed by a negation or an antonym.</source>
        <translation>Змінених фактів чи цитат немає: кожне число, дата, ім’я, цитата, посилання на джерело й позиція, спільні для статей та основи (%1), звучать однаково, і жодне їхнє твердження не обернене запереченням чи антонімом.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTree</name>
    <message>
        <source>It was published later.</source>
        <translation>Її опубліковано пізніше.</translation>
    </message>
    <message>
        <source>%1 is an original here: it shares too little with any other version.</source>
        <translation>%1 тут є оригіналом: у неї замало спільного з будь-якою іншою версією.</translation>
    </message>
    <message>
        <source>%1 is an original here: too little of it is found in the versions placed before it.</source>
        <translation>%1 тут є оригіналом: замало її тексту є у версіях, поставлених перед нею.</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it was published before the versions related to it that give a publication time.</source>
        <translation>%1 вважається джерелом: її опубліковано раніше за споріднені версії, що мають час публікації.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because versions related to it read as cut from it: they are found in it more fully than it is found in them.</source>
        <translation>%1 вважається джерелом переважно тому, що споріднені версії схожі на її скорочення: вони містяться в ній повніше, ніж вона в них.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because the versions that hold more than it does add text that no other version has.</source>
        <translation>%1 вважається джерелом переважно тому, що версії, які містять більше, додають текст, якого немає в жодній іншій версії.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because it is closer to what most versions share than the versions related to it are.</source>
        <translation>%1 вважається джерелом переважно тому, що вона ближча до спільного для більшості версій, ніж споріднені версії.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its file is older than those of the versions related to it and the texts tell little else (file times may be no more than copy times).</source>
        <translation>%1 вважається джерелом переважно тому, що її файл старший за файли споріднених версій, а тексти мало що кажуть іще (час файлу може бути лише часом копіювання).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: nothing in the texts or times tells it apart from the versions related to it, and it comes first in the folder.</source>
        <translation>%1 вважається джерелом: ніщо в текстах чи часі не відрізняє її від споріднених версій, а в теці вона перша.</translation>
    </message>
    <message>
        <source>It reads as a shortened copy of %1.</source>
        <translation>Вона схожа на скорочену копію %1.</translation>
    </message>
    <message>
        <source>Its text beyond %1 is found in no other version: it reads as added here.</source>
        <translation>Її текст понад %1 не трапляється в жодній іншій версії: схоже, його додано тут.</translation>
    </message>
    <message>
        <source>%1 is closer to what most versions share.</source>
        <translation>%1 ближча до спільного для більшості версій.</translation>
    </message>
    <message>
        <source>Its file is newer (file times may be no more than copy times).</source>
        <translation>Її файл новіший (час файлу може бути лише часом копіювання).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 вважається джерелом: це власний текст інформаційної агенції, як видно з формату, а видання друкують зі стрічки агенції.</translation>
    </message>
    <message>
        <source>%1 is an identical copy of %2: the same text, word for word.</source>
        <translation>%1 — ідентична копія %2: той самий текст, слово в слово.</translation>
    </message>
    <message>
        <source>%1 is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 — власний текст інформаційної агенції, як видно з формату, а видання друкують зі стрічки агенції.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, and the two are about as long.</source>
        <translation>Майже весь її текст є в %1, і обидві приблизно однакової довжини.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, though it is the longer of the two.</source>
        <translation>Майже весь її текст є в %1, хоча вона довша з двох.</translation>
    </message>
    <message>
        <source>Nothing tells which of the two came first; %1 is taken as the earlier.</source>
        <translation>Ніщо не вказує, яка з двох була першою; %1 вважається ранішою.</translation>
    </message>
    <message>
        <source>%1 explains it about as well, but on the facts that versions changed it agrees with %2, not with %1.</source>
        <translation>%1 пояснює її приблизно так само добре, але щодо фактів, які змінили версії, вона збігається з %2, а не з %1.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its dateline or credit line names the news agency the versions related to it come from.</source>
        <translation>%1 вважається джерелом переважно тому, що його рядок із місцем і датою або рядок джерела називає інформаційну агенцію, від якої походять пов’язані з ним версії.</translation>
    </message>
    <message>
        <source>%1&apos;s dateline or credit line puts it closer to the news agency (the agency&apos;s own copy, or a copy crediting it).</source>
        <translation>Рядок із місцем і датою або рядок джерела %1 ставить його ближче до інформаційної агенції (власний текст агенції або копія, що посилається на неї).</translation>
    </message>
    <message>
        <source>More of it is found in %1 than of %1 in it.</source>
        <translation>Його більше знайдено в %1, ніж %1 у ньому.</translation>
    </message>
    <message>
        <source>%1 most likely derives from %2: %3 % of its words are found there, verbatim or reworded (%4 % the other way).</source>
        <translation>%1 найімовірніше походить від %2: %3 % його слів є там, дослівно чи перефразовано (%4 % навпаки).</translation>
    </message>
    <message>
        <source>Three-word phrases found in these two and in no other article: %1.</source>
        <translation>Трислівні фрази, що є лише в цих двох статтях і в жодній іншій: %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeGraph</name>
    <message>
        <source>BASE</source>
        <translation>ОСНОВА</translation>
    </message>
    <message>
        <source>Verbatim alone, as Who Copied Whom shades it: %1 of %2 is in %3, %4 the other way.</source>
        <translation>Лише дослівно, як у затіненні «Хто в кого скопіював»: %1 з %2 є в %3, %4 навпаки.</translation>
    </message>
    <message>
        <source>%1 was published first.</source>
        <translation>%1 опубліковано першим.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeView</name>
    <message>
        <source>Family tree</source>
        <translation>Родовід</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Порівняння ще немає.</translation>
    </message>
    <message>
        <source>The family tree needs two articles or more.</source>
        <translation>Для родоводу потрібно дві статті або більше.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Умістити все дерево в панель або повернутися до попереднього масштабу</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Менші блоки</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Більші блоки</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Tree</source>
        <translation>&amp;Умістити все дерево</translation>
    </message>
</context>
<context>
    <name>WireDiff::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Враховувати &amp;регістр</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Знайти:</translation>
    </message>
    <message>
        <source>Text in any pane</source>
        <translation>Текст у будь-якій панелі</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Попередній збіг (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Наступний збіг (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Закрити панель пошуку (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Немає збігів</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln</source>
        <translation>
            <numerusform>%L1 з %Ln</numerusform>
            <numerusform>%L1 з %Ln</numerusform>
            <numerusform>%L1 з %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::HeadlessExport</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>пропущено %1: %2</translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation>Не вдалося нічого порівняти.</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing to export.</source>
        <translation>Не вдається записати %1: немає чого експортувати.</translation>
    </message>
    <message>
        <source>These files come from several folders and notes are kept per folder: no notes are exported.</source>
        <translation>Ці файли походять із кількох тек, а нотатки зберігаються окремо для кожної теки: нотатки не експортовано.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HighlightStyle</name>
    <message>
        <source>Same</source>
        <translation>Так само</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Перефразовано</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Переміщено</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Змінений факт</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Дослівно, як в основі</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Лише в цій статті (суцільне підкреслення)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>Є в основі, але немає тут (закреслено; курсор вставки там, де бракує)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Каже те саме, що й основа, іншими словами (хвилясте підкреслення)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>Той самий текст в іншому місці (пунктирна рамка)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Число, дата, ім’я, цитата чи посилання на джерело, що відрізняється від основи (суцільна рамка)</translation>
    </message>
</context>
<context>
    <name>WireDiff::HouseStyleDialog</name>
    <message>
        <source>House Style</source>
        <translation>Редакційний стиль</translation>
    </message>
    <message>
        <source>Spellings your newsroom treats as the same word are not marked as changes. Write one group per line, the spellings separated by “=”, for example &lt;i&gt;Kyiv = Kiev&lt;/i&gt; or &lt;i&gt;per cent = percent = %&lt;/i&gt;. Case does not matter unless the comparison matches case.</source>
        <translation>Написання, які ваша редакція вважає одним словом, не позначаються як зміни. Пишіть одну групу в рядку, написання розділяйте «=», наприклад &lt;i&gt;Київ = Киев&lt;/i&gt; або &lt;i&gt;відсоток = процент = %&lt;/i&gt;. Регістр не важить, якщо порівняння його не розрізняє.</translation>
    </message>
    <message>
        <source>House-style equivalences</source>
        <translation>Рівнозначні написання редакційного стилю</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Відновити типові</translation>
    </message>
    <message>
        <source>Replace the list with the equivalences WireDiff ships with</source>
        <translation>Замінити список рівнозначностями, що постачаються з WireDiff</translation>
    </message>
    <message>
        <source>needs two spellings or more, separated by “=”</source>
        <translation>потрібно два або більше написань, розділених «=»</translation>
    </message>
    <message>
        <source>has an empty spelling: remove the extra “=”</source>
        <translation>містить порожнє написання: вилучіть зайвий «=»</translation>
    </message>
    <message>
        <source>names “%1” twice</source>
        <translation>двічі називає «%1»</translation>
    </message>
    <message>
        <source>“%1” is already in line %2: merge the two lines</source>
        <translation>«%1» уже є в рядку %2: об’єднайте ці два рядки</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Рядок %1: %2.</translation>
    </message>
    <message>
        <source>Correct the marked lines first</source>
        <translation>Спершу виправте позначені рядки</translation>
    </message>
    <message>
        <source>Equivalences: %1</source>
        <translation>Рівнозначностей: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… і ще %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlExporter</name>
    <message>
        <source>Missing here: %1</source>
        <translation>Бракує тут: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодування</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>дослівно</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Переформульовано</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>base</source>
        <translation>основа</translation>
    </message>
    <message>
        <source>Share of each row’s article found in each column’s article: verbatim / reworded.</source>
        <translation>Частка статті кожного рядка, знайдена в статті кожної колонки: дослівно / переформульовано.</translation>
    </message>
    <message>
        <source>Base text missing at this point</source>
        <translation>Тут бракує тексту основи</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Унікальне</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Passage with an editor’s note, listed below</source>
        <translation>Уривок із нотаткою редактора, наведеною нижче</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Не показано рядків без змін: %1</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>тут нічого</translation>
    </message>
    <message>
        <source>moved from elsewhere in this article</source>
        <translation>переміщено з іншого місця цієї статті</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Нотатки, уривка яких уже немає в статтях</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Так само</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Перефразовано</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Переміщено</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Змінений факт</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Дослівно, як в основі</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Лише в цій статті (суцільне підкреслення)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>Є в основі, але немає тут (закреслено; курсор вставки там, де бракує)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Каже те саме, що й основа, іншими словами (хвилясте підкреслення)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>Той самий текст в іншому місці (пунктирна рамка)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Число, дата, ім’я, цитата чи посилання на джерело, що відрізняється від основи (суцільна рамка)</translation>
    </message>
    <message>
        <source>WireDiff: %1</source>
        <translation>WireDiff: %1</translation>
    </message>
    <message>
        <source>Compared on %1. Articles: %2.</source>
        <translation>Порівняно %1. Статей: %2.</translation>
    </message>
    <message>
        <source>Base: %1 — %2</source>
        <translation>Основа: %1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Хто в кого скопіював</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>Немає в жодному іншому джерелі</translation>
    </message>
    <message>
        <source>Aligned comparison</source>
        <translation>Вирівняне порівняння</translation>
    </message>
    <message>
        <source>Generated by WireDiff %1.</source>
        <translation>Створено WireDiff %1.</translation>
    </message>
    <message>
        <source>[changed] The passage was reworded since the note was written. It read:</source>
        <translation>[змінено] Уривок переформульовано після написання нотатки. Було:</translation>
    </message>
    <message>
        <source>The articles compared: each one’s words, and how many of them are the base’s, verbatim or reworded, or new.</source>
        <translation>Порівняні статті: слова кожної і скільки з них — слова основи, дослівно чи переказані, а скільки нові.</translation>
    </message>
    <message>
        <source>The articles’ paragraphs side by side, aligned in rows; the base is the first column and stays in view as the table scrolls.</source>
        <translation>Абзаци статей поруч, вирівняні в рядки; основа — перший стовпець, і вона лишається на виду, коли таблиця прокручується.</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(статті в пам’яті)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Тека: %1</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source</source>
        <translation>Абзац чи речення, яких немає в жодному іншому джерелі</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlFindings</name>
    <message>
        <source>Each is boxed in magenta in the comparison below.</source>
        <translation>Кожну з них у порівнянні нижче обведено пурпуровою рамкою.</translation>
    </message>
    <message>
        <source>Each copy is listed under its most likely source.</source>
        <translation>Кожну копію наведено під її найімовірнішим джерелом.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>основа</translation>
    </message>
    <message>
        <source>Each article’s facts that differ from the base: its wording, then the base’s.</source>
        <translation>Факти кожної статті, що відрізняються від основи: її формулювання, потім формулювання основи.</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start</source>
        <translation>Мова меню й повідомлень, із наступного запуску</translation>
    </message>
    <message>
        <source>Applies when WireDiff starts again</source>
        <translation>Діє після перезапуску WireDiff</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Системна мова (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>Як мова стільниці, із наступного запуску</translation>
    </message>
    <message>
        <source>Use %1 (%2) from the next start</source>
        <translation>Використовувати %1 (%2) із наступного запуску</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMix</name>
    <message>
        <source>Arabic</source>
        <translation>арабська</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>данська</translation>
    </message>
    <message>
        <source>German</source>
        <translation>німецька</translation>
    </message>
    <message>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>іспанська</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>фінська</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французька</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>іврит</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>італійська</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>японська</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>корейська</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нідерландська</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>норвезька</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польська</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>шведська</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецька</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайська</translation>
    </message>
</context>
<context>
    <name>WireDiff::LegendWidget</name>
    <message>
        <source>Missing here</source>
        <translation>Бракує тут</translation>
    </message>
    <message>
        <source>Paragraph out of order</source>
        <translation>Абзац не на своєму місці</translation>
    </message>
    <message>
        <source>In no other source</source>
        <translation>У жодному іншому джерелі</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>Без відповідника</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Шаблонний текст</translation>
    </message>
    <message>
        <source>Base text is missing at this point (hover for what)</source>
        <translation>Тут бракує тексту основи (наведіть вказівник, щоб побачити)</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in the article&apos;s own order</source>
        <translation>У власному порядку статті ці абзаци стоять деінде</translation>
    </message>
    <message>
        <source>A paragraph found in no other article (tinted, with a bar)</source>
        <translation>Абзац, якого немає в жодній іншій статті (тоноване тло і смуга)</translation>
    </message>
    <message>
        <source>The article has nothing in this row (hatched)</source>
        <translation>У статті нічого немає в цьому рядку (заштриховано)</translation>
    </message>
    <message>
        <source>Site chrome, legal lines and the like (dimmed, never counted)</source>
        <translation>Оформлення сайту, юридичні рядки тощо (приглушено, не враховується)</translation>
    </message>
    <message>
        <source>Abc</source>
        <translation>Абв</translation>
    </message>
    <message>
        <source>In this article only</source>
        <translation>Лише в цій статті</translation>
    </message>
    <message>
        <source>In a few articles</source>
        <translation>У кількох статтях</translation>
    </message>
    <message>
        <source>In most articles</source>
        <translation>У більшості статей</translation>
    </message>
    <message>
        <source>In every article</source>
        <translation>У кожній статті</translation>
    </message>
    <message>
        <source>Words no other article carries (strongest shade, dotted underline)</source>
        <translation>Слова, яких немає в жодній іншій статті (найсильніший відтінок, пунктирне підкреслення)</translation>
    </message>
    <message>
        <source>Words a few of the articles carry (a strong shade)</source>
        <translation>Слова, що є в кількох статтях (сильний відтінок)</translation>
    </message>
    <message>
        <source>Words most articles carry (a faint shade)</source>
        <translation>Слова, що є в більшості статей (слабкий відтінок)</translation>
    </message>
    <message>
        <source>Words every article carries stay plain</source>
        <translation>Слова, що є в кожній статті, лишаються без відтінку</translation>
    </message>
</context>
<context>
    <name>WireDiff::Main</name>
    <message>
        <source>There is no translation for “%1”; the languages are: %2.</source>
        <translation>Перекладу для «%1» немає; доступні мови: %2.</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: there is no display to show it on. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff не може відкрити вікно: немає дисплея, щоб його показати. Щоб порівняти без вікна, використайте --export-json, --export-pdf або --export-html (див. --help).</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: the display %1 does not answer. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff не може відкрити вікно: дисплей %1 не відповідає. Щоб порівняти без вікна, скористайтеся --export-json, --export-pdf або --export-html (див. --help).</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Відкрити &amp;теку…</translation>
    </message>
    <message>
        <source>Open a folder of versions of one story</source>
        <translation>Відкрити теку з версіями однієї новини</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Відкрити &amp;файли…</translation>
    </message>
    <message>
        <source>Open some versions of one story</source>
        <translation>Відкрити кілька версій однієї новини</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Пере&amp;завантажити</translation>
    </message>
    <message>
        <source>Read the articles again and compare</source>
        <translation>Прочитати статті знову й порівняти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>Quit WireDiff</source>
        <translation>Вийти з WireDiff</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Копіювати виділений текст</translation>
    </message>
    <message>
        <source>Select &amp;All in Pane</source>
        <translation>Виділити &amp;все в панелі</translation>
    </message>
    <message>
        <source>Select the whole text of the current pane</source>
        <translation>Виділити весь текст поточної панелі</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Find text in every pane</source>
        <translation>Знайти текст у всіх панелях</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Знайти &amp;наступне</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Перейти до наступного збігу</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти &amp;попереднє</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Перейти до попереднього збігу</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Зме&amp;ншити</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Текст звичайного розміру</translation>
    </message>
    <message>
        <source>&amp;Show All Panes</source>
        <translation>Показати всі п&amp;анелі</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Показати панелі, які ви сховали</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>Show the key to the highlights</source>
        <translation>Показати пояснення підсвічування</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Наступна зміна</translation>
    </message>
    <message>
        <source>Go to the next row with a difference</source>
        <translation>Перейти до наступного рядка з відмінністю</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Попередня зміна</translation>
    </message>
    <message>
        <source>Go to the previous row with a difference</source>
        <translation>Перейти до попереднього рядка з відмінністю</translation>
    </message>
    <message>
        <source>Next &amp;Unique Paragraph</source>
        <translation>Наступний &amp;унікальний абзац</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Paragraph</source>
        <translation>Попередній унікальний а&amp;бзац</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ігнорувати &amp;регістр</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>Ігнорувати &amp;пунктуацію</translation>
    </message>
    <message>
        <source>Do not count commas, full stops and dashes as differences</source>
        <translation>Не вважати коми, крапки й тире відмінностями</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>Ігнорувати стиль &amp;лапок</translation>
    </message>
    <message>
        <source>Treat curly, straight and angle quotes as the same</source>
        <translation>Вважати однаковими типографські, прямі й кутові лапки</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Stop loading and comparing</source>
        <translation>Зупинити завантаження й порівняння</translation>
    </message>
    <message>
        <source>&amp;About WireDiff</source>
        <translation>&amp;Про WireDiff</translation>
    </message>
    <message>
        <source>About WireDiff</source>
        <translation>Про WireDiff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Про інструментарій Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>List every command that has a shortcut</source>
        <translation>Перелічити всі команди, що мають скорочення</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>Наступний унікальний</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>Попередній унікальний</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Наступна зміна</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Попередня зміна</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експорт у PDF…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as an annotated PDF</source>
        <translation>Зберегти порівняння з вашими нотатками як PDF із примітками</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Експорт у &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as one self-contained web page</source>
        <translation>Зберегти порівняння з вашими нотатками як одну самодостатню вебсторінку</translation>
    </message>
    <message>
        <source>Export &amp;Consensus Text…</source>
        <translation>Експорт &amp;консенсусного тексту…</translation>
    </message>
    <message>
        <source>Save the probable common source, rebuilt from what most articles share, as plain text</source>
        <translation>Зберегти як звичайний текст імовірне спільне джерело, відтворене з того, що мають більшість статей</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print the comparison with your notes</source>
        <translation>Надрукувати порівняння з вашими нотатками</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Додати н&amp;отатку…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage; it is saved beside the articles</source>
        <translation>Написати нотатку до виділеного уривка; її буде збережено поруч зі статтями</translation>
    </message>
    <message>
        <source>&amp;House Style…</source>
        <translation>Редакційний с&amp;тиль…</translation>
    </message>
    <message>
        <source>Spellings that count as the same word, such as Kiev and Kyiv</source>
        <translation>Написання, що вважаються одним словом, як-от Kiev і Kyiv</translation>
    </message>
    <message>
        <source>Agreement S&amp;hading</source>
        <translation>&amp;Тонування за збігом</translation>
    </message>
    <message>
        <source>Shade every word by how many articles carry it, instead of the changes against the base</source>
        <translation>Тонувати кожне слово за кількістю статей, що його мають, замість змін відносно основи</translation>
    </message>
    <message>
        <source>Co&amp;nsensus Pane</source>
        <translation>Панель &amp;консенсусу</translation>
    </message>
    <message>
        <source>Show the probable common source as a pane of its own (compares once more)</source>
        <translation>Показати ймовірне спільне джерело окремою панеллю (ще одне порівняння)</translation>
    </message>
    <message>
        <source>Sort Panes by Publication &amp;Time</source>
        <translation>Упорядкувати панелі за &amp;часом публікації</translation>
    </message>
    <message>
        <source>&amp;Include Subfolders</source>
        <translation>&amp;Включити підтеки</translation>
    </message>
    <message>
        <source>Also read the articles in the subfolders of a folder you open</source>
        <translation>Також читати статті в підтеках відкритої теки</translation>
    </message>
    <message>
        <source>&amp;Keep Base in View</source>
        <translation>Тримати основу &amp;видимою</translation>
    </message>
    <message>
        <source>Keep the base pane at the left edge while the other panes scroll sideways</source>
        <translation>Тримати панель основи біля лівого краю, поки інші панелі прокручуються вбік</translation>
    </message>
    <message>
        <source>Order the panes from the earliest published to the latest (publication and wire filing times first, then file times)</source>
        <translation>Упорядкувати панелі від найранішої публікації до найпізнішої (спершу час публікації та передачі агентством, потім час файлу)</translation>
    </message>
    <message>
        <source>&amp;Your Name for Notes…</source>
        <translation>Ваше &amp;ім’я для нотаток…</translation>
    </message>
    <message>
        <source>The name new notes are signed with</source>
        <translation>Ім’я, яким підписуються нові нотатки</translation>
    </message>
    <message>
        <source>Export Report (&amp;JSON)…</source>
        <translation>Експортувати звіт (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as a JSON report, the same as wirediff --export-json</source>
        <translation>Зберегти порівняння з вашими нотатками як звіт JSON, такий самий, як wirediff --export-json</translation>
    </message>
    <message>
        <source>Go to the next paragraph or sentence found in no other source</source>
        <translation>Перейти до наступного абзацу чи речення, якого немає в жодному іншому джерелі</translation>
    </message>
    <message>
        <source>Go to the previous paragraph or sentence found in no other source</source>
        <translation>Перейти до попереднього абзацу чи речення, якого немає в жодному іншому джерелі</translation>
    </message>
    <message>
        <source>Treat “police” and “Police”, or “Bréval” and “Breval”, as the same word</source>
        <translation>Вважати «поліція» і «Поліція» або «Bréval» і «Breval» одним словом</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Основа:</translation>
    </message>
    <message>
        <source>The article every other article is compared with</source>
        <translation>Стаття, з якою порівнюється кожна інша</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainWindow</name>
    <message>
        <source>Who Copied Whom</source>
        <translation>Хто в кого скопіював</translation>
    </message>
    <message>
        <source>How much of each article is found in each other article; click a cell to compare that pair</source>
        <translation>Яка частка кожної статті є в кожній іншій; клацніть клітинку, щоб порівняти цю пару</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Бічні панелі</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>Показати або сховати бічну панель «%1»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Відкрити &amp;приклад новини</translation>
    </message>
    <message>
        <source>Open the bundled sample: six versions of an invented flood report</source>
        <translation>Відкрити вбудований приклад: шість версій вигаданого повідомлення про повінь</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Порівняння</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Навігація</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing compared.</source>
        <translation>Нічого не порівняно.</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the previous one.</source>
        <translation>Скасовано. Показано попереднє порівняння.</translation>
    </message>
    <message>
        <source>Files changed on disk; comparing again…</source>
        <translation>Файли на диску змінено; порівнюємо знову…</translation>
    </message>
    <message>
        <source>No further rows of that kind.</source>
        <translation>Більше рядків такого типу немає.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Не відкрито: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln рядок</numerusform>
            <numerusform>%Ln рядки</numerusform>
            <numerusform>%Ln рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>compared in %L1 ms</source>
        <translation>порівняно за %L1 мс</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be compared and were skipped.</source>
        <translation>
            <numerusform>%n файл не вдалося порівняти, його пропущено.</numerusform>
            <numerusform>%n файли не вдалося порівняти, їх пропущено.</numerusform>
            <numerusform>%n файлів не вдалося порівняти, їх пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Порівнюємо…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 більше не існує.</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>Немає недавніх тек</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>Відкрити теку з версіями</translation>
    </message>
    <message>
        <source>Open Versions of One Story</source>
        <translation>Відкрити версії однієї новини</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;All files (*)</source>
        <translation>Статті (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The new language applies when WireDiff starts again.</source>
        <translation>Нова мова діятиме після перезапуску WireDiff.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s) in %1…</source>
        <translation>
            <numerusform>Порівняння %n файлу в %1…</numerusform>
            <numerusform>Порівняння %n файлів у %1…</numerusform>
            <numerusform>Порівняння %n файлів у %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>Порівняння %n файлу…</numerusform>
            <numerusform>Порівняння %n файлів…</numerusform>
            <numerusform>Порівняння %n файлів…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare %2 again.</source>
        <translation>Скасовано; ще нічого не порівняно. Перезавантажте (%1), щоб знову порівняти %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare these files again.</source>
        <translation>Скасовано; ще нічого не порівняно. Перезавантажте (%1), щоб знову порівняти ці файли.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NavigationKeys</name>
    <message>
        <source>Click</source>
        <translation>Клацання</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Коліщатко</translation>
    </message>
    <message>
        <source>Previous row with text in a pane on screen</source>
        <translation>Попередній рядок із текстом у видимій панелі</translation>
    </message>
    <message>
        <source>Next row with text in a pane on screen</source>
        <translation>Наступний рядок із текстом у видимій панелі</translation>
    </message>
    <message>
        <source>Previous pane, in the order shown (the base first)</source>
        <translation>Попередня панель у показаному порядку (спершу основа)</translation>
    </message>
    <message>
        <source>Next pane, in the order shown</source>
        <translation>Наступна панель у показаному порядку</translation>
    </message>
    <message>
        <source>Menu of the current pane: base, order, visibility, notes</source>
        <translation>Меню поточної панелі: основа, порядок, видимість, нотатки</translation>
    </message>
    <message>
        <source>On a moved passage: go to where it comes from</source>
        <translation>На переміщеному уривку: перейти туди, звідки він</translation>
    </message>
    <message>
        <source>Extend the selection to the click</source>
        <translation>Розширити виділення до місця клацання</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Зняти виділення</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Збільшити або зменшити</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Зберегти нотатку</translation>
    </message>
    <message>
        <source>New line in the note</source>
        <translation>Новий рядок у нотатці</translation>
    </message>
    <message>
        <source>In the panes</source>
        <translation>У панелях</translation>
    </message>
    <message>
        <source>In the note dialog</source>
        <translation>У діалозі нотатки</translation>
    </message>
    <message>
        <source>Compare the pair of the cell under the keyboard cursor</source>
        <translation>Порівняти пару клітинки під курсором клавіатури</translation>
    </message>
    <message>
        <source>Fit the whole matrix in the panel, or back to the zoom before</source>
        <translation>Умістити всю матрицю в панель або повернутися до попереднього масштабу</translation>
    </message>
    <message>
        <source>Larger cells</source>
        <translation>Більші клітинки</translation>
    </message>
    <message>
        <source>Smaller cells</source>
        <translation>Менші клітинки</translation>
    </message>
    <message>
        <source>Cells at their normal size</source>
        <translation>Клітинки звичайного розміру</translation>
    </message>
    <message>
        <source>Larger or smaller cells</source>
        <translation>Більші або менші клітинки</translation>
    </message>
    <message>
        <source>In Who Copied Whom</source>
        <translation>У «Хто в кого скопіював»</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Умістити все дерево в панель або повернутися до попереднього масштабу</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Більші блоки</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Менші блоки</translation>
    </message>
    <message>
        <source>Boxes at their normal size</source>
        <translation>Блоки звичайного розміру</translation>
    </message>
    <message>
        <source>Larger or smaller boxes</source>
        <translation>Більші або менші блоки</translation>
    </message>
    <message>
        <source>In the Family Tree</source>
        <translation>У родоводі</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word back</source>
        <translation>Виділення клавіатурою в поточній клітинці: кінець виділення на слово назад</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word on</source>
        <translation>Виділення клавіатурою в поточній клітинці: кінець виділення на слово далі</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character back</source>
        <translation>Виділення клавіатурою в поточній клітинці: кінець виділення на символ назад</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character on</source>
        <translation>Виділення клавіатурою в поточній клітинці: кінець виділення на символ далі</translation>
    </message>
</context>
<context>
    <name>WireDiff::NewsXmlParser</name>
    <message>
        <source>truncated XML at line %1: %2</source>
        <translation>обірваний XML у рядку %1: %2</translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>помилка XML у рядку %1: %2</translation>
    </message>
    <message>
        <source>its DTD&apos;s entities would expand to far more text than the file holds</source>
        <translation>сутності його DTD розгорнулися б у значно більше тексту, ніж містить файл</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteBook</name>
    <message>
        <source>There is no folder to save the notes in.</source>
        <translation>Немає теки, щоб зберегти нотатки.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDecorator</name>
    <message>
        <source>&lt;b&gt;Note %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Нотатка %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The passage was reworded since the note was written. It read: “%1”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Уривок переформульовано після написання нотатки. Було: «%1»&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDialog</name>
    <message>
        <source>Note on %1, ¶%2: “%3”</source>
        <translation>Нотатка до %1, ¶%2: «%3»</translation>
    </message>
    <message>
        <source>The passage was reworded since the note was written. It read: “%1”. Saving the note confirms it on the new wording.</source>
        <translation>Уривок переформульовано після написання нотатки. Було: «%1». Збереження нотатки підтверджує її для нового формулювання.</translation>
    </message>
    <message>
        <source>Edit Note %1</source>
        <translation>Редагувати нотатку %1</translation>
    </message>
    <message>
        <source>Edit note %1 on %2, ¶%3: “%4”</source>
        <translation>Редагувати нотатку %1 до %2, ¶%3: «%4»</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>Зберегти нотатку (%1)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Без підпису</translation>
    </message>
    <message>
        <source>Who wrote this note; the PDF and HTML print it with the note</source>
        <translation>Хто написав цю нотатку; PDF і HTML друкують ім’я разом із нотаткою</translation>
    </message>
    <message>
        <source>Who writes this note; the PDF and HTML print it with the note. New notes are signed with the name you used last.</source>
        <translation>Хто пише цю нотатку; PDF і HTML друкують ім’я разом із нотаткою. Нові нотатки підписуються останнім використаним ім’ям.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Підпис:</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteListModel</name>
    <message>
        <source>[detached] </source>
        <translation>[від’єднано] </translation>
    </message>
    <message>
        <source>%1

The passage was not found in %2 when the folder was loaded.</source>
        <translation>%1

Під час завантаження теки уривок у %2 не знайдено.</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3” — %4</source>
        <translation>%1, ¶%2: «%3» — %4</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[змінено] </translation>
    </message>
    <message>
        <source>%1

The passage was reworded since the note was written. It read: “%2”
It now reads: “%3”</source>
        <translation>%1

Уривок переформульовано після написання нотатки. Було: «%2»
Тепер: «%3»</translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a new place.</source>
        <translation>
            <numerusform>%n нотатка перейшла за своїм уривком на нове місце.</numerusform>
            <numerusform>%n нотатки перейшли за своїми уривками на нові місця.</numerusform>
            <numerusform>%n нотаток перейшли за своїми уривками на нові місця.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was reworded; the note now sits on the new wording.</source>
        <translation>
            <numerusform>Уривок %n нотатки переформульовано; нотатка тепер стоїть на новому формулюванні.</numerusform>
            <numerusform>Уривки %n нотаток переформульовано; нотатки тепер стоять на новому формулюванні.</numerusform>
            <numerusform>Уривки %n нотаток переформульовано; нотатки тепер стоять на новому формулюванні.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage reads again as when the note was written.</source>
        <translation>
            <numerusform>Уривок %n нотатки знову читається так, як коли її писали.</numerusform>
            <numerusform>Уривки %n нотаток знову читаються так, як коли їх писали.</numerusform>
            <numerusform>Уривки %n нотаток знову читаються так, як коли їх писали.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a renamed file.</source>
        <translation>
            <numerusform>%n нотатка перейшла за своїм уривком до перейменованого файлу.</numerusform>
            <numerusform>%n нотатки перейшли за своїми уривками до перейменованих файлів.</numerusform>
            <numerusform>%n нотаток перейшли за своїми уривками до перейменованих файлів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was not found; the note is kept, detached.</source>
        <translation>
            <numerusform>Уривок %n нотатки не знайдено; нотатку збережено як відокремлену.</numerusform>
            <numerusform>Уривки %n нотаток не знайдено; нотатки збережено як відокремлені.</numerusform>
            <numerusform>Уривки %n нотаток не знайдено; нотатки збережено як відокремлені.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Написав(ла) %1, %2.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Написав(ла) %1.</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>Написано %1.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Змінено %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NotesPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage in any pane and press Ctrl+M to add one.</source>
        <translation>Нотаток ще немає. Виділіть уривок у будь-якій панелі й натисніть Ctrl+M, щоб додати.</translation>
    </message>
    <message>
        <source>Change the text of the selected note</source>
        <translation>Змінити текст вибраної нотатки</translation>
    </message>
    <message>
        <source>Delete the selected note (the article is not touched)</source>
        <translation>Вилучити вибрану нотатку (статтю не змінено)</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Вилучити нотатку</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Delete note %1? This cannot be undone. The other notes keep their numbers, and %1 will not be given to a new note.</source>
        <translation>Вилучити нотатку %1? Цю дію не можна скасувати. Інші нотатки збережуть свої номери, а номер %1 не буде надано новій нотатці.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Без підпису</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Підпис: %1</translation>
    </message>
    <message>
        <source>New notes are not signed. Click to give your name.</source>
        <translation>Нові нотатки не підписуються. Клацніть, щоб указати своє ім’я.</translation>
    </message>
    <message>
        <source>New notes are signed “%1”. Click to change the name.</source>
        <translation>Нові нотатки підписуються «%1». Клацніть, щоб змінити ім’я.</translation>
    </message>
    <message>
        <source>Your Name for Notes</source>
        <translation>Ваше ім’я для нотаток</translation>
    </message>
    <message>
        <source>New notes are signed with this name; the PDF and HTML print it with each note. Leave it empty to sign nothing.</source>
        <translation>Нові нотатки підписуються цим ім’ям; PDF і HTML друкують його з кожною нотаткою. Залиште порожнім, щоб не підписувати.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoticeBanner</name>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Показати або сховати подробиці</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>WireDiff::OverviewRuler</name>
    <message>
        <source>unique</source>
        <translation>унікальне</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Where the changes are: changed facts, added, removed, reworded, moved, unique. Click to go there.</source>
        <translation>Де зміни: змінені факти, додане, вилучене, переформульоване, переміщене, унікальне. Клацніть, щоб перейти туди.</translation>
    </message>
</context>
<context>
    <name>WireDiff::PaneHeaderBar</name>
    <message>
        <source>BASE</source>
        <translation>ОСНОВА</translation>
    </message>
    <message>
        <source>VS BASE</source>
        <translation>ПРОТИ ОСНОВИ</translation>
    </message>
    <message>
        <source>highlights against %1</source>
        <translation>підсвічування відносно %1</translation>
    </message>
    <message>
        <source>the base of the comparison</source>
        <translation>основа порівняння</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new</source>
        <translation>%1% дослівно · %2% переформульовано · %3% нове</translation>
    </message>
    <message>
        <source>Format: %1, encoding: %2</source>
        <translation>Формат: %1, кодування: %2</translation>
    </message>
    <message>
        <source>The base: every other article is compared with this one.</source>
        <translation>Основа: кожна інша стаття порівнюється з цією.</translation>
    </message>
    <message numerus="yes">
        <source>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</source>
        <translation>
            <numerusform>Відносно основи: %1% дослівно, %2% переформульовано, %3% нове; бракує %Ln слова основи.</numerusform>
            <numerusform>Відносно основи: %1% дослівно, %2% переформульовано, %3% нове; бракує %Ln слів основи.</numerusform>
            <numerusform>Відносно основи: %1% дослівно, %2% переформульовано, %3% нове; бракує %Ln слів основи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click for base, order and visibility; drop files here to add them.</source>
        <translation>Клацніть правою кнопкою для основи, порядку й видимості; перетягніть сюди файли, щоб додати їх.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln слово</numerusform>
            <numerusform>%Ln слова</numerusform>
            <numerusform>%Ln слів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% from consensus</source>
        <translation>%1% від консенсусу</translation>
    </message>
    <message>
        <source>The probable common source, rebuilt from the aligned rows: per row, the wording most articles share. Not a file; nothing is written.</source>
        <translation>Імовірне спільне джерело, відтворене з вирівняних рядків: для кожного рядка — формулювання, спільне для більшості статей. Це не файл; нічого не записується.</translation>
    </message>
    <message>
        <source>%1% of its wording differs from the consensus of all articles.</source>
        <translation>%1% її формулювань відрізняється від консенсусу всіх статей.</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <comment>the article the base&apos;s highlights are read against</comment>
        <translation>проти %1</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new · %4% changed facts</source>
        <translation>%1% дослівно · %2% переформульовано · %3% нове · %4% змінені факти</translation>
    </message>
    <message>
        <source>%1% of its words are changed facts: they say otherwise than the base.</source>
        <translation>%1% його слів — змінені факти: вони кажуть інше, ніж основа.</translation>
    </message>
    <message>
        <source>Published: %1 (from the metadata)</source>
        <translation>Опубліковано: %1 (з метаданих)</translation>
    </message>
    <message>
        <source>Filed: %1 (from the wire header)</source>
        <translation>Передано: %1 (із заголовка агентства)</translation>
    </message>
    <message>
        <source>File time: %1 (no publication time given; may be a copy time)</source>
        <translation>Час файлу: %1 (час публікації не вказано; може бути лише часом копіювання)</translation>
    </message>
    <message>
        <source>Its highlights are read against %1.</source>
        <translation>Його виділення читаються відносно %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ParaphraseSlider</name>
    <message>
        <source>Paraphrase: strict</source>
        <translation>Перефразування: суворо</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <comment>the caption above the paraphrase slider</comment>
        <translation>Перефразування</translation>
    </message>
    <message>
        <source>strict</source>
        <comment>the strict end of the paraphrase slider</comment>
        <translation>суворо</translation>
    </message>
    <message>
        <source>loose</source>
        <comment>the loose end of the paraphrase slider</comment>
        <translation>вільно</translation>
    </message>
    <message>
        <source>How loosely reworded sentences count as paraphrases of the base</source>
        <translation>Наскільки вільно переформульовані речення вважати перефразуваннями основи</translation>
    </message>
    <message>
        <source>Paraphrase sensitivity</source>
        <translation>Чутливість до перефразувань</translation>
    </message>
</context>
<context>
    <name>WireDiff::PdfExporter</name>
    <message>
        <source>WireDiff comparison: %1</source>
        <translation>Порівняння WireDiff: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ProvenanceMatrix</name>
    <message>
        <source>How much of each row’s article is found in each column’s article.</source>
        <translation>Яка частка статті кожного рядка є в статті кожної колонки.</translation>
    </message>
    <message>
        <source>verbatim (shade, %)</source>
        <translation>дослівно (відтінок, %)</translation>
    </message>
    <message>
        <source>reworded (band)</source>
        <translation>переформульовано (смуга)</translation>
    </message>
    <message>
        <source>%1% of %2 is found verbatim in %3 (in runs of three words or more, anywhere in it), and %4% reworded.</source>
        <translation>%1 % тексту %2 дослівно є в %3 (послідовності з трьох і більше слів, будь-де), і %4 % переказано.</translation>
    </message>
    <message>
        <source>Word by word against the base, as the pane header reads it: %1.</source>
        <translation>Слово за словом проти бази, як у заголовку панелі: %1.</translation>
    </message>
    <message>
        <source>Click to compare this pair.</source>
        <translation>Клацніть, щоб порівняти цю пару.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Стовпець %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>How much of each row’s article is found in this one.</source>
        <translation>Скільки зі статті кожного рядка знайдено в цій.</translation>
    </message>
    <message>
        <source>How much of this article is found in each column’s article.</source>
        <translation>Скільки з цієї статті знайдено в статті кожного стовпця.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Matrix</source>
        <translation>&amp;Умістити всю матрицю</translation>
    </message>
    <message>
        <source>%1 × %1: too many to fit the panel; scroll, or make the panel larger</source>
        <translation>%1 × %1: забагато, щоб умістити в панель; прокрутіть або збільште панель</translation>
    </message>
</context>
<context>
    <name>WireDiff::SampleFolder</name>
    <message>
        <source>Cannot create the sample folder %1.</source>
        <translation>Не вдається створити теку прикладу %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Go to the box “%1”</source>
        <translation>Перейти до поля «%1»</translation>
    </message>
</context>
<context>
    <name>WireDiff::Sidecar</name>
    <message>
        <source>is not text</source>
        <translation>не є текстом</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>не є цілим числом</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>не є ні true, ні false</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>не є датою й часом</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>відсутній або не є об’єктом</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1: «%2» %3</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>нотатка %1</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>стоїть перед своїм початком</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>порожній</translation>
    </message>
    <message>
        <source>It was kept unchanged; notes made now cannot be saved until it is set aside.</source>
        <translation>Його залишено без змін; нові нотатки не можна буде зберегти, доки його не відкладено.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file. %2</source>
        <translation>Файл нотаток %1 не є звичайним файлом. %2</translation>
    </message>
    <message>
        <source>The notes file %1 is too large (%2 MB). %3</source>
        <translation>Файл нотаток %1 завеликий (%2 МБ). %3</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read: %2. %3</source>
        <translation>Не вдається прочитати файл нотаток %1: %2. %3</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 на байті %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не є об’єктом JSON</translation>
    </message>
    <message>
        <source>The notes file %1 is damaged (%2). %3</source>
        <translation>Файл нотаток %1 пошкоджено (%2). %3</translation>
    </message>
    <message>
        <source>The file %1 is not a WireDiff notes file. %2</source>
        <translation>Файл %1 не є файлом нотаток WireDiff. %2</translation>
    </message>
    <message>
        <source>The notes file %1 names an unknown format “%2”. %3</source>
        <translation>Файл нотаток %1 вказує невідомий формат «%2». %3</translation>
    </message>
    <message>
        <source>The notes file %1 was written by a newer WireDiff (%2). %3</source>
        <translation>Файл нотаток %1 записано новішою версією WireDiff (%2). %3</translation>
    </message>
    <message>
        <source>“notes” is not a list</source>
        <translation>«notes» не є списком</translation>
    </message>
    <message>
        <source>note %1 is not an object</source>
        <translation>нотатка %1 не є об’єктом</translation>
    </message>
    <message>
        <source>“links” is not a list</source>
        <translation>«links» не є списком</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>зв’язок %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 не є об’єктом</translation>
    </message>
    <message>
        <source>The notes file %1 was changed by another program since it was loaded; it was kept and your notes were not saved over it. Reload the folder to see both.</source>
        <translation>Файл нотаток %1 змінено іншою програмою після завантаження; його збережено, а ваші нотатки не записано поверх нього. Перезавантажте теку, щоб побачити обидва.</translation>
    </message>
    <message>
        <source>Cannot set the notes file %1 aside as %2.</source>
        <translation>Не вдається відкласти файл нотаток %1 як %2.</translation>
    </message>
    <message>
        <source>Cannot make the folder for the notes file %1.</source>
        <translation>Не вдається створити теку для файлу нотаток %1.</translation>
    </message>
    <message>
        <source>“lastNoteNumber” is not a whole number</source>
        <translation>«lastNoteNumber» не є цілим числом</translation>
    </message>
</context>
<context>
    <name>WireDiff::ZoomMenu</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Зме&amp;ншити</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
</context>
</TS>
