// Prepended to the debug module only (cmake/HandshakeFlags.cmake), which
// Node's tests load: Emscripten 3.1.6's node environment calls `require` and
// reads `__dirname`, which an ES module does not have.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
const require = createRequire(import.meta.url);
const __dirname = dirname(fileURLToPath(import.meta.url));
