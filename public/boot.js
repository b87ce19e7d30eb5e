// Runs before first paint. An external file, so a strict CSP (script-src 'self') needs no inline script.
(function () {
  // 1. Apply a remembered theme before anything is drawn.
  try {
    var t = localStorage.getItem('go-or-rust:theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch {
    // Storage unavailable: the page follows the system theme.
  }

  // 2. Start the app once the prerendered page is painted, so its code never competes with the content.
  var me = document.currentScript;
  var entry = me && me.dataset.entry;
  if (!entry) return;
  var preload = (me.dataset.preload || '').split(' ').filter(Boolean);
  function start() {
    preload.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.appendChild(script);
  }
  // After load and after the next paint: a small page can finish loading before it first paints.
  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
})();
