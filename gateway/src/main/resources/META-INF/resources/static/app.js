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

  /* Destructive actions ask for confirmation. */
  function confirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
      });
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

  onReady(function () {
    focusErrors();
    confirmations();
    liveAvailability();
  });
}());
