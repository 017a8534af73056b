// Registers sw.js (offline reading), over http(s) only, never from file://. The site root is found
// from this script's own address: the build always serves it from <site root>/assets/.
(function () {
  var script = document.currentScript;
  if (!script || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var root = new URL('../', script.src);
  // Once the page has loaded, so saving the site never slows down the page being read.
  window.addEventListener('load', function () {
    // No worker (private browsing, storage full): the site still works online.
    navigator.serviceWorker.register(new URL('sw.js', root).href, { scope: root.href }).catch(function () {});
  });
})();
