#!/usr/bin/env node
// Packs the browser extension: copies web/extension/ and the files it imports
// from the compose page, the JS library and the WebAssembly build into an
// unpacked folder with the repository's own layout (so every relative import
// resolves as it does on the compose page), draws the PNG icons from
// web/icon.svg, and zips the folder for a store upload. The scripts come from
// the built site (build/site/, scripts/build-site.mjs), minified as the page
// serves them.
//
//   node scripts/build-extension.mjs          # dist/extension/ + dist/handshake-extension-VERSION.zip
//   node scripts/build-extension.mjs --test   # also dist/extension-test/ (see below)
//
// The test build differs from the shipped one in one line of its manifest:
// http://127.0.0.1 is a granted host, so the browser tests can switch that
// site on through the popup's own switch without a permission prompt (which
// a test cannot click). The shipped manifest stays least-privilege.
//
// Needs the site: run `scripts/build.sh wasm-release` first (it builds both).

import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, deflateSync } from "node:zlib";
import { siteDir, siteStaleness } from "./build-site.mjs";
import { relativeSpecifiers } from "./module-specifiers.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const distDir = join(root, "dist");
export const extensionDir = join(distDir, "extension");
export const testExtensionDir = join(distDir, "extension-test");
export const testHost = "http://127.0.0.1/*";

const iconSizes = [16, 32, 48, 128];

// What the extension's pages, worker and content script load, besides
// web/extension/ itself. Checked below: every import must resolve in the folder.
const sharedFiles = [
  "web/handshake-composer.mjs",
  "web/page.css",
  "web/icon.svg",
  ...readdirSync(join(root, "web/lib")).filter((name) => name.endsWith(".mjs")).map((name) => `web/lib/${name}`),
  "wasm/handshake.mjs",
  "dist/handshake-core.mjs",
  "dist/handshake-core.wasm",
];
// And every language's dictionary files, as the wasm build ships them in
// dist/dictionaries/ (the library picks a language's at run time).
const dictionaryDir = "dist/dictionaries";

function fail(message) {
  console.error(`build-extension: ${message}`);
  process.exit(1);
}

// ---- PNG icons from the SVG (the small subset web/icon.svg uses) ----------------

function parseColor(value) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(value ?? "");
  if (!hex) return value === "white" ? [255, 255, 255] : null;
  const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../gu);
  return digits.map((d) => parseInt(d, 16));
}

function attributes(tag) {
  const found = {};
  for (const [, name, value] of tag.matchAll(/([\w-]+)="([^"]*)"/gu)) found[name] = value;
  return found;
}

/** A path's `d` as polylines (curves flattened); supports M L H V C S Q Z, absolute and relative. */
function flattenPath(d) {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gu) ?? [];
  const lines = [];
  let line = null;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let lastControl = null;
  let command = "";
  let i = 0;
  const number = () => {
    const value = Number(tokens[i++]);
    if (!Number.isFinite(value)) throw new Error(`bad number in path "${d}"`);
    return value;
  };
  const cubic = (x1, y1, x2, y2, x3, y3) => {
    for (let step = 1; step <= 16; step++) {
      const t = step / 16;
      const u = 1 - t;
      line.push([
        u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
        u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
      ]);
    }
    lastControl = [x2, y2];
    x = x3;
    y = y3;
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/u.test(tokens[i])) command = tokens[i++];
    const relativeTo = command === command.toLowerCase() ? [x, y] : [0, 0];
    const [rx, ry] = relativeTo;
    switch (command.toUpperCase()) {
      case "M":
        x = rx + number();
        y = ry + number();
        startX = x;
        startY = y;
        line = [[x, y]];
        lines.push(line);
        command = command === "m" ? "l" : "L";  // later pairs are line-tos
        lastControl = null;
        break;
      case "L":
        x = rx + number();
        y = ry + number();
        line.push([x, y]);
        lastControl = null;
        break;
      case "H":
        x = (command === "h" ? x : 0) + number();
        line.push([x, y]);
        lastControl = null;
        break;
      case "V":
        y = (command === "v" ? y : 0) + number();
        line.push([x, y]);
        lastControl = null;
        break;
      case "C": {
        const values = [number(), number(), number(), number(), number(), number()];
        cubic(rx + values[0], ry + values[1], rx + values[2], ry + values[3], rx + values[4], ry + values[5]);
        break;
      }
      case "S": {
        const values = [number(), number(), number(), number()];
        const [cx, cy] = lastControl ? [2 * x - lastControl[0], 2 * y - lastControl[1]] : [x, y];
        cubic(cx, cy, rx + values[0], ry + values[1], rx + values[2], ry + values[3]);
        break;
      }
      case "Q": {
        const [qx, qy, ex, ey] = [rx + number(), ry + number(), rx + number(), ry + number()];
        cubic(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey);
        break;
      }
      case "Z":
        line.push([startX, startY]);
        x = startX;
        y = startY;
        lastControl = null;
        break;
      default:
        throw new Error(`path command "${command}" is not supported by the icon renderer`);
    }
  }
  return lines;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Shapes to paint in order: rounded-rect fills and round-capped strokes. */
