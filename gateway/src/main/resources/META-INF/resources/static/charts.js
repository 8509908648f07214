/* Draws the charts described by canvas[data-chart] (JSON: type, labels, series, unit) with Chart.js. */
(function () {
  'use strict';
  var palette = ['#1f4e8c', '#b35c00', '#1d6b35', '#6b3fa0', '#8a1c3b', '#00616e', '#5f6270'];
  function draw() {
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var spec;
      try { spec = JSON.parse(canvas.getAttribute('data-chart')); } catch (e) { return; }
      var doughnut = spec.type === 'doughnut';
      var datasets = (spec.series || []).map(function (s, i) {
        return {
          label: s.label,
          data: s.data,
          backgroundColor: doughnut ? palette.slice(0, s.data.length) : palette[i % palette.length],
          borderWidth: doughnut ? 1 : 0
        };
      });
      new window.Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { position: 'bottom' } },
          scales: doughnut ? {} : { y: { beginAtZero: true } }
        }
      });
    });
  }
  if (document.readyState !== 'loading') { draw(); } else { document.addEventListener('DOMContentLoaded', draw); }
}());
