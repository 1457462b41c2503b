// Statistics dashboard: horizontal bars of the children on file per region one level down, read from the table rows
// (data-name, data-children); regions with most children first, at most 20. One colour (Okabe-Ito blue), the figure
// at the end of each bar; the chart's label says the same in words (the simple build draws on a canvas).
(function () {
  var chart = document.getElementById('statistics-chart');
  if (!chart || !window.echarts) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll(chart.dataset.source + ' tbody tr'));
  var data = rows.map(function (tr) {
    return { name: tr.dataset.name, children: Number(tr.dataset.children) };
  }).filter(function (d) { return d.children > 0; })
    .sort(function (a, b) { return b.children - a.children; })
    .slice(0, 20).reverse();
  if (data.length === 0) {
    chart.hidden = true;
    chart.parentNode.querySelector('.chart-empty').hidden = false;
    return;
  }
  chart.style.height = (data.length * 32 + 40) + 'px';
  chart.setAttribute('aria-label', '各区域在册儿童：' + data.slice().reverse().map(function (d) {
    return d.name + ' ' + d.children + '人';
  }).join('；'));
  var bars = echarts.init(chart);
  bars.setOption({
    animation: false,
    grid: { left: 4, right: 40, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e4e7eb' } } },
    yAxis: { type: 'category', axisTick: { show: false }, data: data.map(function (d) { return d.name; }),
             axisLabel: { fontSize: 13, color: '#1f2933', width: 120, overflow: 'truncate' } },
    series: [{ name: '在册儿童', type: 'bar', data: data.map(function (d) { return d.children; }),
               itemStyle: { color: '#0072B2' }, barMaxWidth: 18,
               label: { show: true, position: 'right', fontSize: 12, color: '#1f2933' } }]
  });
  window.addEventListener('resize', function () { bars.resize(); });
})();