function readIcon(svg) {
  const viewBox = /viewBox="([^"]+)"/u.exec(svg)?.[1].split(/[\s,]+/u).map(Number);
  if (!viewBox || viewBox.length !== 4) throw new Error("the icon needs a viewBox");
  const shapes = [];
  for (const [tag, name] of [...svg.matchAll(/<(rect|path)\b[^>]*>/gu)]) {
    const a = attributes(tag);
    if (name === "rect") {
      shapes.push({
        type: "rect", color: parseColor(a.fill ?? "#000"),
        x: Number(a.x ?? 0), y: Number(a.y ?? 0), width: Number(a.width), height: Number(a.height), r: Number(a.rx ?? 0),
      });
    } else {
      if (a.fill && a.fill !== "none") throw new Error("filled paths are not supported by the icon renderer");
      shapes.push({ type: "stroke", color: parseColor(a.stroke), width: Number(a["stroke-width"] ?? 1), lines: flattenPath(a.d) });
    }
  }
  return { viewBox, shapes };
}

function covers(shape, x, y) {
  if (shape.type === "rect") {
    const { x: left, y: top, width, height, r } = shape;
    if (x < left || y < top || x > left + width || y > top + height) return false;
    const cx = Math.max(left + r, Math.min(left + width - r, x));
    const cy = Math.max(top + r, Math.min(top + height - r, y));
    return Math.hypot(x - cx, y - cy) <= r;
  }
  for (const line of shape.lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      if (distanceToSegment(x, y, line[i], line[i + 1]) <= shape.width / 2) return true;
    }
  }
  return false;
}

/** RGBA pixels of the icon at `size`, 4x4 supersampled. */
function rasterize(icon, size) {
  const [vx, vy, vw, vh] = icon.viewBox;
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = vx + ((px + (sx + 0.5) / samples) / size) * vw;
          const y = vy + ((py + (sy + 0.5) / samples) / size) * vh;
          let colour = null;
          for (const shape of icon.shapes) if (shape.color && covers(shape, x, y)) colour = shape.color;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a++;
          }
        }
      }
      const at = (py * size + px) * 4;
      if (a) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
        pixels[at + 3] = Math.round((a / (samples * samples)) * 255);
      }
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function png(size, pixels) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);  // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;  // filter: none
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- zip (deflate, fixed timestamps: the same folder gives the same bytes) --------

function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);  // UTF-8 names
    local.writeUInt16LE(8, 8);       // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function listFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...listFiles(path));
    else found.push(path);
  }
  return found;
}

// ---- checks on the result -------------------------------------------------------

/** Every relative module import and `new URL(..., import.meta.url)` in the folder resolves inside it. */
function checkImports(dir) {
  const missing = [];
  for (const file of listFiles(dir).filter((path) => /\.(mjs|js)$/u.test(path))) {
    const source = readFileSync(file, "utf8");
    for (const specifier of relativeSpecifiers(source)) {
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(dir + sep) || !existsSync(target)) missing.push(`${relative(dir, file)} -> ${specifier}`);
    }
  }
  for (const file of listFiles(dir).filter((path) => path.endsWith(".html"))) {
    for (const [, ref] of readFileSync(file, "utf8").matchAll(/(?:src|href)="([^"#?:]+)"/gu)) {
      const target = resolve(dirname(file), ref);
      if (!existsSync(target)) missing.push(`${relative(dir, file)} -> ${ref}`);
    }
  }
  if (missing.length) fail(`unresolved imports in the extension:\n  ${missing.join("\n  ")}`);
}

