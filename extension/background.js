// The smo-audit extension's background script (a service worker in Chromium, an
// event page in Firefox). The toolbar button opens the report page for the
// current tab; the context menu opens it for a link. The report page does the
// reading and the audit; nothing is sent anywhere.
const api = globalThis.browser ?? globalThis.chrome;

function openReport(params, tab) {
  const url = api.runtime.getURL(`report.html?${new URLSearchParams(params)}`);
  return api.tabs.create({ url, index: tab ? tab.index + 1 : undefined, openerTabId: tab ? tab.id : undefined });
}

/** Audit a tab: the click gave the extension access to it (activeTab). */
function auditTab(tab) {
  return openReport({ tab: String(tab.id) }, tab);
}

/** Audit a link's address (the report page asks for access to its site). */
function auditLink(linkUrl, tab) {
  if (!/^https?:\/\//i.test(linkUrl || '')) return null;
  return openReport({ link: linkUrl }, tab);
}

api.action.onClicked.addListener((tab) => auditTab(tab));

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: 'smo-audit-link', title: api.i18n.getMessage('menuAuditLink') || 'Audit this link with smo-audit', contexts: ['link'] });
});

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === 'smo-audit-link') auditLink(info.linkUrl, tab);
});

// (for the end-to-end tests, which cannot click the toolbar: the same two calls)
globalThis.smoAudit = { auditTab, auditLink };
