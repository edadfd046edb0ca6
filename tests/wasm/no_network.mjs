// Preloaded into a Node process (node --import) by privacy.test.mjs: every
// way Node can reach the network records the attempt on stderr and throws,
// so a test can prove that the library and the CLI never try.
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

function refuse(what) {
  return function refused() {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    throw new Error(`network access refused: ${what}`);
  };
}

globalThis.fetch = refuse("fetch");
if (globalThis.WebSocket) globalThis.WebSocket = refuse("WebSocket");
net.Socket.prototype.connect = refuse("net.Socket.connect");
net.connect = net.createConnection = refuse("net.connect");
tls.connect = refuse("tls.connect");
http.request = http.get = refuse("http.request");
https.request = https.get = refuse("https.request");
dgram.createSocket = refuse("dgram.createSocket");
dns.lookup = refuse("dns.lookup");
dns.resolve = refuse("dns.resolve");
dns.promises.lookup = refuse("dns.promises.lookup");
