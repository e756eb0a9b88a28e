<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>WireDiff::AboutDialog</name>
    <message>
        <source>About WireDiff</source>
        <translation>Acerca de WireDiff</translation>
    </message>
    <message>
        <source>windows, text layout, PDF</source>
        <translation>ventanas, composición de texto, PDF</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>word and sentence boundaries, character sets</source>
        <translation>límites de palabras y oraciones, juegos de caracteres</translation>
    </message>
    <message>
        <source>Unicode License</source>
        <translation>Licencia Unicode</translation>
    </message>
    <message>
        <source>word-level differences</source>
        <translation>diferencias palabra por palabra</translation>
    </message>
    <message>
        <source>BSD 3-clause licence</source>
        <translation>licencia BSD de 3 cláusulas</translation>
    </message>
    <message>
        <source>word stems in many languages</source>
        <translation>raíces de palabras en muchos idiomas</translation>
    </message>
    <message>
        <source>synonyms for paraphrase detection</source>
        <translation>sinónimos para detectar paráfrasis</translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation>licencia de WordNet 3.0 (Universidad de Princeton)</translation>
    </message>
    <message>
        <source>WireDiff %1</source>
        <translation>WireDiff %1</translation>
    </message>
    <message>
        <source>Compares many versions of one news story side by side: aligned paragraphs, word-level changes against a base, and who copied whom.</source>
        <translation>Compara lado a lado muchas versiones de una misma noticia: párrafos alineados, cambios palabra por palabra respecto a una base y quién copió a quién.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Construido con:</translation>
    </message>
</context>
<context>
    <name>WireDiff::AgreementDecorator</name>
    <message>
        <source>Only this article has these words here.</source>
        <translation>Solo este artículo tiene estas palabras aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %1 of %n articles in this row.</source>
        <translation>
            <numerusform>Presente en %1 de %n artículo de esta fila.</numerusform>
            <numerusform>Presente en %1 de los %n artículos de esta fila.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::AnalysisController</name>
    <message>
        <source>Changed Facts</source>
        <translation>Datos cambiados</translation>
    </message>
    <message>
        <source>Numbers, dates, names, quotes and attributions that differ from the base</source>
        <translation>Números, fechas, nombres, citas y atribuciones que difieren de la base</translation>
    </message>
    <message>
        <source>Family Tree</source>
        <translation>Árbol genealógico</translation>
    </message>
    <message>
        <source>Which article most likely derives from which; hover for the evidence</source>
        <translation>Qué artículo deriva con más probabilidad de cuál; pase el puntero para ver los indicios</translation>
    </message>
    <message>
        <source>Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain.</source>
        <translation>Sombreado de coincidencia: cuantos menos artículos tienen una palabra, más intenso es su tono; las palabras que comparten todos quedan sin tono.</translation>
    </message>
    <message>
        <source>Panes sorted by publication time.</source>
        <translation>Paneles ordenados por hora de publicación.</translation>
    </message>
    <message>
        <source>Panes sorted by file time (no article gives a publication time).</source>
        <translation>Paneles ordenados por fecha de archivo (ningún artículo indica hora de publicación).</translation>
    </message>
    <message>
        <source>Panes sorted by publication time; the articles that give none follow, by file time.</source>
        <translation>Paneles ordenados por hora de publicación; los artículos que no la indican van después, por fecha del archivo.</translation>
    </message>
</context>
<context>
    <name>WireDiff::AnnotationController</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your notes on this folder, saved beside the articles in %1</source>
        <translation>Sus notas sobre esta carpeta, guardadas junto a los artículos en %1</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1</source>
        <translation>No se pudieron guardar sus notas: %1</translation>
    </message>
    <message>
        <source>The passage of this note is no longer in the articles; the note is kept.</source>
        <translation>El pasaje de esta nota ya no está en los artículos; la nota se conserva.</translation>
    </message>
    <message>
        <source>The consensus pane is rebuilt on every comparison; notes and links go on the articles.</source>
        <translation>El panel de consenso se reconstruye en cada comparación; las notas y los enlaces van en los artículos.</translation>
    </message>
    <message>
        <source>&amp;Edit Note %1…</source>
        <translation>&amp;Editar la nota %1…</translation>
    </message>
    <message>
        <source>&amp;Delete Note %1</source>
        <translation>&amp;Borrar la nota %1</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>Añadir &amp;nota a la selección…</translation>
    </message>
    <message>
        <source>Add &amp;Note to Paragraph…</source>
        <translation>Añadir &amp;nota al párrafo…</translation>
    </message>
    <message>
        <source>&amp;Mark Paragraph for Linking</source>
        <translation>&amp;Marcar el párrafo para enlazarlo</translation>
    </message>
    <message>
        <source>&amp;Link with Marked Paragraph (%1 ¶%2)</source>
        <translation>En&amp;lazar con el párrafo marcado (%1 ¶%2)</translation>
    </message>
    <message>
        <source>&amp;Unlink from This Row</source>
        <translation>&amp;Desenlazar de esta fila</translation>
    </message>
    <message>
        <source>&amp;Forget Manual Links of This Paragraph</source>
        <translation>&amp;Olvidar los enlaces manuales de este párrafo</translation>
    </message>
    <message>
        <source>Marked. Right-click a paragraph of another article and choose “Link with Marked Paragraph”.</source>
        <translation>Marcado. Haga clic derecho en un párrafo de otro artículo y elija «Enlazar con el párrafo marcado».</translation>
    </message>
    <message>
        <source>Linked; comparing again…</source>
        <translation>Enlazado; comparando de nuevo…</translation>
    </message>
    <message>
        <source>Unlinked; comparing again…</source>
        <translation>Desenlazado; comparando de nuevo…</translation>
    </message>
    <message>
        <source>Manual links removed; comparing again…</source>
        <translation>Enlaces manuales quitados; comparando de nuevo…</translation>
    </message>
    <message>
        <source>Set Aside</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>The notes file could not be set aside: %1</source>
        <translation>No se pudo apartar el archivo de notas: %1</translation>
    </message>
    <message>
        <source>The unreadable notes file was renamed and kept; your notes are saved again.</source>
        <translation>El archivo de notas ilegible se renombró y se conserva; sus notas vuelven a guardarse.</translation>
    </message>
    <message>
        <source>The notes file of this folder cannot be read; set it aside to make notes.</source>
        <translation>No se puede leer el archivo de notas de esta carpeta; apártelo para tomar notas.</translation>
    </message>
    <message>
        <source>WireDiff cannot write in this folder: your notes on it are saved in %1</source>
        <translation>WireDiff no puede escribir en esta carpeta: sus notas sobre ella se guardan en %1</translation>
    </message>
    <message>
        <source>Your notes on this folder. WireDiff cannot write in the folder, so they are saved in %1</source>
        <translation>Sus notas sobre esta carpeta. WireDiff no puede escribir en la carpeta, así que se guardan en %1</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message>
        <source>Your notes on %1 could not be saved.</source>
        <translation>No se han podido guardar sus notas sobre %1.</translation>
    </message>
    <message>
        <source>If WireDiff closes now, the notes not saved are lost.</source>
        <translation>Si WireDiff se cierra ahora, las notas sin guardar se pierden.</translation>
    </message>
    <message>
        <source>If another folder opens now, the notes not saved are lost.</source>
        <translation>Si ahora se abre otra carpeta, las notas sin guardar se pierden.</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>Cerrar y perderlas</translation>
    </message>
    <message>
        <source>Open and Lose Them</source>
        <translation>Abrir y perderlas</translation>
    </message>
    <message numerus="yes">
        <source>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</source>
        <translation>
            <numerusform>Las notas se guardan por carpeta, junto a los artículos, y estos archivos vienen de %n carpeta: abra una carpeta, o archivos de una sola carpeta, para leer y tomar notas.</numerusform>
            <numerusform>Las notas se guardan por carpeta, junto a los artículos, y estos archivos vienen de %n carpetas: abra una carpeta, o archivos de una sola carpeta, para leer y tomar notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text here. Go to text with %1 or %2, select with %3 (whole words: %4), then press %5.</source>
        <translation>Aquí no hay texto. Vaya a un texto con %1 o %2, seleccione con %3 (palabras enteras: %4) y pulse %5.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ArticleLoader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>No se puede leer la carpeta %1.</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>dangling symbolic link</source>
        <translation>enlace simbólico roto</translation>
    </message>
    <message>
        <source>file not found (it may have been moved or deleted)</source>
        <translation>archivo no encontrado (puede que se haya movido o borrado)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>XML, but neither NITF nor NewsML-G2</source>
        <translation>XML, pero ni NITF ni NewsML-G2</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>archivo binario, no texto</translation>
    </message>
    <message>
        <source>contains only white space</source>
        <translation>solo contiene espacios en blanco</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences were replaced by “�”</source>
        <translation>las secuencias de bytes %1 no válidas se sustituyeron por «�»</translation>
    </message>
    <message>
        <source>folder already read (a symbolic link loop)</source>
        <translation>carpeta ya leída (bucle de enlaces simbólicos)</translation>
    </message>
    <message numerus="yes">
        <source>over the limit of %n articles in one comparison</source>
        <translation>
            <numerusform>por encima del límite de %n artículo por comparación</numerusform>
            <numerusform>por encima del límite de %n artículos por comparación</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>no se encontró texto de artículo</translation>
    </message>
    <message>
        <source>no article text found (%1)</source>
        <translation>no se encontró texto de artículo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n over-long paragraph(s) were cut into pieces of at most %1 characters</source>
        <translation>
            <numerusform>%n párrafo demasiado largo se dividió en fragmentos de %1 caracteres como máximo</numerusform>
            <numerusform>%n párrafos demasiado largos se dividieron en fragmentos de %1 caracteres como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>was moved or deleted while it was being read</source>
        <translation>se movió o borró mientras se leía</translation>
    </message>
    <message numerus="yes">
        <source>kept changing while it was being read (read %n times)</source>
        <translation>
            <numerusform>no dejó de cambiar mientras se leía (leído %n vez)</numerusform>
            <numerusform>no dejó de cambiar mientras se leía (leído %n veces)</numerusform>
        </translation>
    </message>
    <message>
        <source>a PDF document, not article text</source>
        <translation>un documento PDF, no texto de artículo</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word or OpenDocument file), not article text</source>
        <translation>un archivo ZIP (o un archivo de Word u OpenDocument), no texto de artículo</translation>
    </message>
    <message>
        <source>an old Microsoft Office document, not article text</source>
        <translation>un documento antiguo de Microsoft Office, no texto de artículo</translation>
    </message>
    <message>
        <source>an RTF document, not article text</source>
        <translation>un documento RTF, no texto de artículo</translation>
    </message>
    <message>
        <source>a PNG image, not article text</source>
        <translation>una imagen PNG, no texto de artículo</translation>
    </message>
    <message>
        <source>a GIF image, not article text</source>
        <translation>una imagen GIF, no texto de artículo</translation>
    </message>
    <message>
        <source>a JPEG image, not article text</source>
        <translation>una imagen JPEG, no texto de artículo</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not article text</source>
        <translation>un archivo comprimido con gzip, no texto de artículo</translation>
    </message>
    <message>
        <source>a bzip2-compressed file, not article text</source>
        <translation>un archivo comprimido con bzip2, no texto de artículo</translation>
    </message>
    <message>
        <source>an xz-compressed file, not article text</source>
        <translation>un archivo comprimido con xz, no texto de artículo</translation>
    </message>
    <message>
        <source>a 7-Zip archive, not article text</source>
        <translation>un archivo 7-Zip, no texto de artículo</translation>
    </message>
    <message>
        <source>a RAR archive, not article text</source>
        <translation>un archivo RAR, no texto de artículo</translation>
    </message>
    <message>
        <source>a program, not article text</source>
        <translation>un programa, no texto de artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) were removed (the file may be damaged)</source>
        <translation>
            <numerusform>se quitó %n carácter NUL (puede que el archivo esté dañado)</numerusform>
            <numerusform>se quitaron %n caracteres NUL (puede que el archivo esté dañado)</numerusform>
        </translation>
    </message>
    <message>
        <source>contains bidirectional override or isolate characters, which can make text display in an order other than the one compared</source>
        <translation>contiene caracteres de forzado o aislamiento bidireccional, que pueden mostrar el texto en un orden distinto del comparado</translation>
    </message>
    <message>
        <source>a comparison WireDiff exported, not an article</source>
        <translation>una comparación exportada por WireDiff, no un artículo</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8; rename the file to compare it</source>
        <translation>su nombre no es UTF-8 válido; cambie el nombre del archivo para compararlo</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) that no text uses were removed (the file may be damaged or in another encoding)</source>
        <translation>
            <numerusform>se quitó %n carácter de control que ningún texto usa (puede que el archivo esté dañado o en otra codificación)</numerusform>
            <numerusform>se quitaron %n caracteres de control que ningún texto usa (puede que el archivo esté dañado o en otra codificación)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) were not read: use --recursive, or File ▸ Include Subfolders in the window.</source>
        <translation>
            <numerusform>No se ha leído %n subcarpeta: use --recursive, o Archivo ▸ Incluir subcarpetas en la ventana.</numerusform>
            <numerusform>No se han leído %n subcarpetas: use --recursive, o Archivo ▸ Incluir subcarpetas en la ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>a log or data file, not an article (%1 of its first %2 lines are machine records)</source>
        <translation>un archivo de registro o de datos, no un artículo (%1 de sus primeras %2 líneas son registros de máquina)</translation>
    </message>
    <message>
        <source>%1 is %2 times as long as the other articles (%3 words; the others have about %4): check that it is a version of this story.</source>
        <translation>%1 es %2 veces más largo que los demás artículos (%3 palabras; los demás tienen unas %4): compruebe que es una versión de esta noticia.</translation>
    </message>
    <message numerus="yes">
        <source>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</source>
        <translation>
            <numerusform>Estos artículos están en %n idioma: %1 en %2 de ellos; %3. WireDiff compara palabras, así que una traducción se lee como texto nuevo, no como una versión de la noticia.</numerusform>
            <numerusform>Estos artículos están en %n idiomas: %1 en %2 de ellos; %3. WireDiff compara palabras, así que una traducción se lee como texto nuevo, no como una versión de la noticia.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a headline and no body (a feed may have cut it): it is compared by its headline alone.</source>
        <translation>%1 tiene titular pero no cuerpo (quizá lo cortó un feed): solo se compara su titular.</translation>
    </message>
    <message>
        <source>symbolic link loop: a link back to this folder or to one that holds it</source>
        <translation>bucle de enlaces simbólicos: un enlace de vuelta a esta carpeta o a una carpeta que la contiene</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files.</source>
        <translation>La carpeta «%1» no contiene ningún archivo.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files to compare: hidden files and WireDiff’s own are left out.</source>
        <translation>La carpeta «%1» no contiene archivos que comparar: se omiten los archivos ocultos y los propios de WireDiff.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared: %2.</source>
        <translation>
            <numerusform>El único archivo de la carpeta «%1» no se puede comparar: %2.</numerusform>
            <numerusform>Ninguno de los %n archivos de la carpeta «%1» se puede comparar: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</source>
        <translation>
            <numerusform>El único archivo de la carpeta «%1» no se puede comparar; el motivo más frecuente (%2 de ellos): %3.</numerusform>
            <numerusform>Ninguno de los %n archivos de la carpeta «%1» se puede comparar; el motivo más frecuente (%2 de ellos): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large (over the %1 limit)</source>
        <translation>demasiado grande (supera el límite de %1)</translation>
    </message>
