// HANDSHAKE_PER_ITEM marks the body of a loop that runs many times inside a
// function called once (the load, the suggestion index build) as a function
// of its own. V8 starts wasm in its baseline compiler and recompiles a
// function with TurboFan, in the background, once it has run long enough
// (counted per loop iteration by the size of the loop's body); the running
// call never switches over (wasm has no on-stack replacement). A once-called
// function with a large loop body was compiled with TurboFan for nothing, at
// great cost at cold start; a small function called per item is compiled
// early, and the rest of the items run its optimized code. Natively the
// compiler inlines as it sees fit.
#ifndef HANDSHAKE_TIER_UP_H_
#define HANDSHAKE_TIER_UP_H_

#if defined(__EMSCRIPTEN__)
#define HANDSHAKE_PER_ITEM __attribute__((noinline))
#else
#define HANDSHAKE_PER_ITEM
#endif

#endif  // HANDSHAKE_TIER_UP_H_
