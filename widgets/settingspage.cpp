#include "widgets/settingspage.h"

#include "core/cacheschema.h"
#include "widgets/cacheoverview.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace widgets {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* dataHeading = new QLabel(tr("Local data"), this);
    QFont headingFont = dataHeading->font();
    headingFont.setBold(true);
    dataHeading->setFont(headingFont);

    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(8);
    m_dataDir = addRow(tr("Data directory:"), QStringLiteral("dataDirValue"));
    m_cacheFile = addRow(tr("Cache file:"), QStringLiteral("cacheFileValue"));
    m_schema = addRow(tr("Schema version:"), QStringLiteral("schemaVersionValue"));
    m_period = addRow(tr("Data period:"), QStringLiteral("dataPeriodValue"));
    m_sites = addRow(tr("Sites:"), QStringLiteral("siteCountValue"));
    m_language = addRow(tr("Language:"), QStringLiteral("languageValue"));

    auto* languageHint = new QLabel(tr("The language follows the system; set CRUSCOTTO_LANG=it or CRUSCOTTO_LANG=en "
                                       "before starting to choose one."),
                                    this);
    languageHint->setWordWrap(true);
    languageHint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(dataHeading);
    layout->addLayout(m_form);
    layout->addWidget(languageHint);
    layout->addStretch();

    const QLocale locale;
    // The C locale (no LANG set) has no name of its own: its texts are the English source.
    const QString language = locale.nativeLanguageName().isEmpty() ? tr("English") : locale.nativeLanguageName();
    m_language->setText(tr("%1 (%2)").arg(language, locale.name()));
}

QLabel* SettingsPage::addRow(const QString& label, const QString& name)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::TabFocus);
    value->setWordWrap(true);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(caption, value);
    return value;
}

void SettingsPage::setOverview(const CacheOverview& overview)
{
    const QLocale locale;
    m_dataDir->setText(overview.dataDir);
    m_cacheFile->setText(overview.exists ? overview.cachePath : tr("%1 (not created yet)").arg(overview.cachePath));
    if (overview.exists && overview.error.isEmpty()) {
        m_schema->setText(tr("%1 (this version of Cruscotto writes %2)")
                              .arg(overview.schemaVersion)
                              .arg(core::CacheSchema::CurrentVersion));
    } else {
        m_schema->setText(tr("not available"));
    }
    if (overview.dataFrom.isValid() && overview.dataUntil.isValid()) {
        const QString format = QStringLiteral("d MMMM yyyy");
        m_period->setText(
            tr("%1 to %2")
                .arg(locale.toString(overview.dataFrom, format), locale.toString(overview.dataUntil, format)));
    } else {
        m_period->setText(tr("no data yet"));
    }
    m_sites->setText(locale.toString(overview.sites.size()));
}

} // namespace widgets
