// The extension's build (called by scripts/build-extension): copies extension/,
// www/js, www/style.css and www/pkg into a folder per browser, writes each
// browser's manifest and icons, and zips each folder.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/extension');
const version = /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];

/** A square PNG of the logo (a ring and a dot, the page's ◉), drawn here: no binary in the repo. */
function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c, y - c) / (size / 2);
      const on = r < 0.36 || (r > 0.62 && r < 0.94);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      px[o] = 0x0a;
      px[o + 1] = 0x58;
      px[o + 2] = 0xca;
      px[o + 3] = on ? 255 : 0;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let v = n;
    for (let k = 0; k < 8; k++) v = v & 1 ? 0xedb88320 ^ (v >>> 1) : v >>> 1;
    return v >>> 0;
  });
  const crc = (buf) => {
    let v = 0xffffffff;
    for (const b of buf) v = crcTable[(v ^ b) & 0xff] ^ (v >>> 8);
    return (v ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

function copy(from, to) {
  fs.cpSync(from, to, { recursive: true });
}

const SIZES = [16, 32, 48, 128];

for (const browser of ['chromium', 'firefox']) {
  const dir = path.join(out, browser);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['background.js', 'report.html', 'report.js', '_locales']) copy(path.join(root, 'extension', f), path.join(dir, f));
  copy(path.join(root, 'www/js'), path.join(dir, 'js'));
  copy(path.join(root, 'www/style.css'), path.join(dir, 'style.css'));
  fs.mkdirSync(path.join(dir, 'pkg'));
  // The page module alone: the extension audits pages (no site, no export).
  for (const f of ['smo_audit_page.js', 'smo_audit_page_bg.wasm']) copy(path.join(root, 'www/pkg', f), path.join(dir, 'pkg', f));
  fs.mkdirSync(path.join(dir, 'icons'));
  const icons = {};
  for (const s of SIZES) {
    fs.writeFileSync(path.join(dir, `icons/icon-${s}.png`), icon(s));
    icons[s] = `icons/icon-${s}.png`;
  }
  const m = JSON.parse(fs.readFileSync(path.join(root, 'extension/manifest.json'), 'utf8'));
  m.version = version;
  m.icons = icons;
  m.action.default_icon = { 16: icons[16], 32: icons[32] };
  if (browser === 'chromium') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '121';
  } else {
    // Firefox runs MV3 background scripts as an event page; it has no service worker here.
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = { gecko: { id: 'smo-audit@smo-audit.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
  const zip = path.join(root, 'dist', `smo-audit-extension-${browser}.zip`);
  fs.rmSync(zip, { force: true });
  // (python3's zipfile: on every machine the project builds on)
  execFileSync('python3', ['-c', 'import shutil,sys; shutil.make_archive(sys.argv[1][:-4], "zip", sys.argv[2])', zip, dir]);
  const bytes = fs.statSync(zip).size;
  console.log(`[build-extension] ${path.relative(root, dir)}/ and ${path.relative(root, zip)} (${bytes} bytes)`);
}
