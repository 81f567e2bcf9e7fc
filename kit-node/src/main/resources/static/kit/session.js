// Inactivity logout for the clerk's pages: a warning shortly before the session timeout, then the
// logout form is sent (the server logs out by itself too, see InactivityLogout).
(function () {
  "use strict";
  var form = document.getElementById("logout-form");
  if (!form) {
    return;
  }
  var timeout = parseInt(form.getAttribute("data-session-timeout"), 10) * 1000;
  if (!(timeout > 0)) {
    return;
  }
  var warning = document.getElementById("session-warning");
  var stay = document.getElementById("stay-logged-in");
  // leave a few seconds so the logout still reaches a live session
  var logoutAfter = Math.max(1000, timeout - 5000);
  var warnAfter = Math.max(0, logoutAfter - Math.min(60000, logoutAfter / 4));
  var warnTimer;
  var logoutTimer;

  function logout() {
    var reason = document.createElement("input");
    reason.type = "hidden";
    reason.name = "reason";
    reason.value = "inactivity";
    form.appendChild(reason);
    form.submit();
  }

  function arm() {
    clearTimeout(warnTimer);
    clearTimeout(logoutTimer);
    if (warning) {
      warning.hidden = true;
    }
    warnTimer = setTimeout(function () {
      if (warning) {
        warning.hidden = false;
      }
    }, warnAfter);
    logoutTimer = setTimeout(logout, logoutAfter);
  }

  if (stay) {
    stay.addEventListener("click", function () {
      fetch("/sitzung", { credentials: "same-origin", cache: "no-store", redirect: "manual" }).then(function (r) {
        if (r.ok) {
          arm();
        } else {
          window.location.href = "/anmelden?abgelaufen";
        }
      });
    });
  }
  arm();
})();
