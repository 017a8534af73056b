// Prompt pages: the fill-in form is shown at once, but the checker (its script, module, Wasm and
// vocabulary) is downloaded only when the reader first turns to the form, so reading a prompt costs
// none of it. Without JavaScript the form stays hidden and the prompt is copied by hand.
(function () {
  var main = document.querySelector('main[data-script]');
  var forms = document.querySelectorAll('.prompt-form');
  if (!main || !forms.length) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.src = main.dataset.script;
    document.body.appendChild(script);
  }
  forms.forEach(function (form) {
    form.hidden = false;
    form.addEventListener('focusin', start);
    form.addEventListener('input', start);
    form.addEventListener('pointerdown', start);
  });
  document.documentElement.dataset.checker = 'idle';
})();
