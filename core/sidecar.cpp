#include "sidecar.h"

#include "atomicwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <limits>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::Sidecar)
};

QString displayPath(const QString &path)
{
    return path.isEmpty() ? Sidecar::fileName() : QDir::toNativeSeparators(path);
}

QString timeString(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads typed fields of one JSON object and remembers the first problem,
// so a bad entry is reported by name ("note 3: “start” is not a number")
// rather than silently skipped: skipping it would lose it on the next save.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString *error, QString where)
        : m_object(object), m_error(error), m_where(std::move(where))
    {
    }

    QString string(const char *key, bool required)
    {
        m_known.append(QLatin1String(key));
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (required || !value.isUndefined())
            fail(key, Messages::tr("is not text"));
        return {};
    }

    // `optional`: a missing key reads as 0.
    qint32 integer(const char *key, bool optional = false)
    {
        m_known.append(QLatin1String(key));
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (optional && value.isUndefined())
            return 0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > std::numeric_limits<qint32>::max()
            || std::floor(number) != number) {
            fail(key, Messages::tr("is not a whole number"));
            return 0;
        }
        return qint32(number);
    }

    bool boolean(const char *key)
    {
        m_known.append(QLatin1String(key));
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isBool())
            fail(key, Messages::tr("is not true or false"));
        return value.toBool(false);
    }

    QDateTime time(const char *key)
    {
        const QString text = string(key, false);
        if (text.isEmpty())
            return {};
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid()) {
            fail(key, Messages::tr("is not a date and time"));
            return {};
        }
        return time.toUTC();
    }

    QJsonObject object(const char *key)
    {
        m_known.append(QLatin1String(key));
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject())
            fail(key, Messages::tr("is missing or not an object"));
        return value.toObject();
    }

    // Everything this version did not read, to be written back unchanged.
    QJsonObject unknown() const
    {
        QJsonObject rest = m_object;
        for (const QString &key : m_known)
            rest.remove(key);
        return rest;
    }

    void fail(const char *key, const QString &problem)
    {
        if (m_error->isEmpty())
            *m_error = Messages::tr("%1: “%2” %3").arg(m_where, QLatin1String(key), problem);
    }

private:
    QJsonObject m_object;
    QString *m_error;
    QString m_where;
    QStringList m_known;
};

Note readNote(const QJsonObject &object, qsizetype index, QString *error)
{
    FieldReader reader(object, error, Messages::tr("note %1").arg(index + 1));
    Note note;
    note.id = reader.string("id", true);
    note.number = reader.integer("number", true);
    note.articleId = reader.string("article", true);
    note.paragraph = reader.integer("paragraph");
    note.start = reader.integer("start");
    note.end = reader.integer("end");
    note.quote = reader.string("quote", true);
    note.originalQuote = reader.string("originalQuote", false);
    note.contextBefore = reader.string("contextBefore", false);
    note.contextAfter = reader.string("contextAfter", false);
    note.text = reader.string("text", true);
    note.author = reader.string("author", false);
    note.created = reader.time("created");
    note.modified = reader.time("modified");
    note.detached = reader.boolean("detached");
    note.extra = reader.unknown();
    if (error->isEmpty() && note.end < note.start)
        reader.fail("end", Messages::tr("is before its start"));
    if (error->isEmpty() && note.id.isEmpty())
        reader.fail("id", Messages::tr("is empty"));
    return note;
}

