// Copy buttons for prompt blocks. Without JavaScript the buttons stay hidden and the text can be
// selected by hand; nothing here talks to the network or stores anything.
(function () {
  var status = document.querySelector('[role="status"]');
  // The copy buttons replace the instructions for copying by hand.
  document.querySelectorAll('[data-no-js]').forEach(function (el) { el.hidden = true; });
  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.dataset.copy);
      if (!source || !navigator.clipboard) {
        if (status) status.textContent = button.dataset.failed;
        return;
      }
      navigator.clipboard.writeText(source.textContent).then(function () {
        if (status) status.textContent = button.dataset.done;
      }, function () {
        if (status) status.textContent = button.dataset.failed;
      });
    });
  });
})();
