// Fits each Go or Rust? quiz frame on this page to its content. One line in the host page:
//   <script src="https://<the site>/embed.js" async></script>
// The quiz frame posts { type: 'go-or-rust:height', height } (src/app/frame-layout.tsx) when its content
// changes, and when this script asks ('go-or-rust:measure'), since it may load after the frame. Only messages
// from the origin this script came from, and from one of this page's own frames, are acted on.
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
  // Frames already loaded have reported before anyone listened: ask ours again ('*': a frame still loading is
  // not at our origin yet, and the request carries nothing). Those still loading report once they start.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var src = frames[i].src && new URL(frames[i].src, location.href);
    if (src && src.origin === origin && frames[i].contentWindow)
      frames[i].contentWindow.postMessage({ type: 'go-or-rust:measure' }, '*');
  }
})();
