#ifndef LODESTONE_ALLOCATION_COUNTER_H
#define LODESTONE_ALLOCATION_COUNTER_H
#include <stdint.h>
/// Number of malloc/calloc/realloc calls made by the calling thread so far.
uint64_t lodestone_thread_allocations(void);
#endif
