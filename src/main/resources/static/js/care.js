// Care pages: the overdue bar chart of the compliance page and the visit form's type/method link.

// Compliance page: horizontal bars of children overdue for contact and home visit per region, read from the table
// rows (data-name, data-contact, data-home); the regions with most overdue first, at most 15.
(function () {
  var chart = document.getElementById('overdue-chart');
  if (!chart || !window.echarts) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll(chart.dataset.source + ' tbody tr'));
  var data = rows.map(function (tr) {
    return {
      name: tr.dataset.name,
      label: tr.dataset.name.replace(/(社区居民委员会|居民委员会|村民委员会|社区居委会|村委会|居委会)$/, ''),
      contact: Number(tr.dataset.contact), home: Number(tr.dataset.home)
    };
  }).filter(function (d) { return d.contact + d.home > 0; })
    .sort(function (a, b) { return (b.contact + b.home) - (a.contact + a.home); })
    .slice(0, 15).reverse();
  if (data.length === 0) {
    chart.hidden = true;
    chart.parentNode.querySelector('.chart-empty').hidden = false;
    return;
  }
  chart.style.height = (data.length * 44 + 40) + 'px';
  var style = getComputedStyle(document.documentElement);
  var red = style.getPropertyValue('--bad').trim() || '#c81e1e';
  var amber = style.getPropertyValue('--warn').trim() || '#b44d12';
  // The simple build draws on a canvas: the chart's label says in words what it shows.
  chart.setAttribute('aria-label', '逾期人数：' + data.slice().reverse().map(function (d) {
    return d.name + ' 联系逾期' + d.contact + '人、入户走访逾期' + d.home + '人';
  }).join('；'));
  var bars = echarts.init(chart);
  var label = { show: true, position: 'right', fontSize: 12, formatter: function (p) { return p.value || ''; } };
  bars.setOption({
    animation: false,
    grid: { left: 4, right: 28, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e4e7eb' } } },
    yAxis: { type: 'category', data: data.map(function (d) { return d.label; }), axisTick: { show: false },
             axisLabel: { fontSize: 13, color: '#1f2933', width: 90, overflow: 'truncate' } },
    series: [
      { name: '联系逾期', type: 'bar', data: data.map(function (d) { return d.contact; }), itemStyle: { color: amber },
        label: label, barGap: '10%', barMaxWidth: 16 },
      { name: '入户走访逾期', type: 'bar', data: data.map(function (d) { return d.home; }), itemStyle: { color: red },
        label: label, barMaxWidth: 16 }
    ]
  });
  window.addEventListener('resize', function () { bars.resize(); });
})();

// Visit form: choosing 入户走访 chooses 当面 as the method (a home visit is made in person).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.form || input.name !== 'type' || !input.dataset.method) return;
  var method = input.form.querySelector('input[name=method][value="' + input.dataset.method + '"]');
  if (method) method.checked = true;
});
