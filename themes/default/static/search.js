// Site search, in the browser, from the index the build wrote (src/search/): no other host, no
// storage. Without JavaScript the search link leads to the list of every page instead.
// The tokenizer repeats src/search/tokenize.rs rule for rule; tests/search/tokenizer-parity.mjs
// checks that they agree. Change both together.
(function () {
  var FROM = 'àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőŕŗřśŝşšţťŧũūŭůűųŵŷźżž';
  var TO = 'aaaaaaceeeeiiiinoooooouuuuyyaaaccccddeeeeegggghhiiiiijklllllnnnooorrrsssstttuuuuuuwyzzz';
  var LIG = { 'œ': 'oe', 'æ': 'ae', 'ß': 'ss' };
  var STOP = {
    fr: 'au aux avec ce ces cet cette dans de des du elle elles en est et eux il ils je la le les leur leurs lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous',
    en: 'an and are as at be but by for from has have he her his in is it its of on or our she that the their them they this to was we were will with you your'
  };
  var WORD = /[\p{Alphabetic}\p{N}]/u;

  function words(text) {
    var out = [], w = '';
    for (var c of text.toLowerCase()) {
      if (c >= '\u0300' && c <= '\u036f') continue;
      if (WORD.test(c)) {
        var i = FROM.indexOf(c);
        w += LIG[c] || (i < 0 ? c : TO[i]);
      } else if (w) { out.push(w); w = ''; }
    }
    if (w) out.push(w);
    return out;
  }

  function term(w, lang) {
    var cs = Array.from(w);
    if (cs.length == 1 && !/[0-9]/.test(w)) return null;
    if (/^[0-9]+$/.test(w)) return w.replace(/^0+/, '') || '0';
    if ((STOP[lang] || '').split(' ').indexOf(w) >= 0) return null;
    if (/\p{N}/u.test(w)) return w;
    return (lang == 'fr' ? stemFr(cs) : lang == 'en' ? stemEn(cs) : cs).join('');
  }

  function stemFr(w) {
    var n = w.length;
    if (n <= 3) return w;
    if (n > 4 && w.slice(-3).join('') == 'aux' && w[n - 4] != 'e') return w.slice(0, -3).concat('a', 'l');
    ['x', 's', 'r', 'e', 'e'].forEach(function (e) { if (w.length > 3 && w[w.length - 1] == e) w.pop(); });
    n = w.length;
    if (n > 3 && w[n - 1] == w[n - 2]) w.pop();
    return w;
  }

  function stemEn(w) {
    var n = w.length, a = w[n - 2], b = w[n - 3];
    if (n < 3 || w[n - 1] != 's' || a == 'u' || a == 's') return w;
    if (a == 'e' && n > 3 && b == 'i' && w[n - 4] != 'a' && w[n - 4] != 'e') return w.slice(0, -3).concat('y');
    if (a == 'e' && 'iaoe'.indexOf(b) >= 0) return w;
    return w.slice(0, -1);
  }

  function tokens(text, lang) {
    return words(text).map(function (w) { return term(w, lang); }).filter(Boolean);
  }

  if (typeof document == 'undefined') { globalThis.handbookSearch = { tokens: tokens }; return; }

  // Without JavaScript a search link leads to the list of every page; with it, to the search page.
  document.querySelectorAll('a[data-search]').forEach(function (a) { a.setAttribute('href', a.dataset.search); });
  var form = document.querySelector('form[data-index]');
  if (!form) return;
  var input = form.querySelector('input'), status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]'), more = document.querySelector('[data-search-more]');
  var cache = {}, scopes = {}, run = 0, found = [], shown = 0, searched;

  // Where to search: this edition (the form's index), or the revision in force when the page offers
  // it (radio buttons named "in"). Each index is fetched from its own folder, never both for a query.
  function scope() {
    var el = form.querySelector('input[name=in]:checked') || form, base = new URL(el.dataset.index, location.href).href;
    return scopes[base] || (scopes[base] = {
      base: base, root: new URL('../', base).href, label: el.dataset.label, key: el != form && !el.defaultChecked ? el.value : ''
    });
  }

  function get(s, path) {
    var url = new URL(path + (s.meta ? '?v=' + s.meta.v : ''), s.base).href;
    return cache[url] || (cache[url] = fetch(url).then(function (r) {
      if (!r.ok) throw r.status;
      return r.json();
    }));
  }

  function shardOf(t, meta) {
    var len = Array.from(t).length, best = null;
    meta.keys.forEach(function (k) {
      if (t.indexOf(k) == 0 && Array.from(k).length >= Math.min(2, len) && (!best || k.length > best.length)) best = k;
    });
    return best && (/^[a-z0-9]+$/.test(best) ? best : '_' + Array.from(best).map(function (c) {
      return c.codePointAt(0).toString(16);
    }).join('_'));
  }

  // Weight of where a term occurs (see src/search/index.rs): title, keyword, heading, text.
  function weight(where) { return where == 0 ? 16 : where == 1 ? 6 : where % 2 ? 8 : 2; }

  function search(s, query, id) {
    var terms = tokens(query, s.meta.lang), prefix = WORD.test(query.slice(-1));
    return Promise.all(terms.map(function (t, i) {
      var file = shardOf(t, s.meta);
      return file ? get(s, 't/' + file + '.json').then(function (shard) {
        var docs = {};
        Object.keys(shard).forEach(function (k) {
          if (k != t && !(prefix && i == terms.length - 1 && k.indexOf(t) == 0)) return;
          for (var p = shard[k], j = 0, d = 0; j < p.length; j += 2) {
            d += p[j];
            var w = weight(p[j + 1]) / (k == t ? 1 : 2);
            if (!docs[d] || docs[d].w < w) docs[d] = { w: w, at: p[j + 1] };
          }
        });
        return docs;
      }) : {};
    })).then(function (hits) {
      if (id != run) return;
      found = terms.length ? Object.keys(hits[0]).filter(function (d) {
        return hits.every(function (h) { return h[d]; });
      }).map(function (d) {
        var score = 0, at = -1;
        hits.forEach(function (h) {
          score += h[d].w;
          if (h[d].at > 2 && (at < 0 || weight(h[d].at) > weight(at))) at = h[d].at;
        });
        return { doc: +d, score: score, heading: at < 0 ? -1 : (at - 3) >> 1, terms: terms, prefix: prefix };
      }).sort(function (a, b) { return b.score - a.score || a.doc - b.doc; }) : [];
      searched = s;
      list.textContent = '';
      shown = 0;
      say(found.length);
      return show();
    });
  }

  function show() {
    var id = run, s = searched, page = found.slice(shown, shown + 10);
    shown += page.length;
    more.hidden = shown >= found.length;
    return Promise.all(page.map(function (r) { return get(s, 'd/' + r.doc + '.json'); })).then(function (docs) {
      if (id != run) return;
      docs.forEach(function (d, i) {
        var li = document.createElement('li'), h = d.h[page[i].heading], url = new URL(d.u, s.root).href;
        li.appendChild(link(url, d.t));
        if (h) li.append(' › ', link(url + '#' + h[0], h[1]));
        var p = document.createElement('p');
        // Which revision the result belongs to, whenever the site has revisions.
        if (s.label) p.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: s.label }), ' ');
        // The sentence of the matching section that holds a query word, else the page's intro.
        var shown = (h && passage(h[2] || '', page[i].terms, page[i].prefix)) || d.x;
        p.append(d.k + (shown ? ' — ' + shown : ''));
        if (shown && shown != d.x) p.setAttribute('data-passage', '');
        li.appendChild(p);
        list.appendChild(li);
      });
    });
  }

  // The first sentence of `text` that holds one of the query's terms (the last one may be a word
  // being typed, matched as a prefix), or '' when none does.
  function passage(text, terms, prefix) {
    var sentences = text.split(/(?<=[.!?…:;])\s+/), lang = searched.meta.lang;
    for (var i = 0; i < sentences.length; i++) {
      var words = tokens(sentences[i], lang);
      var hit = terms.some(function (t, k) {
        return words.some(function (w) { return w == t || (prefix && k == terms.length - 1 && w.indexOf(t) == 0); });
      });
      if (hit) return (i > 0 ? '… ' : '') + sentences[i];
    }
    return '';
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  // With a choice of revision, the count names the one searched, so switching is announced too.
  function say(n) {
    status.textContent = (n == 0 ? status.dataset.none : n + ' ' + (n == 1 ? status.dataset.one : status.dataset.many)) +
      (choices.length && searched.label ? ' — ' + searched.label : '');
  }

  function go() {
    var q = input.value.trim(), s = scope(), id = ++run, u = (q ? '&q=' + encodeURIComponent(q) : '') + (s.key ? '&in=' + s.key : '');
    history.replaceState(null, '', u ? '?' + u.slice(1) : location.pathname);
    if (!q) { list.textContent = ''; status.textContent = ''; more.hidden = true; return; }
    (s.meta ? Promise.resolve() : get(s, 'meta.json').then(function (m) { s.meta = m; })).then(function () {
      return id == run && search(s, input.value, id);
    }).catch(function () { if (id == run) status.textContent = status.dataset.error; });
  }

  var timer;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(go, 150); });
  form.addEventListener('submit', function (e) { e.preventDefault(); go(); });
  more.addEventListener('click', function () { show(); });
  // Arrow keys move between the search box and the result links.
  form.parentNode.addEventListener('keydown', function (e) {
    if (e.key != 'ArrowDown' && e.key != 'ArrowUp') return;
    var links = [input].concat(Array.from(list.querySelectorAll('a')));
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, i + (e.key == 'ArrowDown' ? 1 : -1)))].focus();
  });
  form.hidden = false;
  document.querySelectorAll('[data-search-fallback]').forEach(function (el) { el.hidden = true; });
  var params = new URLSearchParams(location.search), choices = form.querySelectorAll('input[name=in]');
  choices.forEach(function (r) {
    if (r.value == params.get('in')) r.checked = true;
    r.addEventListener('change', go);
  });
  input.value = params.get('q') || '';
  if (input.value) go();
})();
