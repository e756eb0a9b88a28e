<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>WireDiff::AboutDialog</name>
    <message>
        <source>About WireDiff</source>
        <translation>WireDiff 정보</translation>
    </message>
    <message>
        <source>windows, text layout, PDF</source>
        <translation>창, 텍스트 배치, PDF</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU 약소 일반 공중 사용 허가서 v3</translation>
    </message>
    <message>
        <source>word and sentence boundaries, character sets</source>
        <translation>단어와 문장 경계, 문자 집합</translation>
    </message>
    <message>
        <source>Unicode License</source>
        <translation>유니코드 라이선스</translation>
    </message>
    <message>
        <source>word-level differences</source>
        <translation>단어 단위 차이</translation>
    </message>
    <message>
        <source>BSD 3-clause licence</source>
        <translation>BSD 3조항 라이선스</translation>
    </message>
    <message>
        <source>word stems in many languages</source>
        <translation>여러 언어의 어간</translation>
    </message>
    <message>
        <source>synonyms for paraphrase detection</source>
        <translation>의역 감지를 위한 동의어</translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation>WordNet 3.0 라이선스(프린스턴 대학교)</translation>
    </message>
    <message>
        <source>WireDiff %1</source>
        <translation>WireDiff %1</translation>
    </message>
    <message>
        <source>Compares many versions of one news story side by side: aligned paragraphs, word-level changes against a base, and who copied whom.</source>
        <translation>한 뉴스 기사의 여러 판본을 나란히 비교합니다: 정렬된 문단, 기준 대비 단어 단위 변경, 누가 누구를 베꼈는지.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>사용한 구성 요소:</translation>
    </message>
