#include "gmpshim.h"
#include <string.h>

char *lgmp_get_str10(mpz_srcptr z) { return mpz_get_str(NULL, 10, z); }

void lgmp_free_str(char *s) {
    void (*freefunc)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefunc);
    freefunc(s, strlen(s) + 1);
}

uint64_t lgmp_hash(mpz_srcptr z) {
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)(int64_t)z->_mp_size;
    int n = z->_mp_size < 0 ? -z->_mp_size : z->_mp_size;
    for (int i = 0; i < n; i++) {
        h ^= (uint64_t)z->_mp_d[i];
        h *= 1099511628211ULL;
    }
    return h;
}
