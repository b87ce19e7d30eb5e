// Applies a remembered theme before first paint; an external file so a strict CSP needs no inline script.
try {
  var t = localStorage.getItem('go-or-rust:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  // Storage unavailable: the page follows the system theme.
}