function checkManifest(manifest, dir) {
  const referenced = [
    manifest.background.service_worker,
    manifest.action.default_popup,
    ...Object.values(manifest.icons),
    ...manifest.content_scripts.flatMap((script) => script.js),
  ];
  for (const file of referenced) if (!existsSync(join(dir, file))) fail(`the manifest names ${file}, which is not in the folder`);
}

// ---- build ----------------------------------------------------------------------

export function buildExtension({ test = false, quiet = false } = {}) {
  for (const file of ["dist/handshake-core.mjs", "dist/handshake-core.wasm", dictionaryDir]) {
    if (!existsSync(join(siteDir, file))) fail(`build/site/${file} is missing: run scripts/build.sh wasm-release first`);
  }
  const stale = siteStaleness();
  if (stale) fail(stale);
  const dictionaryFiles = readdirSync(join(siteDir, dictionaryDir)).map((name) => `${dictionaryDir}/${name}`);
  const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const manifest = JSON.parse(readFileSync(join(root, "web/extension/manifest.json"), "utf8"));
  manifest.version = packageJson.version;

  rmSync(extensionDir, { recursive: true, force: true });
  mkdirSync(extensionDir, { recursive: true });
  for (const name of readdirSync(join(siteDir, "web/extension"))) {
    if (name === "manifest.json") continue;
    cpSync(join(siteDir, "web/extension", name), join(extensionDir, "web/extension", name), { recursive: true });
  }
  for (const file of [...sharedFiles, ...dictionaryFiles]) {
    if (!existsSync(join(siteDir, file))) fail(`build/site/${file} is missing`);
    cpSync(join(siteDir, file), join(extensionDir, file));
  }
  const icon = readIcon(readFileSync(join(root, "web/icon.svg"), "utf8"));
  mkdirSync(join(extensionDir, "web/extension/icons"), { recursive: true });
  for (const size of iconSizes) {
    writeFileSync(join(extensionDir, `web/extension/icons/icon-${size}.png`), png(size, rasterize(icon, size)));
  }
  writeFileSync(join(extensionDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  checkManifest(manifest, extensionDir);
  checkImports(extensionDir);

  const files = listFiles(extensionDir).map((path) => ({
    name: relative(extensionDir, path).split(sep).join("/"),
    data: readFileSync(path),
  }));
  const zipPath = join(distDir, `handshake-extension-${manifest.version}.zip`);
  writeFileSync(zipPath, zip(files));

  if (test) {
    rmSync(testExtensionDir, { recursive: true, force: true });
    cpSync(extensionDir, testExtensionDir, { recursive: true });
    const testManifest = { ...manifest, host_permissions: [...manifest.host_permissions, testHost] };
    writeFileSync(join(testExtensionDir, "manifest.json"), `${JSON.stringify(testManifest, null, 2)}\n`);
  }
  if (!quiet) {
    const bytes = files.reduce((sum, file) => sum + file.data.length, 0);
    console.log(`extension: ${relative(root, extensionDir)}/ (${files.length} files, ${(bytes / 1024).toFixed(0)} KB), `
      + `${relative(root, zipPath)} (${(statSync(zipPath).size / 1024).toFixed(0)} KB)`
      + (test ? `, test build ${relative(root, testExtensionDir)}/` : ""));
  }
  return { extensionDir, zipPath, testExtensionDir: test ? testExtensionDir : null, manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const unknown = process.argv.slice(2).filter((arg) => arg !== "--test");
  if (unknown.length) fail(`unknown argument ${unknown[0]} (usage: build-extension.mjs [--test])`);
  buildExtension({ test: process.argv.includes("--test") });
}
