// Runs before first paint. The build puts it, minified, inline in every prerendered page (scripts/boot-script.mjs),
// and the CSP allows it by its hash; the dev server loads this file as it is.
(function () {
  var root = document.documentElement;

  // 1. Apply a remembered theme before anything is drawn.
  try {
    var t = localStorage.getItem('go-or-rust:theme');
    if (t === 'light' || t === 'dark') root.dataset.theme = t;
  } catch {
    // Storage unavailable: the page follows the system theme.
  }

  // 2. Until the app is ready, hold what a person does on the painted page, for the app to replay
  // (src/app/early-events.ts). Links and native controls keep working; buttons and form submits wait.
  var queue = [];
  function hold(event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    // A tick fires both input and change: one record per action, from change.
    if (event.type === 'input' && (target.type === 'checkbox' || target.type === 'radio')) return;
    if (event.type === 'input' || event.type === 'change') {
      // The value as the person left it: the app's first render may reset the control before replay.
      queue.push({ type: 'change', target: target, value: target.value, checked: target.checked });
      return;
    }
    var el = event.type === 'submit' ? target : target.closest('button');
    if (!el || el.disabled) return;
    // A button does nothing without the app, and a submit would be refused by the CSP: keep it for later.
    event.preventDefault();
    event.stopPropagation();
    queue.push({ type: event.type, target: el });
    root.dataset.pending = '';
  }
  var types = ['click', 'submit', 'input', 'change'];
  types.forEach(function (type) {
    document.addEventListener(type, hold, true);
  });
  window.__earlyEvents = {
    take: function () {
      types.forEach(function (type) {
        document.removeEventListener(type, hold, true);
      });
      delete root.dataset.pending;
      return queue.splice(0);
    },
  };

  // 3. Start the app after the first paint. The prerender lists its modules as modulepreload links, so they
  // download with the page; running them after the paint keeps the content first on screen.
  var me = document.currentScript;
  var entry = me && me.dataset.entry;
  if (!entry) return;
  requestAnimationFrame(function () {
    setTimeout(function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.src = entry;
      document.head.appendChild(script);
    }, 0);
  });
})();
