// Starts the checker's worker for the saved language as soon as this small
// module runs. The compose page loads it `async` from its head, so it runs
// before the composer's own module graph has loaded and evaluated, and the
// worker fetches and compiles the WebAssembly module meanwhile. The composer
// later asks checkerFor() for the same language and gets this client.

import { checkerFor } from "./checker-client.mjs";
import { loadValue } from "./store.mjs";

const settings = loadValue("settings", {});
checkerFor(settings?.language === "en-GB" ? "en-GB" : "en-US");