QJsonObject noteJson(const Note &note)
{
    QJsonObject json = note.extra;
    json.insert(QStringLiteral("id"), note.id);
    if (note.number > 0)
        json.insert(QStringLiteral("number"), note.number);
    json.insert(QStringLiteral("article"), note.articleId);
    json.insert(QStringLiteral("paragraph"), note.paragraph);
    json.insert(QStringLiteral("start"), note.start);
    json.insert(QStringLiteral("end"), note.end);
    json.insert(QStringLiteral("quote"), note.quote);
    if (!note.originalQuote.isEmpty())
        json.insert(QStringLiteral("originalQuote"), note.originalQuote);
    json.insert(QStringLiteral("contextBefore"), note.contextBefore);
    json.insert(QStringLiteral("contextAfter"), note.contextAfter);
    json.insert(QStringLiteral("text"), note.text);
    if (!note.author.isEmpty())
        json.insert(QStringLiteral("author"), note.author);
    if (note.created.isValid())
        json.insert(QStringLiteral("created"), timeString(note.created));
    if (note.modified.isValid())
        json.insert(QStringLiteral("modified"), timeString(note.modified));
    json.insert(QStringLiteral("detached"), note.detached);
    return json;
}

ParagraphLink::End readEnd(FieldReader &parent, const char *key, const QString &where, QString *error)
{
    FieldReader reader(parent.object(key), error, where + QLatin1Char('.') + QLatin1String(key));
    ParagraphLink::End end;
    if (!error->isEmpty())
        return end;
    end.article = reader.string("article", true);
    end.paragraph = reader.integer("paragraph");
    end.quote = reader.string("quote", false);
    end.extra = reader.unknown();
    return end;
}

QJsonObject endJson(const ParagraphLink::End &end)
{
    QJsonObject json = end.extra;
    json.insert(QStringLiteral("article"), end.article);
    json.insert(QStringLiteral("paragraph"), end.paragraph);
    json.insert(QStringLiteral("quote"), end.quote);
    return json;
}

QJsonObject linkJson(const ParagraphLink &link)
{
    QJsonObject json = link.extra;
    json.insert(QStringLiteral("type"), link.kind == ParagraphLink::Kind::Link ? QStringLiteral("link") : QStringLiteral("unlink"));
    json.insert(QStringLiteral("a"), endJson(link.a));
    json.insert(QStringLiteral("b"), endJson(link.b));
    return json;
}

Sidecar::LoadResult failure(Sidecar::Status status, const QString &message, const QByteArray &bytes = {})
{
    Sidecar::LoadResult result;
    result.status = status;
    result.message = message;
    result.fingerprint = Sidecar::fingerprintOf(bytes);
    return result;
}

} // namespace

void SidecarContent::numberNotes()
{
    qint32 highest = lastNoteNumber;
    QSet<qint32> taken;
    for (Note &note : notes) {
        if (note.number > 0 && !taken.contains(note.number)) {
            taken.insert(note.number);
            highest = std::max(highest, note.number);
        } else {
            note.number = 0; // a second note with one number (a hand-edited file) gets a new one
        }
    }
    for (Note &note : notes) {
        if (note.number == 0)
            note.number = ++highest;
    }
    lastNoteNumber = highest;
}

QString Sidecar::fileName()
{
    return QStringLiteral(".wirediff.json");
}

bool Sidecar::isOwnFile(const QString &fileName)
{
    return fileName.startsWith(QLatin1String(".wirediff"));
}

Sidecar::Location Sidecar::locationFor(bool besideExists, bool userExists, bool folderWritable)
{
    if (besideExists)
        return Location::BesideArticles;
    if (userExists || !folderWritable)
        return Location::UserNotes;
    return Location::BesideArticles;
}

Sidecar::Location Sidecar::location(const QString &folder)
{
    const QString user = userNotesPath(folder);
    if (folder.isEmpty() || user.isEmpty())
        return Location::BesideArticles;
    const QFileInfo beside(QDir(folder).filePath(fileName()));
    const QFileInfo inUserNotes(user);
    return locationFor(beside.exists() || beside.isSymLink(), inUserNotes.exists() || inUserNotes.isSymLink(),
                       QFileInfo(folder).isWritable());
}

QString Sidecar::pathFor(const QString &folder)
{
    return location(folder) == Location::UserNotes ? userNotesPath(folder) : QDir(folder).filePath(fileName());
}

