// Printable statistics: the 打印 button opens the browser's print dialogue (A4, statistics.css).
(function () {
  var button = document.getElementById('print-now');
  if (button) button.addEventListener('click', function () { window.print(); });
})();
