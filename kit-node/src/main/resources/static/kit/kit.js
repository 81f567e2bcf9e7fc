/* Bürgerkoffer kit: the little script the pages need, served by the kit itself (no CDN).
   1. status bar: polls /status.json every 3 s (online, waiting cases, last confirmation, devices)
   2. drafts: every change of a step is saved at once, so a reload or restart loses nothing
   3. signature: pointer events (finger, pen, mouse, pads in HID mode) on a canvas, sent as strokes
   4. transfer page: refreshes while bundles are on their way */
(function () {
  "use strict";

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) {
      headers[header.getAttribute("content")] = token.getAttribute("content");
    }
    return headers;
  }

  /* 1. status bar */
  function pollStatus() {
    var bar = document.getElementById("statusbar");
    if (!bar) {
      return;
    }
    fetch("/status.json", { cache: "no-store", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) {
          return;
        }
        var online = document.getElementById("online-state");
        online.textContent = s.online ? bar.dataset.online : bar.dataset.offline;
        online.classList.toggle("online", s.online);
        online.classList.toggle("offline", !s.online);
        document.getElementById("pending").textContent =
          bar.dataset.pending.replace("{0}", s.pendingCases);
        if (s.lastConfirmedLocal) {
          document.getElementById("last-sync").textContent =
            bar.dataset.last.replace("{0}", s.lastConfirmedLocal);
        }
        (s.devices || []).forEach(function (dev) {
          var el = document.querySelector('#devices .device[data-kind="' + dev.device + '"]');
          if (el) {
            el.classList.remove("CONNECTED", "NOT_CONNECTED", "ERROR");
            el.classList.add(dev.state);
            el.title = dev.messageDe;
          }
        });
      })
      .catch(function () { /* the kit itself is always there; ignore a missed poll */ });
  }

  /* 2. drafts */
  function autosave(form) {
    var url = form.dataset.autosave;
    var state = document.getElementById("draft-state");
    var timer = null;
    var pending = false;
    function show(which) {
      if (state) {
        state.dataset.state = which;
        state.textContent = state.dataset[which] || state.textContent;
      }
    }
    function save() {
      timer = null;
      pending = false;
      var body = new URLSearchParams(new FormData(form));
      show("saving");
      return fetch(url, { method: "POST", body: body, headers: csrfHeaders(), credentials: "same-origin", keepalive: true })
        .then(function (r) { show(r.ok ? "saved" : "failed"); })
        .catch(function () { show("failed"); });
    }
    function later() {
      pending = true;
      if (timer) {
        clearTimeout(timer);
      }
      timer = setTimeout(save, 250);
    }
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    window.addEventListener("pagehide", function () {
      if (pending) {
        save();
      }
    });
  }

  /* 3. signature */
  function signaturePad(canvas) {
    var ctx = canvas.getContext("2d");
    var strokes = [];
    var current = null;
    var kind = "UNKNOWN";
    var message = document.getElementById("signature-message");
    ctx.lineWidth = 3;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#102060";

    function point(e) {
      var r = canvas.getBoundingClientRect();
      var x = Math.round((e.clientX - r.left) * canvas.width / r.width);
      var y = Math.round((e.clientY - r.top) * canvas.height / r.height);
      return {
        x: Math.max(0, Math.min(canvas.width, x)),
        y: Math.max(0, Math.min(canvas.height, y)),
        pressure: e.pressure > 0 ? Math.min(1, e.pressure) : 0.5,
        timeMillis: Math.round(performance.timeOrigin + e.timeStamp)
      };
    }
    canvas.addEventListener("pointerdown", function (e) {
      e.preventDefault();
      canvas.setPointerCapture(e.pointerId);
      kind = (e.pointerType || "unknown").toUpperCase();
      if (["PEN", "TOUCH", "MOUSE"].indexOf(kind) < 0) {
        kind = "UNKNOWN";
      }
      var p = point(e);
      current = [p];
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
    });
    canvas.addEventListener("pointermove", function (e) {
      if (!current) {
        return;
      }
      var p = point(e);
      var last = current[current.length - 1];
      if (p.timeMillis < last.timeMillis) {
        p.timeMillis = last.timeMillis;
      }
      current.push(p);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
    });
    function end() {
      if (current) {
        strokes.push({ points: current });
        current = null;
      }
    }
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    document.getElementById("signature-clear").addEventListener("click", function () {
      strokes = [];
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      message.textContent = "";
    });
    document.getElementById("signature-accept").addEventListener("click", function () {
      var headers = csrfHeaders();
      headers["Content-Type"] = "application/json";
      fetch(canvas.dataset.url, {
        method: "POST",
        headers: headers,
        credentials: "same-origin",
        body: JSON.stringify({
          width: canvas.width, height: canvas.height, unitsPerMm: 3.78, pointerKind: kind, strokes: strokes
        })
      })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          if (answer.accepted) {
            window.location.reload();
          } else {
            message.textContent = answer.message;
          }
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    pollStatus();
    setInterval(pollStatus, 3000);
    document.querySelectorAll("form[data-autosave]").forEach(autosave);
    var canvas = document.getElementById("signature-pad");
    if (canvas) {
      signaturePad(canvas);
    }
    var sync = document.getElementById("sync-page");
    if (sync && sync.dataset.refresh) {
      setTimeout(function () { window.location.reload(); }, 3000);
    }
  });
})();
