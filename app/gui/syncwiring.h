#pragma once

class HubCredentials;

namespace cruscotto::sync {
class SyncWorker;
}
namespace widgets {
class MainWindow;
}

// The composition root's one job beyond starting: the sync engine runs on its own
// thread, and the Sync screen talks to it only through queued signals. After a
// good sync the window reloads its figures.
void connectSync(widgets::MainWindow& window, cruscotto::sync::SyncWorker* worker, HubCredentials& credentials);
