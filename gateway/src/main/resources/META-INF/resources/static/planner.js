// Drag and drop on the planner, a shortcut for the keyboard's "Déplacer" form of each session: dropping a
// session on a cell fills that form with the cell's half-day and room and sends it, so the server does the same
// whole-session move either way. Without this script (or without a mouse) the form alone works.
(function () {
  'use strict';
  var dragged = null;
  document.querySelectorAll('article.planned[draggable="true"]').forEach(function (card) {
    card.addEventListener('dragstart', function (event) {
      dragged = card;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', card.id);
      card.classList.add('dragging');
    });
    card.addEventListener('dragend', function () {
      card.classList.remove('dragging');
      dragged = null;
    });
  });
  document.querySelectorAll('td[data-half-day][data-room]').forEach(function (cell) {
    cell.addEventListener('dragover', function (event) {
      if (dragged) {
        event.preventDefault();
        cell.classList.add('drop-target');
      }
    });
    cell.addEventListener('dragleave', function () {
      cell.classList.remove('drop-target');
    });
    cell.addEventListener('drop', function (event) {
      event.preventDefault();
      cell.classList.remove('drop-target');
      if (!dragged) {
        return;
      }
      var form = dragged.querySelector('form.move-form');
      var halfDay = form && form.querySelector('select[name="halfDayCode"]');
      var room = form && form.querySelector('select[name="roomId"]');
      if (!halfDay || !room) {
        return;
      }
      if (halfDay.value === cell.dataset.halfDay && room.value === cell.dataset.room) {
        return;
      }
      halfDay.value = cell.dataset.halfDay;
      room.value = cell.dataset.room;
      form.submit();
    });
  });
})();