</context>
<context>
    <name>WireDiff::AgreementDecorator</name>
    <message>
        <source>Only this article has these words here.</source>
        <translation>이 자리의 이 단어들은 이 기사에만 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %1 of %n articles in this row.</source>
        <translation>
            <numerusform>이 행의 기사 %n개 중 %1개에 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::AnalysisController</name>
    <message>
        <source>Changed Facts</source>
        <translation>바뀐 사실</translation>
    </message>
    <message>
        <source>Numbers, dates, names, quotes and attributions that differ from the base</source>
        <translation>기준과 다른 숫자, 날짜, 이름, 인용, 출처 표시</translation>
    </message>
    <message>
        <source>Family Tree</source>
        <translation>계보도</translation>
    </message>
    <message>
        <source>Which article most likely derives from which; hover for the evidence</source>
        <translation>어느 기사가 어느 기사에서 파생되었을 가능성이 가장 큰지. 마우스를 올리면 근거를 보여 줍니다</translation>
    </message>
    <message>
        <source>Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain.</source>
        <translation>일치도 음영: 단어를 가진 기사가 적을수록 음영이 짙습니다. 모두가 공유하는 단어는 음영이 없습니다.</translation>
    </message>
    <message>
        <source>Panes sorted by publication time.</source>
        <translation>창을 발행 시각순으로 정렬했습니다.</translation>
    </message>
    <message>
        <source>Panes sorted by file time (no article gives a publication time).</source>
        <translation>창을 파일 시각순으로 정렬했습니다(발행 시각이 있는 기사가 없음).</translation>
    </message>
    <message>
        <source>Panes sorted by publication time; the articles that give none follow, by file time.</source>
        <translation>창을 발행 시각순으로 정렬했습니다. 발행 시각이 없는 기사는 파일 시각순으로 뒤에 둡니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::AnnotationController</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your notes on this folder, saved beside the articles in %1</source>
        <translation>이 폴더에 대한 메모. 기사 옆 %1에 저장됩니다</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1</source>
        <translation>메모를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The passage of this note is no longer in the articles; the note is kept.</source>
        <translation>이 메모의 구절이 더 이상 기사에 없습니다. 메모는 보관됩니다.</translation>
    </message>
    <message>
        <source>The consensus pane is rebuilt on every comparison; notes and links go on the articles.</source>
        <translation>합의 창은 비교할 때마다 새로 만들어집니다. 메모와 연결은 기사에 다십시오.</translation>
    </message>
    <message>
        <source>&amp;Edit Note %1…</source>
        <translation>메모 %1 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Note %1</source>
        <translation>메모 %1 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>선택 부분에 메모 추가(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Note to Paragraph…</source>
        <translation>문단에 메모 추가(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Mark Paragraph for Linking</source>
        <translation>연결할 문단으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Link with Marked Paragraph (%1 ¶%2)</source>
        <translation>표시한 문단과 연결(&amp;L) (%1 ¶%2)</translation>
    </message>
    <message>
        <source>&amp;Unlink from This Row</source>
        <translation>이 행에서 연결 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Forget Manual Links of This Paragraph</source>
        <translation>이 문단의 수동 연결 지우기(&amp;F)</translation>
    </message>
    <message>
        <source>Marked. Right-click a paragraph of another article and choose “Link with Marked Paragraph”.</source>
        <translation>표시했습니다. 다른 기사의 문단을 오른쪽 클릭하고 “표시한 문단과 연결”을 고르십시오.</translation>
    </message>
    <message>
        <source>Linked; comparing again…</source>
        <translation>연결했습니다. 다시 비교하는 중…</translation>
    </message>
    <message>
        <source>Unlinked; comparing again…</source>
        <translation>연결을 해제했습니다. 다시 비교하는 중…</translation>
    </message>
    <message>
        <source>Manual links removed; comparing again…</source>
        <translation>수동 연결을 지웠습니다. 다시 비교하는 중…</translation>
    </message>
    <message>
        <source>Set Aside</source>
        <translation>따로 보관</translation>
    </message>
    <message>
        <source>The notes file could not be set aside: %1</source>
        <translation>메모 파일을 따로 보관하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The unreadable notes file was renamed and kept; your notes are saved again.</source>
        <translation>읽을 수 없는 메모 파일은 이름을 바꿔 보관했습니다. 이제 메모가 다시 저장됩니다.</translation>
    </message>
    <message>
        <source>The notes file of this folder cannot be read; set it aside to make notes.</source>
        <translation>이 폴더의 메모 파일을 읽을 수 없습니다. 메모하려면 따로 보관하세요.</translation>
    </message>
    <message>
        <source>WireDiff cannot write in this folder: your notes on it are saved in %1</source>
        <translation>WireDiff가 이 폴더에 쓸 수 없습니다. 이 폴더에 대한 메모는 %1에 저장됩니다</translation>
    </message>
    <message>
        <source>Your notes on this folder. WireDiff cannot write in the folder, so they are saved in %1</source>
        <translation>이 폴더에 대한 메모입니다. WireDiff가 폴더에 쓸 수 없어서 %1에 저장됩니다</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>저장되지 않은 메모</translation>
    </message>
    <message>
        <source>Your notes on %1 could not be saved.</source>
        <translation>%1에 대한 메모를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>If WireDiff closes now, the notes not saved are lost.</source>
        <translation>지금 WireDiff를 닫으면 저장되지 않은 메모가 사라집니다.</translation>
    </message>
    <message>
        <source>If another folder opens now, the notes not saved are lost.</source>
        <translation>지금 다른 폴더를 열면 저장되지 않은 메모가 사라집니다.</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>닫고 메모 버리기</translation>
    </message>
    <message>
        <source>Open and Lose Them</source>
        <translation>열고 메모 버리기</translation>
    </message>
    <message numerus="yes">
        <source>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</source>
        <translation>
            <numerusform>메모는 폴더마다 기사 옆에 저장되는데, 이 파일들은 %n개 폴더에서 왔습니다. 메모를 읽고 쓰려면 한 폴더나 한 폴더의 파일들을 여세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text here. Go to text with %1 or %2, select with %3 (whole words: %4), then press %5.</source>
        <translation>여기에는 텍스트가 없습니다. %1 또는 %2(으)로 텍스트로 이동하고 %3(으)로 선택한 뒤(단어 단위: %4) %5을(를) 누르세요.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ArticleLoader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>%1 폴더를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>심볼릭 링크 순환</translation>
    </message>
    <message>
        <source>dangling symbolic link</source>
        <translation>대상이 없는 심볼릭 링크</translation>
    </message>
    <message>
        <source>file not found (it may have been moved or deleted)</source>
        <translation>파일을 찾을 수 없음(이동되었거나 삭제되었을 수 있음)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더임</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>XML, but neither NITF nor NewsML-G2</source>
        <translation>XML이지만 NITF도 NewsML-G2도 아님</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>텍스트가 아닌 바이너리 파일</translation>
    </message>
    <message>
        <source>contains only white space</source>
        <translation>공백만 있음</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences were replaced by “�”</source>
        <translation>잘못된 %1 바이트 시퀀스를 “�”(으)로 바꿈</translation>
    </message>
    <message>
        <source>folder already read (a symbolic link loop)</source>
        <translation>이미 읽은 폴더(심볼릭 링크 순환)</translation>
    </message>
    <message numerus="yes">
        <source>over the limit of %n articles in one comparison</source>
        <translation>
            <numerusform>한 비교당 기사 %n개 한도 초과</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>읽기 오류: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>기사 본문을 찾지 못함</translation>
    </message>
    <message>
        <source>no article text found (%1)</source>
        <translation>기사 본문을 찾지 못함(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n over-long paragraph(s) were cut into pieces of at most %1 characters</source>
        <translation>
            <numerusform>너무 긴 문단 %n개를 최대 %1자씩 나눔</numerusform>
        </translation>
    </message>
    <message>
        <source>was moved or deleted while it was being read</source>
        <translation>읽는 동안 이동되거나 삭제됨</translation>
    </message>
    <message numerus="yes">
        <source>kept changing while it was being read (read %n times)</source>
        <translation>
            <numerusform>읽는 동안 계속 바뀜(%n번 읽음)</numerusform>
        </translation>
    </message>
    <message>
        <source>a PDF document, not article text</source>
        <translation>기사 본문이 아닌 PDF 문서</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word or OpenDocument file), not article text</source>
        <translation>기사 본문이 아닌 ZIP 압축 파일(또는 Word나 OpenDocument 파일)</translation>
    </message>
    <message>
        <source>an old Microsoft Office document, not article text</source>
        <translation>기사 본문이 아닌 옛 Microsoft Office 문서</translation>
    </message>
    <message>
        <source>an RTF document, not article text</source>
        <translation>기사 본문이 아닌 RTF 문서</translation>
    </message>
    <message>
        <source>a PNG image, not article text</source>
        <translation>기사 본문이 아닌 PNG 그림</translation>
    </message>
    <message>
        <source>a GIF image, not article text</source>
        <translation>기사 본문이 아닌 GIF 그림</translation>
    </message>
    <message>
        <source>a JPEG image, not article text</source>
        <translation>기사 본문이 아닌 JPEG 그림</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not article text</source>
        <translation>기사 본문이 아닌 gzip 압축 파일</translation>
    </message>
    <message>
        <source>a bzip2-compressed file, not article text</source>
        <translation>기사 본문이 아닌 bzip2 압축 파일</translation>
    </message>
    <message>
        <source>an xz-compressed file, not article text</source>
        <translation>기사 본문이 아닌 xz 압축 파일</translation>
    </message>
    <message>
        <source>a 7-Zip archive, not article text</source>
        <translation>기사 본문이 아닌 7-Zip 압축 파일</translation>
    </message>
    <message>
        <source>a RAR archive, not article text</source>
        <translation>기사 본문이 아닌 RAR 압축 파일</translation>
    </message>
    <message>
        <source>a program, not article text</source>
        <translation>기사 본문이 아닌 프로그램</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) were removed (the file may be damaged)</source>
        <translation>
            <numerusform>NUL 문자 %n개를 지웠습니다(파일이 손상되었을 수 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>contains bidirectional override or isolate characters, which can make text display in an order other than the one compared</source>
        <translation>양방향 재정의 또는 격리 문자가 있어, 비교한 순서와 다른 순서로 글이 표시될 수 있음</translation>
    </message>
    <message>
        <source>a comparison WireDiff exported, not an article</source>
        <translation>WireDiff가 내보낸 비교 결과이며 기사가 아닙니다</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8; rename the file to compare it</source>
        <translation>이름이 올바른 UTF-8이 아닙니다. 비교하려면 파일 이름을 바꾸세요</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) that no text uses were removed (the file may be damaged or in another encoding)</source>
        <translation>
            <numerusform>텍스트에 쓰이지 않는 제어 문자 %n개를 지웠습니다(파일이 손상되었거나 다른 인코딩일 수 있음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) were not read: use --recursive, or File ▸ Include Subfolders in the window.</source>
        <translation>
            <numerusform>하위 폴더 %n개를 읽지 않았습니다. --recursive를 쓰거나 창에서 파일 ▸ 하위 폴더 포함을 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>a log or data file, not an article (%1 of its first %2 lines are machine records)</source>
        <translation>기사가 아니라 로그 또는 데이터 파일입니다(처음 %2줄 중 %1줄이 기계 기록)</translation>
    </message>
    <message>
        <source>%1 is %2 times as long as the other articles (%3 words; the others have about %4): check that it is a version of this story.</source>
        <translation>%1은(는) 다른 기사보다 %2배 깁니다(%3단어, 다른 기사는 약 %4단어). 이 기사의 한 판본인지 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</source>
        <translation>
            <numerusform>이 기사들은 %n개 언어로 되어 있습니다. %2개는 %1이고, %3입니다. WireDiff는 단어를 비교하므로 번역문은 기사의 한 판이 아니라 새 글로 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1은 %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a headline and no body (a feed may have cut it): it is compared by its headline alone.</source>
        <translation>%1에는 제목만 있고 본문이 없습니다(피드에서 잘렸을 수 있습니다). 제목만 비교합니다.</translation>
    </message>
    <message>
        <source>symbolic link loop: a link back to this folder or to one that holds it</source>
        <translation>심볼릭 링크 순환: 이 폴더 또는 이 폴더를 포함하는 폴더로 되돌아가는 링크</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files.</source>
        <translation>“%1” 폴더에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files to compare: hidden files and WireDiff’s own are left out.</source>
        <translation>“%1” 폴더에 비교할 파일이 없습니다. 숨김 파일과 WireDiff 자체 파일은 제외됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared: %2.</source>
        <translation>
            <numerusform>“%1” 폴더의 파일 %n개 중 비교할 수 있는 파일이 없습니다: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</source>
        <translation>
            <numerusform>“%1” 폴더의 파일 %n개 중 비교할 수 있는 파일이 없습니다. 가장 흔한 이유(%2개): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large (over the %1 limit)</source>
        <translation>너무 큼(한도 %1 초과)</translation>
    </message>
</context>
<context>
    <name>WireDiff::AtomicWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>파일이 아니라 소켓입니다</translation>
    </message>
</context>
<context>
    <name>WireDiff::CommandLine</name>
    <message>
        <source>Compare many versions of one news story: paragraphs aligned side by side, word-level differences against a base, and who copied whom.</source>
        <translation>한 뉴스 기사의 여러 판본을 비교합니다: 나란히 정렬된 문단, 기준 대비 단어 단위 차이, 누가 누구를 베꼈는지.</translation>
    </message>
    <message>
        <source>Write the comparison report (JSON) to &lt;file&gt; and exit.</source>
        <translation>비교 보고서(JSON)를 &lt;파일&gt;에 쓰고 끝냅니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Write the annotated PDF to &lt;file&gt; and exit.</source>
        <translation>주석이 달린 PDF를 &lt;파일&gt;에 쓰고 끝냅니다.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to &lt;file&gt; and exit.</source>
        <translation>독립된 HTML 페이지를 &lt;파일&gt;에 쓰고 끝냅니다.</translation>
    </message>
    <message>
        <source>Compare against the article &lt;id&gt; (file name without extension).</source>
        <translation>&lt;id&gt; 기사(확장자를 뺀 파일 이름)와 비교합니다.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (de, fr, es, ko, uk, en…).</source>
        <translation>사용자 인터페이스 언어로 &lt;코드&gt;를 씁니다(de, fr, es, ko, uk, en…).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Ignore punctuation when comparing.</source>
        <translation>비교할 때 문장 부호를 무시합니다.</translation>
    </message>
    <message>
        <source>Treat curly and straight quotes as different.</source>
        <translation>둥근 따옴표와 곧은 따옴표를 구별합니다.</translation>
    </message>
    <message>
        <source>How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5.</source>
        <translation>바꿔 쓴 문장을 얼마나 너그럽게 의역으로 볼지, 0(엄격)부터 1(느슨)까지, 기본값 0.5.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Also read hidden files.</source>
        <translation>숨김 파일도 읽습니다.</translation>
    </message>
    <message>
        <source>Also read files in subfolders.</source>
        <translation>하위 폴더의 파일도 읽습니다.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter.</source>
        <translation>PDF 용지 크기: A4 또는 Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>PDF in landscape orientation.</source>
        <translation>PDF를 가로 방향으로 만듭니다.</translation>
    </message>
    <message>
        <source>PDF and HTML: leave out rows where nothing changed (one line says how many).</source>
        <translation>PDF와 HTML: 바뀐 것이 없는 행을 뺍니다(몇 행인지 한 줄로 알림).</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>A folder of articles, or article files.</source>
        <translation>기사가 든 폴더 또는 기사 파일.</translation>
    </message>
    <message>
        <source>[FOLDER | FILE...]</source>
        <translation>[폴더 | 파일...]</translation>
    </message>
    <message>
        <source>--paraphrase-sensitivity takes a number from 0 to 1.</source>
        <translation>--paraphrase-sensitivity에는 0부터 1 사이의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size에는 A4 또는 Letter가 필요합니다.</translation>
    </message>
    <message>
        <source>An export needs a folder or files to compare.</source>
        <translation>내보내려면 비교할 폴더나 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is named by two export options; give each export its own file.</source>
        <translation>%1이(가) 두 내보내기 옵션에 지정되었습니다. 내보내기마다 다른 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Treat upper and lower case, and accented and plain letters, as different.</source>
        <translation>대문자와 소문자, 악센트가 있는 글자와 없는 글자를 구별합니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparator</name>
    <message>
        <source>There is nothing to compare: no article could be loaded.</source>
        <translation>비교할 것이 없습니다: 기사를 하나도 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>There is no article called “%1” to use as the base.</source>
        <translation>기준으로 쓸 “%1” 기사가 없습니다.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks.</source>
        <translation>%1은(는) 일부 부분이 기준과 너무 달라서 그 부분을 통째로 비교했습니다.</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 no longer matches the articles and was not applied.</source>
        <translation>%1와(과) %2 사이에 만든 문단 연결이 더 이상 기사와 맞지 않아 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, %2번째 단락</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 was not applied: it would put the base&apos;s paragraphs out of order.</source>
        <translation>%1과(와) %2 사이에 만든 단락 연결은 적용되지 않았습니다: 기준 기사의 단락 순서가 바뀌기 때문입니다.</translation>
    </message>
    <message>
        <source>Only one article was read, so there is nothing to compare it with: add other versions of the story to see what each kept, changed or added.</source>
        <translation>기사를 하나만 읽어서 비교할 대상이 없습니다. 같은 기사의 다른 버전을 추가하면 각 버전이 무엇을 유지하고, 바꾸고, 덧붙였는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>These files do not look like versions of one story: %1 of the %2 articles share under 10 % of their words with any other (the most two share is %3 %). Different stories, or translations, compare as new text.</source>
        <translation>이 파일들은 한 기사의 판본으로 보이지 않습니다. 기사 %2개 중 %1개가 다른 어떤 기사와도 단어의 10% 미만을 공유합니다(두 기사가 공유하는 최대치는 %3%). 서로 다른 기사나 번역문은 새 텍스트로 비교됩니다.</translation>
    </message>
    <message>
        <source>%1 shares almost nothing with the other articles (at most %2 % of its words or theirs): check that it is a version of this story.</source>
        <translation>%1은(는) 다른 기사와 공유하는 것이 거의 없습니다(자신 또는 상대 단어의 최대 %2%). 이 기사의 한 판본인지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 holds all of %2 and repeats much of it (a digest of the versions, or a copy pasted twice): it was not chosen as the base.</source>
        <translation>%1에는 %2 전체가 들어 있고 그 상당 부분이 반복됩니다(여러 판을 모은 글이거나 두 번 붙여 넣은 사본): 기준으로 선택하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparison</name>
    <message>
        <source>%1 is one of the articles compared; WireDiff never writes over an input.</source>
        <translation>%1은(는) 비교 중인 기사입니다. WireDiff는 입력 파일을 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was read as an input and skipped; WireDiff never writes over an input.</source>
        <translation>%1은(는) 입력으로 읽혔다가 건너뛴 파일입니다. WireDiff는 입력 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a WireDiff notes file; an export never replaces it.</source>
        <translation>%1은(는) WireDiff 메모 파일입니다. 내보내기로 대체되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonJob</name>
    <message>
        <source>Nothing to compare: no folder or file was given.</source>
        <translation>비교할 것이 없습니다: 폴더나 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
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
        <translation>인쇄할 것이 없습니다: 비교한 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The page is too small to print on.</source>
        <translation>용지가 너무 작아 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Aligned comparison: %1</source>
        <translation>정렬 비교: %1</translation>
    </message>
    <message>
        <source>Aligned comparison, group %1 of %2: the base and %3</source>
        <translation>정렬 비교, %2개 중 %1번째 묶음: 기준과 %3</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>페이지를 그리기 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>WireDiff %1 · %2</source>
        <translation>WireDiff %1 · %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>기준: %1</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>%1쪽을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%1/%2쪽</translation>
    </message>
    <message>
        <source>Painting the pages failed.</source>
        <translation>페이지를 그리지 못했습니다.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(계속)</translation>
    </message>
    <message>
        <source>[changed; it read “%1”] </source>
        <translation>[바뀜; 원래 “%1”] </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonSession</name>
    <message>
        <source>There is nothing to compare here.</source>
        <translation>여기에는 비교할 것이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The comparison shown is the previous one.</source>
        <translation>“%1”을(를) 열 수 없습니다: %2 이전 비교가 계속 표시됩니다.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>There is no article “%1” to use as the base: the highlights are now read against the agency’s copy or, where there is none, the article that shares most with the others.</source>
        <translation>기준으로 쓸 “%1” 기사가 없습니다. 이제 강조 표시는 통신사 원본을, 없으면 다른 기사와 가장 많이 겹치는 기사를 기준으로 합니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonTable</name>
    <message>
        <source>base; struck through: dropped by every other article of this page</source>
        <translation>기준, 취소선: 이 페이지의 다른 모든 기사가 뺀 부분</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>표시하지 않은 변경 없는 행: %1</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>이동한 문단</translation>
    </message>
    <message numerus="yes">
        <source>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</source>
        <translation>
            <numerusform>인쇄되지 않은 행: %n개 (PDF에는 열 그룹마다 %1개 행과 메모가 있는 행이 들어갑니다. HTML 및 JSON 내보내기에는 모든 행이 들어 있습니다)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonView</name>
    <message>
        <source>Drop a folder of article versions here, or open one with File ▸ Open Folder.</source>
        <translation>기사 판본들이 든 폴더를 여기에 끌어다 놓거나 파일 ▸ 폴더 열기로 여십시오.</translation>
    </message>
    <message>
        <source>%1 has nothing here.</source>
        <translation>%1에는 여기에 해당하는 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Removed here: %1 is in %2.</source>
        <translation>여기서 삭제됨: %1은(는) %2에 있습니다.</translation>
    </message>
    <message>
        <source>Added: not in the base, %1.</source>
        <translation>추가됨: 기준에 없음, %1.</translation>
    </message>
    <message>
        <source>Removed: %1 does not have this.</source>
        <translation>삭제됨: %1에는 이 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Reworded in %1: %2</source>
        <translation>%1에서 바꿔 씀: %2</translation>
    </message>
    <message>
        <source>Reworded from: %1</source>
        <translation>바꿔 쓴 원문: %1</translation>
    </message>
    <message>
        <source>Moved in %1 to paragraph %2: %3</source>
        <translation>%1에서 %2번째 문단으로 이동: %3</translation>
    </message>
    <message>
        <source>Moved from paragraph %2 of %1: %3</source>
        <translation>%1의 %2번째 문단에서 이동: %3</translation>
    </message>
    <message>
        <source>Ctrl+click to go there.</source>
        <translation>Ctrl+클릭하면 그곳으로 갑니다.</translation>
    </message>
    <message>
        <source>%1: %2 says %3</source>
        <translation>%1: %2에는 %3</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>다른 어떤 출처에도 없습니다.</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in %1’s own order.</source>
        <translation>이 문단들은 %1 자체의 순서에서는 다른 곳에 있습니다.</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>“%1”을(를) 기준으로</translation>
    </message>
    <message>
        <source>Compare the Base with “%1”</source>
        <translation>기준을 “%1”와(과) 비교</translation>
    </message>
    <message>
        <source>Move Pane Left</source>
        <translation>창을 왼쪽으로 이동</translation>
    </message>
    <message>
        <source>Move Pane Right</source>
        <translation>창을 오른쪽으로 이동</translation>
    </message>
    <message>
        <source>Hide Pane</source>
        <translation>창 숨기기</translation>
    </message>
    <message>
        <source>Show All Panes</source>
        <translation>모든 창 표시</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Select All in This Pane</source>
        <translation>이 창 전체 선택</translation>
    </message>
    <message>
        <source>Go to Where This Comes From</source>
        <translation>출처로 가기</translation>
    </message>
    <message>
        <source>Compare every other article with %1</source>
        <translation>다른 모든 기사를 %1와(과) 비교합니다</translation>
    </message>
    <message>
        <source>Mark the differences between the base and %1</source>
        <translation>기준과 %1의 차이를 표시합니다</translation>
    </message>
    <message>
        <source>Move this pane one place to the left</source>
        <translation>이 창을 왼쪽으로 한 칸 옮깁니다</translation>
    </message>
    <message>
        <source>Move this pane one place to the right</source>
        <translation>이 창을 오른쪽으로 한 칸 옮깁니다</translation>
    </message>
    <message>
        <source>Hide this pane; Show All Panes brings it back</source>
        <translation>이 창을 숨깁니다. “모든 창 표시”로 다시 보이게 할 수 있습니다</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>숨긴 창을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>선택한 텍스트를 복사합니다</translation>
    </message>
    <message>
        <source>Select the whole text of this pane</source>
        <translation>이 창의 텍스트 전체를 선택합니다</translation>
    </message>
    <message>
        <source>Go to the corresponding passage in the article it is compared with</source>
        <translation>비교 대상 기사의 해당 구절로 갑니다</translation>
    </message>
    <message>
        <source>This sentence is found in no other source: no other article has it, copied, moved or reworded.</source>
        <translation>이 문장은 다른 출처에 없습니다. 복사, 이동, 바꿔 쓰기 어느 형태로도 다른 기사에 없습니다.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: found in no other source</source>
        <translation>%1, %2번째 문단: 다른 출처에 없음</translation>
    </message>
    <message>
        <source>%1, paragraph %2: a sentence found in no other source</source>
        <translation>%1, %2번째 문단: 다른 출처에 없는 문장</translation>
    </message>
    <message>
        <source>Spelled differently: %1 in %2</source>
        <translation>표기가 다름: %2의 %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::ConsensusArticle</name>
    <message>
        <source>Consensus</source>
        <translation>합의문</translation>
    </message>
    <message numerus="yes">
        <source>Consensus of %n articles</source>
        <translation>
            <numerusform>기사 %n개의 합의문</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::CoverPage</name>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PA wire</source>
        <translation>PA 통신문</translation>
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
        <translation>WIREDIFF · 한 기사의 여러 판본 비교</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(메모리 안의 기사)</translation>
    </message>
    <message>
        <source>Compared: %1 · articles: %2</source>
        <translation>비교 시각: %1 · 기사: %2</translation>
    </message>
    <message>
        <source>Base: %1 — the article every other is marked against</source>
        <translation>기준: %1 — 다른 모든 기사를 이 기사와 대조해 표시함</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>약호</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1(기준)</translation>
    </message>
    <message>
        <source>%1, repaired</source>
        <translation>%1, 복구됨</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Every class has a colour and a second cue that survives greyscale printing.</source>
        <translation>모든 분류에는 색과 함께 흑백 인쇄에서도 남는 두 번째 표시가 있습니다.</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>삽입 표시</translation>
    </message>
    <message>
        <source>Base words are missing at this point (they are struck through in the base column when every article of the page dropped them)</source>
        <translation>이 자리에 기준의 단어가 빠져 있습니다(페이지의 모든 기사가 뺀 경우 기준 열에 취소선으로 표시)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>고유</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>빈칸</translation>
    </message>
    <message>
        <source>The article has nothing for this row (hatched)</source>
        <translation>이 행에 해당하는 기사 내용이 없음(빗금)</translation>
    </message>
    <message>
        <source>Moved paragraph</source>
        <translation>이동한 문단</translation>
    </message>
    <message>
        <source>The paragraph sits elsewhere in its own article</source>
        <translation>문단이 자기 기사 안의 다른 곳에 있음</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>An editor’s note: the bracket spans the passage; the text is at the foot of the page</source>
        <translation>편집자 메모: 괄호가 해당 구절을 감싸고, 내용은 페이지 아래에 있음</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>이동한 문단</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>다른 어떤 출처에도 없음</translation>
    </message>
    <message>
        <source>Every paragraph has a counterpart in at least one other article.</source>
        <translation>모든 문단이 적어도 하나의 다른 기사에 대응 문단이 있습니다.</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1. They are additions, or text every other version dropped.</source>
        <translation>한 기사에만 나오는 집계 대상 문단: %1. 추가된 내용이거나 다른 모든 판본이 뺀 내용입니다.</translation>
    </message>
    <message>
        <source>%1, ¶%2</source>
        <translation>%1, ¶%2</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>해당 구절이 더 이상 기사에 없는 메모</translation>
    </message>
    <message>
        <source>Kept as they were written; the quoted text was not found when the folder was loaded.</source>
        <translation>작성된 그대로 보관합니다. 폴더를 불러올 때 인용한 구절을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: “%3”</source>
        <translation>%1, %2번째 문단: “%3”</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>누가 누구를 베꼈나</translation>
    </message>
    <message>
        <source>Each cell: the share of the row’s article found in the column’s article, verbatim (in a shared run of three or more words) · reworded (in sentences the column says in other words). The deeper the green, the more was taken verbatim.</source>
        <translation>각 칸: 행 기사 중 열 기사에서 찾은 비율, 그대로(세 단어 이상 이어지는 공통 구간) · 바꿔 씀(열 기사가 다른 말로 표현한 문장). 초록색이 짙을수록 그대로 가져온 부분이 많습니다.</translation>
    </message>
    <message>
        <source>found in →</source>
        <translation>찾은 곳 →</translation>
    </message>
    <message>
        <source>What each article did with the base</source>
        <translation>각 기사가 기준을 어떻게 다뤘나</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words: verbatim (same or moved), reworded (paraphrased), new (added); removed is the share of the base’s words it left out.</source>
        <translation>각 기사에서 집계한 단어의 비율: 그대로(같거나 이동함), 바꿔 씀(의역), 새로 씀(추가); 삭제는 기준의 단어 중 뺀 비율입니다.</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>그대로</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>바꿔 씀</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 씀</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>base</source>
        <translation>기준</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed here (the HTML and JSON exports list them all).</source>
        <translation>
            <numerusform>… 외 %n개는 여기에 나열하지 않았습니다 (HTML 및 JSON 내보내기에는 모두 나열됩니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is boxed in magenta in the pages that follow.</source>
        <translation>각각 다음 페이지들에서 자홍색 상자로 표시됩니다.</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words, adding up to 100 %: verbatim (same or moved), reworded (paraphrased), new (added) and changed facts (a number, date, name or quote that differs from the base); removed is the share of the base’s words it left out.</source>
        <translation>각 기사에서 집계한 단어의 비율(합계 100 %): 그대로(같거나 이동함), 바꿔 씀(의역), 새로 씀(추가), 바뀐 사실(기준과 다른 숫자, 날짜, 이름, 인용); 삭제는 기준의 단어 중 뺀 비율입니다.</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source (violet wash and bar)</source>
        <translation>다른 출처에 없는 문단이나 문장(보라색 배경과 막대)</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1; sentences no other article has inside shared paragraphs: %2. They are additions, or text every other version dropped.</source>
        <translation>한 기사에만 있는 집계 대상 문단: %1개, 공유된 문단 안에서 다른 어느 기사에도 없는 문장: %2개. 추가된 내용이거나 다른 모든 판이 뺀 텍스트입니다.</translation>
    </message>
    <message>
        <source>A sentence in a shared paragraph: %1</source>
        <translation>공유된 문단 안의 문장: %1</translation>
    </message>
    <message>
        <source>Arrows point from source to copy; the number is the share of the copy found in its source, verbatim or reworded (Who Copied Whom gives the verbatim part alone); the base is outlined.</source>
        <translation>화살표는 원본에서 사본을 가리킵니다. 숫자는 사본 중 원본에 그대로 또는 바꿔 쓴 형태로 있는 비율입니다(누가 누구를 베꼈나는 그대로 일치한 부분만 보여 줍니다). 기준 기사는 테두리로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::DropPolicy</name>
    <message>
        <source>Only folders and files can be dropped here, not text or other data.</source>
        <translation>여기에는 폴더와 파일만 놓을 수 있습니다. 텍스트나 다른 데이터는 안 됩니다.</translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer; download it first.</source>
        <translation>“%1”은(는) 이 컴퓨터의 파일이 아닙니다. 먼저 내려받으십시오.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Drop one folder at a time: WireDiff compares the versions inside one folder.</source>
        <translation>폴더는 한 번에 하나만 놓으십시오. WireDiff는 한 폴더 안의 판본들을 비교합니다.</translation>
    </message>
    <message>
        <source>Drop either a folder or files, not both.</source>
        <translation>폴더나 파일 중 하나만 놓으십시오.</translation>
    </message>
    <message>
        <source>%1 is not an article: WireDiff reads text, Markdown, HTML, NITF and NewsML files.</source>
        <translation>%1은(는) 기사가 아닙니다. WireDiff는 텍스트, Markdown, HTML, NITF, NewsML 파일을 읽습니다.</translation>
    </message>
    <message>
        <source>Left out (not articles): %1</source>
        <translation>제외함(기사 아님): %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportController</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML 내보내기</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>웹 페이지 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Consensus Text</source>
        <translation>합의문 내보내기</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>Export Report (JSON)</source>
        <translation>보고서 내보내기(JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
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
        <translation>세로(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>가로(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (base, always included)</source>
        <translation>%1(기준, 항상 포함)</translation>
    </message>
    <message>
        <source>Include &amp;unchanged paragraphs</source>
        <translation>바뀌지 않은 문단 포함(&amp;U)</translation>
    </message>
    <message>
        <source>When off, rows where no article differs from the base are summarised in one line.</source>
        <translation>끄면 어떤 기사도 기준과 다르지 않은 행을 한 줄로 요약합니다.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>용지 크기(&amp;S):</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>기사(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>All %1 articles side by side on each page.</source>
        <translation>기사 %1개 모두를 각 페이지에 나란히 놓습니다.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>비교 인쇄</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>PDF를 배치하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 columns on each page: the base and %2 others, in %3 runs of pages.</source>
        <translation>페이지마다 %1열: 기준 기사와 다른 기사 %2개, 페이지 묶음 %3개.</translation>
    </message>
    <message>
        <source>Up to %1 columns on each page: the base and up to %2 others, in %3 runs of pages.</source>
        <translation>페이지마다 최대 %1열: 기준 기사와 다른 기사 최대 %2개, 페이지 묶음 %3개.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportFindings</name>
    <message>
        <source>Changed facts</source>
        <translation>바뀐 사실</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>바뀐 사실과 인용</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <source>Source says (%1)</source>
        <translation>출처의 내용(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n개 바뀜</numerusform>
        </translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>계보도</translation>
    </message>
    <message>
        <source>Which article most likely derives from which, from the wording they share (above all wording only two of them have) and publication times where the metadata gives them.</source>
        <translation>어느 기사가 어느 기사에서 파생되었을 가능성이 가장 큰지를 공유하는 표현(특히 두 기사만 가진 표현)과, 메타데이터에 있으면 발행 시각으로 판단합니다.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate.</source>
        <translation>%1은(는) 일부 구간이 기준과 너무 달라 그 구간을 통째로 비교했습니다. 비율은 근삿값입니다.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate. Of its words, %2 are found in the base verbatim and %3 reworded.</source>
        <translation>%1은(는) 일부 구간이 기준과 너무 달라 그 구간을 통째로 비교했습니다. 비율은 근삿값입니다. 단어 중 %2는 기준에 그대로, %3는 바꿔 쓴 형태로 있습니다.</translation>
    </message>
    <message>
        <source>No article contradicts the base (%1) in a number, date, weekday, name, quote, attribution, stance or meaning (a statement reversed by a negation or an antonym).</source>
        <translation>어떤 기사도 숫자, 날짜, 요일, 이름, 인용, 출처 표시, 입장, 의미(부정어나 반의어로 뒤집힌 진술)에서 기준(%1)과 어긋나지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</source>
        <translation>
            <numerusform>기사가 기준(%1)과 다른 숫자, 날짜, 이름, 인용, 출처 표시, 입장, 의미 반전: 모두 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>¶%1, a sentence in a shared paragraph</source>
        <translation>¶%1, 공유된 문단 안의 문장</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportOptions</name>
    <message>
        <source>%1 (strict 0 … 1 loose)</source>
        <translation>%1 (엄격 0 … 1 느슨)</translation>
    </message>
    <message>
        <source>case and accents ignored</source>
        <translation>대소문자와 악센트 무시</translation>
    </message>
    <message>
        <source>case and accents matched</source>
        <translation>대소문자와 악센트 구분</translation>
    </message>
    <message>
        <source>punctuation ignored</source>
        <translation>문장 부호 무시</translation>
    </message>
    <message>
        <source>punctuation compared</source>
        <translation>문장 부호 비교</translation>
    </message>
    <message>
        <source>curly and straight quotes alike</source>
        <translation>둥근 따옴표와 곧은 따옴표 동일</translation>
    </message>
    <message>
        <source>quote styles told apart</source>
        <translation>따옴표 모양 구분</translation>
    </message>
    <message>
        <source>paraphrase sensitivity %1</source>
        <translation>바꿔 쓰기 민감도 %1</translation>
    </message>
    <message>
        <source>house style edited</source>
        <translation>하우스 스타일 수정됨</translation>
    </message>
    <message>
        <source>unchanged rows shown</source>
        <translation>바뀌지 않은 행 표시</translation>
    </message>
    <message>
        <source>unchanged rows left out</source>
        <translation>바뀌지 않은 행 생략</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>옵션: %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::Fact</name>
    <message>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>출처 표시</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactListModel</name>
    <message numerus="yes">
        <source>%1 — %n changed</source>
        <translation>
            <numerusform>%1 — %n개 바뀜</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, paragraph %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), paragraph %5:&lt;br&gt;%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2번째 문단:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt;(기준), %5번째 문단:&lt;br&gt;%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <source>Source says</source>
        <translation>출처의 내용</translation>
    </message>
    <message>
        <source>%1: facts or quotes that differ from the base (%2): %3</source>
        <translation>%1: 기준(%2)과 다른 사실 또는 인용: %3</translation>
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
        <translation>모든 기사 또는 한 기사의 바뀐 사실을 보여 줍니다</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>바뀐 사실과 인용</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>아직 비교하지 않았습니다.</translation>
    </message>
    <message>
        <source>One article only: there is nothing to compare its facts with.</source>
        <translation>기사가 하나뿐입니다. 사실을 비교할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>No changed facts or quotes: every number, date, name, quote, attribution and stance the articles share with the base (%1) reads the same, and none of their statements is reversed by a negation or an antonym.</source>
        <translation>바뀐 사실이나 인용이 없습니다. 기사들이 기준(%1)과 공유하는 숫자, 날짜, 이름, 인용, 출처 표시, 입장이 모두 같고, 부정어나 반의어로 뒤집힌 진술도 없습니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTree</name>
    <message>
        <source>It was published later.</source>
        <translation>더 나중에 발행되었습니다.</translation>
    </message>
    <message>
        <source>%1 is an original here: it shares too little with any other version.</source>
        <translation>%1은(는) 여기서 원본입니다. 다른 어느 판본과도 공유하는 부분이 너무 적습니다.</translation>
    </message>
    <message>
        <source>%1 is an original here: too little of it is found in the versions placed before it.</source>
        <translation>%1은(는) 여기서 원본입니다. 앞에 놓인 판본들에서 발견되는 부분이 너무 적습니다.</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it was published before the versions related to it that give a publication time.</source>
        <translation>%1을(를) 출처로 봅니다. 발행 시각이 있는 관련 판본들보다 먼저 발행되었습니다.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because versions related to it read as cut from it: they are found in it more fully than it is found in them.</source>
        <translation>%1을(를) 출처로 봅니다. 주된 이유는 관련 판본들이 여기서 잘라 낸 것으로 보이기 때문입니다. 그 판본들이 이 안에 들어 있는 정도가 이것이 그 판본들 안에 들어 있는 정도보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because the versions that hold more than it does add text that no other version has.</source>
        <translation>%1을(를) 출처로 봅니다. 주된 이유는 이것보다 내용이 많은 판본들이 다른 어느 판본에도 없는 텍스트를 덧붙였기 때문입니다.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because it is closer to what most versions share than the versions related to it are.</source>
        <translation>%1을(를) 출처로 봅니다. 주된 이유는 대부분의 판본이 공유하는 내용에 관련 판본들보다 더 가깝기 때문입니다.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its file is older than those of the versions related to it and the texts tell little else (file times may be no more than copy times).</source>
        <translation>%1을(를) 출처로 봅니다. 주된 이유는 파일이 관련 판본들의 파일보다 오래되었고 텍스트로는 달리 알 수 있는 것이 적기 때문입니다(파일 시각은 복사한 시각일 뿐일 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: nothing in the texts or times tells it apart from the versions related to it, and it comes first in the folder.</source>
        <translation>%1을(를) 출처로 봅니다. 텍스트나 시각으로는 관련 판본들과 구별되지 않으며, 폴더에서 맨 앞에 있습니다.</translation>
    </message>
    <message>
        <source>It reads as a shortened copy of %1.</source>
        <translation>%1을(를) 줄인 사본으로 보입니다.</translation>
    </message>
    <message>
        <source>Its text beyond %1 is found in no other version: it reads as added here.</source>
        <translation>%1에 없는 이 판본의 텍스트는 다른 어느 판본에도 없습니다. 여기서 덧붙인 것으로 보입니다.</translation>
    </message>
    <message>
        <source>%1 is closer to what most versions share.</source>
        <translation>%1이(가) 대부분의 판본이 공유하는 내용에 더 가깝습니다.</translation>
    </message>
    <message>
        <source>Its file is newer (file times may be no more than copy times).</source>
        <translation>파일이 더 최근입니다(파일 시각은 복사한 시각일 뿐일 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1을(를) 원본으로 봅니다. 형식으로 보아 통신사가 직접 낸 기사이며, 언론사는 통신 기사를 받아 싣습니다.</translation>
    </message>
    <message>
        <source>%1 is an identical copy of %2: the same text, word for word.</source>
        <translation>%1은(는) %2의 동일한 사본입니다. 한 단어도 다르지 않은 같은 글입니다.</translation>
    </message>
    <message>
        <source>%1 is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1은(는) 형식으로 보아 통신사가 직접 낸 기사이며, 언론사는 통신 기사를 받아 싣습니다.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, and the two are about as long.</source>
        <translation>거의 전부가 %1에 있으며 두 글의 길이는 비슷합니다.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, though it is the longer of the two.</source>
        <translation>거의 전부가 %1에 있지만 두 글 중 더 깁니다.</translation>
    </message>
    <message>
        <source>Nothing tells which of the two came first; %1 is taken as the earlier.</source>
        <translation>둘 중 어느 것이 먼저인지 알 수 없어 %1을(를) 먼저 나온 것으로 봅니다.</translation>
    </message>
    <message>
        <source>%1 explains it about as well, but on the facts that versions changed it agrees with %2, not with %1.</source>
        <translation>%1도 거의 같은 정도로 설명하지만, 판본들이 바꾼 사실에서는 %1이(가) 아니라 %2와(과) 일치합니다.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its dateline or credit line names the news agency the versions related to it come from.</source>
        <translation>%1을(를) 원본으로 봅니다. 주로 그 발신지 표기나 출처 표기가 관련 버전들이 나온 통신사를 밝히기 때문입니다.</translation>
    </message>
    <message>
        <source>%1&apos;s dateline or credit line puts it closer to the news agency (the agency&apos;s own copy, or a copy crediting it).</source>
        <translation>%1의 발신지 표기나 출처 표기로 보아 통신사에 더 가깝습니다(통신사가 직접 낸 기사이거나 통신사를 출처로 밝힌 사본).</translation>
    </message>
    <message>
        <source>More of it is found in %1 than of %1 in it.</source>
        <translation>이 버전이 %1에서 발견되는 비율이 %1이(가) 이 버전에서 발견되는 비율보다 높습니다.</translation>
    </message>
    <message>
        <source>%1 most likely derives from %2: %3 % of its words are found there, verbatim or reworded (%4 % the other way).</source>
        <translation>%1은(는) %2에서 파생되었을 가능성이 가장 큽니다: 단어의 %3 %가 그대로 또는 바꿔 쓴 형태로 그곳에 있습니다(반대 방향은 %4 %).</translation>
    </message>
    <message>
        <source>Three-word phrases found in these two and in no other article: %1.</source>
        <translation>이 두 기사에만 있고 다른 기사에는 없는 세 단어 구: %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeGraph</name>
    <message>
        <source>BASE</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Verbatim alone, as Who Copied Whom shades it: %1 of %2 is in %3, %4 the other way.</source>
        <translation>그대로 일치한 부분만(누가 누구를 베꼈나의 음영과 같음): %2의 %1이(가) %3에 있고, 반대 방향은 %4.</translation>
    </message>
    <message>
        <source>%1 was published first.</source>
        <translation>%1이(가) 먼저 게시되었습니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeView</name>
    <message>
        <source>Family tree</source>
        <translation>계보도</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>아직 비교하지 않았습니다.</translation>
    </message>
    <message>
        <source>The family tree needs two articles or more.</source>
        <translation>계보도를 그리려면 기사가 둘 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>계보 전체를 패널에 맞추기, 또는 이전 배율로 되돌리기</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>상자 작게</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>상자 크게</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Tree</source>
        <translation>전체 계보 맞추기(&amp;F)</translation>
    </message>
</context>
<context>
    <name>WireDiff::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <source>Text in any pane</source>
        <translation>모든 창의 텍스트</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과(Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 결과(Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 막대 닫기(Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>결과 없음</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln</source>
        <translation>
            <numerusform>%L1/%Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::HeadlessExport</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>건너뜀 %1: %2</translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation>아무것도 비교하지 못했습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing to export.</source>
        <translation>%1에 쓸 수 없습니다: 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>These files come from several folders and notes are kept per folder: no notes are exported.</source>
        <translation>이 파일들은 여러 폴더에서 왔고 메모는 폴더마다 저장되므로 메모를 내보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HighlightStyle</name>
    <message>
        <source>Same</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>의역</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>바뀐 사실</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>기준과 글자 그대로 같음</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>이 기사에만 있음(실선 밑줄)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>기준에는 있지만 여기에는 없음(취소선, 빠진 자리에 삽입 표시)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>기준의 내용을 다른 말로 표현함(물결 밑줄)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>같은 글이 다른 곳에 있음(점선 상자)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>기준과 다른 숫자, 날짜, 이름, 인용 또는 출처 표시(실선 상자)</translation>
    </message>
</context>
<context>
    <name>WireDiff::HouseStyleDialog</name>
    <message>
        <source>House Style</source>
        <translation>사내 표기 원칙</translation>
    </message>
    <message>
        <source>Spellings your newsroom treats as the same word are not marked as changes. Write one group per line, the spellings separated by “=”, for example &lt;i&gt;Kyiv = Kiev&lt;/i&gt; or &lt;i&gt;per cent = percent = %&lt;/i&gt;. Case does not matter unless the comparison matches case.</source>
        <translation>편집국이 같은 단어로 보는 표기는 변경으로 표시하지 않습니다. 한 줄에 한 묶음씩, 표기를 “=”로 나누어 쓰십시오. 예: &lt;i&gt;키이우 = 키예프&lt;/i&gt;, &lt;i&gt;퍼센트 = 프로 = %&lt;/i&gt;. 비교에서 대소문자를 구별하지 않으면 대소문자는 상관없습니다.</translation>
    </message>
    <message>
        <source>House-style equivalences</source>
        <translation>사내 표기 동의어</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>Replace the list with the equivalences WireDiff ships with</source>
        <translation>WireDiff에 기본으로 들어 있는 동의어로 목록을 바꿉니다</translation>
    </message>
    <message>
        <source>needs two spellings or more, separated by “=”</source>
        <translation>“=”로 나눈 표기가 둘 이상 있어야 함</translation>
    </message>
    <message>
        <source>has an empty spelling: remove the extra “=”</source>
        <translation>빈 표기가 있음: 남는 “=”를 지우십시오</translation>
    </message>
    <message>
        <source>names “%1” twice</source>
        <translation>“%1”이(가) 두 번 나옴</translation>
    </message>
    <message>
        <source>“%1” is already in line %2: merge the two lines</source>
        <translation>“%1”은(는) 이미 %2행에 있음: 두 줄을 합치십시오</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>%1행: %2.</translation>
    </message>
    <message>
        <source>Correct the marked lines first</source>
        <translation>먼저 표시된 줄을 고치십시오</translation>
    </message>
    <message>
        <source>Equivalences: %1</source>
        <translation>동의어 묶음: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 그 밖에 %1개 더.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlExporter</name>
    <message>
        <source>Missing here: %1</source>
        <translation>여기서 빠짐: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>그대로</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>바꿔 씀</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 씀</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>base</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Share of each row’s article found in each column’s article: verbatim / reworded.</source>
        <translation>각 행 기사 중 각 열 기사에서 찾은 비율: 그대로 / 바꿔 씀.</translation>
    </message>
    <message>
        <source>Base text missing at this point</source>
        <translation>이 자리에서 기준의 글이 빠짐</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>고유</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Passage with an editor’s note, listed below</source>
        <translation>편집자 메모가 달린 구절, 아래에 나열</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>표시하지 않은 변경 없는 행: %1</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>여기에는 없음</translation>
    </message>
    <message>
        <source>moved from elsewhere in this article</source>
        <translation>이 기사의 다른 곳에서 이동함</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>문단</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>해당 구절이 더 이상 기사에 없는 메모</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>의역</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>바뀐 사실</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>기준과 글자 그대로 같음</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>이 기사에만 있음(실선 밑줄)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>기준에는 있지만 여기에는 없음(취소선, 빠진 자리에 삽입 표시)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>기준의 내용을 다른 말로 표현함(물결 밑줄)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>같은 글이 다른 곳에 있음(점선 상자)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>기준과 다른 숫자, 날짜, 이름, 인용 또는 출처 표시(실선 상자)</translation>
    </message>
    <message>
        <source>WireDiff: %1</source>
        <translation>WireDiff: %1</translation>
    </message>
    <message>
        <source>Compared on %1. Articles: %2.</source>
        <translation>비교 시각 %1. 기사: %2.</translation>
    </message>
    <message>
        <source>Base: %1 — %2</source>
        <translation>기준: %1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>누가 누구를 베꼈나</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>다른 어떤 출처에도 없음</translation>
    </message>
    <message>
        <source>Aligned comparison</source>
        <translation>정렬 비교</translation>
    </message>
    <message>
        <source>Generated by WireDiff %1.</source>
        <translation>WireDiff %1(으)로 만듦.</translation>
    </message>
    <message>
        <source>[changed] The passage was reworded since the note was written. It read:</source>
        <translation>[바뀜] 메모를 쓴 뒤 구절이 고쳐 쓰였습니다. 원래 문구:</translation>
    </message>
    <message>
        <source>The articles compared: each one’s words, and how many of them are the base’s, verbatim or reworded, or new.</source>
        <translation>비교한 기사: 각 기사의 단어 수와 그중 기준의 단어(그대로 또는 바꿔 씀)와 새 단어의 비율.</translation>
    </message>
    <message>
        <source>The articles’ paragraphs side by side, aligned in rows; the base is the first column and stays in view as the table scrolls.</source>
        <translation>기사의 문단을 나란히 행으로 맞춰 보여 줍니다. 기준은 첫 열이며 표를 스크롤해도 계속 보입니다.</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(메모리의 기사)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source</source>
        <translation>다른 출처에 없는 문단이나 문장</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlFindings</name>
    <message>
        <source>Each is boxed in magenta in the comparison below.</source>
        <translation>각각 아래 비교에서 자홍색 상자로 표시됩니다.</translation>
    </message>
    <message>
        <source>Each copy is listed under its most likely source.</source>
        <translation>각 사본은 가장 가능성이 큰 출처 아래에 나열됩니다.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Each article’s facts that differ from the base: its wording, then the base’s.</source>
        <translation>기준과 다른 각 기사의 사실: 기사의 표현, 그다음 기준의 표현.</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start</source>
        <translation>메뉴와 메시지의 언어, 다음 실행부터 적용</translation>
    </message>
    <message>
        <source>Applies when WireDiff starts again</source>
        <translation>WireDiff를 다시 시작하면 적용됩니다</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>시스템 언어(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>데스크톱 언어를 따름, 다음 실행부터 적용</translation>
    </message>
    <message>
        <source>Use %1 (%2) from the next start</source>
        <translation>다음 실행부터 %1(%2) 사용</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMix</name>
    <message>
        <source>Arabic</source>
        <translation>아랍어</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>덴마크어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>핀란드어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>히브리어</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>이탈리아어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>네덜란드어</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>노르웨이어</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>폴란드어</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>포르투갈어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>스웨덴어</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>튀르키예어</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>우크라이나어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
</context>
<context>
    <name>WireDiff::LegendWidget</name>
    <message>
        <source>Missing here</source>
        <translation>여기서 빠짐</translation>
    </message>
    <message>
        <source>Paragraph out of order</source>
        <translation>순서가 바뀐 문단</translation>
    </message>
    <message>
        <source>In no other source</source>
        <translation>다른 출처에 없음</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>대응 없음</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>상용구</translation>
    </message>
    <message>
        <source>Base text is missing at this point (hover for what)</source>
        <translation>이 자리에서 기준의 글이 빠졌습니다(마우스를 올리면 내용 표시)</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in the article&apos;s own order</source>
        <translation>이 문단들은 기사 자체의 순서에서는 다른 곳에 있습니다</translation>
    </message>
    <message>
        <source>A paragraph found in no other article (tinted, with a bar)</source>
        <translation>다른 어떤 기사에도 없는 문단(색조와 막대)</translation>
    </message>
    <message>
        <source>The article has nothing in this row (hatched)</source>
        <translation>이 행에 해당하는 기사 내용이 없음(빗금)</translation>
    </message>
    <message>
        <source>Site chrome, legal lines and the like (dimmed, never counted)</source>
        <translation>사이트 장식, 법적 고지 등(흐리게 표시, 집계하지 않음)</translation>
    </message>
    <message>
        <source>Abc</source>
        <translation>가나다</translation>
    </message>
    <message>
        <source>In this article only</source>
        <translation>이 기사에만</translation>
    </message>
    <message>
        <source>In a few articles</source>
        <translation>일부 기사에</translation>
    </message>
    <message>
        <source>In most articles</source>
        <translation>대부분의 기사에</translation>
    </message>
    <message>
        <source>In every article</source>
        <translation>모든 기사에</translation>
    </message>
    <message>
        <source>Words no other article carries (strongest shade, dotted underline)</source>
        <translation>다른 기사에는 없는 단어 (가장 진한 음영, 점선 밑줄)</translation>
    </message>
    <message>
        <source>Words a few of the articles carry (a strong shade)</source>
        <translation>일부 기사에만 있는 단어 (진한 음영)</translation>
    </message>
    <message>
        <source>Words most articles carry (a faint shade)</source>
        <translation>대부분의 기사에 있는 단어 (옅은 음영)</translation>
    </message>
    <message>
        <source>Words every article carries stay plain</source>
        <translation>모든 기사에 있는 단어는 표시하지 않습니다</translation>
    </message>
</context>
<context>
    <name>WireDiff::Main</name>
    <message>
        <source>There is no translation for “%1”; the languages are: %2.</source>
        <translation>“%1” 번역이 없습니다. 사용할 수 있는 언어: %2.</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: there is no display to show it on. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff 창을 열 수 없습니다. 창을 표시할 디스플레이가 없습니다. 창 없이 비교하려면 --export-json, --export-pdf 또는 --export-html을 쓰세요(--help 참고).</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: the display %1 does not answer. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff 창을 열 수 없습니다. 디스플레이 %1이(가) 응답하지 않습니다. 창 없이 비교하려면 --export-json, --export-pdf 또는 --export-html을 사용하세요(--help 참조).</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder of versions of one story</source>
        <translation>한 기사의 여러 판본이 든 폴더를 엽니다</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>파일 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Open some versions of one story</source>
        <translation>한 기사의 몇몇 판본을 엽니다</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Read the articles again and compare</source>
        <translation>기사를 다시 읽고 비교합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit WireDiff</source>
        <translation>WireDiff를 끝냅니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>선택한 텍스트를 복사합니다</translation>
    </message>
    <message>
        <source>Select &amp;All in Pane</source>
        <translation>창 전체 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Select the whole text of the current pane</source>
        <translation>현재 창의 텍스트 전체를 선택합니다</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in every pane</source>
        <translation>모든 창에서 텍스트를 찾습니다</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>다음 결과로 갑니다</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>이전 결과로 갑니다</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자를 크게</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>글자를 작게</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>글자를 보통 크기로</translation>
    </message>
    <message>
        <source>&amp;Show All Panes</source>
        <translation>모든 창 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>숨긴 창을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>범례(&amp;G)</translation>
    </message>
    <message>
        <source>Show the key to the highlights</source>
        <translation>강조 표시의 뜻을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>다음 변경(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next row with a difference</source>
        <translation>차이가 있는 다음 행으로 갑니다</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>이전 변경(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous row with a difference</source>
        <translation>차이가 있는 이전 행으로 갑니다</translation>
    </message>
    <message>
        <source>Next &amp;Unique Paragraph</source>
        <translation>다음 고유 문단(&amp;U)</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Paragraph</source>
        <translation>이전 고유 문단(&amp;Q)</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>대소문자 무시(&amp;C)</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>문장 부호 무시(&amp;P)</translation>
    </message>
    <message>
        <source>Do not count commas, full stops and dashes as differences</source>
        <translation>쉼표, 마침표, 대시를 차이로 세지 않습니다</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>따옴표 모양 무시(&amp;Q)</translation>
    </message>
    <message>
        <source>Treat curly, straight and angle quotes as the same</source>
        <translation>둥근 따옴표, 곧은 따옴표, 꺾쇠 따옴표를 같게 봅니다</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>취소(&amp;A)</translation>
    </message>
    <message>
        <source>Stop loading and comparing</source>
        <translation>불러오기와 비교를 멈춥니다</translation>
    </message>
    <message>
        <source>&amp;About WireDiff</source>
        <translation>WireDiff 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About WireDiff</source>
        <translation>WireDiff 정보</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Qt 툴킷 정보</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>List every command that has a shortcut</source>
        <translation>단축키가 있는 모든 명령을 보여 줍니다</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>다음 고유</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>이전 고유</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>다음 변경</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>이전 변경</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as an annotated PDF</source>
        <translation>비교 결과를 메모와 함께 주석 달린 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>HTML 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as one self-contained web page</source>
        <translation>비교 결과를 메모와 함께 독립된 웹 페이지 하나로 저장합니다</translation>
    </message>
    <message>
        <source>Export &amp;Consensus Text…</source>
        <translation>합의문 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the probable common source, rebuilt from what most articles share, as plain text</source>
        <translation>대부분의 기사가 공유하는 내용으로 재구성한 공통 원문 추정본을 일반 텍스트로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the comparison with your notes</source>
        <translation>비교 결과를 메모와 함께 인쇄합니다</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>메모 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage; it is saved beside the articles</source>
        <translation>선택한 구절에 메모를 씁니다. 메모는 기사 옆에 저장됩니다</translation>
    </message>
    <message>
        <source>&amp;House Style…</source>
        <translation>사내 표기 원칙(&amp;H)…</translation>
    </message>
    <message>
        <source>Spellings that count as the same word, such as Kiev and Kyiv</source>
        <translation>같은 단어로 치는 표기. 예: 키예프와 키이우</translation>
    </message>
    <message>
        <source>Agreement S&amp;hading</source>
        <translation>일치도 음영(&amp;Y)</translation>
    </message>
    <message>
        <source>Shade every word by how many articles carry it, instead of the changes against the base</source>
        <translation>기준 대비 변경 대신, 단어마다 그 단어를 가진 기사 수에 따라 음영을 넣습니다</translation>
    </message>
    <message>
        <source>Co&amp;nsensus Pane</source>
        <translation>합의 창(&amp;C)</translation>
    </message>
    <message>
        <source>Show the probable common source as a pane of its own (compares once more)</source>
        <translation>공통 원문 추정본을 별도의 창으로 보여 줍니다(한 번 더 비교함)</translation>
    </message>
    <message>
        <source>Sort Panes by Publication &amp;Time</source>
        <translation>발행 시각순으로 창 정렬(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Include Subfolders</source>
        <translation>하위 폴더 포함(&amp;I)</translation>
    </message>
    <message>
        <source>Also read the articles in the subfolders of a folder you open</source>
        <translation>연 폴더의 하위 폴더에 있는 기사도 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Keep Base in View</source>
        <translation>기준 창 고정(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the base pane at the left edge while the other panes scroll sideways</source>
        <translation>다른 창을 옆으로 스크롤하는 동안 기준 창을 왼쪽 가장자리에 고정합니다</translation>
    </message>
    <message>
        <source>Order the panes from the earliest published to the latest (publication and wire filing times first, then file times)</source>
        <translation>가장 먼저 발행된 것부터 창을 정렬합니다(발행·송고 시각 먼저, 그다음 파일 시각)</translation>
    </message>
    <message>
        <source>&amp;Your Name for Notes…</source>
        <translation>메모에 쓸 내 이름(&amp;Y)…</translation>
    </message>
    <message>
        <source>The name new notes are signed with</source>
        <translation>새 메모에 서명할 이름</translation>
    </message>
    <message>
        <source>Export Report (&amp;JSON)…</source>
        <translation>보고서 내보내기(&amp;JSON)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as a JSON report, the same as wirediff --export-json</source>
        <translation>비교 결과를 메모와 함께 JSON 보고서로 저장합니다(wirediff --export-json과 같음)</translation>
    </message>
    <message>
        <source>Go to the next paragraph or sentence found in no other source</source>
        <translation>다른 출처에 없는 다음 문단이나 문장으로 이동</translation>
    </message>
    <message>
        <source>Go to the previous paragraph or sentence found in no other source</source>
        <translation>다른 출처에 없는 이전 문단이나 문장으로 이동</translation>
    </message>
    <message>
        <source>Treat “police” and “Police”, or “Bréval” and “Breval”, as the same word</source>
        <translation>“police”와 “Police”, “Bréval”과 “Breval”을 같은 단어로 봅니다</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>기준(&amp;B):</translation>
    </message>
    <message>
        <source>The article every other article is compared with</source>
        <translation>다른 모든 기사와 비교할 기준 기사</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainWindow</name>
    <message>
        <source>Who Copied Whom</source>
        <translation>누가 누구를 베꼈나</translation>
    </message>
    <message>
        <source>How much of each article is found in each other article; click a cell to compare that pair</source>
        <translation>각 기사가 다른 각 기사에 얼마나 들어 있는지 보여 줍니다. 칸을 누르면 그 두 기사를 비교합니다</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>“%1” 패널 표시/숨기기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>예제 기사 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Open the bundled sample: six versions of an invented flood report</source>
        <translation>함께 제공되는 예제를 엽니다: 가상의 홍수 기사 여섯 판본</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>탐색(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing compared.</source>
        <translation>아무것도 비교하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the previous one.</source>
        <translation>취소했습니다. 보이는 비교는 이전 것입니다.</translation>
    </message>
    <message>
        <source>Files changed on disk; comparing again…</source>
        <translation>디스크의 파일이 바뀌어 다시 비교하는 중…</translation>
    </message>
    <message>
        <source>No further rows of that kind.</source>
        <translation>그런 행이 더 없습니다.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>열지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>기사 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln행</numerusform>
        </translation>
    </message>
    <message>
        <source>compared in %L1 ms</source>
        <translation>%L1ms 만에 비교</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be compared and were skipped.</source>
        <translation>
            <numerusform>파일 %n개를 비교할 수 없어 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>비교하는 중…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>최근 폴더 없음</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>판본들이 든 폴더 열기</translation>
    </message>
    <message>
        <source>Open Versions of One Story</source>
        <translation>한 기사의 여러 판본 열기</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;All files (*)</source>
        <translation>기사 (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The new language applies when WireDiff starts again.</source>
        <translation>새 언어는 WireDiff를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s) in %1…</source>
        <translation>
            <numerusform>%1의 파일 %n개를 비교하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개를 비교하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare %2 again.</source>
        <translation>취소됨. 아직 비교한 것이 없습니다. 다시 불러오기(%1)로 %2을(를) 다시 비교하세요.</translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare these files again.</source>
        <translation>취소됨. 아직 비교한 것이 없습니다. 다시 불러오기(%1)로 이 파일들을 다시 비교하세요.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NavigationKeys</name>
    <message>
        <source>Click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>휠</translation>
    </message>
    <message>
        <source>Previous row with text in a pane on screen</source>
        <translation>화면에 보이는 창에 텍스트가 있는 이전 행</translation>
    </message>
    <message>
        <source>Next row with text in a pane on screen</source>
        <translation>화면에 보이는 창에 텍스트가 있는 다음 행</translation>
    </message>
    <message>
        <source>Previous pane, in the order shown (the base first)</source>
        <translation>표시된 순서의 이전 창 (기준 먼저)</translation>
    </message>
    <message>
        <source>Next pane, in the order shown</source>
        <translation>표시된 순서의 다음 창</translation>
    </message>
    <message>
        <source>Menu of the current pane: base, order, visibility, notes</source>
        <translation>현재 창의 메뉴: 기준, 순서, 표시, 메모</translation>
    </message>
    <message>
        <source>On a moved passage: go to where it comes from</source>
        <translation>이동된 구절에서: 원래 위치로 이동</translation>
    </message>
    <message>
        <source>Extend the selection to the click</source>
        <translation>클릭한 곳까지 선택 영역 확장</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>확대 또는 축소</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>메모 저장</translation>
    </message>
    <message>
        <source>New line in the note</source>
        <translation>메모에서 줄 바꿈</translation>
    </message>
    <message>
        <source>In the panes</source>
        <translation>창에서</translation>
    </message>
    <message>
        <source>In the note dialog</source>
        <translation>메모 대화 상자에서</translation>
    </message>
    <message>
        <source>Compare the pair of the cell under the keyboard cursor</source>
        <translation>키보드 커서가 있는 칸의 쌍 비교</translation>
    </message>
    <message>
        <source>Fit the whole matrix in the panel, or back to the zoom before</source>
        <translation>행렬 전체를 패널에 맞추기, 또는 이전 배율로 되돌리기</translation>
    </message>
    <message>
        <source>Larger cells</source>
        <translation>칸 크게</translation>
    </message>
    <message>
        <source>Smaller cells</source>
        <translation>칸 작게</translation>
    </message>
    <message>
        <source>Cells at their normal size</source>
        <translation>칸을 보통 크기로</translation>
    </message>
    <message>
        <source>Larger or smaller cells</source>
        <translation>칸 크게 또는 작게</translation>
    </message>
    <message>
        <source>In Who Copied Whom</source>
        <translation>‘누가 누구를 베꼈나’에서</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>계보 전체를 패널에 맞추기, 또는 이전 배율로 되돌리기</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>상자 크게</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>상자 작게</translation>
    </message>
    <message>
        <source>Boxes at their normal size</source>
        <translation>상자를 보통 크기로</translation>
    </message>
    <message>
        <source>Larger or smaller boxes</source>
        <translation>상자 크게 또는 작게</translation>
    </message>
    <message>
        <source>In the Family Tree</source>
        <translation>계보도에서</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word back</source>
        <translation>현재 칸에서 키보드로 선택: 선택 끝을 한 단어 뒤로</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word on</source>
        <translation>현재 칸에서 키보드로 선택: 선택 끝을 한 단어 앞으로</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character back</source>
        <translation>현재 칸에서 키보드로 선택: 선택 끝을 한 글자 뒤로</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character on</source>
        <translation>현재 칸에서 키보드로 선택: 선택 끝을 한 글자 앞으로</translation>
    </message>
</context>
<context>
    <name>WireDiff::NewsXmlParser</name>
    <message>
        <source>truncated XML at line %1: %2</source>
        <translation>%1행에서 XML이 잘림: %2</translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>%1행 XML 오류: %2</translation>
    </message>
    <message>
        <source>its DTD&apos;s entities would expand to far more text than the file holds</source>
        <translation>DTD의 엔티티가 파일 내용보다 훨씬 많은 텍스트로 펼쳐짐</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteBook</name>
    <message>
        <source>There is no folder to save the notes in.</source>
        <translation>메모를 저장할 폴더가 없습니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDecorator</name>
    <message>
        <source>&lt;b&gt;Note %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;메모 %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The passage was reworded since the note was written. It read: “%1”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;메모를 쓴 뒤 구절이 고쳐 쓰였습니다. 원래 문구: “%1”&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDialog</name>
    <message>
        <source>Note on %1, ¶%2: “%3”</source>
        <translation>%1, ¶%2에 대한 메모: “%3”</translation>
    </message>
    <message>
        <source>The passage was reworded since the note was written. It read: “%1”. Saving the note confirms it on the new wording.</source>
        <translation>메모를 쓴 뒤 구절이 고쳐 쓰였습니다. 원래 문구: “%1”. 메모를 저장하면 새 문구에 대한 메모로 확정됩니다.</translation>
    </message>
    <message>
        <source>Edit Note %1</source>
        <translation>메모 %1 편집</translation>
    </message>
    <message>
        <source>Edit note %1 on %2, ¶%3: “%4”</source>
        <translation>%2, ¶%3의 메모 %1 편집: “%4”</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>메모 저장 (%1)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>서명 없음</translation>
    </message>
    <message>
        <source>Who wrote this note; the PDF and HTML print it with the note</source>
        <translation>이 메모를 쓴 사람. PDF와 HTML에 메모와 함께 인쇄됩니다</translation>
    </message>
    <message>
        <source>Who writes this note; the PDF and HTML print it with the note. New notes are signed with the name you used last.</source>
        <translation>이 메모를 쓰는 사람. PDF와 HTML에 메모와 함께 인쇄됩니다. 새 메모에는 마지막으로 쓴 이름으로 서명됩니다.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>서명(&amp;G):</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteListModel</name>
    <message>
        <source>[detached] </source>
        <translation>[분리됨] </translation>
    </message>
    <message>
        <source>%1

The passage was not found in %2 when the folder was loaded.</source>
        <translation>%1

폴더를 불러올 때 %2에서 구절을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3” — %4</source>
        <translation>%1, ¶%2: “%3” — %4</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[바뀜] </translation>
    </message>
    <message>
        <source>%1

The passage was reworded since the note was written. It read: “%2”
It now reads: “%3”</source>
        <translation>%1

메모를 쓴 뒤 구절이 고쳐 쓰였습니다. 원래 문구: “%2”
지금 문구: “%3”</translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a new place.</source>
        <translation>
            <numerusform>메모 %n개가 해당 구절을 따라 새 위치로 옮겨졌습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was reworded; the note now sits on the new wording.</source>
        <translation>
            <numerusform>메모 %n개의 구절이 바뀌었습니다. 메모는 이제 새 문구에 붙어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage reads again as when the note was written.</source>
        <translation>
            <numerusform>메모 %n개의 구절이 메모를 쓸 때와 같은 문구로 돌아왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a renamed file.</source>
        <translation>
            <numerusform>메모 %n개가 해당 구절을 따라 이름이 바뀐 파일로 옮겨졌습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was not found; the note is kept, detached.</source>
        <translation>
            <numerusform>메모 %n개의 구절을 찾지 못했습니다. 메모는 분리된 채로 보관됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>%2에 %1 작성.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>%1 작성.</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>%1에 작성.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>%1에 수정.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NotesPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage in any pane and press Ctrl+M to add one.</source>
        <translation>아직 메모가 없습니다. 창에서 구절을 선택하고 Ctrl+M을 누르면 메모를 추가합니다.</translation>
    </message>
    <message>
        <source>Change the text of the selected note</source>
        <translation>선택한 메모의 내용을 바꿉니다</translation>
    </message>
    <message>
        <source>Delete the selected note (the article is not touched)</source>
        <translation>선택한 메모를 삭제합니다(기사는 바뀌지 않음)</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete note %1? This cannot be undone. The other notes keep their numbers, and %1 will not be given to a new note.</source>
        <translation>메모 %1을(를) 삭제할까요? 되돌릴 수 없습니다. 다른 메모의 번호는 그대로이며, 번호 %1은(는) 새 메모에 다시 쓰이지 않습니다.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>서명 없음</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>서명: %1</translation>
    </message>
    <message>
        <source>New notes are not signed. Click to give your name.</source>
        <translation>새 메모에 서명하지 않습니다. 이름을 입력하려면 누르세요.</translation>
    </message>
    <message>
        <source>New notes are signed “%1”. Click to change the name.</source>
        <translation>새 메모에 “%1”(으)로 서명합니다. 이름을 바꾸려면 누르세요.</translation>
    </message>
    <message>
        <source>Your Name for Notes</source>
        <translation>메모에 쓸 내 이름</translation>
    </message>
    <message>
        <source>New notes are signed with this name; the PDF and HTML print it with each note. Leave it empty to sign nothing.</source>
        <translation>새 메모에 이 이름으로 서명합니다. PDF와 HTML에 메모마다 인쇄됩니다. 서명하지 않으려면 비워 두세요.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoticeBanner</name>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>자세한 내용 표시/숨기기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>WireDiff::OverviewRuler</name>
    <message>
        <source>unique</source>
        <translation>고유</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Where the changes are: changed facts, added, removed, reworded, moved, unique. Click to go there.</source>
        <translation>변경 위치: 바뀐 사실, 추가, 삭제, 바꿔 씀, 이동, 고유. 누르면 그곳으로 갑니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::PaneHeaderBar</name>
    <message>
        <source>BASE</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>VS BASE</source>
        <translation>기준과 비교</translation>
    </message>
    <message>
        <source>highlights against %1</source>
        <translation>%1 대비 강조 표시</translation>
    </message>
    <message>
        <source>the base of the comparison</source>
        <translation>비교의 기준</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new</source>
        <translation>그대로 %1% · 바꿔 씀 %2% · 새로 씀 %3%</translation>
    </message>
    <message>
        <source>Format: %1, encoding: %2</source>
        <translation>형식: %1, 인코딩: %2</translation>
    </message>
    <message>
        <source>The base: every other article is compared with this one.</source>
        <translation>기준: 다른 모든 기사를 이 기사와 비교합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</source>
        <translation>
            <numerusform>기준 대비: 그대로 %1%, 바꿔 씀 %2%, 새로 씀 %3%, 기준의 단어 %Ln개 빠짐.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click for base, order and visibility; drop files here to add them.</source>
        <translation>오른쪽 클릭으로 기준, 순서, 표시 여부를 정합니다. 파일을 여기에 놓으면 추가됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>단어 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% from consensus</source>
        <translation>합의문과 %1% 다름</translation>
    </message>
    <message>
        <source>The probable common source, rebuilt from the aligned rows: per row, the wording most articles share. Not a file; nothing is written.</source>
        <translation>정렬된 행으로 재구성한 공통 원문 추정본: 행마다 대부분의 기사가 공유하는 표현. 파일이 아니며 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>%1% of its wording differs from the consensus of all articles.</source>
        <translation>표현의 %1%가 전체 기사의 합의문과 다릅니다.</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <comment>the article the base&apos;s highlights are read against</comment>
        <translation>%1 대비</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new · %4% changed facts</source>
        <translation>그대로 %1% · 바꿔 씀 %2% · 새로 씀 %3% · 바뀐 사실 %4%</translation>
    </message>
    <message>
        <source>%1% of its words are changed facts: they say otherwise than the base.</source>
        <translation>단어의 %1%가 바뀐 사실입니다. 기준 기사와 다른 내용을 말합니다.</translation>
    </message>
    <message>
        <source>Published: %1 (from the metadata)</source>
        <translation>발행: %1(메타데이터 기준)</translation>
    </message>
    <message>
        <source>Filed: %1 (from the wire header)</source>
        <translation>송고: %1(통신 헤더 기준)</translation>
    </message>
    <message>
        <source>File time: %1 (no publication time given; may be a copy time)</source>
        <translation>파일 시각: %1(발행 시각 없음, 복사한 시각일 수 있음)</translation>
    </message>
    <message>
        <source>Its highlights are read against %1.</source>
        <translation>강조 표시는 %1 기준입니다.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ParaphraseSlider</name>
    <message>
        <source>Paraphrase: strict</source>
        <translation>의역: 엄격</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <comment>the caption above the paraphrase slider</comment>
        <translation>의역</translation>
    </message>
    <message>
        <source>strict</source>
        <comment>the strict end of the paraphrase slider</comment>
        <translation>엄격</translation>
    </message>
    <message>
        <source>loose</source>
        <comment>the loose end of the paraphrase slider</comment>
        <translation>느슨</translation>
    </message>
    <message>
        <source>How loosely reworded sentences count as paraphrases of the base</source>
        <translation>바꿔 쓴 문장을 얼마나 너그럽게 기준의 의역으로 볼지</translation>
    </message>
    <message>
        <source>Paraphrase sensitivity</source>
        <translation>의역 민감도</translation>
    </message>
</context>
<context>
    <name>WireDiff::PdfExporter</name>
    <message>
        <source>WireDiff comparison: %1</source>
        <translation>WireDiff 비교: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ProvenanceMatrix</name>
    <message>
        <source>How much of each row’s article is found in each column’s article.</source>
        <translation>각 행 기사가 각 열 기사에 얼마나 들어 있는지.</translation>
    </message>
    <message>
        <source>verbatim (shade, %)</source>
        <translation>그대로(음영, %)</translation>
    </message>
    <message>
        <source>reworded (band)</source>
        <translation>바꿔 씀(띠)</translation>
    </message>
    <message>
        <source>%1% of %2 is found verbatim in %3 (in runs of three words or more, anywhere in it), and %4% reworded.</source>
        <translation>%2의 %1%가 %3에 그대로 있습니다(세 단어 이상 이어진 구절, 위치 무관). %4%는 바꾸어 썼습니다.</translation>
    </message>
    <message>
        <source>Word by word against the base, as the pane header reads it: %1.</source>
        <translation>기준 기사와 단어별 비교(창 머리글과 같은 기준): %1.</translation>
    </message>
    <message>
        <source>Click to compare this pair.</source>
        <translation>클릭하면 이 두 기사를 비교합니다.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>열 %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>행 %1: %2</translation>
    </message>
    <message>
        <source>How much of each row’s article is found in this one.</source>
        <translation>각 행의 기사 중 이 기사에서 발견되는 비율.</translation>
    </message>
    <message>
        <source>How much of this article is found in each column’s article.</source>
        <translation>이 기사 중 각 열의 기사에서 발견되는 비율.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Matrix</source>
        <translation>전체 행렬 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>%1 × %1: too many to fit the panel; scroll, or make the panel larger</source>
        <translation>%1 × %1: 너무 많아 패널에 다 맞출 수 없습니다. 스크롤하거나 패널을 키우세요</translation>
    </message>
</context>
<context>
    <name>WireDiff::SampleFolder</name>
    <message>
        <source>Cannot create the sample folder %1.</source>
        <translation>예제 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>입력란</translation>
    </message>
    <message>
        <source>Go to the box “%1”</source>
        <translation>“%1” 입력란으로 이동</translation>
    </message>
</context>
<context>
    <name>WireDiff::Sidecar</name>
    <message>
        <source>is not text</source>
        <translation>텍스트가 아님</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>정수가 아님</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>true나 false가 아님</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>날짜와 시각이 아님</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>없거나 객체가 아님</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1: “%2” %3</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>메모 %1</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>시작보다 앞에 있음</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>It was kept unchanged; notes made now cannot be saved until it is set aside.</source>
        <translation>파일은 바뀌지 않은 채 보관되었습니다. 이 파일을 따로 치워 두기 전에는 지금 만드는 메모를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file. %2</source>
        <translation>메모 파일 %1은(는) 일반 파일이 아닙니다. %2</translation>
    </message>
    <message>
        <source>The notes file %1 is too large (%2 MB). %3</source>
        <translation>메모 파일 %1이(가) 너무 큽니다(%2MB). %3</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read: %2. %3</source>
        <translation>메모 파일 %1을(를) 읽을 수 없습니다: %2. %3</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%2바이트 위치의 %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>The notes file %1 is damaged (%2). %3</source>
        <translation>메모 파일 %1이(가) 손상되었습니다(%2). %3</translation>
    </message>
    <message>
        <source>The file %1 is not a WireDiff notes file. %2</source>
        <translation>%1 파일은 WireDiff 메모 파일이 아닙니다. %2</translation>
    </message>
    <message>
        <source>The notes file %1 names an unknown format “%2”. %3</source>
        <translation>메모 파일 %1에 알 수 없는 형식 “%2”이(가) 적혀 있습니다. %3</translation>
    </message>
    <message>
        <source>The notes file %1 was written by a newer WireDiff (%2). %3</source>
        <translation>메모 파일 %1은(는) 더 새로운 WireDiff(%2)로 작성되었습니다. %3</translation>
    </message>
    <message>
        <source>“notes” is not a list</source>
        <translation>“notes”가 목록이 아님</translation>
    </message>
    <message>
        <source>note %1 is not an object</source>
        <translation>메모 %1이(가) 객체가 아님</translation>
    </message>
    <message>
        <source>“links” is not a list</source>
        <translation>“links”가 목록이 아님</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>연결 %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1이(가) 객체가 아님</translation>
    </message>
    <message>
        <source>The notes file %1 was changed by another program since it was loaded; it was kept and your notes were not saved over it. Reload the folder to see both.</source>
        <translation>메모 파일 %1을(를) 불러온 뒤 다른 프로그램이 바꿨습니다. 그 파일은 그대로 두었고 메모를 그 위에 저장하지 않았습니다. 둘 다 보려면 폴더를 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Cannot set the notes file %1 aside as %2.</source>
        <translation>메모 파일 %1을(를) %2(으)로 따로 치워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot make the folder for the notes file %1.</source>
        <translation>메모 파일 %1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>“lastNoteNumber” is not a whole number</source>
        <translation>“lastNoteNumber”이(가) 정수가 아닙니다</translation>
    </message>
</context>
<context>
    <name>WireDiff::ZoomMenu</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
</context>
</TS>
