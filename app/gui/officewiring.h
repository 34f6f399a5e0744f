#pragma once

#include <QString>

namespace cruscotto {

struct OfficeOptions
{
    QString dataDir;
    bool kiosk = false; // the self-service kiosk rather than the counter
    bool training = false; // the training ledger: nothing counts, nothing leaves
    QString clerk;
    QString pdfFolder; // print to PDF files here instead of a printer
    // The hub the counter uploads to. Without --hub, the Sync screen's connection
    // (settings) and the password in the keychain; none: the counter works alone.
    QString hubUrl;
    QString hubUser;
    QString hubPassword;
    QString hubCaFile;
};

// The ticket office's composition root: opens the ledger in the data directory
// (provisioning the device on its first start: site, name, Ed25519 key pair,
// supervisor PIN), hands the Ed25519 signer and keyring from sync to the screens
// through core's interfaces, and runs the counter or kiosk window until it closes.
// Returns the process's exit code. The clerk never sees the dashboards.
int runTicketOffice(const OfficeOptions& options);

// The supervisor PIN as the ledger keeps it (setting "supervisor_pin"):
// "pbkdf2-sha256$<iterations>$<salt>$<hash>", salt and hash in base64.
QString hashSupervisorPin(const QString& pin);
bool checkSupervisorPin(const QString& stored, const QString& pin);

} // namespace cruscotto
