#include "geoimportdialog.h"

#include "domain/region.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

// A small drawing of the outlines of a preview, the selected region highlighted.
class GeoOutlinePreview : public QWidget
{
public:
    explicit GeoOutlinePreview(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setMinimumSize(220, 220);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setRegions(const QList<GeoImportRegion> &regions)
    {
        m_shapes.clear();
        m_bounds = QRectF();
        for (const GeoImportRegion &r : regions) {
            QList<QPolygonF> rings;
            for (const geo::Polygon &p : r.shape) {
                rings << ring(p.outer());
                for (const auto &inner : p.inners())
                    rings << ring(inner);
            }
            m_shapes << rings;
            m_bounds = m_bounds.isNull() ? r.bbox : m_bounds.united(r.bbox);
        }
        m_selected = -1;
        update();
    }
    void setSelected(int index)
    {
        m_selected = index;
        update();
    }
    int shapeCount() const { return int(m_shapes.size()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().base());
        if (m_shapes.isEmpty() || m_bounds.isEmpty())
            return;
        painter.setRenderHint(QPainter::Antialiasing);
        // Equirectangular with the longitude squeezed by cos(latitude): true shape at county scale.
        const double squeeze = std::cos(m_bounds.center().y() * M_PI / 180.0);
        const double w = m_bounds.width() * squeeze;
        const double h = m_bounds.height();
        const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
        const double scale = std::min(area.width() / w, area.height() / h);
        const QPointF offset(area.center().x() - w * scale / 2, area.center().y() + h * scale / 2);
        QTransform t;
        t.translate(offset.x(), offset.y());
        t.scale(scale * squeeze, -scale);
        t.translate(-m_bounds.left(), -m_bounds.top());
        for (int i = 0; i < m_shapes.size(); ++i) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : m_shapes.at(i))
                path.addPolygon(t.map(ring));
            const bool selected = i == m_selected;
            const QColor hue = QColor::fromHsv((i * 67) % 360, 90, 230);
            painter.setBrush(selected ? palette().highlight().color().lighter(160) : hue);
            painter.setPen(QPen(selected ? palette().highlight().color() : QColor(60, 60, 60),
                                selected ? 2.0 : 0.8));
            painter.drawPath(path);
        }
    }

private:
    static QPolygonF ring(const geo::Polygon::ring_type &r)
    {
        QPolygonF out;
        out.reserve(qsizetype(r.size()));
        for (const geo::Point &p : r)
            out << QPointF(p.x(), p.y());
        return out;
    }

    QList<QList<QPolygonF>> m_shapes;
    QRectF m_bounds;
    int m_selected = -1;
};

namespace {

enum Column { CodeColumn, NameColumn, ParentColumn, AreaColumn, NotesColumn, ColumnCount };

// The parent modes in the order the combo box lists them.
const GeoImportOptions::ParentMode kParentModes[] = {GeoImportOptions::ParentMode::Location,
                                                     GeoImportOptions::ParentMode::Fixed,
                                                     GeoImportOptions::ParentMode::Field};

QString actionText(GeoImportRegion::Action action)
{
    switch (action) {
    case GeoImportRegion::Action::Insert: return GeoImportDialog::tr("new");
    case GeoImportRegion::Action::Update: return GeoImportDialog::tr("changed");
    case GeoImportRegion::Action::Unchanged: return GeoImportDialog::tr("unchanged");
    }
    return {};
}

void fillFields(QComboBox *box, const QStringList &fields, const QString &preferred)
{
    const QString current = box->currentText();
    box->clear();
    box->addItems(fields);
    const QString pick = fields.contains(current) ? current : preferred;
    box->setCurrentIndex(pick.isEmpty() ? -1 : int(fields.indexOf(pick)));
}

} // namespace

