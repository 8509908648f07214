/*
 * Budget editor, progressive enhancement: recomputes each line, the totals of charges and produits and the balance
 * while amounts are typed. Without this file the page still works: budget-service computes everything on saving.
 * A line is unit × quantity × its factor (participants, meals, days × rooms…, read by the server from the line's
 * provisional amount); a line whose amount cannot be read counts with its saved amount.
 */
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  /* "1 234,50", "1234.5" or "1 234,50 €" in cents; null when it is not an amount with at most two decimals. */
  function cents(typed) {
    var text = String(typed || '').replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
    if (!/^\d+(\.\d{0,2})?$/.test(text)) { return null; }
    var parts = text.split('.');
    var decimals = ((parts[1] || '') + '00').substring(0, 2);
    return parseInt(parts[0], 10) * 100 + parseInt(decimals, 10);
  }

  function count(typed) {
    var text = String(typed || '').trim();
    return /^\d+$/.test(text) ? parseInt(text, 10) : null;
  }

  onReady(function () {
    var form = document.querySelector('form[data-live-balance]');
    var charges = document.getElementById('total-charges');
    var produits = document.getElementById('total-produits');
    var balance = document.getElementById('total-balance');
    var state = document.getElementById('balance-state');
    if (!form || !charges || !produits || !balance || !state || !window.Intl) { return; }
    var format = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR',
      { style: 'currency', currency: 'EUR' });
    function euros(value) { return format.format(value / 100).replace(/\u202f/g, '\u00a0'); }
    var base = { charge: parseInt(charges.getAttribute('data-cents'), 10),
      produit: parseInt(produits.getAttribute('data-cents'), 10) };
    var units = form.querySelectorAll('input[data-line][data-factor]');
    var announce = null;
    var hint = document.getElementById('live-hint');
    if (hint) { hint.hidden = false; }

    function recompute() {
      var delta = { charge: 0, produit: 0 };
      units.forEach(function (unit) {
        var id = unit.getAttribute('data-line');
        var quantity = form.querySelector('input[data-quantity-of="' + id + '"]');
        var saved = parseInt(unit.getAttribute('data-cents'), 10);
        var u = cents(unit.value);
        var q = quantity ? count(quantity.value) : 1;
        var line = (u === null || q === null) ? saved : u * q * parseInt(unit.getAttribute('data-factor'), 10);
        delta[unit.getAttribute('data-kind')] += line - saved;
        var cell = document.getElementById('total-' + id);
        if (cell) { cell.textContent = euros(line); }
      });
      var totalCharges = base.charge + delta.charge;
      var totalProduits = base.produit + delta.produit;
      var solde = totalProduits - totalCharges;
      charges.textContent = euros(totalCharges);
      produits.textContent = euros(totalProduits);
      balance.textContent = euros(solde);
      balance.classList.toggle('negative', solde < 0);
      var wording = solde < 0 ? form.getAttribute('data-msg-deficit')
        : solde > 0 ? form.getAttribute('data-msg-surplus') : form.getAttribute('data-msg-even');
      // the live region speaks once typing pauses, not at every key
      window.clearTimeout(announce);
      announce = window.setTimeout(function () {
        state.textContent = wording.replace('AMOUNT', euros(Math.abs(solde)));
      }, 400);
    }

    form.addEventListener('input', function (event) {
      if (event.target && event.target.matches('input[data-line], input[data-quantity-of]')) { recompute(); }
    });
  });
}());
