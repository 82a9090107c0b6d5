/* Admin pages: a "Copy" button for a key or secret shown once. Without this file the
 * field is still there to select and copy by hand. No dependencies. */
(function () {
  "use strict";

  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var done = button.parentNode.querySelector("[data-copied]");
    if (!source) return;
    button.hidden = false;
    source.addEventListener("focus", function () { source.select(); });
    button.addEventListener("click", function () {
      source.focus();
      source.select();
      var copied = navigator.clipboard && window.isSecureContext
        ? navigator.clipboard.writeText(source.value)
        : Promise.resolve(document.execCommand && document.execCommand("copy"));
      copied.then(function () { if (done) done.hidden = false; }, function () { /* selected: copy by hand */ });
    });
  });
})();
