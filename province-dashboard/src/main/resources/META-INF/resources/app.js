// The dashboard's only script (CSP: scripts from this origin). Period picker; one ECharts line chart per
// sasaran, its data in data-* attributes (HTML-escaped by the template, so no text can become markup).
document.addEventListener('DOMContentLoaded', () => {
  const picker = document.getElementById('periode');
  if (picker && picker.tagName === 'SELECT') {
    picker.addEventListener('change', () => {
      const [tahun, periode] = picker.value.split('/');
      window.location.search = new URLSearchParams({ tahun, periode }).toString();
    });
  }
  if (typeof echarts === 'undefined') return;
  document.querySelectorAll('.chart').forEach((el) => {
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '-' : v.toLocaleString('id-ID') + ' %') },
      xAxis: { type: 'category', data: JSON.parse(el.dataset.periods) },
      yAxis: { type: 'value', name: '%', min: 0 },
      series: [{ type: 'line', name: 'Capaian', connectNulls: false, data: JSON.parse(el.dataset.values),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100, name: 'Target' }] } }],
    });
  });
});
