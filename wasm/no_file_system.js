// The module is linked without a file system (-sFILESYSTEM=0): the core
// reads files lent in memory (src/lent_files.h). Opening any other path
// fails here with ENOENT, as for a missing file; Emscripten's own stub
// returned descriptor 0 (standard input), on which the first read failed.
mergeInto(LibraryManager.library, {
  __syscall_open: function (path, flags, varargs) {
    return -44;  // ENOENT in Emscripten's (WASI's) numbering
  },
});
