/* An error summary's link moves the focus into its field (a fieldset: its first choice), not only the scroll. */
(function () {
  'use strict';
  var summary = document.getElementById('erreurs');
  if (!summary) {
    return;
  }
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var target = link && document.getElementById(link.getAttribute('href').substring(1));
    if (!target) {
      return;
    }
    var field = target.matches('input, select, textarea') ? target
      : target.querySelector('input:not([type=hidden]), select, textarea');
    if (field) {
      event.preventDefault();
      target.scrollIntoView();
      field.focus();
      history.replaceState(null, '', link.getAttribute('href'));
    }
  });
}());