GeoImportDialog::GeoImportDialog(const QString &dbPath, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_actor(actor)
    , m_progress(std::make_shared<Progress>())
{
    setObjectName(QStringLiteral("geoImportDialog"));
    setWindowTitle(tr("Import boundaries"));
    createWidgets();
    layOut();
    connect(&m_inspectWatcher, &QFutureWatcher<InspectResult>::finished, this,
            &GeoImportDialog::inspectionArrived);
    connect(&m_readWatcher, &QFutureWatcher<GeoImportPreview>::finished, this,
            &GeoImportDialog::previewArrived);
    connect(&m_writeWatcher, &QFutureWatcher<WriteResult>::finished, this,
            &GeoImportDialog::writeArrived);
    levelChosen();
    setPhase(Phase::Idle);
    resize(980, 680);
}

GeoImportDialog::~GeoImportDialog()
{
    // The workers hold no pointer to the dialog, but a write must not be left half-heard.
    m_progress->cancel = true;
    m_inspectWatcher.waitForFinished();
    m_readWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

void GeoImportDialog::createWidgets()
{
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("Shapefile, GeoJSON, GeoPackage or KML"));
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_preview.options.file || m_layers.isEmpty())
            setFile(m_file->text());
    });
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setObjectName(QStringLiteral("browse"));
    connect(m_browse, &QPushButton::clicked, this, &GeoImportDialog::browse);

    m_layer = new QComboBox;
    m_layer->setObjectName(QStringLiteral("layer"));
    connect(m_layer, &QComboBox::currentIndexChanged, this, &GeoImportDialog::layerChosen);

    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("level"));
    for (RegionLevel level : {RegionLevel::County, RegionLevel::Township, RegionLevel::Village,
                              RegionLevel::Grid}) {
        m_level->addItem(regionLevelLabel(level), int(level));
    }
    m_level->setCurrentIndex(1);
    connect(m_level, &QComboBox::currentIndexChanged, this, &GeoImportDialog::levelChosen);

    m_codeField = new QComboBox;
    m_codeField->setObjectName(QStringLiteral("codeField"));
    m_nameField = new QComboBox;
    m_nameField->setObjectName(QStringLiteral("nameField"));

    m_parentMode = new QComboBox;
    m_parentMode->setObjectName(QStringLiteral("parentMode"));
    m_parentMode->addItem(tr("By location (the region that holds most of the area)"));
    m_parentMode->addItem(tr("One region for all features"));
    m_parentMode->addItem(tr("From a field"));
    connect(m_parentMode, &QComboBox::currentIndexChanged, this,
            &GeoImportDialog::parentModeChosen);
    m_parentCode = new QLineEdit;
    m_parentCode->setObjectName(QStringLiteral("parentCode"));
    m_parentCode->setPlaceholderText(tr("Parent code, e.g. 610104000000"));
    m_parentField = new QComboBox;
    m_parentField->setObjectName(QStringLiteral("parentField"));

    m_sourceCrs = new QLineEdit;
    m_sourceCrs->setObjectName(QStringLiteral("sourceCrs"));
    m_sourceCrs->setPlaceholderText(tr("As the file declares (e.g. EPSG:4547)"));
    m_gcj02 = new QCheckBox(tr("Coordinates are GCJ-02 (web map): convert to WGS84"));
    m_gcj02->setObjectName(QStringLiteral("gcj02"));
    m_where = new QLineEdit;
    m_where->setObjectName(QStringLiteral("where"));
    m_where->setPlaceholderText(tr("Optional OGR SQL filter, e.g. adcode = 610104"));

    for (QComboBox *box : {m_codeField, m_nameField, m_parentField})
        connect(box, &QComboBox::currentIndexChanged, this, &GeoImportDialog::optionsEdited);
    connect(m_level, &QComboBox::currentIndexChanged, this, &GeoImportDialog::optionsEdited);
    connect(m_parentMode, &QComboBox::currentIndexChanged, this, &GeoImportDialog::optionsEdited);
    for (QLineEdit *edit : {m_parentCode, m_sourceCrs, m_where})
        connect(edit, &QLineEdit::textEdited, this, &GeoImportDialog::optionsEdited);
    connect(m_gcj02, &QCheckBox::toggled, this, &GeoImportDialog::optionsEdited);

    m_read = new QPushButton(tr("Read and check"));
    m_read->setObjectName(QStringLiteral("readButton"));
    connect(m_read, &QPushButton::clicked, this, &GeoImportDialog::readPreview);
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("progress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &GeoImportDialog::cancel);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, &GeoImportDialog::pollProgress);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Parent"), tr("Area (km²)"),
                                        tr("Notes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_outlines->setSelected(row); });
    m_outlines = new GeoOutlinePreview;
    m_outlines->setObjectName(QStringLiteral("outlinePreview"));

    m_messages = new QPlainTextEdit;
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setReadOnly(true);
    m_messages->setMaximumBlockCount(2000);
    m_messages->setPlaceholderText(tr("Problems and repairs found in the file are listed here."));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_import = new QPushButton(tr("Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_import, &QPushButton::clicked, this, &GeoImportDialog::importPreview);
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void GeoImportDialog::layOut()
{
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fieldsRow = new QHBoxLayout;
    fieldsRow->addWidget(m_codeField, 1);
    fieldsRow->addWidget(new QLabel(tr("Name field:")));
    fieldsRow->addWidget(m_nameField, 1);
    auto *parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parentMode, 1);
    parentRow->addWidget(m_parentCode, 1);
    parentRow->addWidget(m_parentField, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Layer:"), m_layer);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Code field:"), fieldsRow);
    form->addRow(tr("Parent:"), parentRow);
    form->addRow(tr("Source CRS:"), m_sourceCrs);
    form->addRow(QString(), m_gcj02);
    form->addRow(tr("Filter:"), m_where);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_read);
    runRow->addWidget(m_progressBar, 1);
    runRow->addWidget(m_cancel);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_outlines);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 360});
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(split);
    vertical->addWidget(m_messages);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto *main = new QVBoxLayout(this);
    main->addLayout(form);
    main->addLayout(runRow);
    main->addWidget(vertical, 1);
    main->addLayout(buttons);
}

