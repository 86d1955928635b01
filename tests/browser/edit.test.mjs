// Unit tests of www/js/edit.js (plain text rewriting, no DOM): the live editing of
// a page's tags and the whole corrected <head>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagValues, applyEdits, correctedHead } from '../../www/js/edit.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tom &amp; Jerry | Shop</title>
  <!-- <meta property="og:title" content="commented out"> -->
  <meta property="og:title" content="Tom &amp; Jerry">
  <meta name="twitter:title" content='Tom and Jerry'>
  <meta property="og:image" content="https://e.com/a.png">
  <meta property="og:image:width" content="1200">
  <script>var s = '<meta property="og:description" content="in a script">';</script>
</head>
<body><p>Hello</p></body>
</html>
`;

test('tagValues: the first value of each field as the engine read it, else empty', () => {
  const facts = { og: { 'og:title': [' Tom & Jerry ', 'second'], 'og:image': ['https://e.com/a.png'] }, twitter: { 'twitter:card': ['summary'] } };
  assert.deepEqual(tagValues(facts), { title: 'Tom & Jerry', description: '', image: 'https://e.com/a.png', siteName: '', card: 'summary' });
  assert.deepEqual(tagValues(null), { title: '', description: '', image: '', siteName: '', card: '' });
});

test('applyEdits: replaces in place, follows twitter:*, adds what is missing before </head>, keeps the rest as written', () => {
  const out = applyEdits(PAGE, { title: 'New "best" <title>', description: 'About us.', card: 'summary' });
  assert.match(out, /<meta property="og:title" content="New &quot;best&quot; &lt;title&gt;">/);
  assert.match(out, /<meta name="twitter:title" content="New &quot;best&quot; &lt;title&gt;">/);
  assert.match(out, /<meta property="og:description" content="About us.">\n<meta name="twitter:card" content="summary">\n<\/head>/);
  assert.match(out, /<meta name="twitter:card" content="summary">/);
  assert.ok(out.includes('<!-- <meta property="og:title" content="commented out"> -->'), 'comments untouched');
  assert.ok(out.includes(`content="in a script">';</script>`), 'scripts untouched');
  // nothing changed: the same text
  assert.equal(applyEdits(PAGE, { title: 'Tom & Jerry' }), PAGE);
});

test('applyEdits: an empty field removes the tag and its followers; a new image drops the old size', () => {
  const out = applyEdits(PAGE, { title: '', image: 'https://e.com/b.png' });
  assert.ok(!/property="og:title"\s+content/.test(out.replace(/<!--[\s\S]*?-->/g, '')));
  assert.ok(!out.includes('twitter:title'));
  assert.ok(out.includes('content="https://e.com/b.png"'));
  assert.ok(!out.includes('og:image:width'));
});

test('applyEdits: a page without <head> gets its tags after <html>, never before the doctype', () => {
  const out = applyEdits('<!DOCTYPE html><html><p>x</p></html>', { title: 'T' });
  assert.ok(out.startsWith('<!DOCTYPE html><html><meta property="og:title" content="T">'), out);
  assert.ok(applyEdits('<p>x</p>', { title: 'T' }).startsWith('<meta property="og:title" content="T">'));
});

test('correctedHead: suggested tags replace their kind, the others are added at the end', () => {
  const head = correctedHead(PAGE, '<meta property="og:title" content="Better">\n<!-- favicon: add one -->\n<meta property="og:description" content="D">\n<link rel="canonical" href="https://e.com/">');
  assert.ok(head.startsWith('<head>\n  <meta charset="utf-8">'));
  assert.ok(head.endsWith('<meta property="og:description" content="D">\n<link rel="canonical" href="https://e.com/">\n</head>'), head);
  assert.match(head, /\n {2}<meta property="og:title" content="Better">\n/);
  assert.ok(!head.includes('content="Tom &amp; Jerry"'));
  assert.ok(head.includes('<!-- favicon: add one -->'));
  assert.ok(!head.includes('<body'));
  // nothing to add: the head as it is
  assert.equal(correctedHead(PAGE, null), PAGE.slice(PAGE.indexOf('<head>'), PAGE.indexOf('</head>')).trimEnd() + '\n</head>');
});
