/* global document, window, EventSource -- a browser script, linted with the server's settings */
// The alerts page's live updates: enhancement only, the page works without it. New alerts arrive
// from the page's own event stream (same filter as the page) and are put at the top of the table,
// and a polite live region says how many have arrived.
const table = document.getElementById('alerts');
const template = document.getElementById('alert-row-template');
const status = document.getElementById('alerts-live-status');
const empty = document.getElementById('alerts-empty');

if (table && template && status && table.dataset.liveUrl && 'EventSource' in window) {
  const body = table.querySelector('tbody');
  let arrived = 0;
  const source = new EventSource(table.dataset.liveUrl);

  source.addEventListener('alert', (message) => {
    let alert;
    try {
      alert = JSON.parse(message.data);
    } catch {
      return;
    }
    if (!alert || typeof alert.alertId !== 'string' || document.getElementById(`alert-${alert.alertId}`)) return;
    body.prepend(rowFor(alert));
    table.hidden = false;
    if (empty) empty.hidden = true;
    arrived += 1;
    status.textContent = arrived === 1 ? '1 new alert' : `${arrived} new alerts`;
  });

  function rowFor(alert) {
    const row = template.content.firstElementChild.cloneNode(true);
    row.id = `alert-${alert.alertId}`;
    const field = (name) => row.querySelector(`[data-field="${name}"]`);
    field('raisedAt').textContent = alert.words.raisedAt;
    field('kind').textContent = alert.words.kind;
    field('reason').textContent = alert.reason;
    field('order').href = `/orders/${encodeURIComponent(alert.orderId)}`;
    field('orderContext').textContent = ` for the alert raised ${alert.words.raisedAt}`;
    const form = row.querySelector('form');
    if (form) {
      form.action = form.getAttribute('action').replace('ALERT_ID', encodeURIComponent(alert.alertId));
      row.querySelector('button .govuk-visually-hidden').textContent = ` ${alert.words.kind}, raised ${alert.words.raisedAt}`;
    }
    return row;
  }
}