GeoImportOptions GeoImportDialog::options() const
{
    GeoImportOptions o;
    o.file = m_file->text().trimmed();
    o.layer = m_layer->currentText();
    o.level = static_cast<RegionLevel>(m_level->currentData().toInt());
    o.codeField = m_codeField->currentText();
    o.nameField = m_nameField->currentText();
    if (o.level != RegionLevel::County) {
        o.parentMode = kParentModes[std::max(0, m_parentMode->currentIndex())];
        if (o.parentMode == GeoImportOptions::ParentMode::Fixed)
            o.parentCode = m_parentCode->text().trimmed();
        else if (o.parentMode == GeoImportOptions::ParentMode::Field)
            o.parentField = m_parentField->currentText();
    }
    o.sourceCrs = m_sourceCrs->text().trimmed();
    o.gcj02 = m_gcj02->isChecked();
    o.where = m_where->text().trimmed();
    return o;
}

bool GeoImportDialog::isBusy() const
{
    return m_phase != Phase::Idle;
}

void GeoImportDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QString() : QFileInfo(m_file->text()).path();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Boundary file"), start,
        tr("GIS files (*.shp *.geojson *.json *.gpkg *.kml *.kmz);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void GeoImportDialog::setFile(const QString &file)
{
    if (isBusy())
        return;
    m_file->setText(file);
    m_layers.clear();
    m_layer->clear();
    m_preview = GeoImportPreview();
    m_previewCurrent = false;
    showPreview();
    if (file.trimmed().isEmpty())
        return;
    setPhase(Phase::Inspecting);
    showStatus(tr("Opening %1…").arg(QFileInfo(file).fileName()));
    m_inspectWatcher.setFuture(QtConcurrent::run([file] {
        InspectResult r;
        r.layers = GeoImport::inspect(file, &r.error);
        return r;
    }));
}

void GeoImportDialog::inspectionArrived()
{
    const InspectResult r = m_inspectWatcher.result();
    setPhase(Phase::Idle);
    m_layers = r.layers;
    m_inspectError = r.error;
    if (!r.error.isEmpty()) {
        showStatus(r.error, true);
        setPhase(Phase::Idle);
        return;
    }
    {
        const QSignalBlocker block(m_layer);
        m_layer->clear();
        for (const GeoLayerInfo &l : m_layers)
            m_layer->addItem(l.name);
        m_layer->setCurrentIndex(m_layers.isEmpty() ? -1 : 0);
    }
    layerChosen();
    showStatus(m_layers.size() == 1
                   ? tr("Choose the level and fields, then read and check the file.")
                   : tr("%n layer(s): choose one, the level and fields, then read and check.",
                        nullptr, int(m_layers.size())));
    setPhase(Phase::Idle);
}

void GeoImportDialog::layerChosen()
{
    const int index = m_layer->currentIndex();
    const QStringList fields = index >= 0 && index < m_layers.size() ? m_layers.at(index).fields
                                                                      : QStringList();
    const QSignalBlocker a(m_codeField), b(m_nameField), c(m_parentField);
    fillFields(m_codeField, fields, GeoImport::guessCodeField(fields));
    fillFields(m_nameField, fields, GeoImport::guessNameField(fields));
    fillFields(m_parentField, fields, QString());
    if (index >= 0 && index < m_layers.size()) {
        const GeoLayerInfo &l = m_layers.at(index);
        m_sourceCrs->setPlaceholderText(
            l.crs.isEmpty() ? tr("The file declares none: give one for projected coordinates")
                            : tr("As the file declares: %1").arg(l.crs));
    }
    optionsEdited();
}

void GeoImportDialog::levelChosen()
{
    const bool county = static_cast<RegionLevel>(m_level->currentData().toInt())
        == RegionLevel::County;
    m_parentMode->setEnabled(!county);
    parentModeChosen();
}

void GeoImportDialog::parentModeChosen()
{
    const bool county = static_cast<RegionLevel>(m_level->currentData().toInt())
        == RegionLevel::County;
    const auto mode = kParentModes[std::max(0, m_parentMode->currentIndex())];
    m_parentCode->setVisible(mode == GeoImportOptions::ParentMode::Fixed);
    m_parentField->setVisible(mode == GeoImportOptions::ParentMode::Field);
    m_parentCode->setEnabled(!county);
    m_parentField->setEnabled(!county);
}

void GeoImportDialog::optionsEdited()
{
    // A preview read with other options may not be written.
    if (m_previewCurrent) {
        m_previewCurrent = false;
        showStatus(tr("The options changed: read and check the file again before importing."));
    }
    setPhase(m_phase);
}

void GeoImportDialog::readPreview()
{
    if (isBusy())
        return;
    const GeoImportOptions o = options();
    if (o.file.isEmpty()) {
        showStatus(tr("Choose a file first."), true);
        return;
    }
    m_progress = std::make_shared<Progress>();
    setPhase(Phase::Reading);
    showStatus(tr("Reading %1…").arg(QFileInfo(o.file).fileName()));
    const QString dbPath = m_dbPath;
    const std::shared_ptr<Progress> progress = m_progress;
    m_readWatcher.setFuture(QtConcurrent::run([o, dbPath, progress] {
        // The worker's own connection: connections belong to the thread that opens them.
        std::unique_ptr<Database> db;
        GeoImportPreview preview;
        try {
            if (!dbPath.isEmpty())
                db = Database::open(dbPath, Database::Mode::ReadOnly, false,
                                    Database::Check::Deferred);
            preview = GeoImport::read(
                o, db.get(),
                [progress](qint64 done, qint64 total) {
                    progress->done = done;
                    progress->total = total;
                },
                &progress->cancel);
        } catch (const std::exception &e) {
            preview.options = o;
            preview.errors << QString::fromUtf8(e.what());
        }
        return preview;
    }));
}

void GeoImportDialog::previewArrived()
{
    m_preview = m_readWatcher.result();
    m_previewCurrent = true;
    setPhase(Phase::Idle);
    showPreview();
    if (m_preview.cancelled) {
        m_previewCurrent = false;
        showStatus(tr("Reading cancelled."));
    } else if (!m_preview.errors.isEmpty()) {
        showStatus(tr("%n problem(s) found: nothing can be imported until they are fixed.",
                      nullptr, int(m_preview.errors.size())),
                   true);
    } else {
        showStatus(tr("%1 region(s) read: %2 new, %3 changed, %4 unchanged; %5 feature(s) "
                      "repaired, %6 skipped.")
                       .arg(m_preview.regions.size())
                       .arg(m_preview.count(GeoImportRegion::Action::Insert))
                       .arg(m_preview.count(GeoImportRegion::Action::Update))
                       .arg(m_preview.count(GeoImportRegion::Action::Unchanged))
                       .arg(m_preview.repaired)
                       .arg(m_preview.skipped));
    }
    setPhase(Phase::Idle);
}

void GeoImportDialog::showPreview()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_preview.regions.size()));
    const QLocale locale;
    for (int row = 0; row < m_preview.regions.size(); ++row) {
        const GeoImportRegion &r = m_preview.regions.at(row);
        QStringList notes{actionText(r.action)};
        if (r.parts > 1)
            notes << tr("%n part(s)", nullptr, r.parts);
        notes << r.notes;
        const QString cells[ColumnCount] = {r.code, r.name, r.parentCode,
                                            locale.toString(r.areaKm2, 'f', 3),
                                            notes.join(QStringLiteral("; "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == AreaColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == NotesColumn)
                item->setToolTip(notes.join(QLatin1Char('\n')));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_outlines->setRegions(m_preview.regions);
    QStringList lines;
    for (const QString &e : m_preview.errors)
        lines << tr("Error: %1").arg(e);
    for (const QString &w : m_preview.warnings)
        lines << tr("Repaired or skipped: %1").arg(w);
    m_messages->setPlainText(lines.join(QLatin1Char('\n')));
}

void GeoImportDialog::importPreview()
{
    if (isBusy() || !m_previewCurrent || !m_preview.ok())
        return;
    m_progress = std::make_shared<Progress>();
    setPhase(Phase::Writing);
    showStatus(tr("Importing %n region(s)…", nullptr, int(m_preview.regions.size())));
    const QString dbPath = m_dbPath;
    const QString actor = m_actor;
    const GeoImportPreview preview = m_preview;
    const std::shared_ptr<Progress> progress = m_progress;
    m_writeWatcher.setFuture(QtConcurrent::run([preview, dbPath, actor, progress] {
        WriteResult r;
        try {
            std::unique_ptr<Database> db = Database::open(dbPath, Database::Mode::ReadWrite, true,
                                                          Database::Check::Deferred);
            r.summary = GeoImport::write(
                *db, preview, actor,
                [progress](qint64 done, qint64 total) {
                    progress->done = done;
                    progress->total = total;
                },
                &progress->cancel);
        } catch (const GeoImportError &e) {
            r.error = e.message();
            r.cancelled = e.cancelled();
        } catch (const std::exception &e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

void GeoImportDialog::writeArrived()
{
    const WriteResult r = m_writeWatcher.result();
    setPhase(Phase::Idle);
    if (r.cancelled) {
        showStatus(tr("Import cancelled; nothing was written."));
        return;
    }
    if (!r.error.isEmpty()) {
        showStatus(tr("Import failed; nothing was written: %1").arg(r.error), true);
        return;
    }
    // What was just written is what the store holds now: a second import would change nothing.
    for (GeoImportRegion &region : m_preview.regions)
        region.action = GeoImportRegion::Action::Unchanged;
    m_previewCurrent = false;
    showPreview();
    showStatus(tr("Imported: %1 new, %2 updated, %3 unchanged; %4 feature(s) repaired, "
                  "%5 skipped.")
                   .arg(r.summary.inserted)
                   .arg(r.summary.updated)
                   .arg(r.summary.unchanged)
                   .arg(r.summary.repaired)
                   .arg(r.summary.skipped));
    setPhase(Phase::Idle);
    Q_EMIT regionsImported(r.summary.inserted, r.summary.updated, r.summary.unchanged);
}

void GeoImportDialog::cancel()
{
    m_progress->cancel = true;
}

void GeoImportDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool idle = phase == Phase::Idle;
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_browse, m_layer, m_level,
                                                      m_codeField, m_nameField, m_parentMode,
                                                      m_parentCode, m_parentField, m_sourceCrs,
                                                      m_gcj02, m_where}) {
        w->setEnabled(idle);
    }
    if (idle)
        levelChosen();
    m_read->setEnabled(idle && !m_file->text().trimmed().isEmpty() && m_inspectError.isEmpty());
    m_cancel->setEnabled(phase == Phase::Reading || phase == Phase::Writing);
    m_import->setEnabled(idle && m_previewCurrent && m_preview.ok()
                         && !m_preview.regions.isEmpty());
    m_close->setEnabled(phase != Phase::Writing);
    if (phase == Phase::Reading || phase == Phase::Writing) {
        m_progressBar->setValue(0);
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
        m_progressBar->setValue(phase == Phase::Idle && m_previewCurrent ? 1000 : 0);
    }
}

void GeoImportDialog::pollProgress()
{
    const qint64 total = m_progress->total;
    const qint64 done = m_progress->done;
    m_progressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void GeoImportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}
