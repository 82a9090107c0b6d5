/* The demo page's own script: hands the SSO token its "back end" minted to the widget. */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var button = document.getElementById("demo-sign-in");
  if (!button) { return; }
  button.addEventListener("click", function () {
    if (!window.ModerationComments) { return; }
    button.disabled = true;
    window.ModerationComments.signIn(button.dataset.ssoToken).then(function () {
      button.textContent = "Angemeldet";
    }).catch(function () {
      button.textContent = "Anmeldung fehlgeschlagen – Seite neu laden";
    });
  });
});
