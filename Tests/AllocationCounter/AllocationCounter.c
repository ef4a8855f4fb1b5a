// Test-only malloc interposition: counts heap allocations per thread, so a test can
// show that evaluating small-value programs allocates nothing per instruction.
// The counting functions forward to glibc's own entry points.
#include "AllocationCounter.h"
#include <stddef.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static __thread uint64_t allocations;

uint64_t lodestone_thread_allocations(void) { return allocations; }

void *malloc(size_t n) { allocations++; return __libc_malloc(n); }
void *calloc(size_t n, size_t m) { allocations++; return __libc_calloc(n, m); }
void *realloc(void *p, size_t n) { allocations++; return __libc_realloc(p, n); }
