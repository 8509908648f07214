/* Progressive enhancement of the survey form: conditional questions show and hide as one answers. Without this
   file the form still works: sending it first brings it back with the questions the answers call for. The rule is
   evaluation-service's (a question shows when the earlier question it depends on is shown and has that answer);
   the page carries it as data-show-when / data-show-equals, and the service checks the answers again on sending. */
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function number(text) {
    var n = Number(String(text).trim().replace(',', '.'));
    return String(text).trim() === '' || isNaN(n) ? null : n;
  }

  /* Whether question `id`'s current answer "has the value" `equals`: a choice ticked, a situation chosen, a scale
     point, the same number, the same text (spaces and capitals aside). */
  function answered(form, id, equals) {
    var fields = form.querySelectorAll('[name="a_' + id + '"], [name="a_' + id + '_situation"]');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.type === 'radio' || f.type === 'checkbox') {
        if (f.checked && f.value === equals) { return true; }
      } else if (f.getAttribute('inputmode') === 'decimal') {
        if (number(f.value) !== null && number(f.value) === number(equals)) { return true; }
      } else if (f.value.trim().toLowerCase() === String(equals).trim().toLowerCase() && f.value.trim() !== '') {
        return true;
      }
    }
    return false;
  }

  function legend(question) {
    var l = question.querySelector('legend');
    return l ? l.textContent.replace(/\s*\*$/, '') : '';
  }

  onReady(function () {
    var form = document.querySelector('form[data-survey]');
    if (!form) { return; }
    var questions = [].slice.call(form.querySelectorAll('fieldset.question[data-question]'));
    var shownField = form.querySelector('input[name="shown"]');
    var live = document.getElementById('survey-live');

    function update(announce) {
      var visible = {};
      var changes = [];
      questions.forEach(function (q) {
        var id = q.getAttribute('data-question');
        var source = q.getAttribute('data-show-when');
        var show;
        if (q.hasAttribute('data-never')) {
          show = false;
        } else if (source) {
          show = visible[source] === true && answered(form, source, q.getAttribute('data-show-equals'));
        } else {
          show = !q.hidden;
        }
        visible[id] = show;
        if (show === q.hidden) {
          changes.push((show ? live.getAttribute('data-msg-added') : live.getAttribute('data-msg-removed'))
            + ' ' + legend(q));
        }
        q.hidden = !show;
        q.disabled = !show;
      });
      shownField.value = questions.filter(function (q) { return !q.hidden; })
        .map(function (q) { return q.getAttribute('data-question'); }).join(' ');
      if (announce && changes.length && live) { live.textContent = changes.join(' '); }
    }

    form.addEventListener('change', update);
    form.addEventListener('input', update);
    update(false);
  });
}());