QString Sidecar::userNotesPath(const QString &folder)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty() || folder.isEmpty())
        return {};
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(data).filePath(QStringLiteral("notes/%1.json").arg(QString::fromLatin1(hash)));
}

QString Sidecar::folderFor(const QStringList &paths)
{
    const QStringList folders = foldersOf(paths);
    return folders.size() == 1 ? folders.constFirst() : QString();
}

QStringList Sidecar::foldersOf(const QStringList &paths)
{
    QStringList folders;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

QByteArray Sidecar::fingerprintOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

Sidecar::LoadResult Sidecar::load(const QString &folder)
{
    const QString path = pathFor(folder);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    const QString kept = Messages::tr("It was kept unchanged; notes made now cannot be saved until it is set aside.");
    if (!info.isFile()) {
        return failure(Status::Unreadable, Messages::tr("The notes file %1 is not a regular file. %2").arg(displayPath(path), kept));
    }
    if (info.size() > maximumSize) {
        return failure(Status::Unreadable, Messages::tr("The notes file %1 is too large (%2 MB). %3")
                                               .arg(displayPath(path), QString::number(info.size() / (1024 * 1024)), kept));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Status::Unreadable, Messages::tr("The notes file %1 cannot be read: %2. %3")
                                               .arg(displayPath(path), file.errorString(), kept));
    }
    const QByteArray bytes = file.read(maximumSize + 1);
    return parse(bytes, path);
}

Sidecar::LoadResult Sidecar::parse(const QByteArray &bytes, const QString &path)
{
    const QString kept = Messages::tr("It was kept unchanged; notes made now cannot be saved until it is set aside.");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
            ? Messages::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
            : Messages::tr("not a JSON object");
        return failure(Status::Corrupt, Messages::tr("The notes file %1 is damaged (%2). %3").arg(displayPath(path), reason, kept), bytes);
    }
    QJsonObject root = document.object();
    const QString schemaName = root.value(QLatin1String("schema")).toString();
    const QString prefix = QStringLiteral("wirediff-sidecar/");
    if (!schemaName.startsWith(prefix)) {
        return failure(Status::Corrupt, Messages::tr("The file %1 is not a WireDiff notes file. %2").arg(displayPath(path), kept), bytes);
    }
    bool numeric = false;
    const int version = QStringView(schemaName).mid(prefix.size()).toInt(&numeric);
    if (!numeric || version < 1) {
        return failure(Status::Corrupt, Messages::tr("The notes file %1 names an unknown format “%2”. %3")
                                            .arg(displayPath(path), schemaName, kept), bytes);
    }
    if (version > 1) {
        return failure(Status::NewerVersion, Messages::tr("The notes file %1 was written by a newer WireDiff (%2). %3")
                                                 .arg(displayPath(path), schemaName, kept), bytes);
    }

    QString error;
    LoadResult result;
    result.status = Status::Loaded;
    result.fingerprint = fingerprintOf(bytes);
    const QJsonValue notes = root.take(QLatin1String("notes"));
    if (!notes.isUndefined() && !notes.isArray())
        error = Messages::tr("“notes” is not a list");
    const QJsonArray noteArray = notes.toArray();
    for (qsizetype i = 0; i < noteArray.size() && error.isEmpty(); ++i) {
        if (!noteArray.at(i).isObject()) {
            error = Messages::tr("note %1 is not an object").arg(i + 1);
            break;
        }
        result.content.notes.push_back(readNote(noteArray.at(i).toObject(), i, &error));
    }
    const QJsonValue links = root.take(QLatin1String("links"));
    if (error.isEmpty() && !links.isUndefined() && !links.isArray())
        error = Messages::tr("“links” is not a list");
    const QJsonArray linkArray = links.toArray();
    for (qsizetype i = 0; i < linkArray.size() && error.isEmpty(); ++i) {
        const QString where = Messages::tr("link %1").arg(i + 1);
        if (!linkArray.at(i).isObject()) {
            error = Messages::tr("%1 is not an object").arg(where);
            break;
        }
        FieldReader reader(linkArray.at(i).toObject(), &error, where);
        const QString type = reader.string("type", true);
        if (type != QLatin1String("link") && type != QLatin1String("unlink")) {
            if (error.isEmpty())
                result.content.unknownLinks.append(linkArray.at(i));
            continue;
        }
        ParagraphLink link;
        link.kind = type == QLatin1String("link") ? ParagraphLink::Kind::Link : ParagraphLink::Kind::Unlink;
        link.a = readEnd(reader, "a", where, &error);
        link.b = readEnd(reader, "b", where, &error);
        link.extra = reader.unknown();
        result.content.links.push_back(link);
    }
    const QJsonValue last = root.take(QLatin1String("lastNoteNumber"));
    const double lastNumber = last.toDouble(-1);
    if (last.isDouble() && lastNumber >= 0 && lastNumber <= std::numeric_limits<qint32>::max() && std::floor(lastNumber) == lastNumber)
        result.content.lastNoteNumber = qint32(lastNumber);
    else if (error.isEmpty() && !last.isUndefined())
        error = Messages::tr("“lastNoteNumber” is not a whole number");
    if (!error.isEmpty()) {
        return failure(Status::Corrupt, Messages::tr("The notes file %1 is damaged (%2). %3").arg(displayPath(path), error, kept), bytes);
    }
    root.remove(QLatin1String("schema"));
    result.content.extra = root;
    result.content.numberNotes();
    return result;
}

