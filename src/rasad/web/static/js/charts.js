// Charts and the contact network, drawn with Apache ECharts from the JSON API.
// Each chart element names its data source in data-src; this file decides how to draw it.
(function () {
  "use strict";
  var TYPES = ["call", "visit", "meeting", "talks", "invitation", "message"];
  var TYPE_NAMES = { call: "Call · اتصال", visit: "Visit · زيارة", meeting: "Meeting · لقاء",
    talks: "Talks · مفاوضات", invitation: "Invitation · دعوة", message: "Message · رسالة" };
  var COLORS = { call: "#3b82f6", visit: "#10b981", meeting: "#f59e0b", talks: "#8b5cf6",
    invitation: "#ec4899", message: "#64748b" };

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status + " for " + url); }
        return r.json();
      });
  }

  function fail(el, err) {
    el.textContent = "Could not load the chart · تعذّر تحميل الرسم";
    el.classList.add("chart-error");
    if (window.console) { console.warn(String(err)); }
  }

  function init(el) {
    var chart = echarts.init(el, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { chart.resize(); });
    return chart;
  }

  // periods: [{period, n, by_type}] -> stacked bars per type
  function stackedPeriods(el, periods) {
    var chart = init(el);
    var x = periods.map(function (p) { return p.period; });
    var series = TYPES.filter(function (t) {
      return periods.some(function (p) { return p.by_type[t]; });
    }).map(function (t) {
      return { name: TYPE_NAMES[t], type: "bar", stack: "all", barMaxWidth: 48, itemStyle: { color: COLORS[t] },
        data: periods.map(function (p) { return p.by_type[t] || 0; }) };
    });
    chart.setOption({
      tooltip: { trigger: "axis" }, legend: { top: 0, type: "scroll" },
      grid: { left: 40, right: 16, top: 40, bottom: 60 },
      xAxis: { type: "category", data: x }, yAxis: { type: "value", minInterval: 1 },
      dataZoom: x.length > 24 ? [{ type: "slider", bottom: 8 }] : [],
      series: series
    });
    el.setAttribute("data-ready", "1");
    return chart;
  }

  function drawMonths(el) {
    getJSON(el.getAttribute("data-src")).then(function (st) {
      var chart = init(el);
      chart.setOption({
        tooltip: { trigger: "axis" }, grid: { left: 40, right: 16, top: 16, bottom: 60 },
        xAxis: { type: "category", data: st.by_month.map(function (m) { return m.month; }) },
        yAxis: { type: "value", minInterval: 1 },
        dataZoom: st.by_month.length > 24 ? [{ type: "slider", bottom: 8 }] : [],
        series: [{ name: "events · أحداث", type: "bar", itemStyle: { color: "#0f766e" },
          data: st.by_month.map(function (m) { return m.n; }) }]
      });
      el.setAttribute("data-ready", "1");
    }).catch(function (e) { fail(el, e); });
  }

  function label(a) {
    return a.name_en || a.name_ar || a.id;
  }

  function drawNetwork(el, net) {
    var chart = init(el);
    var max = 1;
    net.nodes.forEach(function (n) { if (!n.ego && n.n_events > max) { max = n.n_events; } });
    var countries = [];
    net.nodes.forEach(function (n) {
      var c = n.country || "—";
      if (countries.indexOf(c) < 0) { countries.push(c); }
    });
    var nodes = net.nodes.map(function (n) {
      return {
        id: n.id, name: label(n), value: n.n_events,
        symbolSize: n.ego ? 46 : 14 + 26 * Math.sqrt(n.n_events / max),
        category: countries.indexOf(n.country || "—"),
        label: { show: true, position: "right", fontWeight: n.ego ? "bold" : "normal" },
        rasad: { ar: n.name_ar || "", country: n.country || "", ego: n.ego }
      };
    });
    var links = net.edges.map(function (e) {
      return { source: e.source, target: e.target, value: e.weight,
        lineStyle: { width: Math.min(8, 1 + Math.log2(e.weight)) } };
    });
    chart.setOption({
      tooltip: {
        formatter: function (p) {
          if (p.dataType === "edge") { return p.value + " events"; }
          var d = p.data.rasad || {};
          return echarts.format.encodeHTML(p.name) + (d.ar ? "<br>" + echarts.format.encodeHTML(d.ar) : "") +
            "<br>" + p.value + " events";
        }
      },
      legend: { data: countries, bottom: 0, type: "scroll" },
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        categories: countries.map(function (c) { return { name: c }; }),
        force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08 },
        data: nodes, links: links, emphasis: { focus: "adjacency" },
        lineStyle: { color: "source", opacity: 0.5, curveness: 0.1 }
      }]
    });
    chart.on("click", function (p) {
      if (p.dataType === "node" && !(p.data.rasad && p.data.rasad.ego)) {
        window.location.href = "/actors/" + encodeURIComponent(p.data.id);
      }
    });
    el.setAttribute("data-nodes", String(nodes.length));
    el.setAttribute("data-ready", "1");
  }

  var months = document.getElementById("chart-months");
  if (months) { drawMonths(months); }

  var timeline = document.getElementById("chart-timeline");
  var network = document.getElementById("chart-network");
  if (timeline || network) {
    var src = (timeline || network).getAttribute("data-src");
    getJSON(src).then(function (d) {
      if (timeline) { stackedPeriods(timeline, d.periods); }
      if (network) { drawNetwork(network, d.network); }
    }).catch(function (e) {
      if (timeline) { fail(timeline, e); }
      if (network) { fail(network, e); }
    });
  }

  var pair = document.getElementById("chart-pair");
  if (pair) {
    getJSON(pair.getAttribute("data-src")).then(function (d) { stackedPeriods(pair, d.periods); })
      .catch(function (e) { fail(pair, e); });
  }
})();
