/*
 * Draws the partner pages' charts, canvas[data-partner-chart] (JSON: labels, series, unit, horizontal) with
 * Chart.js: numbers in the page's language (1 250 €, 3,4), labels in full (horizontal bars for long labels),
 * the height following the number of bars so that none is squeezed.
 */
(function () {
  'use strict';
  var palette = ['#1f4e8c', '#b35c00', '#1d6b35', '#6b3fa0', '#8a1c3b'];
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR';
  function number(value, unit) {
    if (value === null || value === undefined) { return '–'; }
    var text = new Intl.NumberFormat(lang, { maximumFractionDigits: unit === '€' ? 0 : 1 }).format(value);
    if (!unit) { return text; }
    return unit === '€' && lang === 'en-GB' ? '€' + text : text + '\u00a0' + unit;
  }
  /* A long label on several lines (Chart.js draws an array as lines), so it is read in full on a phone. */
  function wrap(label, width) {
    var words = String(label).split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (w) {
      if (line && (line + ' ' + w).length > width) { lines.push(line); line = w; } else { line = line ? line + ' ' + w : w; }
    });
    if (line) { lines.push(line); }
    return lines.length > 1 ? lines : label;
  }
  function draw() {
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas[data-partner-chart]').forEach(function (canvas) {
      var spec;
      try { spec = JSON.parse(canvas.getAttribute('data-partner-chart')); } catch (e) { return; }
      var series = spec.series || [];
      if (spec.horizontal) {
        var bars = (spec.labels || []).length * Math.max(series.length, 1);
        canvas.parentNode.style.height = Math.max(10, 4 + bars * 2.2) + 'rem';
      }
      var valueAxis = {
        beginAtZero: true,
        ticks: { maxTicksLimit: window.innerWidth < 600 ? 4 : 8, callback: function (v) { return number(v, spec.unit); } }
      };
      var labelAxis = { ticks: { autoSkip: false } };
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: (spec.labels || []).map(function (l) { return wrap(l, window.innerWidth < 600 ? 18 : 32); }),
          datasets: series.map(function (s, i) {
            return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length], borderWidth: 0 };
          })
        },
        options: {
          indexAxis: spec.horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { position: 'bottom', display: series.length > 1 },
            tooltip: { callbacks: { label: function (c) {
              return (series.length > 1 ? c.dataset.label + (lang === 'fr-FR' ? '\u00a0: ' : ': ') : '') + number(c.raw, spec.unit);
            } } }
          },
          scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { y: valueAxis, x: labelAxis }
        }
      });
    });
  }
  if (document.readyState !== 'loading') { draw(); } else { document.addEventListener('DOMContentLoaded', draw); }
}());
