/* Progressive enhancement only: every page works without this file. */
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  /* An error summary takes the focus so screen reader users hear it first. */
  function focusErrors() {
    var summary = document.getElementById('erreurs');
    if (summary) { summary.focus(); }
  }

  /* Destructive actions ask for confirmation: a form's data-confirm, or its submit button's when only that button
     is destructive (a room's delete button shares the form that saves the room). */
  function confirmations() {
    document.addEventListener('submit', function (event) {
      var button = event.submitter;
      var message = button && button.hasAttribute('data-confirm') ? button.getAttribute('data-confirm')
        : event.target.getAttribute('data-confirm');
      if (message && !window.confirm(message)) { event.preventDefault(); }
    });
  }

  /* Remaining places refresh every 30 s from the public availability API. */
  function liveAvailability() {
    var form = document.querySelector('form[data-availability]');
    if (!form || !window.fetch) { return; }
    var url = form.getAttribute('data-availability');
    var remainingText = form.getAttribute('data-msg-remaining');
    var fullText = form.getAttribute('data-msg-full');
    function refresh() {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          [].concat(data.workshops || [], data.meals || []).forEach(function (o) {
            var span = form.querySelector('[data-remaining-for="' + (o.sessionId || o.id) + '"]');
            if (!span || o.remaining === undefined || o.remaining === null) { return; }
            var full = o.remaining <= 0;
            span.textContent = full ? fullText : remainingText.replace('999999', String(o.remaining)).replace('999 999', String(o.remaining));
            span.classList.toggle('is-full', full);
          });
        })
        .catch(function () { /* keep the figures already shown */ });
    }
    window.setInterval(refresh, 30000);
  }

  /* Check-in: scan the badge's QR code with the camera where the browser can (BarcodeDetector). */
  function scanner() {
    var button = document.querySelector('[data-scan]');
    if (!button || !('BarcodeDetector' in window) || !navigator.mediaDevices) { return; }
    var input = document.getElementById(button.getAttribute('data-scan'));
    var video = document.querySelector('video.scanner');
    button.hidden = false;
    button.addEventListener('click', function () {
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        function tick() {
          detector.detect(video).then(function (codes) {
            if (codes.length) {
              stream.getTracks().forEach(function (t) { t.stop(); });
              video.hidden = true;
              input.value = codes[0].rawValue;
              input.form.submit();
            } else {
              window.requestAnimationFrame(tick);
            }
          }).catch(function () { window.requestAnimationFrame(tick); });
        }
        tick();
      }).catch(function () { button.hidden = true; });
    });
  }

  onReady(function () {
    focusErrors();
    confirmations();
    liveAvailability();
    scanner();
  });
}());
