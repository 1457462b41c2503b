// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Typing a valid 18-character ID number (GB 11643) fills the birth date and gender beside it when they are still
// empty: the same person's fields share a name prefix (idNumber/birthDate/gender, father.idNumber/father.birthDate,
// mother.idNumber/mother.birthDate).
(function () {
  var WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  var CHECK = '10X98765432';
  function parse(value) {
    var id = (value || '').trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(id)) return null;
    var sum = 0;
    for (var i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * WEIGHTS[i];
    if (CHECK.charAt(sum % 11) !== id.charAt(17)) return null;
    var date = id.substr(6, 4) + '-' + id.substr(10, 2) + '-' + id.substr(12, 2);
    if (isNaN(Date.parse(date))) return null;
    return { birthDate: date, gender: (id.charCodeAt(16) - 48) % 2 === 1 ? 'MALE' : 'FEMALE' };
  }
  function fill(form, name, value) {
    var field = form.elements.namedItem(name);
    if (field && !field.value) {
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.form || !input.name || !/(^|\.)idNumber$/.test(input.name)) return;
    var facts = parse(input.value);
    if (!facts) return;
    var prefix = input.name.slice(0, -'idNumber'.length);
    fill(input.form, prefix + 'birthDate', facts.birthDate);
    fill(input.form, prefix + 'gender', facts.gender);
  });
})();

// A parent's workplace is shown only while 外出务工 is ticked; hidden, it is disabled so the form does not send it.
(function () {
  function sync(parent) {
    var away = parent.querySelector('input[type=checkbox][value=OUT_MIGRANT]');
    var workplace = parent.querySelector('.workplace input');
    if (away && workplace) workplace.disabled = !away.checked;
  }
  function syncAll() {
    document.querySelectorAll('fieldset.parent').forEach(sync);
  }
  document.addEventListener('change', function (event) {
    var parent = event.target.closest && event.target.closest('fieldset.parent');
    if (parent) sync(parent);
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', syncAll);
  else syncAll();
})();

// A form shown again with problems: the focus goes to its error summary (fragments/forms.html), so that a screen
// reader reads the problems and a phone shows them first.
function focusErrorSummary(root) {
  var summary = (root || document).querySelector('#error-summary');
  if (summary) {
    summary.focus();
    summary.scrollIntoView({ block: 'start' });
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { focusErrorSummary(); });
else focusErrorSummary();
document.addEventListener('htmx:afterSettle', function (event) { focusErrorSummary(event.detail.elt); });

// The 更多 menu of the navigation closes on a tap outside it and on Escape.
document.addEventListener('click', function (event) {
  document.querySelectorAll('details.nav-more[open]').forEach(function (menu) {
    if (!menu.contains(event.target)) menu.removeAttribute('open');
  });
});
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') return;
  document.querySelectorAll('details.nav-more[open]').forEach(function (menu) {
    menu.removeAttribute('open');
    menu.querySelector('summary').focus();
  });
});

// A form with data-confirm asks before it is sent (the Content-Security-Policy allows no inline onsubmit handler).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.dataset && form.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
