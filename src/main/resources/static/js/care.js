// Care pages: the visit form's type/method link (the compliance chart is in compliance.js).

// Visit form: choosing 入户走访 chooses 当面 as the method (a home visit is made in person).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.form || input.name !== 'type' || !input.dataset.method) return;
  var method = input.form.querySelector('input[name=method][value="' + input.dataset.method + '"]');
  if (method) method.checked = true;
});