QByteArray Sidecar::serialize(const SidecarContent &content)
{
    QJsonObject root = content.extra;
    root.insert(QStringLiteral("schema"), QLatin1String(schema));
    QJsonArray notes;
    for (const Note &note : content.notes)
        notes.append(noteJson(note));
    root.insert(QStringLiteral("notes"), notes);
    QJsonArray links;
    for (const ParagraphLink &link : content.links)
        links.append(linkJson(link));
    for (const QJsonValue &unknown : content.unknownLinks)
        links.append(unknown);
    root.insert(QStringLiteral("links"), links);
    if (content.lastNoteNumber > 0)
        root.insert(QStringLiteral("lastNoteNumber"), content.lastNoteNumber);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Sidecar::save(const QString &folder, const SidecarContent &content, const QByteArray &loadedFingerprint,
                      QByteArray *newFingerprint)
{
    const QString path = pathFor(folder);
    if (QFileInfo::exists(path)) {
        const LoadResult current = load(folder);
        if (!current.isUsable())
            return current.message;
        if (current.fingerprint != loadedFingerprint) {
            return Messages::tr("The notes file %1 was changed by another program since it was loaded; it was kept "
                      "and your notes were not saved over it. Reload the folder to see both.")
                .arg(displayPath(path));
        }
    }
    const QByteArray bytes = serialize(content);
    // The user's notes folder is made on the first note saved there (a
    // folder of articles is never made: one that vanished stays an error).
    if (location(folder) == Location::UserNotes && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Messages::tr("Cannot make the folder for the notes file %1.").arg(displayPath(path));
    const QString error = AtomicWriter::write(path, bytes);
    if (error.isEmpty() && newFingerprint)
        *newFingerprint = fingerprintOf(bytes);
    return error;
}

QString Sidecar::setAside(const QString &folder, QString *keptAs)
{
    const QString path = pathFor(folder);
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return {};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        target = QFileInfo(path).dir().filePath(attempt == 0 ? QStringLiteral(".wirediff-kept-%1.json").arg(stamp)
                                                    : QStringLiteral(".wirediff-kept-%1-%2.json").arg(stamp).arg(attempt));
        if (!QFileInfo::exists(target) && !QFileInfo(target).isSymLink())
            break;
    }
    if (!QFile::rename(path, target)) {
        return Messages::tr("Cannot set the notes file %1 aside as %2.").arg(displayPath(path), displayPath(target));
    }
    if (keptAs)
        *keptAs = target;
    return {};
}

} // namespace WireDiff
