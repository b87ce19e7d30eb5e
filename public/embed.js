// Fits each Go or Rust? quiz frame on this page to its content. One line in the host page:
//   <script src="https://<the site>/embed.js" async></script>
// The quiz frame posts { type: 'go-or-rust:height', height } (src/app/frame-layout.tsx); only messages from
// the origin this script came from, and from one of this page's own frames, are acted on.
(function () {
  var script = document.currentScript;
  if (!script || window.__goOrRustEmbed) return;
  window.__goOrRustEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'go-or-rust:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        // A sane ceiling, so a frame can never be made absurdly tall.
        frames[i].style.height = Math.min(Math.ceil(height), 10000) + 'px';
      }
    }
  });
})();
