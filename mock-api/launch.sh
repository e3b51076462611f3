#!/bin/sh
# Runs the built API, mock-api/.build/$1 (start.mjs: with the built SPA; index.mjs: the API alone),
# as `npm start`, `npm run api` and the benchmark run it, with the memory settings the README's
# benchmark measured (at 50,000 pilots, together, about 95 MB less resident):
# - glibc's malloc with 2 arenas rather than up to 8 per core, and blocks of 128 kB or more mapped
#   on their own, given back when freed: by default the threshold rises to 32 MB once such a block
#   is freed, and what is freed under it stays in the process;
# - V8's young generation in semi-spaces of 8 MB rather than 16;
# - `gc` exposed, for index.ts to collect the load's garbage before the first request.
# Each one given in the environment is kept as given.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
exec node --expose-gc --max-semi-space-size="${SEMI_SPACE_MB:-8}" "$(dirname "$0")/.build/$1"
