// Compliance page: horizontal bars of children overdue for contact and home visit per region, read from the table
// rows (data-label: the name as the chart shows it, made unique by the server; data-contact, data-home); the regions
// with most overdue first, at most 15. Okabe-Ito colours (orange and blue stay distinct for people who cannot tell
// orange from red), the home-visit bars hatched as well, and every bar labelled with its number.
(function () {
  var chart = document.getElementById('overdue-chart');
  if (!chart || !window.echarts) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll(chart.dataset.source + ' tbody tr'));
  var data = rows.map(function (tr) {
    return { name: tr.dataset.name, label: tr.dataset.label || tr.dataset.name,
             contact: Number(tr.dataset.contact), home: Number(tr.dataset.home) };
  }).filter(function (d) { return d.contact + d.home > 0; })
    .sort(function (a, b) { return (b.contact + b.home) - (a.contact + a.home); })
    .slice(0, 15).reverse();
  if (data.length === 0) {
    chart.hidden = true;
    chart.parentNode.querySelector('.chart-empty').hidden = false;
    return;
  }
  chart.style.height = (data.length * 44 + 40) + 'px';
  var orange = '#E69F00';
  var blue = '#0072B2';
  // The simple build draws on a canvas: the chart's label says in words what it shows.
  chart.setAttribute('aria-label', '逾期人数：' + data.slice().reverse().map(function (d) {
    return d.name + ' 联系逾期' + d.contact + '人、入户走访逾期' + d.home + '人';
  }).join('；'));
  var bars = echarts.init(chart);
  var label = { show: true, position: 'right', fontSize: 12, color: '#1f2933',
                formatter: function (p) { return p.value || ''; } };
  var hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4,
                color: 'rgba(255, 255, 255, 0.6)' };
  bars.setOption({
    animation: false,
    grid: { left: 4, right: 28, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e4e7eb' } } },
    yAxis: { type: 'category', data: data.map(function (d) { return d.label; }), axisTick: { show: false },
             axisLabel: { fontSize: 13, color: '#1f2933', width: 120, overflow: 'truncate' } },
    series: [
      { name: '联系逾期', type: 'bar', data: data.map(function (d) { return d.contact; }),
        itemStyle: { color: orange }, label: label, barGap: '10%', barMaxWidth: 16 },
      { name: '入户走访逾期', type: 'bar', data: data.map(function (d) { return d.home; }),
        itemStyle: { color: blue, decal: hatch }, label: label, barMaxWidth: 16 }
    ]
  });
  window.addEventListener('resize', function () { bars.resize(); });
})();
