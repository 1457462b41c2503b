// Protection dashboard: stacked horizontal bars of the open mandatory reports per region (待受理 / 处置中 / 待反馈),
// read from the table rows (data-received, data-accepted, data-concluded, data-overdue); regions with most open
// reports first, at most 15. Okabe-Ito colours, the accepted bars hatched, each region's overdue count in its label.
(function () {
  var chart = document.getElementById('protection-chart');
  if (!chart || !window.echarts) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll(chart.dataset.source + ' tbody tr'));
  var data = rows.map(function (tr) {
    return { name: tr.dataset.name, received: Number(tr.dataset.received), accepted: Number(tr.dataset.accepted),
             concluded: Number(tr.dataset.concluded), overdue: Number(tr.dataset.overdue) };
  }).filter(function (d) { return d.received + d.accepted + d.concluded > 0; })
    .sort(function (a, b) {
      return (b.received + b.accepted + b.concluded) - (a.received + a.accepted + a.concluded);
    })
    .slice(0, 15).reverse();
  if (data.length === 0) {
    chart.hidden = true;
    chart.parentNode.querySelector('.chart-empty').hidden = false;
    return;
  }
  chart.style.height = (data.length * 40 + 40) + 'px';
  // The simple build draws on a canvas: the chart's label says in words what it shows.
  chart.setAttribute('aria-label', '未办结报告：' + data.slice().reverse().map(function (d) {
    return d.name + ' 待受理' + d.received + '件（超时' + d.overdue + '件）、处置中' + d.accepted + '件、待反馈' +
      d.concluded + '件';
  }).join('；'));
  var hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4,
                color: 'rgba(255, 255, 255, 0.6)' };
  var bars = echarts.init(chart);
  function series(name, key, color, decal) {
    return { name: name, type: 'bar', stack: 'open', data: data.map(function (d) { return d[key]; }),
             itemStyle: { color: color, decal: decal }, barMaxWidth: 18,
             label: { show: true, fontSize: 12, color: '#fff', formatter: function (p) { return p.value || ''; } } };
  }
  bars.setOption({
    animation: false,
    grid: { left: 4, right: 16, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e4e7eb' } } },
    yAxis: { type: 'category', axisTick: { show: false },
             data: data.map(function (d) { return d.overdue > 0 ? d.name + '（超时' + d.overdue + '）' : d.name; }),
             axisLabel: { fontSize: 13, color: '#1f2933', width: 130, overflow: 'truncate' } },
    series: [
      series('待受理', 'received', '#D55E00'),
      series('处置中', 'accepted', '#0072B2', hatch),
      series('待反馈', 'concluded', '#009E73')
    ]
  });
  window.addEventListener('resize', function () { bars.resize(); });
})();
