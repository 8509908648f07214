/* "Copy the address" buttons: shown only where the clipboard can be written; the field stays selectable without. */
(function () {
  'use strict';
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!field) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      }, function () {
        field.select();
      });
    });
  });
}());