</context>
<context>
    <name>WireDiff::AtomicWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
</context>
<context>
    <name>WireDiff::CommandLine</name>
    <message>
        <source>Compare many versions of one news story: paragraphs aligned side by side, word-level differences against a base, and who copied whom.</source>
        <translation>Comparar muchas versiones de una misma noticia: párrafos alineados lado a lado, diferencias palabra por palabra respecto a una base y quién copió a quién.</translation>
    </message>
    <message>
        <source>Write the comparison report (JSON) to &lt;file&gt; and exit.</source>
        <translation>Escribir el informe de comparación (JSON) en &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Write the annotated PDF to &lt;file&gt; and exit.</source>
        <translation>Escribir el PDF anotado en &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to &lt;file&gt; and exit.</source>
        <translation>Escribir una página HTML autónoma en &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <source>Compare against the article &lt;id&gt; (file name without extension).</source>
        <translation>Comparar con el artículo &lt;id&gt; (nombre de archivo sin extensión).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (de, fr, es, ko, uk, en…).</source>
        <translation>Usar el idioma de interfaz &lt;código&gt; (de, fr, es, ko, uk, en…).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Ignore punctuation when comparing.</source>
        <translation>Ignorar la puntuación al comparar.</translation>
    </message>
    <message>
        <source>Treat curly and straight quotes as different.</source>
        <translation>Distinguir comillas tipográficas y rectas.</translation>
    </message>
    <message>
        <source>How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5.</source>
        <translation>Con qué amplitud una reformulación cuenta como paráfrasis, de 0 (estricto) a 1 (amplio); 0.5 por omisión.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Also read hidden files.</source>
        <translation>Leer también los archivos ocultos.</translation>
    </message>
    <message>
        <source>Also read files in subfolders.</source>
        <translation>Leer también los archivos de las subcarpetas.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter.</source>
        <translation>Tamaño de página del PDF: A4 o Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>PDF in landscape orientation.</source>
        <translation>PDF en orientación horizontal.</translation>
    </message>
    <message>
        <source>PDF and HTML: leave out rows where nothing changed (one line says how many).</source>
        <translation>PDF y HTML: omitir las filas sin cambios (una línea indica cuántas).</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>rutas</translation>
    </message>
    <message>
        <source>A folder of articles, or article files.</source>
        <translation>Una carpeta de artículos o archivos de artículos.</translation>
    </message>
    <message>
        <source>[FOLDER | FILE...]</source>
        <translation>[CARPETA | ARCHIVO...]</translation>
    </message>
    <message>
        <source>--paraphrase-sensitivity takes a number from 0 to 1.</source>
        <translation>--paraphrase-sensitivity admite un número de 0 a 1.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size admite A4 o Letter.</translation>
    </message>
    <message>
        <source>An export needs a folder or files to compare.</source>
        <translation>Una exportación necesita una carpeta o archivos que comparar.</translation>
    </message>
    <message>
        <source>%1 is named by two export options; give each export its own file.</source>
        <translation>%1 aparece en dos opciones de exportación; dé a cada exportación su propio archivo.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Treat upper and lower case, and accented and plain letters, as different.</source>
        <translation>Distinguir mayúsculas y minúsculas, y letras con y sin acento.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparator</name>
    <message>
        <source>There is nothing to compare: no article could be loaded.</source>
        <translation>No hay nada que comparar: no se pudo cargar ningún artículo.</translation>
    </message>
    <message>
        <source>There is no article called “%1” to use as the base.</source>
        <translation>No hay ningún artículo llamado «%1» que usar como base.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks.</source>
        <translation>%1 difiere tanto de la base en algunos puntos que esos puntos se compararon como bloques enteros.</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 no longer matches the articles and was not applied.</source>
        <translation>Un enlace de párrafos que creó entre %1 y %2 ya no coincide con los artículos y no se aplicó.</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, párrafo %2</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 was not applied: it would put the base&apos;s paragraphs out of order.</source>
        <translation>No se aplicó un vínculo de párrafos que hizo entre %1 y %2: desordenaría los párrafos de la base.</translation>
    </message>
    <message>
        <source>Only one article was read, so there is nothing to compare it with: add other versions of the story to see what each kept, changed or added.</source>
        <translation>Solo se ha leído un artículo, así que no hay con qué compararlo: añada otras versiones de la noticia para ver qué conservó, cambió o añadió cada una.</translation>
    </message>
    <message>
        <source>These files do not look like versions of one story: %1 of the %2 articles share under 10 % of their words with any other (the most two share is %3 %). Different stories, or translations, compare as new text.</source>
        <translation>Estos archivos no parecen versiones de una misma noticia: %1 de los %2 artículos comparten menos del 10 % de sus palabras con cualquier otro (lo máximo que comparten dos es el %3 %). Noticias distintas, o traducciones, se comparan como texto nuevo.</translation>
    </message>
    <message>
        <source>%1 shares almost nothing with the other articles (at most %2 % of its words or theirs): check that it is a version of this story.</source>
        <translation>%1 no comparte casi nada con los demás artículos (como mucho el %2 % de sus palabras o de las de ellos): compruebe que es una versión de esta noticia.</translation>
    </message>
    <message>
        <source>%1 holds all of %2 and repeats much of it (a digest of the versions, or a copy pasted twice): it was not chosen as the base.</source>
        <translation>%1 contiene todo %2 y repite gran parte (una recopilación de las versiones o una copia pegada dos veces): no se eligió como base.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparison</name>
    <message>
        <source>%1 is one of the articles compared; WireDiff never writes over an input.</source>
        <translation>%1 es uno de los artículos comparados; WireDiff nunca sobrescribe una entrada.</translation>
    </message>
    <message>
        <source>%1 was read as an input and skipped; WireDiff never writes over an input.</source>
        <translation>%1 se leyó como entrada y se omitió; WireDiff nunca sobrescribe una entrada.</translation>
    </message>
    <message>
        <source>%1 is a WireDiff notes file; an export never replaces it.</source>
        <translation>%1 es un archivo de notas de WireDiff; una exportación nunca lo reemplaza.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonJob</name>
    <message>
        <source>Nothing to compare: no folder or file was given.</source>
        <translation>Nada que comparar: no se indicó ninguna carpeta ni archivo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
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
        <translation>No hay nada que imprimir: no se comparó ningún artículo.</translation>
    </message>
    <message>
        <source>The page is too small to print on.</source>
        <translation>La página es demasiado pequeña para imprimir.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Aligned comparison: %1</source>
        <translation>Comparación alineada: %1</translation>
    </message>
    <message>
        <source>Aligned comparison, group %1 of %2: the base and %3</source>
        <translation>Comparación alineada, grupo %1 de %2: la base y %3</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>No se puede empezar a dibujar las páginas.</translation>
    </message>
    <message>
        <source>WireDiff %1 · %2</source>
        <translation>WireDiff %1 · %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Base: %1</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>No se puede empezar la página %1.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Painting the pages failed.</source>
        <translation>Falló el dibujo de las páginas.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <source>[changed; it read “%1”] </source>
        <translation>[cambiado; decía «%1»] </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonSession</name>
    <message>
        <source>There is nothing to compare here.</source>
        <translation>Aquí no hay nada que comparar.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The comparison shown is the previous one.</source>
        <translation>No se pudo abrir «%1»: %2 Se sigue mostrando la comparación anterior.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>There is no article “%1” to use as the base: the highlights are now read against the agency’s copy or, where there is none, the article that shares most with the others.</source>
        <translation>No hay ningún artículo «%1» que usar como base: los resaltados se leen ahora frente a la copia de la agencia o, si no la hay, frente al artículo que más comparte con los demás.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonTable</name>
    <message>
        <source>base; struck through: dropped by every other article of this page</source>
        <translation>base; tachado: suprimido por todos los demás artículos de esta página</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Filas sin cambios no mostradas: %1</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>párrafo movido</translation>
    </message>
    <message numerus="yes">
        <source>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</source>
        <translation>
            <numerusform>Fila no impresa: %n (un PDF contiene %1 filas por grupo de columnas, además de las filas con notas; las exportaciones HTML y JSON contienen todas las filas)</numerusform>
            <numerusform>Filas no impresas: %n (un PDF contiene %1 filas por grupo de columnas, además de las filas con notas; las exportaciones HTML y JSON contienen todas las filas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonView</name>
    <message>
        <source>Drop a folder of article versions here, or open one with File ▸ Open Folder.</source>
        <translation>Suelte aquí una carpeta de versiones de un artículo o abra una con Archivo ▸ Abrir carpeta.</translation>
    </message>
    <message>
        <source>%1 has nothing here.</source>
        <translation>%1 no tiene nada aquí.</translation>
    </message>
    <message>
        <source>Removed here: %1 is in %2.</source>
        <translation>Suprimido aquí: %1 está en %2.</translation>
    </message>
    <message>
        <source>Added: not in the base, %1.</source>
        <translation>Añadido: no está en la base, %1.</translation>
    </message>
    <message>
        <source>Removed: %1 does not have this.</source>
        <translation>Suprimido: %1 no tiene esto.</translation>
    </message>
    <message>
        <source>Reworded in %1: %2</source>
        <translation>Reformulado en %1: %2</translation>
    </message>
    <message>
        <source>Reworded from: %1</source>
        <translation>Reformulado a partir de: %1</translation>
    </message>
    <message>
        <source>Moved in %1 to paragraph %2: %3</source>
        <translation>Movido en %1 al párrafo %2: %3</translation>
    </message>
    <message>
        <source>Moved from paragraph %2 of %1: %3</source>
        <translation>Movido desde el párrafo %2 de %1: %3</translation>
    </message>
    <message>
        <source>Ctrl+click to go there.</source>
        <translation>Ctrl+clic para ir allí.</translation>
    </message>
    <message>
        <source>%1: %2 says %3</source>
        <translation>%1: %2 dice %3</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>No aparece en ninguna otra fuente.</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in %1’s own order.</source>
        <translation>Estos párrafos están en otro lugar en el orden propio de %1.</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>Usar «%1» como base</translation>
    </message>
    <message>
        <source>Compare the Base with “%1”</source>
        <translation>Comparar la base con «%1»</translation>
    </message>
    <message>
        <source>Move Pane Left</source>
        <translation>Mover el panel a la izquierda</translation>
    </message>
    <message>
        <source>Move Pane Right</source>
        <translation>Mover el panel a la derecha</translation>
    </message>
    <message>
        <source>Hide Pane</source>
        <translation>Ocultar el panel</translation>
    </message>
    <message>
        <source>Show All Panes</source>
        <translation>Mostrar todos los paneles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select All in This Pane</source>
        <translation>Seleccionar todo en este panel</translation>
    </message>
    <message>
        <source>Go to Where This Comes From</source>
        <translation>Ir al origen de esto</translation>
    </message>
    <message>
        <source>Compare every other article with %1</source>
        <translation>Comparar cada uno de los demás artículos con %1</translation>
    </message>
    <message>
        <source>Mark the differences between the base and %1</source>
        <translation>Marcar las diferencias entre la base y %1</translation>
    </message>
    <message>
        <source>Move this pane one place to the left</source>
        <translation>Mover este panel un lugar a la izquierda</translation>
    </message>
    <message>
        <source>Move this pane one place to the right</source>
        <translation>Mover este panel un lugar a la derecha</translation>
    </message>
    <message>
        <source>Hide this pane; Show All Panes brings it back</source>
        <translation>Ocultar este panel; «Mostrar todos los paneles» lo recupera</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Mostrar los paneles que ha ocultado</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>Select the whole text of this pane</source>
        <translation>Seleccionar todo el texto de este panel</translation>
    </message>
    <message>
        <source>Go to the corresponding passage in the article it is compared with</source>
        <translation>Ir al pasaje correspondiente del artículo con el que se compara</translation>
    </message>
    <message>
        <source>This sentence is found in no other source: no other article has it, copied, moved or reworded.</source>
        <translation>Esta frase no está en ninguna otra fuente: ningún otro artículo la tiene, ni copiada, ni movida, ni reformulada.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: found in no other source</source>
        <translation>%1, párrafo %2: no está en ninguna otra fuente</translation>
    </message>
    <message>
        <source>%1, paragraph %2: a sentence found in no other source</source>
        <translation>%1, párrafo %2: una frase que no está en ninguna otra fuente</translation>
    </message>
    <message>
        <source>Spelled differently: %1 in %2</source>
        <translation>Escrito de otra forma: %1 en %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ConsensusArticle</name>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message numerus="yes">
        <source>Consensus of %n articles</source>
        <translation>
            <numerusform>Consenso de %n artículo</numerusform>
            <numerusform>Consenso de %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::CoverPage</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PA wire</source>
        <translation>teletipo PA</translation>
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
        <translation>WIREDIFF · VERSIONES DE UNA NOTICIA COMPARADAS</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(artículos en memoria)</translation>
    </message>
    <message>
        <source>Compared: %1 · articles: %2</source>
        <translation>Comparado: %1 · artículos: %2</translation>
    </message>
    <message>
        <source>Base: %1 — the article every other is marked against</source>
        <translation>Base: %1 — el artículo respecto al que se marcan todos los demás</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <source>%1, repaired</source>
        <translation>%1, reparado</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Every class has a colour and a second cue that survives greyscale printing.</source>
        <translation>Cada clase tiene un color y una segunda señal que se mantiene al imprimir en escala de grises.</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>Signo de inserción</translation>
    </message>
    <message>
        <source>Base words are missing at this point (they are struck through in the base column when every article of the page dropped them)</source>
        <translation>Faltan palabras de la base en este punto (aparecen tachadas en la columna de la base cuando todos los artículos de la página las suprimieron)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Único</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Hueco</translation>
    </message>
    <message>
        <source>The article has nothing for this row (hatched)</source>
        <translation>El artículo no tiene nada en esta fila (rayado)</translation>
    </message>
    <message>
        <source>Moved paragraph</source>
        <translation>Párrafo movido</translation>
    </message>
    <message>
        <source>The paragraph sits elsewhere in its own article</source>
        <translation>El párrafo está en otro lugar de su propio artículo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>An editor’s note: the bracket spans the passage; the text is at the foot of the page</source>
        <translation>Una nota de la redacción: el corchete abarca el pasaje; el texto está al pie de la página</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>párrafo movido</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>No aparece en ninguna otra fuente</translation>
    </message>
    <message>
        <source>Every paragraph has a counterpart in at least one other article.</source>
        <translation>Cada párrafo tiene un equivalente en al menos otro artículo.</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1. They are additions, or text every other version dropped.</source>
        <translation>Párrafos de texto contado que aparecen en un solo artículo: %1. Son añadidos o texto que todas las demás versiones suprimieron.</translation>
    </message>
    <message>
        <source>%1, ¶%2</source>
        <translation>%1, ¶%2</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Notas cuyo pasaje ya no está en los artículos</translation>
    </message>
    <message>
        <source>Kept as they were written; the quoted text was not found when the folder was loaded.</source>
        <translation>Se conservan tal como se escribieron; el texto citado no se encontró al cargar la carpeta.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: “%3”</source>
        <translation>%1, párrafo %2: «%3»</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Quién copió a quién</translation>
    </message>
    <message>
        <source>Each cell: the share of the row’s article found in the column’s article, verbatim (in a shared run of three or more words) · reworded (in sentences the column says in other words). The deeper the green, the more was taken verbatim.</source>
        <translation>Cada celda: la parte del artículo de la fila que se encuentra en el artículo de la columna, literal (en una secuencia común de tres o más palabras) · reformulada (en oraciones que la columna dice con otras palabras). Cuanto más intenso el verde, más se tomó literalmente.</translation>
    </message>
    <message>
        <source>found in →</source>
        <translation>encontrado en →</translation>
    </message>
    <message>
        <source>What each article did with the base</source>
        <translation>Qué hizo cada artículo con la base</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words: verbatim (same or moved), reworded (paraphrased), new (added); removed is the share of the base’s words it left out.</source>
        <translation>Partes de las palabras contadas de cada artículo: literal (igual o movido), reformulado (parafraseado), nuevo (añadido); suprimido es la parte de las palabras de la base que omitió.</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Literal</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed here (the HTML and JSON exports list them all).</source>
        <translation>
            <numerusform>… y %n más, no listado aquí (las exportaciones HTML y JSON los listan todos).</numerusform>
            <numerusform>… y %n más, no listados aquí (las exportaciones HTML y JSON los listan todos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is boxed in magenta in the pages that follow.</source>
        <translation>Cada uno aparece recuadrado en magenta en las páginas siguientes.</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words, adding up to 100 %: verbatim (same or moved), reworded (paraphrased), new (added) and changed facts (a number, date, name or quote that differs from the base); removed is the share of the base’s words it left out.</source>
        <translation>Partes de las palabras contadas de cada artículo, que suman el 100 %: literal (igual o movido), reformulado (parafraseado), nuevo (añadido) y datos cambiados (un número, fecha, nombre o cita que difiere de la base); suprimido es la parte de las palabras de la base que omitió.</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source (violet wash and bar)</source>
        <translation>Párrafo o frase que no está en ninguna otra fuente (fondo y barra violeta)</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1; sentences no other article has inside shared paragraphs: %2. They are additions, or text every other version dropped.</source>
        <translation>Párrafos de texto contado que aparecen en un solo artículo: %1; frases de párrafos compartidos que ningún otro artículo tiene: %2. Son añadidos, o texto que todas las demás versiones suprimieron.</translation>
    </message>
    <message>
        <source>A sentence in a shared paragraph: %1</source>
        <translation>Una frase en un párrafo compartido: %1</translation>
    </message>
    <message>
        <source>Arrows point from source to copy; the number is the share of the copy found in its source, verbatim or reworded (Who Copied Whom gives the verbatim part alone); the base is outlined.</source>
        <translation>Las flechas van de la fuente a la copia; el número es la parte de la copia que está en su fuente, textual o reformulada (Quién copió a quién da solo la parte textual); la base va recuadrada.</translation>
    </message>
</context>
<context>
    <name>WireDiff::DropPolicy</name>
    <message>
        <source>Only folders and files can be dropped here, not text or other data.</source>
        <translation>Aquí solo se pueden soltar carpetas y archivos, no texto ni otros datos.</translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer; download it first.</source>
        <translation>«%1» no es un archivo de este equipo; descárguelo primero.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>Drop one folder at a time: WireDiff compares the versions inside one folder.</source>
        <translation>Suelte una sola carpeta cada vez: WireDiff compara las versiones que hay dentro de una carpeta.</translation>
    </message>
    <message>
        <source>Drop either a folder or files, not both.</source>
        <translation>Suelte una carpeta o archivos, no ambos.</translation>
    </message>
    <message>
        <source>%1 is not an article: WireDiff reads text, Markdown, HTML, NITF and NewsML files.</source>
        <translation>%1 no es un artículo: WireDiff lee archivos de texto, Markdown, HTML, NITF y NewsML.</translation>
    </message>
    <message>
        <source>Left out (not articles): %1</source>
        <translation>Omitidos (no son artículos): %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportController</name>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exportar HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Consensus Text</source>
        <translation>Exportar texto de consenso</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export Report (JSON)</source>
        <translation>Exportar informe (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Vertical</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>%1 (base, always included)</source>
        <translation>%1 (base, siempre incluida)</translation>
    </message>
    <message>
        <source>Include &amp;unchanged paragraphs</source>
        <translation>Incluir párrafos &amp;sin cambios</translation>
    </message>
    <message>
        <source>When off, rows where no article differs from the base are summarised in one line.</source>
        <translation>Si está desactivado, las filas en las que ningún artículo difiere de la base se resumen en una línea.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Artículos:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>All %1 articles side by side on each page.</source>
        <translation>Los %1 artículos lado a lado en cada página.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Imprimir la comparación</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Componiendo el PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 columns on each page: the base and %2 others, in %3 runs of pages.</source>
        <translation>%1 columnas por página: la base y otras %2, en %3 series de páginas.</translation>
    </message>
    <message>
        <source>Up to %1 columns on each page: the base and up to %2 others, in %3 runs of pages.</source>
        <translation>Hasta %1 columnas por página: la base y hasta otras %2, en %3 series de páginas.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportFindings</name>
    <message>
        <source>Changed facts</source>
        <translation>Datos cambiados</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Datos y citas cambiados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <source>Source says (%1)</source>
        <translation>La fuente dice (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Árbol genealógico</translation>
    </message>
    <message>
        <source>Which article most likely derives from which, from the wording they share (above all wording only two of them have) and publication times where the metadata gives them.</source>
        <translation>Qué artículo deriva con más probabilidad de cuál, según la redacción que comparten (sobre todo la que solo tienen dos de ellos) y las horas de publicación cuando los metadatos las indican.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate.</source>
        <translation>%1 difiere tanto de la base en algunos lugares que esos lugares se compararon como bloques completos: sus proporciones son aproximadas.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate. Of its words, %2 are found in the base verbatim and %3 reworded.</source>
        <translation>%1 difiere tanto de la base en algunos lugares que esos lugares se compararon como bloques completos: sus proporciones son aproximadas. De sus palabras, %2 están en la base textualmente y %3 reformuladas.</translation>
    </message>
    <message>
        <source>No article contradicts the base (%1) in a number, date, weekday, name, quote, attribution, stance or meaning (a statement reversed by a negation or an antonym).</source>
        <translation>Ningún artículo contradice la base (%1) en un número, fecha, día de la semana, nombre, cita, atribución, postura o sentido (una afirmación invertida por una negación o un antónimo).</translation>
    </message>
    <message numerus="yes">
        <source>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</source>
        <translation>
            <numerusform>Números, fechas, nombres, citas, atribuciones, posturas e inversiones de sentido en los que un artículo difiere de la base (%1): %n en total.</numerusform>
            <numerusform>Números, fechas, nombres, citas, atribuciones, posturas e inversiones de sentido en los que un artículo difiere de la base (%1): %n en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>¶%1, a sentence in a shared paragraph</source>
        <translation>¶%1, una frase en un párrafo compartido</translation>
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
        <translation>%1 (estricto 0 … 1 flexible)</translation>
    </message>
    <message>
        <source>case and accents ignored</source>
        <translation>mayúsculas y acentos ignorados</translation>
    </message>
    <message>
        <source>case and accents matched</source>
        <translation>mayúsculas y acentos distinguidos</translation>
    </message>
    <message>
        <source>punctuation ignored</source>
        <translation>puntuación ignorada</translation>
    </message>
    <message>
        <source>punctuation compared</source>
        <translation>puntuación comparada</translation>
    </message>
    <message>
        <source>curly and straight quotes alike</source>
        <translation>comillas tipográficas y rectas iguales</translation>
    </message>
    <message>
        <source>quote styles told apart</source>
        <translation>estilos de comillas distinguidos</translation>
    </message>
    <message>
        <source>paraphrase sensitivity %1</source>
        <translation>sensibilidad a la paráfrasis %1</translation>
    </message>
    <message>
        <source>house style edited</source>
        <translation>libro de estilo editado</translation>
    </message>
    <message>
        <source>unchanged rows shown</source>
        <translation>filas sin cambios mostradas</translation>
    </message>
    <message>
        <source>unchanged rows left out</source>
        <translation>filas sin cambios omitidas</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Opciones: %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::Fact</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Sentido</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactListModel</name>
    <message numerus="yes">
        <source>%1 — %n changed</source>
        <translation>
            <numerusform>%1 — %n cambiado</numerusform>
            <numerusform>%1 — %n cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, paragraph %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), paragraph %5:&lt;br&gt;%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, párrafo %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), párrafo %5:&lt;br&gt;%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <source>Source says</source>
        <translation>La fuente dice</translation>
    </message>
    <message>
        <source>%1: facts or quotes that differ from the base (%2): %3</source>
        <translation>%1: datos o citas que difieren de la base (%2): %3</translation>
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
        <translation>Mostrar los datos cambiados de todos los artículos o de uno</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Datos y citas cambiados</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Aún no hay comparación.</translation>
    </message>
    <message>
        <source>One article only: there is nothing to compare its facts with.</source>
        <translation>Solo hay un artículo: no hay nada con qué comparar sus datos.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>No changed facts or quotes: every number, date, name, quote, attribution and stance the articles share with the base (%1) reads the same, and none of their statements is reversed by a negation or an antonym.</source>
        <translation>Ningún hecho ni cita cambiados: cada número, fecha, nombre, cita, atribución y postura que los artículos comparten con la base (%1) es igual, y ninguna de sus afirmaciones está invertida por una negación o un antónimo.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTree</name>
    <message>
        <source>It was published later.</source>
        <translation>Se publicó más tarde.</translation>
    </message>
    <message>
        <source>%1 is an original here: it shares too little with any other version.</source>
        <translation>%1 es aquí un original: comparte demasiado poco con cualquier otra versión.</translation>
    </message>
    <message>
        <source>%1 is an original here: too little of it is found in the versions placed before it.</source>
        <translation>%1 es aquí un original: muy poco de su texto está en las versiones situadas antes.</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it was published before the versions related to it that give a publication time.</source>
        <translation>%1 se toma como la fuente: se publicó antes que las versiones emparentadas que indican una hora de publicación.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because versions related to it read as cut from it: they are found in it more fully than it is found in them.</source>
        <translation>%1 se toma como la fuente, sobre todo porque versiones emparentadas parecen recortes suyos: están en él más completas que él en ellas.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because the versions that hold more than it does add text that no other version has.</source>
        <translation>%1 se toma como la fuente, sobre todo porque las versiones que contienen más añaden texto que ninguna otra versión tiene.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because it is closer to what most versions share than the versions related to it are.</source>
        <translation>%1 se toma como la fuente, sobre todo porque está más cerca de lo que comparten la mayoría de las versiones que las versiones emparentadas.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its file is older than those of the versions related to it and the texts tell little else (file times may be no more than copy times).</source>
        <translation>%1 se toma como la fuente, sobre todo porque su archivo es más antiguo que los de las versiones emparentadas y los textos dicen poco más (la hora de un archivo puede ser solo la de su copia).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: nothing in the texts or times tells it apart from the versions related to it, and it comes first in the folder.</source>
        <translation>%1 se toma como la fuente: nada en los textos ni en las horas lo distingue de las versiones emparentadas, y es el primero de la carpeta.</translation>
    </message>
    <message>
        <source>It reads as a shortened copy of %1.</source>
        <translation>Parece una copia recortada de %1.</translation>
    </message>
    <message>
        <source>Its text beyond %1 is found in no other version: it reads as added here.</source>
        <translation>Su texto más allá de %1 no está en ninguna otra versión: parece añadido aquí.</translation>
    </message>
    <message>
        <source>%1 is closer to what most versions share.</source>
        <translation>%1 está más cerca de lo que comparten la mayoría de las versiones.</translation>
    </message>
    <message>
        <source>Its file is newer (file times may be no more than copy times).</source>
        <translation>Su archivo es más reciente (la hora de un archivo puede ser solo la de su copia).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 se toma como la fuente: es el propio despacho de una agencia de noticias, como muestra su formato, y los medios publican a partir del servicio de agencia.</translation>
    </message>
    <message>
        <source>%1 is an identical copy of %2: the same text, word for word.</source>
        <translation>%1 es una copia idéntica de %2: el mismo texto, palabra por palabra.</translation>
    </message>
    <message>
        <source>%1 is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 es el propio despacho de una agencia de noticias, como muestra su formato, y los medios publican a partir del servicio de agencia.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, and the two are about as long.</source>
        <translation>Casi todo su texto está en %1, y los dos tienen más o menos la misma extensión.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, though it is the longer of the two.</source>
        <translation>Casi todo su texto está en %1, aunque es el más largo de los dos.</translation>
    </message>
    <message>
        <source>Nothing tells which of the two came first; %1 is taken as the earlier.</source>
        <translation>Nada indica cuál de los dos fue primero; se toma %1 como el anterior.</translation>
    </message>
    <message>
        <source>%1 explains it about as well, but on the facts that versions changed it agrees with %2, not with %1.</source>
        <translation>%1 lo explica casi igual de bien, pero en los datos que cambiaron algunas versiones coincide con %2, no con %1.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its dateline or credit line names the news agency the versions related to it come from.</source>
        <translation>%1 se toma como la fuente, sobre todo porque su data o su línea de crédito nombra la agencia de noticias de la que proceden las versiones relacionadas con él.</translation>
    </message>
    <message>
        <source>%1&apos;s dateline or credit line puts it closer to the news agency (the agency&apos;s own copy, or a copy crediting it).</source>
        <translation>La data o la línea de crédito de %1 lo acerca a la agencia de noticias (el propio despacho de la agencia, o una copia que la cita).</translation>
    </message>
    <message>
        <source>More of it is found in %1 than of %1 in it.</source>
        <translation>Se encuentra más de él en %1 que de %1 en él.</translation>
    </message>
    <message>
        <source>%1 most likely derives from %2: %3 % of its words are found there, verbatim or reworded (%4 % the other way).</source>
        <translation>%1 deriva muy probablemente de %2: el %3 % de sus palabras está allí, textual o reformulado (el %4 % a la inversa).</translation>
    </message>
    <message>
        <source>Three-word phrases found in these two and in no other article: %1.</source>
        <translation>Secuencias de tres palabras presentes en estos dos artículos y en ningún otro: %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeGraph</name>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>Verbatim alone, as Who Copied Whom shades it: %1 of %2 is in %3, %4 the other way.</source>
        <translation>Solo textual, como lo sombrea Quién copió a quién: el %1 de %2 está en %3, el %4 a la inversa.</translation>
    </message>
    <message>
        <source>%1 was published first.</source>
        <translation>%1 se publicó primero.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeView</name>
    <message>
        <source>Family tree</source>
        <translation>Árbol genealógico</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Aún no hay comparación.</translation>
    </message>
    <message>
        <source>The family tree needs two articles or more.</source>
        <translation>El árbol genealógico necesita dos artículos o más.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Ajustar todo el árbol al panel, o volver al zoom anterior</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Recuadros más pequeños</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Recuadros más grandes</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Tree</source>
        <translation>A&amp;justar todo el árbol</translation>
    </message>
</context>
<context>
    <name>WireDiff::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text in any pane</source>
        <translation>Texto en cualquier panel</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln</source>
        <translation>
            <numerusform>%L1 de %Ln</numerusform>
            <numerusform>%L1 de %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::HeadlessExport</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>omitido %1: %2</translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation>No se pudo comparar nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing to export.</source>
        <translation>No se puede escribir %1: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>These files come from several folders and notes are kept per folder: no notes are exported.</source>
        <translation>Estos archivos vienen de varias carpetas y las notas se guardan por carpeta: no se exporta ninguna nota.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HighlightStyle</name>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Parafraseado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Dato cambiado</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Literal, como en la base</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Solo en este artículo (subrayado continuo)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>En la base pero no aquí (tachado; un signo de inserción donde falta)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Dice lo que dice la base con otras palabras (subrayado ondulado)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>El mismo texto en otro lugar (recuadro punteado)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Un número, fecha, nombre, cita o atribución que difiere de la base (recuadro continuo)</translation>
    </message>
</context>
<context>
    <name>WireDiff::HouseStyleDialog</name>
    <message>
        <source>House Style</source>
        <translation>Libro de estilo</translation>
    </message>
    <message>
        <source>Spellings your newsroom treats as the same word are not marked as changes. Write one group per line, the spellings separated by “=”, for example &lt;i&gt;Kyiv = Kiev&lt;/i&gt; or &lt;i&gt;per cent = percent = %&lt;/i&gt;. Case does not matter unless the comparison matches case.</source>
        <translation>Las grafías que su redacción trata como la misma palabra no se marcan como cambios. Escriba un grupo por línea, con las grafías separadas por «=», por ejemplo &lt;i&gt;Kiev = Kyiv&lt;/i&gt; o &lt;i&gt;por ciento = %&lt;/i&gt;. Las mayúsculas no importan salvo que la comparación las distinga.</translation>
    </message>
    <message>
        <source>House-style equivalences</source>
        <translation>Equivalencias del libro de estilo</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Replace the list with the equivalences WireDiff ships with</source>
        <translation>Sustituir la lista por las equivalencias que incluye WireDiff</translation>
    </message>
    <message>
        <source>needs two spellings or more, separated by “=”</source>
        <translation>necesita dos grafías o más, separadas por «=»</translation>
    </message>
    <message>
        <source>has an empty spelling: remove the extra “=”</source>
        <translation>tiene una grafía vacía: quite el «=» sobrante</translation>
    </message>
    <message>
        <source>names “%1” twice</source>
        <translation>nombra «%1» dos veces</translation>
    </message>
    <message>
        <source>“%1” is already in line %2: merge the two lines</source>
        <translation>«%1» ya está en la línea %2: una las dos líneas</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Línea %1: %2.</translation>
    </message>
    <message>
        <source>Correct the marked lines first</source>
        <translation>Corrija primero las líneas marcadas</translation>
    </message>
    <message>
        <source>Equivalences: %1</source>
        <translation>Equivalencias: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlExporter</name>
    <message>
        <source>Missing here: %1</source>
        <translation>Falta aquí: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>literal</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Share of each row’s article found in each column’s article: verbatim / reworded.</source>
        <translation>Parte del artículo de cada fila que se encuentra en el artículo de cada columna: literal / reformulado.</translation>
    </message>
    <message>
        <source>Base text missing at this point</source>
        <translation>Falta texto de la base en este punto</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Único</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Passage with an editor’s note, listed below</source>
        <translation>Pasaje con una nota de la redacción, listada abajo</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Filas sin cambios no mostradas: %1</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>nada aquí</translation>
    </message>
    <message>
        <source>moved from elsewhere in this article</source>
        <translation>movido desde otro lugar de este artículo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>párrafo</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Notas cuyo pasaje ya no está en los artículos</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Parafraseado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Dato cambiado</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Literal, como en la base</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Solo en este artículo (subrayado continuo)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>En la base pero no aquí (tachado; un signo de inserción donde falta)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Dice lo que dice la base con otras palabras (subrayado ondulado)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>El mismo texto en otro lugar (recuadro punteado)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Un número, fecha, nombre, cita o atribución que difiere de la base (recuadro continuo)</translation>
    </message>
    <message>
        <source>WireDiff: %1</source>
        <translation>WireDiff: %1</translation>
    </message>
    <message>
        <source>Compared on %1. Articles: %2.</source>
        <translation>Comparado el %1. Artículos: %2.</translation>
    </message>
    <message>
        <source>Base: %1 — %2</source>
        <translation>Base: %1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Quién copió a quién</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>No aparece en ninguna otra fuente</translation>
    </message>
    <message>
        <source>Aligned comparison</source>
        <translation>Comparación alineada</translation>
    </message>
    <message>
        <source>Generated by WireDiff %1.</source>
        <translation>Generado por WireDiff %1.</translation>
    </message>
    <message>
        <source>[changed] The passage was reworded since the note was written. It read:</source>
        <translation>[cambiada] El pasaje se reformuló después de escribir la nota. Decía:</translation>
    </message>
    <message>
        <source>The articles compared: each one’s words, and how many of them are the base’s, verbatim or reworded, or new.</source>
        <translation>Los artículos comparados: las palabras de cada uno y cuántas son de la base, textuales o reformuladas, o nuevas.</translation>
    </message>
    <message>
        <source>The articles’ paragraphs side by side, aligned in rows; the base is the first column and stays in view as the table scrolls.</source>
        <translation>Los párrafos de los artículos uno al lado del otro, alineados en filas; la base es la primera columna y sigue a la vista al desplazar la tabla.</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(artículos en memoria)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source</source>
        <translation>Párrafo o frase que no está en ninguna otra fuente</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlFindings</name>
    <message>
        <source>Each is boxed in magenta in the comparison below.</source>
        <translation>Cada uno aparece recuadrado en magenta en la comparación de abajo.</translation>
    </message>
    <message>
        <source>Each copy is listed under its most likely source.</source>
        <translation>Cada copia aparece bajo su fuente más probable.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Each article’s facts that differ from the base: its wording, then the base’s.</source>
        <translation>Los datos de cada artículo que difieren de la base: su redacción y luego la de la base.</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start</source>
        <translation>El idioma de los menús y mensajes, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Applies when WireDiff starts again</source>
        <translation>Se aplica al volver a iniciar WireDiff</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Idioma del &amp;sistema (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>Seguir el idioma del escritorio, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Use %1 (%2) from the next start</source>
        <translation>Usar %1 (%2) a partir del próximo inicio</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMix</name>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>noruego</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
</context>
<context>
    <name>WireDiff::LegendWidget</name>
    <message>
        <source>Missing here</source>
        <translation>Falta aquí</translation>
    </message>
    <message>
        <source>Paragraph out of order</source>
        <translation>Párrafo fuera de orden</translation>
    </message>
    <message>
        <source>In no other source</source>
        <translation>En ninguna otra fuente</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>Sin equivalente</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texto repetitivo</translation>
    </message>
    <message>
        <source>Base text is missing at this point (hover for what)</source>
        <translation>Falta texto de la base en este punto (pase el puntero para verlo)</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in the article&apos;s own order</source>
        <translation>Estos párrafos están en otro lugar en el orden propio del artículo</translation>
    </message>
    <message>
        <source>A paragraph found in no other article (tinted, with a bar)</source>
        <translation>Un párrafo que no aparece en ningún otro artículo (sombreado, con una barra)</translation>
    </message>
    <message>
        <source>The article has nothing in this row (hatched)</source>
        <translation>El artículo no tiene nada en esta fila (rayado)</translation>
    </message>
    <message>
        <source>Site chrome, legal lines and the like (dimmed, never counted)</source>
        <translation>Elementos del sitio, avisos legales y similares (atenuado, nunca contado)</translation>
    </message>
    <message>
        <source>Abc</source>
        <translation>Abc</translation>
    </message>
    <message>
        <source>In this article only</source>
        <translation>Solo en este artículo</translation>
    </message>
    <message>
        <source>In a few articles</source>
        <translation>En pocos artículos</translation>
    </message>
    <message>
        <source>In most articles</source>
        <translation>En la mayoría de los artículos</translation>
    </message>
    <message>
        <source>In every article</source>
        <translation>En todos los artículos</translation>
    </message>
    <message>
        <source>Words no other article carries (strongest shade, dotted underline)</source>
        <translation>Palabras que ningún otro artículo tiene (tono más fuerte, subrayado punteado)</translation>
    </message>
    <message>
        <source>Words a few of the articles carry (a strong shade)</source>
        <translation>Palabras que tienen pocos de los artículos (tono fuerte)</translation>
    </message>
    <message>
        <source>Words most articles carry (a faint shade)</source>
        <translation>Palabras que tienen la mayoría de los artículos (tono tenue)</translation>
    </message>
    <message>
        <source>Words every article carries stay plain</source>
        <translation>Las palabras que tienen todos los artículos quedan sin tono</translation>
    </message>
</context>
<context>
    <name>WireDiff::Main</name>
    <message>
        <source>There is no translation for “%1”; the languages are: %2.</source>
        <translation>No hay traducción para «%1»; los idiomas disponibles son: %2.</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: there is no display to show it on. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff no puede abrir su ventana: no hay ninguna pantalla en la que mostrarla. Para comparar sin ventana, use --export-json, --export-pdf o --export-html (vea --help).</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: the display %1 does not answer. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff no puede abrir su ventana: la pantalla %1 no responde. Para comparar sin ventana, use --export-json, --export-pdf o --export-html (vea --help).</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of versions of one story</source>
        <translation>Abrir una carpeta de versiones de una misma noticia</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Abrir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Open some versions of one story</source>
        <translation>Abrir algunas versiones de una misma noticia</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>Read the articles again and compare</source>
        <translation>Volver a leer los artículos y comparar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit WireDiff</source>
        <translation>Salir de WireDiff</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>Select &amp;All in Pane</source>
        <translation>Seleccionar &amp;todo en el panel</translation>
    </message>
    <message>
        <source>Select the whole text of the current pane</source>
        <translation>Seleccionar todo el texto del panel actual</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find text in every pane</source>
        <translation>Buscar texto en todos los paneles</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ir a la coincidencia siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ir a la coincidencia anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto a su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Show All Panes</source>
        <translation>Mostrar todos los &amp;paneles</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Mostrar los paneles que ha ocultado</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Le&amp;yenda</translation>
    </message>
    <message>
        <source>Show the key to the highlights</source>
        <translation>Mostrar el significado de los resaltados</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next row with a difference</source>
        <translation>Ir a la fila siguiente con una diferencia</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Cambio &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous row with a difference</source>
        <translation>Ir a la fila anterior con una diferencia</translation>
    </message>
    <message>
        <source>Next &amp;Unique Paragraph</source>
        <translation>Párrafo ú&amp;nico siguiente</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Paragraph</source>
        <translation>Párrafo úni&amp;co anterior</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ignorar &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>Ignorar la &amp;puntuación</translation>
    </message>
    <message>
        <source>Do not count commas, full stops and dashes as differences</source>
        <translation>No contar comas, puntos ni rayas como diferencias</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>Ignorar el estilo de &amp;comillas</translation>
    </message>
    <message>
        <source>Treat curly, straight and angle quotes as the same</source>
        <translation>Tratar igual las comillas tipográficas, rectas y angulares</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stop loading and comparing</source>
        <translation>Detener la carga y la comparación</translation>
    </message>
    <message>
        <source>&amp;About WireDiff</source>
        <translation>Acerca &amp;de WireDiff</translation>
    </message>
    <message>
        <source>About WireDiff</source>
        <translation>Acerca de WireDiff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Acerca del entorno Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every command that has a shortcut</source>
        <translation>Listar todas las órdenes que tienen un atajo</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>Único siguiente</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>Único anterior</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as an annotated PDF</source>
        <translation>Guardar la comparación con sus notas como PDF anotado</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar H&amp;TML…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as one self-contained web page</source>
        <translation>Guardar la comparación con sus notas como una página web autónoma</translation>
    </message>
    <message>
        <source>Export &amp;Consensus Text…</source>
        <translation>Exportar texto de c&amp;onsenso…</translation>
    </message>
    <message>
        <source>Save the probable common source, rebuilt from what most articles share, as plain text</source>
        <translation>Guardar como texto plano la probable fuente común, reconstruida a partir de lo que comparten la mayoría de los artículos</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the comparison with your notes</source>
        <translation>Imprimir la comparación con sus notas</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage; it is saved beside the articles</source>
        <translation>Escribir una nota sobre el pasaje seleccionado; se guarda junto a los artículos</translation>
    </message>
    <message>
        <source>&amp;House Style…</source>
        <translation>&amp;Libro de estilo…</translation>
    </message>
    <message>
        <source>Spellings that count as the same word, such as Kiev and Kyiv</source>
        <translation>Grafías que cuentan como la misma palabra, como Kiev y Kyiv</translation>
    </message>
    <message>
        <source>Agreement S&amp;hading</source>
        <translation>Sombreado de &amp;coincidencia</translation>
    </message>
    <message>
        <source>Shade every word by how many articles carry it, instead of the changes against the base</source>
        <translation>Sombrear cada palabra según cuántos artículos la tienen, en lugar de los cambios respecto a la base</translation>
    </message>
    <message>
        <source>Co&amp;nsensus Pane</source>
        <translation>Panel de co&amp;nsenso</translation>
    </message>
    <message>
        <source>Show the probable common source as a pane of its own (compares once more)</source>
        <translation>Mostrar la probable fuente común en un panel propio (compara una vez más)</translation>
    </message>
    <message>
        <source>Sort Panes by Publication &amp;Time</source>
        <translation>Ordenar paneles por &amp;fecha de publicación</translation>
    </message>
    <message>
        <source>&amp;Include Subfolders</source>
        <translation>Incluir su&amp;bcarpetas</translation>
    </message>
    <message>
        <source>Also read the articles in the subfolders of a folder you open</source>
        <translation>Leer también los artículos de las subcarpetas de una carpeta abierta</translation>
    </message>
    <message>
        <source>&amp;Keep Base in View</source>
        <translation>&amp;Mantener la base a la vista</translation>
    </message>
    <message>
        <source>Keep the base pane at the left edge while the other panes scroll sideways</source>
        <translation>Mantener el panel de la base en el borde izquierdo mientras los demás paneles se desplazan de lado</translation>
    </message>
    <message>
        <source>Order the panes from the earliest published to the latest (publication and wire filing times first, then file times)</source>
        <translation>Ordenar los paneles del más antiguo al más reciente (primero horas de publicación y de transmisión, luego fechas de archivo)</translation>
    </message>
    <message>
        <source>&amp;Your Name for Notes…</source>
        <translation>S&amp;u nombre para las notas…</translation>
    </message>
    <message>
        <source>The name new notes are signed with</source>
        <translation>El nombre con el que se firman las notas nuevas</translation>
    </message>
    <message>
        <source>Export Report (&amp;JSON)…</source>
        <translation>Exportar informe (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as a JSON report, the same as wirediff --export-json</source>
        <translation>Guardar la comparación con sus notas como informe JSON, igual que wirediff --export-json</translation>
    </message>
    <message>
        <source>Go to the next paragraph or sentence found in no other source</source>
        <translation>Ir al siguiente párrafo o frase que no está en ninguna otra fuente</translation>
    </message>
    <message>
        <source>Go to the previous paragraph or sentence found in no other source</source>
        <translation>Ir al párrafo o frase anterior que no está en ninguna otra fuente</translation>
    </message>
    <message>
        <source>Treat “police” and “Police”, or “Bréval” and “Breval”, as the same word</source>
        <translation>Tratar «policía» y «Policía», o «Bréval» y «Breval», como la misma palabra</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>The article every other article is compared with</source>
        <translation>El artículo con el que se compara cada uno de los demás</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainWindow</name>
    <message>
        <source>Who Copied Whom</source>
        <translation>Quién copió a quién</translation>
    </message>
    <message>
        <source>How much of each article is found in each other article; click a cell to compare that pair</source>
        <translation>Cuánto de cada artículo se encuentra en cada uno de los demás; pulse una celda para comparar ese par</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Paneles &amp;laterales</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>Mostrar u ocultar el panel lateral «%1»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Abrir la noticia de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open the bundled sample: six versions of an invented flood report</source>
        <translation>Abrir el ejemplo incluido: seis versiones de una noticia inventada sobre una inundación</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing compared.</source>
        <translation>No se comparó nada.</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the previous one.</source>
        <translation>Cancelado. La comparación mostrada es la anterior.</translation>
    </message>
    <message>
        <source>Files changed on disk; comparing again…</source>
        <translation>Los archivos cambiaron en el disco; comparando de nuevo…</translation>
    </message>
    <message>
        <source>No further rows of that kind.</source>
        <translation>No hay más filas de ese tipo.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>No se abrió: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>compared in %L1 ms</source>
        <translation>comparado en %L1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be compared and were skipped.</source>
        <translation>
            <numerusform>%n archivo no se pudo comparar y se omitió.</numerusform>
            <numerusform>%n archivos no se pudieron comparar y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>No hay carpetas recientes</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>Abrir una carpeta de versiones</translation>
    </message>
    <message>
        <source>Open Versions of One Story</source>
        <translation>Abrir versiones de una misma noticia</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;All files (*)</source>
        <translation>Artículos (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The new language applies when WireDiff starts again.</source>
        <translation>El nuevo idioma se aplicará al volver a iniciar WireDiff.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s) in %1…</source>
        <translation>
            <numerusform>Comparando %n archivo en %1…</numerusform>
            <numerusform>Comparando %n archivos en %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>Comparando %n archivo…</numerusform>
            <numerusform>Comparando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare %2 again.</source>
        <translation>Cancelado; aún no se ha comparado nada. Recargar (%1) para volver a comparar %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare these files again.</source>
        <translation>Cancelado; aún no se ha comparado nada. Recargar (%1) para volver a comparar estos archivos.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NavigationKeys</name>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <source>Previous row with text in a pane on screen</source>
        <translation>Fila anterior con texto en un panel visible</translation>
    </message>
    <message>
        <source>Next row with text in a pane on screen</source>
        <translation>Fila siguiente con texto en un panel visible</translation>
    </message>
    <message>
        <source>Previous pane, in the order shown (the base first)</source>
        <translation>Panel anterior, en el orden mostrado (la base primero)</translation>
    </message>
    <message>
        <source>Next pane, in the order shown</source>
        <translation>Panel siguiente, en el orden mostrado</translation>
    </message>
    <message>
        <source>Menu of the current pane: base, order, visibility, notes</source>
        <translation>Menú del panel actual: base, orden, visibilidad, notas</translation>
    </message>
    <message>
        <source>On a moved passage: go to where it comes from</source>
        <translation>En un pasaje movido: ir a su origen</translation>
    </message>
    <message>
        <source>Extend the selection to the click</source>
        <translation>Extender la selección hasta el clic</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Acercar o alejar</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>New line in the note</source>
        <translation>Nueva línea en la nota</translation>
    </message>
    <message>
        <source>In the panes</source>
        <translation>En los paneles</translation>
    </message>
    <message>
        <source>In the note dialog</source>
        <translation>En el diálogo de notas</translation>
    </message>
    <message>
        <source>Compare the pair of the cell under the keyboard cursor</source>
        <translation>Comparar el par de la celda bajo el cursor del teclado</translation>
    </message>
    <message>
        <source>Fit the whole matrix in the panel, or back to the zoom before</source>
        <translation>Ajustar toda la matriz al panel, o volver al zoom anterior</translation>
    </message>
    <message>
        <source>Larger cells</source>
        <translation>Celdas más grandes</translation>
    </message>
    <message>
        <source>Smaller cells</source>
        <translation>Celdas más pequeñas</translation>
    </message>
    <message>
        <source>Cells at their normal size</source>
        <translation>Celdas a su tamaño normal</translation>
    </message>
    <message>
        <source>Larger or smaller cells</source>
        <translation>Celdas más grandes o más pequeñas</translation>
    </message>
    <message>
        <source>In Who Copied Whom</source>
        <translation>En «Quién copió a quién»</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Ajustar todo el árbol al panel, o volver al zoom anterior</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Recuadros más grandes</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Recuadros más pequeños</translation>
    </message>
    <message>
        <source>Boxes at their normal size</source>
        <translation>Recuadros a su tamaño normal</translation>
    </message>
    <message>
        <source>Larger or smaller boxes</source>
        <translation>Recuadros más grandes o más pequeños</translation>
    </message>
    <message>
        <source>In the Family Tree</source>
        <translation>En el árbol genealógico</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word back</source>
        <translation>Seleccionar con el teclado en la celda actual: el final de la selección una palabra atrás</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word on</source>
        <translation>Seleccionar con el teclado en la celda actual: el final de la selección una palabra adelante</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character back</source>
        <translation>Seleccionar con el teclado en la celda actual: el final de la selección un carácter atrás</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character on</source>
        <translation>Seleccionar con el teclado en la celda actual: el final de la selección un carácter adelante</translation>
    </message>
</context>
<context>
    <name>WireDiff::NewsXmlParser</name>
    <message>
        <source>truncated XML at line %1: %2</source>
        <translation>XML truncado en la línea %1: %2</translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>error de XML en la línea %1: %2</translation>
    </message>
    <message>
        <source>its DTD&apos;s entities would expand to far more text than the file holds</source>
        <translation>las entidades de su DTD se expandirían a mucho más texto del que contiene el archivo</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteBook</name>
    <message>
        <source>There is no folder to save the notes in.</source>
        <translation>No hay ninguna carpeta donde guardar las notas.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDecorator</name>
    <message>
        <source>&lt;b&gt;Note %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Nota %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The passage was reworded since the note was written. It read: “%1”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;El pasaje se reformuló después de escribir la nota. Decía: «%1»&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDialog</name>
    <message>
        <source>Note on %1, ¶%2: “%3”</source>
        <translation>Nota sobre %1, ¶%2: «%3»</translation>
    </message>
    <message>
        <source>The passage was reworded since the note was written. It read: “%1”. Saving the note confirms it on the new wording.</source>
        <translation>El pasaje se reformuló después de escribir la nota. Decía: «%1». Al guardar la nota, queda confirmada sobre la nueva redacción.</translation>
    </message>
    <message>
        <source>Edit Note %1</source>
        <translation>Editar la nota %1</translation>
    </message>
    <message>
        <source>Edit note %1 on %2, ¶%3: “%4”</source>
        <translation>Editar la nota %1 sobre %2, ¶%3: «%4»</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>Guardar la nota (%1)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Who wrote this note; the PDF and HTML print it with the note</source>
        <translation>Quién escribió esta nota; el PDF y el HTML lo imprimen con la nota</translation>
    </message>
    <message>
        <source>Who writes this note; the PDF and HTML print it with the note. New notes are signed with the name you used last.</source>
        <translation>Quién escribe esta nota; el PDF y el HTML lo imprimen con la nota. Las notas nuevas se firman con el último nombre que usó.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Firm&amp;ada por:</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteListModel</name>
    <message>
        <source>[detached] </source>
        <translation>[separada] </translation>
    </message>
    <message>
        <source>%1

The passage was not found in %2 when the folder was loaded.</source>
        <translation>%1

El pasaje no se encontró en %2 al cargar la carpeta.</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3” — %4</source>
        <translation>%1, ¶%2: «%3» — %4</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[cambiada] </translation>
    </message>
    <message>
        <source>%1

The passage was reworded since the note was written. It read: “%2”
It now reads: “%3”</source>
        <translation>%1

El pasaje se reformuló después de escribir la nota. Decía: «%2»
Ahora dice: «%3»</translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a new place.</source>
        <translation>
            <numerusform>%n nota siguió a su pasaje a un nuevo lugar.</numerusform>
            <numerusform>%n notas siguieron a sus pasajes a nuevos lugares.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was reworded; the note now sits on the new wording.</source>
        <translation>
            <numerusform>El pasaje de %n nota se reformuló; la nota está ahora sobre la nueva redacción.</numerusform>
            <numerusform>Los pasajes de %n notas se reformularon; las notas están ahora sobre la nueva redacción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage reads again as when the note was written.</source>
        <translation>
            <numerusform>El pasaje de %n nota vuelve a decir lo mismo que cuando se escribió la nota.</numerusform>
            <numerusform>Los pasajes de %n notas vuelven a decir lo mismo que cuando se escribieron las notas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a renamed file.</source>
        <translation>
            <numerusform>%n nota siguió a su pasaje a un archivo renombrado.</numerusform>
            <numerusform>%n notas siguieron a sus pasajes a archivos renombrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was not found; the note is kept, detached.</source>
        <translation>
            <numerusform>No se encontró el pasaje de %n nota; la nota se conserva, desvinculada.</numerusform>
            <numerusform>No se encontraron los pasajes de %n notas; las notas se conservan, desvinculadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Escrita por %1 el %2.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Escrita por %1.</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>Escrita el %1.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Modificada el %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NotesPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage in any pane and press Ctrl+M to add one.</source>
        <translation>Aún no hay notas. Seleccione un pasaje en cualquier panel y pulse Ctrl+M para añadir una.</translation>
    </message>
    <message>
        <source>Change the text of the selected note</source>
        <translation>Cambiar el texto de la nota seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected note (the article is not touched)</source>
        <translation>Borrar la nota seleccionada (el artículo no se modifica)</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete note %1? This cannot be undone. The other notes keep their numbers, and %1 will not be given to a new note.</source>
        <translation>¿Borrar la nota %1? No se puede deshacer. Las demás notas conservan sus números y el %1 no se asignará a ninguna nota nueva.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>New notes are not signed. Click to give your name.</source>
        <translation>Las notas nuevas no se firman. Haga clic para dar su nombre.</translation>
    </message>
    <message>
        <source>New notes are signed “%1”. Click to change the name.</source>
        <translation>Las notas nuevas se firman «%1». Haga clic para cambiar el nombre.</translation>
    </message>
    <message>
        <source>Your Name for Notes</source>
        <translation>Su nombre para las notas</translation>
    </message>
    <message>
        <source>New notes are signed with this name; the PDF and HTML print it with each note. Leave it empty to sign nothing.</source>
        <translation>Las notas nuevas se firman con este nombre; el PDF y el HTML lo imprimen con cada nota. Déjelo vacío para no firmar.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoticeBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Mostrar u ocultar los detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>WireDiff::OverviewRuler</name>
    <message>
        <source>unique</source>
        <translation>único</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Where the changes are: changed facts, added, removed, reworded, moved, unique. Click to go there.</source>
        <translation>Dónde están los cambios: datos cambiados, añadido, suprimido, reformulado, movido, único. Pulse para ir allí.</translation>
    </message>
</context>
<context>
    <name>WireDiff::PaneHeaderBar</name>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>VS BASE</source>
        <translation>FRENTE A BASE</translation>
    </message>
    <message>
        <source>highlights against %1</source>
        <translation>resaltados respecto a %1</translation>
    </message>
    <message>
        <source>the base of the comparison</source>
        <translation>la base de la comparación</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new</source>
        <translation>%1 % literal · %2 % reformulado · %3 % nuevo</translation>
    </message>
    <message>
        <source>Format: %1, encoding: %2</source>
        <translation>Formato: %1, codificación: %2</translation>
    </message>
    <message>
        <source>The base: every other article is compared with this one.</source>
        <translation>La base: cada uno de los demás artículos se compara con este.</translation>
    </message>
    <message numerus="yes">
        <source>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</source>
        <translation>
            <numerusform>Respecto a la base: %1 % literal, %2 % reformulado, %3 % nuevo; falta %Ln palabra de la base.</numerusform>
            <numerusform>Respecto a la base: %1 % literal, %2 % reformulado, %3 % nuevo; faltan %Ln palabras de la base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click for base, order and visibility; drop files here to add them.</source>
        <translation>Clic derecho para la base, el orden y la visibilidad; suelte archivos aquí para añadirlos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% from consensus</source>
        <translation>a un %1 % del consenso</translation>
    </message>
    <message>
        <source>The probable common source, rebuilt from the aligned rows: per row, the wording most articles share. Not a file; nothing is written.</source>
        <translation>La probable fuente común, reconstruida a partir de las filas alineadas: en cada fila, la redacción que comparten la mayoría de los artículos. No es un archivo; no se escribe nada.</translation>
    </message>
    <message>
        <source>%1% of its wording differs from the consensus of all articles.</source>
        <translation>El %1 % de su redacción difiere del consenso de todos los artículos.</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <comment>the article the base&apos;s highlights are read against</comment>
        <translation>frente a %1</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new · %4% changed facts</source>
        <translation>%1 % literal · %2 % reformulado · %3 % nuevo · %4 % datos cambiados</translation>
    </message>
    <message>
        <source>%1% of its words are changed facts: they say otherwise than the base.</source>
        <translation>El %1 % de sus palabras son datos cambiados: dicen algo distinto de la base.</translation>
    </message>
    <message>
        <source>Published: %1 (from the metadata)</source>
        <translation>Publicado: %1 (según los metadatos)</translation>
    </message>
    <message>
        <source>Filed: %1 (from the wire header)</source>
        <translation>Transmitido: %1 (según la cabecera de la agencia)</translation>
    </message>
    <message>
        <source>File time: %1 (no publication time given; may be a copy time)</source>
        <translation>Fecha del archivo: %1 (no indica hora de publicación; puede ser solo la de la copia)</translation>
    </message>
    <message>
        <source>Its highlights are read against %1.</source>
        <translation>Sus resaltados se leen frente a %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ParaphraseSlider</name>
    <message>
        <source>Paraphrase: strict</source>
        <translation>Paráfrasis: estricto</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <comment>the caption above the paraphrase slider</comment>
        <translation>Paráfrasis</translation>
    </message>
    <message>
        <source>strict</source>
        <comment>the strict end of the paraphrase slider</comment>
        <translation>estricto</translation>
    </message>
    <message>
        <source>loose</source>
        <comment>the loose end of the paraphrase slider</comment>
        <translation>amplio</translation>
    </message>
    <message>
        <source>How loosely reworded sentences count as paraphrases of the base</source>
        <translation>Con qué amplitud las oraciones reformuladas cuentan como paráfrasis de la base</translation>
    </message>
    <message>
        <source>Paraphrase sensitivity</source>
        <translation>Sensibilidad a la paráfrasis</translation>
    </message>
</context>
<context>
    <name>WireDiff::PdfExporter</name>
    <message>
        <source>WireDiff comparison: %1</source>
        <translation>Comparación de WireDiff: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ProvenanceMatrix</name>
    <message>
        <source>How much of each row’s article is found in each column’s article.</source>
        <translation>Cuánto del artículo de cada fila se encuentra en el artículo de cada columna.</translation>
    </message>
    <message>
        <source>verbatim (shade, %)</source>
        <translation>literal (tono, %)</translation>
    </message>
    <message>
        <source>reworded (band)</source>
        <translation>reformulado (banda)</translation>
    </message>
    <message>
        <source>%1% of %2 is found verbatim in %3 (in runs of three words or more, anywhere in it), and %4% reworded.</source>
        <translation>El %1 % de %2 aparece literalmente en %3 (en secuencias de tres palabras o más, en cualquier parte), y el %4 % reformulado.</translation>
    </message>
    <message>
        <source>Word by word against the base, as the pane header reads it: %1.</source>
        <translation>Palabra por palabra frente a la base, como lo lee la cabecera del panel: %1.</translation>
    </message>
    <message>
        <source>Click to compare this pair.</source>
        <translation>Haga clic para comparar este par.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>How much of each row’s article is found in this one.</source>
        <translation>Cuánto del artículo de cada fila se encuentra en este.</translation>
    </message>
    <message>
        <source>How much of this article is found in each column’s article.</source>
        <translation>Cuánto de este artículo se encuentra en el artículo de cada columna.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Matrix</source>
        <translation>A&amp;justar toda la matriz</translation>
    </message>
    <message>
        <source>%1 × %1: too many to fit the panel; scroll, or make the panel larger</source>
        <translation>%1 × %1: demasiados para caber en el panel; desplácese o amplíe el panel</translation>
    </message>
</context>
<context>
    <name>WireDiff::SampleFolder</name>
    <message>
        <source>Cannot create the sample folder %1.</source>
        <translation>No se puede crear la carpeta de ejemplo %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Go to the box “%1”</source>
        <translation>Ir al campo «%1»</translation>
    </message>
</context>
<context>
    <name>WireDiff::Sidecar</name>
    <message>
        <source>is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>no es true ni false</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>falta o no es un objeto</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1: «%2» %3</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>está antes de su inicio</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>It was kept unchanged; notes made now cannot be saved until it is set aside.</source>
        <translation>Se dejó sin cambios; las notas que se hagan ahora no se podrán guardar hasta que se aparte.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file. %2</source>
        <translation>El archivo de notas %1 no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The notes file %1 is too large (%2 MB). %3</source>
        <translation>El archivo de notas %1 es demasiado grande (%2 MB). %3</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read: %2. %3</source>
        <translation>No se puede leer el archivo de notas %1: %2. %3</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>The notes file %1 is damaged (%2). %3</source>
        <translation>El archivo de notas %1 está dañado (%2). %3</translation>
    </message>
    <message>
        <source>The file %1 is not a WireDiff notes file. %2</source>
        <translation>El archivo %1 no es un archivo de notas de WireDiff. %2</translation>
    </message>
    <message>
        <source>The notes file %1 names an unknown format “%2”. %3</source>
        <translation>El archivo de notas %1 indica un formato desconocido «%2». %3</translation>
    </message>
    <message>
        <source>The notes file %1 was written by a newer WireDiff (%2). %3</source>
        <translation>El archivo de notas %1 lo escribió una versión más reciente de WireDiff (%2). %3</translation>
    </message>
    <message>
        <source>“notes” is not a list</source>
        <translation>«notes» no es una lista</translation>
    </message>
    <message>
        <source>note %1 is not an object</source>
        <translation>la nota %1 no es un objeto</translation>
    </message>
    <message>
        <source>“links” is not a list</source>
        <translation>«links» no es una lista</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>enlace %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>The notes file %1 was changed by another program since it was loaded; it was kept and your notes were not saved over it. Reload the folder to see both.</source>
        <translation>Otro programa modificó el archivo de notas %1 después de cargarlo; se conservó y sus notas no se guardaron encima. Recargue la carpeta para ver ambos.</translation>
    </message>
    <message>
        <source>Cannot set the notes file %1 aside as %2.</source>
        <translation>No se puede apartar el archivo de notas %1 como %2.</translation>
    </message>
    <message>
        <source>Cannot make the folder for the notes file %1.</source>
        <translation>No se puede crear la carpeta del archivo de notas %1.</translation>
    </message>
    <message>
        <source>“lastNoteNumber” is not a whole number</source>
        <translation>«lastNoteNumber» no es un número entero</translation>
    </message>
</context>
<context>
    <name>WireDiff::ZoomMenu</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
</context>
</TS>
