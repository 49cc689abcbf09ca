// Counts Content-Security-Policy violations on the strict demo page, for readers and for the
// end-to-end test (window.cspViolations). A classic script, loaded first, so it sees them all.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
  show();
});
function show() {
  const status = document.getElementById('csp-status');
  if (!status) return;
  const n = window.cspViolations.length;
  status.textContent = n === 0
    ? 'Content-Security-Policy violations on this page: none.'
    : `Content-Security-Policy violations on this page: ${n} (${window.cspViolations.join('; ')}).`;
}
window.addEventListener('load', () => setTimeout(show, 1500));
