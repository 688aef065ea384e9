#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// A plain text table for the terminal: the first `textColumns` columns left-aligned, the
// others right-aligned (numbers); Chinese characters count two columns wide.
class TextTable
{
public:
    explicit TextTable(const QStringList &header, int textColumns = 1)
        : m_rows {header}
        , m_textColumns(textColumns)
    { }
    void addRow(const QStringList &cells) { m_rows << cells; }
    void print(QTextStream &out) const;

    // Terminal columns a text takes: CJK and full-width characters take two.
    static int displayWidth(const QString &text);

private:
    QList<QStringList> m_rows;
    int m_textColumns;
};
