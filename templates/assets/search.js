// Gongkai search: loaded by the search page only (the element #search-app); every other page's header form is a
// plain GET form to it.
// Hand-written because no search library available here handles Chinese well. The tokeniser below is
// the same as src/Gongkai/Index/Tokenizer.cs, rule for rule, and the query steps follow
// src/Gongkai/Index/IndexSearcher.cs; the browser tests check that both agree. No framework, no eval,
// no request outside this site: only files below search-index/ are fetched, each when a query needs it.
(function () {
  'use strict';

  var MIN_PREFIX = 3;
  var MAX_PREFIXED = 12;
  var POSTING_BUDGET = 24 * 1024;
  var WINDOW = 10;
  var PAGE_SIZE = 10;
  var MAX_WINDOWS = 3;
  var NEAR = 4;
  var BOOST = [1, 1.5, 3, 5];
  var PRIOR = [0.3, 0.25, 0.2, 0.15, 0.1, 0.05];
  var TITLE_CHARS = 30;
  var KIND_IDS = ['glossary', 'unit', 'overview', 'table', 'explanations', 'performance'];

  // ---- Tokeniser (mirrors Tokenizer.cs) ----

  function foldCode(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      c -= 0xFEE0;
    } else if (c === 0x3000) {
      return 0x20;
    }
    return c >= 0x41 && c <= 0x5A ? c + 32 : c;
  }

  function fold(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      out += String.fromCharCode(foldCode(s.charCodeAt(i)));
    }
    return out;
  }

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      cp === 0x3007 || (cp >= 0x20000 && cp <= 0x3134F);
  }

  function isWordChar(cp) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7A);
  }

  function isDigitAt(s, i) {
    if (i < 0 || i >= s.length) {
      return false;
    }
    var c = s.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  }

  function codePointAt(s, i) {
    var hi = s.charCodeAt(i);
    if (hi >= 0xD800 && hi <= 0xDBFF && i + 1 < s.length) {
      var lo = s.charCodeAt(i + 1);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        return ((hi - 0xD800) * 0x400) + (lo - 0xDC00) + 0x10000;
      }
    }
    return hi;
  }

  function scan(text) {
    var s = fold(text);
    var tokens = [];
    var i = 0;
    while (i < s.length) {
      var cp = codePointAt(s, i);
      if (isHan(cp)) {
        var chars = [];
        while (i < s.length) {
          if (isHan(codePointAt(s, i))) {
            var width = codePointAt(s, i) > 0xFFFF ? 2 : 1;
            chars.push(s.substr(i, width));
            i += width;
            continue;
          }
          // A run goes on across punctuation and spaces, not across a word.
          var next = i;
          while (next < s.length && !isHan(codePointAt(s, next)) && !isWordChar(s.charCodeAt(next))) {
            next += codePointAt(s, next) > 0xFFFF ? 2 : 1;
          }
          if (next >= s.length || !isHan(codePointAt(s, next))) {
            break;
          }
          i = next;
        }
        tokens.push({ type: 'han', text: chars.join(''), chars: chars });
      } else if (isWordChar(cp)) {
        var word = '';
        while (i < s.length) {
          var c = s.charAt(i);
          var code = s.charCodeAt(i);
          if (isWordChar(code)) {
            word += c;
            i++;
          } else if (c === '.' && isDigitAt(s, i - 1) && isDigitAt(s, i + 1)) {
            word += c;
            i++;
          } else if (c === ',' && isDigitAt(s, i - 1) && isDigitAt(s, i + 1) && isDigitAt(s, i + 2) && isDigitAt(s, i + 3) && !isDigitAt(s, i + 4)) {
            i++;
          } else {
            break;
          }
        }
        tokens.push({ type: 'word', text: word, chars: [] });
      } else {
        i += cp > 0xFFFF ? 2 : 1;
      }
    }
    return tokens;
  }

  function allDigits(s) {
    return /^[0-9]+$/.test(s);
  }

  function prefixes(word) {
    var out = [];
    var dot = word.indexOf('.');
    if (dot > 0) {
      var whole = word.substring(0, dot);
      if (whole.length >= MIN_PREFIX && allDigits(whole)) {
        out.push(whole);
      }
      return out;
    }
    if (word.length > MIN_PREFIX && word.length <= MAX_PREFIXED && allDigits(word)) {
      for (var n = MIN_PREFIX; n < word.length; n++) {
        out.push(word.substring(0, n));
      }
    }
    return out;
  }

  function indexTerms(text) {
    var out = [];
    scan(text).forEach(function (token) {
      if (token.type === 'han') {
        for (var k = 0; k < token.chars.length; k++) {
          out.push(token.chars[k]);
          if (k + 1 < token.chars.length) {
            out.push(token.chars[k] + token.chars[k + 1]);
          }
        }
      } else {
        out.push(token.text);
        prefixes(token.text).forEach(function (p) { out.push(p); });
      }
    });
    return out;
  }

  function lookupTerms(token, maxPairs) {
    if (token.type === 'word') {
      return [token.text];
    }
    var chars = token.chars;
    if (chars.length === 1) {
      return [chars[0]];
    }
    var pairs = chars.length - 1;
    var starts = [];
    if (pairs <= maxPairs) {
      for (var k = 0; k < pairs; k++) {
        starts.push(k);
      }
    } else {
      for (var j = 0; j < maxPairs; j++) {
        starts.push(Math.floor(j * (pairs - 1) / (maxPairs - 1)));
      }
    }
    return distinct(starts.map(function (k) { return chars[k] + chars[k + 1]; }));
  }

  function compact(text, map) {
    var s = fold(text);
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xDC00 && s.charCodeAt(i + 1) <= 0xDFFF) {
        if (isHan(codePointAt(s, i))) {
          out += s.substr(i, 2);
          if (map) {
            map.push(i, i + 1);
          }
        }
        i++;
      } else if (isHan(c) || isWordChar(c) || c === 0x2E) {
        out += s.charAt(i);
        if (map) {
          map.push(i);
        }
      }
    }
    return out;
  }

  function parts(query) {
    return fold(query).split(/[ \t\n\r]+/).filter(function (p) { return p.length > 0; });
  }

  function phrases(query) {
    return distinct(parts(query).map(function (p) { return compact(p); }).filter(function (p) { return p.length > 0; }));
  }

  // As Tokenizer.Plan: the terms to look up, and per space-separated part its own terms (each part must be on
  // the page, not necessarily in one passage).
  function plan(query, maxPairs) {
    var tokens = [];
    var terms = [];
    var partTerms = [];
    parts(query).forEach(function (part) {
      var own = [];
      scan(part).forEach(function (token) {
        tokens.push(token);
        lookupTerms(token, maxPairs).forEach(function (t) {
          if (own.indexOf(t) < 0) {
            own.push(t);
          }
          if (terms.indexOf(t) < 0) {
            terms.push(t);
          }
        });
      });
      var repeated = partTerms.some(function (p) { return p.join('\n') === own.join('\n'); });
      if (own.length > 0 && !repeated) {
        partTerms.push(own);
      }
    });
    return { tokens: tokens, terms: terms, phrases: phrases(query), parts: partTerms };
  }

  function distinct(list) {
    var out = [];
    list.forEach(function (x) {
      if (out.indexOf(x) < 0) {
        out.push(x);
      }
    });
    return out;
  }

  // ---- Index files ----

  var encoder = new TextEncoder();
  var decoder = new TextDecoder('utf-8');

  // Every index file but meta.json is raw deflate (SearchIndexBuilder's Deflate), whatever the host sends.
  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  function fnv1a(term) {
    var bytes = encoder.encode(term);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }

  function shardName(shard, shards) {
    var width = Math.max(1, (shards - 1).toString(16).length);
    var name = shard.toString(16);
    while (name.length < width) {
      name = '0' + name;
    }
    return name;
  }

  function Reader(bytes, offset) {
    this.bytes = bytes;
    this.pos = offset || 0;
  }

  Reader.prototype.varint = function () {
    var value = 0;
    var scale = 1;
    for (;;) {
      var b = this.bytes[this.pos++];
      value += (b & 0x7F) * scale;
      if (b < 0x80) {
        return value;
      }
      scale *= 128;
    }
  };

  function decodePostings(bytes, count) {
    var r = new Reader(bytes, 0);
    var docs = [];
    var weights = [];
    var type = r.bytes[r.pos++];
    var doc = 0;
    if (type === 0) {
      for (var i = 0; i < count; i++) {
        var v = r.varint();
        doc += Math.floor(v / 4);
        docs.push(doc);
        weights.push(v % 4);
      }
      return { docs: docs, weights: weights };
    }
    var first = r.varint();
    var length = r.varint();
    var bitmap = bytes.subarray(r.pos, r.pos + length);
    r.pos += length;
    var titles = new Set();
    var n = r.varint();
    var previous = 0;
    for (var k = 0; k < n; k++) {
      previous += r.varint();
      titles.add(previous);
    }
    for (var j = 0; j < length; j++) {
      var byte = bitmap[j];
      if (byte === 0) {
        continue;
      }
      for (var bit = 0; bit < 8; bit++) {
        if (byte & (1 << bit)) {
          var d = ((first + j) * 8) + bit;
          docs.push(d);
          weights.push(titles.has(d) ? 3 : 0);
        }
      }
    }
    return { docs: docs, weights: weights };
  }

  function Index(base) {
    this.base = base;
    this.cache = new Map();
    this.meta = null;
    this.map = null;
  }

  Index.prototype.url = function (path) {
    return this.base + path + (this.meta ? '?v=' + this.meta.id : '');
  };

  Index.prototype.bytes = function (path) {
    var self = this;
    if (!self.cache.has(path)) {
      self.cache.set(path, fetch(self.url(path)).then(function (response) {
        if (response.status === 404) {
          return null;
        }
        if (!response.ok) {
          throw new Error(path + ': ' + response.status);
        }
        return response.arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
      }));
    }
    return self.cache.get(path);
  };

  // A file's inflated bytes (null if missing), inflated once however often asked for.
  Index.prototype.inflated = function (path) {
    var self = this;
    var key = 'inflated:' + path;
    if (!self.cache.has(key)) {
      self.cache.set(key, self.bytes(path).then(function (bytes) { return bytes ? inflate(bytes) : null; }));
    }
    return self.cache.get(key);
  };

  Index.prototype.json = function (path) {
    return this.inflated(path).then(function (bytes) {
      if (!bytes) {
        throw new Error(path + ' missing');
      }
      return JSON.parse(decoder.decode(bytes));
    });
  };

  Index.prototype.load = function () {
    var self = this;
    if (!self.ready) {
      // meta.json names the build; it is revalidated so a new build is never mixed with cached shards.
      self.ready = fetch(self.base + 'meta.json', { cache: 'no-cache' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('meta.json: ' + response.status);
          }
          return response.json();
        })
        .then(function (meta) {
          self.meta = meta;
          return self.inflated('map.bin');
        })
        .then(function (bytes) {
          self.map = decodeMap(bytes, self.meta.docs);
          return self;
        });
      self.ready.catch(function () { self.ready = null; });
    }
    return self.ready;
  };

  function readArray(r) {
    var n = r.varint();
    var values = [];
    if (r.varint() === 0) {
      for (var i = 0; i < n; i++) {
        values.push(r.varint());
      }
      return values;
    }
    while (values.length < n) {
      var run = r.varint();
      var value = r.varint();
      for (var k = 0; k < run; k++) {
        values.push(value);
      }
    }
    return values;
  }

  // map.bin (see IndexMap.cs): per passage its kind, unit and year, from counts per kind and group.
  function decodeMap(bytes, docs) {
    var r = new Reader(bytes, 2);
    r.varint();
    var unitRegion = readArray(r).map(function (x) { return x - 1; });
    var groupUnit = [];
    readArray(r).forEach(function (n, u) {
      for (var i = 0; i < n; i++) {
        groupUnit.push(u);
      }
    });
    var groupYear = readArray(r);
    var kind = new Uint8Array(docs);
    var unit = new Int32Array(docs);
    var year = new Int16Array(docs);
    var group = new Int32Array(docs);
    var at = 0;
    function add(k, count, un, yr, gr) {
      for (var i = 0; i < count; i++) {
        kind[at] = k;
        unit[at] = un;
        year[at] = yr;
        group[at] = gr;
        at++;
      }
    }
    add(0, r.varint(), -1, -1, -1);
    for (var k = 0; k < KIND_IDS.length; k++) {
      readArray(r).forEach(function (count, i) {
        if (k === 1) {
          add(k, count, i, -1, -1);
        } else {
          add(k, count, groupUnit[i], groupYear[i], i);
        }
      });
    }
    var packStarts = [];
    var start = 0;
    readArray(r).forEach(function (n) {
      packStarts.push(start);
      start += n;
    });
    return {
      kind: kind,
      unit: unit,
      year: year,
      group: group,
      packStarts: packStarts,
      region: function (doc) { return unit[doc] < 0 ? -1 : unitRegion[unit[doc]]; }
    };
  }

  Index.prototype.lookup = function (term) {
    var self = this;
    var shards = self.meta.shards;
    var shard = (fnv1a(term) & (shards - 1)) >>> 0;
    return self.inflated('t/' + shardName(shard, shards) + '.bin').then(function (bytes) {
      if (!bytes) {
        return null;
      }
      var wanted = encoder.encode(term);
      var r = new Reader(bytes, 0);
      var ordinal = 0;
      while (r.pos < bytes.length) {
        var length = r.varint();
        var match = length === wanted.length;
        for (var i = 0; match && i < length; i++) {
          match = bytes[r.pos + i] === wanted[i];
        }
        r.pos += length;
        var df = r.varint();
        var packed = r.varint();
        var size = Math.floor(packed / 2);
        var external = packed % 2 === 1;
        var inline = null;
        if (!external) {
          inline = bytes.subarray(r.pos, r.pos + size);
          r.pos += size;
        }
        if (match) {
          return { term: term, shard: shard, df: df, size: size, ordinal: external ? ordinal : -1, inline: inline };
        }
        if (external) {
          ordinal++;
        }
      }
      return null;
    });
  };

  Index.prototype.postings = function (entry) {
    if (entry.inline) {
      return Promise.resolve(decodePostings(entry.inline, entry.df));
    }
    var path = 'p/' + shardName(entry.shard, this.meta.shards) + '/' + entry.ordinal + '.bin';
    return this.inflated(path).then(function (bytes) { return decodePostings(bytes, entry.df); });
  };

  // Passages come in packs (d/…bin, a JSON array each); map.bin gives each pack's first passage.
  Index.prototype.packOf = function (doc) {
    var starts = this.map.packStarts;
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= doc) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  };

  Index.prototype.doc = function (doc) {
    var pack = this.packOf(doc);
    var start = this.map.packStarts[pack];
    return this.json('d/' + (pack >> 8) + '/' + (pack & 255) + '.bin').then(function (docs) { return docs[doc - start]; });
  };

  function rarity(a, b) {
    if (a.df !== b.df) {
      return a.df - b.df;
    }
    return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
  }

  // One part's passages (holding all its fetched lists) with scores, as IndexSearcher.Score.
  function scorePart(lists, entries, docs) {
    var scores = new Map();
    lists.forEach(function (list, i) {
      var idf = Math.log(1 + (docs / entries[i].df));
      var next = new Map();
      for (var j = 0; j < list.docs.length; j++) {
        var doc = list.docs[j];
        var w = list.weights[j];
        var prev = i === 0 ? [0, 0, 0] : scores.get(doc);
        if (!prev) {
          continue;
        }
        next.set(doc, [prev[0] + (idf * BOOST[w]), prev[1] + (w === 3 ? 1 : 0), prev[2] + (w >= 2 ? 1 : 0)]);
      }
      scores = next;
    });
    var out = new Map();
    scores.forEach(function (s, doc) {
      out.set(doc, s[0] * (s[1] === lists.length ? 2 : s[2] === lists.length ? 1.5 : 1));
    });
    return out;
  }

  // Several parts (IndexSearcher.Combine): a passage matching some part is a candidate if its kind and disclosure
  // have passages matching every part; its own page is checked when it is shown. Holding every part comes first.
  function combine(partScores, map) {
    function bucket(doc) {
      return map.kind[doc] * 0x100000000 + map.group[doc] + 1;
    }
    var buckets = null;
    partScores.forEach(function (scores) {
      var own = new Set();
      scores.forEach(function (s, doc) { own.add(bucket(doc)); });
      if (buckets) {
        buckets.forEach(function (b) {
          if (!own.has(b)) {
            buckets.delete(b);
          }
        });
      } else {
        buckets = own;
      }
    });
    var result = new Map();
    partScores.forEach(function (scores) {
      scores.forEach(function (score, doc) {
        if (!buckets.has(bucket(doc))) {
          return;
        }
        var prev = result.get(doc);
        var all = partScores.every(function (p) { return p.has(doc); });
        result.set(doc, [(prev ? prev[0] : 0) + score, all]);
      });
    });
    return result;
  }

  // Finds the passages matching the query, ranked; facet counts over all of them.
  Index.prototype.search = function (query) {
    var self = this;
    var p = plan(query, self.meta.maxPairs);
    var empty = { plan: p, hits: [], unchecked: [], partDocs: null };
    if (p.terms.length === 0) {
      return Promise.resolve(empty);
    }
    return Promise.all(p.terms.map(function (t) { return self.lookup(t); })).then(function (found) {
      if (found.some(function (e) { return !e; })) {
        return empty;
      }
      var byTerm = new Map();
      found.forEach(function (e) { byTerm.set(e.term, e); });
      var entries = found.slice().sort(rarity);
      // Every part's rarest list is always fetched, the others while within the byte budget.
      var required = new Set(p.parts.map(function (part) {
        return part.map(function (t) { return byTerm.get(t); }).sort(rarity)[0];
      }));
      var spent = 0;
      required.forEach(function (e) {
        if (!e.inline) {
          spent += e.size;
        }
      });
      var chosen = [];
      var unchecked = [];
      entries.forEach(function (entry) {
        if (entry.inline || required.has(entry)) {
          chosen.push(entry);
        } else if (spent + entry.size <= POSTING_BUDGET) {
          spent += entry.size;
          chosen.push(entry);
        } else {
          unchecked.push(entry.term);
        }
      });
      return Promise.all(chosen.map(function (e) { return self.postings(e); })).then(function (lists) {
        var docs = self.meta.docs;
        var partScores = p.parts.map(function (part) {
          var own = [];
          var ownLists = [];
          chosen.forEach(function (e, i) {
            if (part.indexOf(e.term) >= 0) {
              own.push(e);
              ownLists.push(lists[i]);
            }
          });
          return scorePart(ownLists, own, docs);
        });
        var scores;
        if (partScores.length === 1) {
          scores = new Map();
          partScores[0].forEach(function (score, doc) { scores.set(doc, [score, true]); });
        } else {
          scores = combine(partScores, self.map);
        }
        var hits = [];
        scores.forEach(function (s, doc) {
          hits.push({ doc: doc, all: s[1], score: Math.round((s[0] + PRIOR[self.map.kind[doc]]) * 1e6) / 1e6 });
        });
        hits.sort(function (a, b) {
          if (a.all !== b.all) {
            return a.all ? -1 : 1;
          }
          return a.score !== b.score ? b.score - a.score : a.doc - b.doc;
        });
        return { plan: p, hits: hits, unchecked: unchecked, partDocs: partScores.length > 1 ? partScores : null };
      });
    });
  };

  // The first and last passage of the page of passage `doc` (fetched as `d`): pb/pr where given, else b/r.
  function pageRun(doc, d) {
    var paged = d.pb !== undefined || d.pr !== undefined;
    return [doc - ((paged ? d.pb : d.b) || 0), doc + ((paged ? d.pr : d.r) || 0)];
  }

  // Passages of the same page, in the pack already fetched (so free), holding the parts passage `doc` lacks:
  // their lines show the reader why the page matched.
  function companions(result, doc, d) {
    if (!result.partDocs) {
      return [];
    }
    var run = pageRun(doc, d);
    var from = run[0];
    var to = run[1];
    var pack = index.packOf(doc);
    var out = [];
    result.partDocs.forEach(function (part) {
      if (part.has(doc)) {
        return;
      }
      for (var k = from; k <= to; k++) {
        if (part.has(k) && index.packOf(k) === pack) {
          if (out.indexOf(k) < 0) {
            out.push(k);
          }
          return;
        }
      }
    });
    return out;
  }

  // True unless the query has several parts and the page of passage `doc` (fetched as `d`) lacks one of them.
  function pageHoldsAll(result, doc, d) {
    if (!result.partDocs) {
      return true;
    }
    var run = pageRun(doc, d);
    return result.partDocs.every(function (part) {
      for (var k = run[0]; k <= run[1]; k++) {
        if (part.has(k)) {
          return true;
        }
      }
      return false;
    });
  }

  // ---- Results ----

  // True if every phrase occurs in the title or in one line (compact forms, as DocView.Contains).
  function contains(doc, phraseList) {
    var parts = [compact(doc.t)].concat(doc.l.map(function (l) { return compact(l[0] + ' ' + (l[1] || '')); }));
    var text = parts.join('\n');
    return phraseList.every(function (p) { return text.indexOf(p) >= 0; });
  }

  // Ranges of the original text matching any needle (compact forms compared).
  function matches(text, needles) {
    var map = [];
    var c = compact(text, map);
    var ranges = [];
    needles.forEach(function (needle) {
      if (!needle) {
        return;
      }
      var from = 0;
      for (;;) {
        var at = c.indexOf(needle, from);
        if (at < 0) {
          break;
        }
        ranges.push([map[at], map[at + needle.length - 1] + 1]);
        from = at + needle.length;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  function highlighted(text, ranges, limit) {
    var fragment = document.createDocumentFragment();
    var start = 0;
    var end = text.length;
    if (text.length > limit) {
      var first = ranges.length ? ranges[0][0] : 0;
      start = Math.max(0, Math.min(first - 40, text.length - limit));
      end = Math.min(text.length, start + limit);
    }
    if (start > 0) {
      fragment.appendChild(document.createTextNode('…'));
    }
    var at = start;
    ranges.forEach(function (r) {
      var a = Math.max(r[0], start);
      var b = Math.min(r[1], end);
      if (b <= a) {
        return;
      }
      if (a > at) {
        fragment.appendChild(document.createTextNode(text.substring(at, a)));
      }
      var mark = document.createElement('mark');
      mark.textContent = text.substring(a, b);
      fragment.appendChild(mark);
      at = b;
    });
    if (end > at) {
      fragment.appendChild(document.createTextNode(text.substring(at, end)));
    }
    if (end < text.length) {
      fragment.appendChild(document.createTextNode('…'));
    }
    return fragment;
  }

  function needlesFor(p, exact) {
    if (exact) {
      return p.phrases;
    }
    // The passage holds the pairs but not the phrase: mark what it has.
    return distinct(p.tokens.map(function (t) { return t.type === 'han' && t.chars.length > 1 ? null : compact(t.text); })
      .concat(p.terms.filter(function (t) { return t.length > 1; }).map(function (t) { return compact(t); }))
      .filter(function (x) { return x; }));
  }

  // ---- Page ----

  var app = document.getElementById('search-app');
  if (!app || !window.fetch || !window.TextDecoder || !window.Map || !window.history) {
    return;
  }

  var base = document.documentElement.getAttribute('data-base') || '/';
  var index = new Index(app.getAttribute('data-index') || base + 'search-index/');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var facets = {
    year: document.getElementById('facet-year'),
    region: document.getElementById('facet-region'),
    unit: document.getElementById('facet-unit'),
    kind: document.getElementById('facet-kind')
  };
  var fallback = document.getElementById('search-fallback');
  app.hidden = false;
  if (fallback) {
    fallback.hidden = true;
  }

  Object.keys(facets).forEach(function (name) {
    Array.prototype.forEach.call(facets[name].options, function (o) {
      o.setAttribute('data-label', o.textContent);
    });
  });

  var baseTitle = document.title;
  var state = { query: '', result: null, hits: [], cursor: 0, seen: null, known: null, deferred: [], shown: 0, run: 0 };

  function selectedIndex(name) {
    var select = facets[name];
    var option = select.options[select.selectedIndex];
    if (!option || !option.value) {
      return null;
    }
    var at = parseInt(option.getAttribute('data-index'), 10);
    return isNaN(at) ? null : at;
  }

  function accepts(doc, filter) {
    var map = index.map;
    return (filter.year === null || map.year[doc] === filter.year) &&
      (filter.region === null || map.region(doc) === filter.region) &&
      (filter.unit === null || map.unit[doc] === filter.unit) &&
      (filter.kind === null || map.kind[doc] === filter.kind);
  }

  function currentFilter() {
    return { year: selectedIndex('year'), region: selectedIndex('region'), unit: selectedIndex('unit'), kind: selectedIndex('kind') };
  }

  function updateFacetCounts(hits) {
    var counts = { year: new Map(), region: new Map(), unit: new Map(), kind: new Map() };
    var map = index.map;
    hits.forEach(function (h) {
      bump(counts.year, map.year[h.doc]);
      bump(counts.region, map.region(h.doc));
      bump(counts.unit, map.unit[h.doc]);
      bump(counts.kind, map.kind[h.doc]);
    });
    Object.keys(facets).forEach(function (name) {
      Array.prototype.forEach.call(facets[name].options, function (o) {
        if (!o.value) {
          return;
        }
        var n = counts[name].get(parseInt(o.getAttribute('data-index'), 10)) || 0;
        o.textContent = o.getAttribute('data-label') + '（' + n + '）';
        o.disabled = n === 0 && !o.selected;
      });
    });
  }

  function bump(counts, key) {
    if (key >= 0) {
      counts.set(key, (counts.get(key) || 0) + 1);
    }
  }

  function resetFacetCounts() {
    Object.keys(facets).forEach(function (name) {
      Array.prototype.forEach.call(facets[name].options, function (o) {
        o.textContent = o.getAttribute('data-label');
        o.disabled = false;
      });
    });
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function readParams() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    var header = document.getElementById('site-search');
    if (header && !header.value) {
      header.value = input.value;
    }
    Object.keys(facets).forEach(function (name) {
      var value = params.get(name) || '';
      var select = facets[name];
      select.value = value;
      if (select.value !== value) {
        select.value = '';
      }
    });
  }

  function writeParams() {
    var params = new URLSearchParams();
    if (input.value.trim()) {
      params.set('q', input.value.trim());
    }
    Object.keys(facets).forEach(function (name) {
      if (facets[name].value) {
        params.set(name, facets[name].value);
      }
    });
    var search = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++state.run;
    list.textContent = '';
    more.hidden = true;
    if (!query) {
      document.title = baseTitle;
      resetFacetCounts();
      setStatus('请输入要搜索的内容。');
      return;
    }
    document.title = '“' + shortQuery(query) + '”的搜索结果 - ' + baseTitle;
    setStatus('正在搜索“' + shortQuery(query) + '”…');
    index.load().then(function () {
      if (ticket !== state.run) {
        return null;
      }
      return state.query === query && state.result ? state.result : index.search(query);
    }).then(function (result) {
      if (!result || ticket !== state.run) {
        return;
      }
      state.query = query;
      state.result = result;
      updateFacetCounts(result.hits);
      var filter = currentFilter();
      state.hits = result.hits.filter(function (h) { return accepts(h.doc, filter); });
      state.cursor = 0;
      state.seen = new Set();
      state.known = new Map();
      state.deferred = [];
      state.shown = 0;
      if (result.hits.length === 0) {
        setStatus('没有找到与“' + shortQuery(query) + '”相关的内容。请尝试更短的词，或检查是否有错别字。');
        return;
      }
      if (state.hits.length === 0) {
        setStatus('“' + shortQuery(query) + '”共有 ' + result.hits.length + ' 处结果，但没有符合筛选条件的。');
        return;
      }
      showMore(ticket, false).then(function () {
        if (ticket !== state.run) {
          return;
        }
        var filtered = state.hits.length !== result.hits.length ? '（筛选后 ' + state.hits.length + ' 处）' : '';
        setStatus('“' + shortQuery(query) + '”共找到 ' + result.hits.length + ' 处结果' + filtered + '，按相关程度排列。');
      });
    }).catch(function () {
      if (ticket === state.run) {
        setStatus('搜索索引加载失败，请检查网络后重试。');
      }
    });
  }

  // The title and status name the query, not all of a 500-character one: tabs, history and the page stay readable.
  function shortQuery(query) {
    var chars = Array.from(query);
    return chars.length > TITLE_CHARS ? chars.slice(0, TITLE_CHARS).join('') + '…' : query;
  }

  function near(taken, doc) {
    for (var k = 1; k <= NEAR; k++) {
      if (taken.has(doc - k) || taken.has(doc + k)) {
        return true;
      }
    }
    return false;
  }

  // The next passages to fetch, in rank order. Passages known (from a fetched neighbour) to belong to a link
  // already shown are dropped; a passage next to one already in the batch probably shares its link, so it
  // waits for the next batch (NEAR: how close counts), by when its neighbour's "b"/"r" tell.
  function nextBatch() {
    var batch = [];
    var taken = new Set();
    var waiting = [];
    function consider(doc) {
      if (state.known.has(doc) && state.seen.has(state.known.get(doc))) {
        return;
      }
      if (batch.length >= WINDOW || near(taken, doc)) {
        waiting.push(doc);
        return;
      }
      batch.push(doc);
      taken.add(doc);
    }
    state.deferred.forEach(consider);
    while (state.cursor < state.hits.length && batch.length < WINDOW) {
      consider(state.hits[state.cursor++].doc);
    }
    state.deferred = waiting;
    return batch;
  }

  // Loads passages in windows, exact phrase matches first within each, until PAGE_SIZE more links are shown.
  function showMore(run, focusFirst) {
    var target = state.shown + PAGE_SIZE;
    var firstNew = null;
    var p = state.result.plan;
    var windows = 0;
    function step() {
      // At most MAX_WINDOWS fetches of passages per page of results, however many passages repeat a link.
      if (run !== state.run || state.shown >= target || windows++ >= MAX_WINDOWS) {
        return Promise.resolve();
      }
      var batch = nextBatch();
      if (batch.length === 0) {
        return Promise.resolve();
      }
      var docs;
      return Promise.all(batch.map(function (doc) { return index.doc(doc); })).then(function (fetched) {
        docs = fetched;
        return Promise.all(docs.map(function (d, i) {
          return Promise.all(companions(state.result, batch[i], d).map(function (k) { return index.doc(k); }));
        }));
      }).then(function (extra) {
        if (run !== state.run) {
          return null;
        }
        var exact = [];
        var inexact = [];
        docs.forEach(function (d, i) {
          var link = linkOf(d);
          for (var k = batch[i] - (d.b || 0); k <= batch[i] + (d.r || 0); k++) {
            state.known.set(k, link);
          }
          if (pageHoldsAll(state.result, batch[i], d)) {
            (contains(d, p.phrases) ? exact : inexact).push(d);
          }
        });
        exact.concat(inexact).forEach(function (d) {
          var link = linkOf(d);
          if (state.shown >= target || state.seen.has(link)) {
            return;
          }
          state.seen.add(link);
          var item = render(d, p, exact.indexOf(d) >= 0, extra[docs.indexOf(d)]);
          list.appendChild(item);
          state.shown++;
          if (!firstNew) {
            firstNew = item;
          }
        });
        return step();
      });
    }
    return step().then(function () {
      if (run !== state.run) {
        return;
      }
      more.hidden = state.cursor >= state.hits.length && state.deferred.length === 0;
      if (focusFirst && firstNew) {
        firstNew.querySelector('a').focus();
      }
    });
  }

  function linkOf(d) {
    return d.u + (d.a ? '#' + d.a : '');
  }

  function textFragment(text) {
    return encodeURIComponent(text).replace(/-/g, '%2D');
  }

  function render(d, p, exact, extra) {
    var needles = needlesFor(p, exact);
    var li = document.createElement('li');
    li.className = 'search-result';
    var heading = document.createElement('h3');
    var a = document.createElement('a');
    var lines = d.l.map(function (l) {
      var text = l[0] + (l[1] ? '（' + l[1] + '）' : '');
      return { text: text, ranges: matches(text, needles), detail: !!l[1] };
    });
    var hitLines = lines.filter(function (l) { return l.ranges.length > 0; });
    var href = base + d.u;
    var fragment = d.a ? '#' + encodeURIComponent(d.a) : '';
    var titleRanges = matches(d.t, needles);
    var firstHit = hitLines.length ? hitLines[0] : titleRanges.length ? { text: d.t, ranges: titleRanges } : null;
    if (firstHit) {
      // A text fragment scrolls supporting browsers to the matched words; others ignore it.
      var r = firstHit.ranges[0];
      fragment = (fragment || '#') + ':~:text=' + textFragment(firstHit.text.substring(r[0], r[1]));
    }
    a.href = href + fragment;
    a.appendChild(highlighted(d.t, titleRanges, 200));
    heading.appendChild(a);
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.textContent = [d.n, d.y ? d.y + ' 年' : null, index.meta.kinds[d.k]].filter(function (x) { return x; }).join(' · ');
    li.appendChild(meta);
    var shownLines = hitLines.slice(0, d.k === 3 ? 3 : 2);
    if (shownLines.length === 0 && lines.length > 0) {
      shownLines = [lines[0]];
    }
    // A word found elsewhere on the page: its first matching line from that passage.
    (extra || []).forEach(function (e) {
      var found = e.l.map(function (l) {
        var text = l[0] + (l[1] ? '（' + l[1] + '）' : '');
        return { text: text, ranges: matches(text, needles), detail: !!l[1] };
      }).filter(function (l) { return l.ranges.length > 0; });
      if (found.length) {
        shownLines.push(found[0]);
      }
    });
    shownLines.forEach(function (l) {
      var para = document.createElement('p');
      para.className = l.detail && d.k === 3 ? 'search-snippet search-table-row' : 'search-snippet';
      para.appendChild(highlighted(l.text, l.ranges, 160));
      li.appendChild(para);
    });
    return li;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    state.result = null;
    writeParams();
    var header = document.getElementById('site-search');
    if (header) {
      header.value = input.value;
    }
    run();
  });

  Object.keys(facets).forEach(function (name) {
    facets[name].addEventListener('change', function () {
      writeParams();
      run();
    });
  });

  more.addEventListener('click', function () {
    var current = state.run;
    more.hidden = true;
    showMore(current, true);
  });

  // The header form on this page searches in place instead of reloading.
  var headerForm = document.querySelector('form.search-form');
  var headerInput = document.getElementById('site-search');
  if (headerForm && headerInput) {
    headerForm.addEventListener('submit', function (event) {
      event.preventDefault();
      input.value = headerInput.value;
      state.result = null;
      writeParams();
      run();
      input.focus();
    });
  }

  // Exposed for the browser tests and the benchmark (same algorithm the page uses).
  window.gongkaiSearch = {
    scan: function (text) { return scan(text).map(function (t) { return t.text; }); },
    indexTerms: indexTerms,
    plan: function (q) { return plan(q, index.meta ? index.meta.maxPairs : 8); },
    compact: compact,
    hash: fnv1a,
    search: function (q) {
      return index.load().then(function () { return index.search(q); }).then(function (r) {
        return { total: r.hits.length, docs: r.hits.map(function (h) { return h.doc; }), unchecked: r.unchecked };
      });
    },
    doc: function (doc) { return index.doc(doc); }
  };

  readParams();
  run();
})();
