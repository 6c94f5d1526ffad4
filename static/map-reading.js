/* Adjusts datasette-cluster-map's map as Leaflet loads (plugins/map_reading.py):
   names on hover, no clusters when the page has few places, and popups that
   name the articles with links to the words. Text is only ever set as text. */
(function () {
  "use strict";
  let leaflet;

  function rowsOnPage() {
    const rows = document.querySelectorAll("table.rows-and-columns tbody tr").length;
    const morePages = document.querySelector('a[href*="_next="]');
    return morePages ? Infinity : rows;
  }

  function plainGroup(L) {
    // A feature group that answers what datasette-cluster-map asks of a cluster group.
    const group = L.featureGroup();
    group.addLayers = function (layers) {
      layers.forEach((layer) => group.addLayer(layer));
      return group;
    };
    return group;
  }

  function placeIdFrom(content) {
    const match = /\/locations\/([a-z0-9-]+)"/.exec(content || "");
    return match ? match[1] : null;
  }

  function titleFrom(content) {
    const doc = new DOMParser().parseFromString(String(content || ""), "text/html");
    const strong = doc.querySelector("strong");
    return strong ? strong.textContent : "";
  }

  async function listArticles(popup, placeId) {
    const config = window.READING_MAP || {};
    const url = `${config.mentions_url}?location_id=${encodeURIComponent(placeId)}` +
      "&_labels=on&_shape=objects&_size=200&_sort=start";
    const content = popup.getContent();
    if (content instanceof HTMLElement) return; // listed already
    // datasette-cluster-map's popup HTML (escaped by it), in a node of our own
    // so that the list below survives Leaflet redrawing the popup.
    const container = document.createElement("div");
    container.innerHTML = content;
    const box = document.createElement("div");
    box.className = "map-articles";
    box.textContent = "Loading the articles…";
    container.appendChild(box);
    popup.setContent(container);
    try {
      const data = await (await fetch(url)).json();
      const byArticle = new Map();
      for (const row of data.rows || []) {
        const article = row.article_id || {};
        const id = article.value || article;
        if (!byArticle.has(id)) byArticle.set(id, { title: article.label || id, mentions: [] });
        byArticle.get(id).mentions.push(row.id);
      }
      box.textContent = "";
      const heading = document.createElement("p");
      heading.textContent = byArticle.size ? "Named in:" : "Not named in any article.";
      box.appendChild(heading);
      const list = document.createElement("ul");
      for (const [id, article] of byArticle) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        const anchor = encodeURIComponent(article.mentions[0]);
        link.href = `${config.articles_url}${encodeURIComponent(id)}?at=${anchor}#${anchor}`;
        link.textContent = article.title;
        link.title = "See where it is named, marked in the article";
        item.appendChild(link);
        if (article.mentions.length > 1) {
          item.appendChild(document.createTextNode(` (${article.mentions.length} times)`));
        }
        list.appendChild(item);
      }
      box.appendChild(list);
      if (data.next_url) {
        const more = document.createElement("p");
        more.textContent = "and more articles: see the place's page.";
        box.appendChild(more);
      }
    } catch (error) {
      box.textContent = "The articles could not be loaded.";
    }
    popup.update();
  }

  function patch(L) {
    if (!L || !L.Marker || L.__readingPatched) return;
    L.__readingPatched = true;
    const bindPopup = L.Marker.prototype.bindPopup;
    L.Marker.prototype.bindPopup = function (content, options) {
      const result = bindPopup.call(this, content, options);
      const name = titleFrom(content);
      if (name) {
        const label = document.createElement("span");
        label.textContent = name;
        this.bindTooltip(label, { direction: "top", offset: [0, -32] });
        this.options.title = name; // also the marker's accessible name
        if (this._icon) this._icon.setAttribute("title", name);
      }
      const placeId = placeIdFrom(content);
      if (placeId) this.on("popupopen", (event) => listArticles(event.popup, placeId));
      return result;
    };
    // The cluster plugin attaches itself to L later: wrap it when it does.
    let clusterGroup;
    Object.defineProperty(L, "markerClusterGroup", {
      configurable: true,
      enumerable: true,
      get() { return clusterGroup; },
      set(factory) {
        clusterGroup = function (options) {
          const few = (window.READING_MAP || {}).few || 100;
          return rowsOnPage() <= few ? plainGroup(L) : factory(options);
        };
      },
    });
  }

  Object.defineProperty(window, "L", {
    configurable: true,
    get() { return leaflet; },
    set(value) { leaflet = value; patch(value); },
  });
})();
