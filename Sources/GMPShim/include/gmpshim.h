// Small wrappers for GMP's function-like macros, which Swift cannot import.
// Everything here is static inline, so calls from Swift compile down to the
// underlying __gmpz_* entry points with no extra cost.
#ifndef LODESTONE_GMPSHIM_H
#define LODESTONE_GMPSHIM_H

#include <gmp.h>
#include <stddef.h>
#include <stdint.h>

typedef __mpz_struct lgmp_z;

static inline void lgmp_init(mpz_ptr z) { mpz_init(z); }
static inline void lgmp_clear(mpz_ptr z) { mpz_clear(z); }
static inline int lgmp_sgn(mpz_srcptr z) { return mpz_sgn(z); }
static inline int lgmp_odd(mpz_srcptr z) { return mpz_odd_p(z); }
static inline int lgmp_cmp(mpz_srcptr a, mpz_srcptr b) { return mpz_cmp(a, b); }
static inline int lgmp_cmpabs(mpz_srcptr a, mpz_srcptr b) { return mpz_cmpabs(a, b); }
static inline int lgmp_cmp_si(mpz_srcptr a, long b) { return mpz_cmp_si(a, b); }
static inline int lgmp_cmpabs_ui(mpz_srcptr a, unsigned long b) { return mpz_cmpabs_ui(a, b); }
static inline void lgmp_set(mpz_ptr r, mpz_srcptr a) { mpz_set(r, a); }
static inline void lgmp_set_si(mpz_ptr r, long v) { mpz_set_si(r, v); }
static inline void lgmp_set_ui(mpz_ptr r, unsigned long v) { mpz_set_ui(r, v); }
static inline void lgmp_swap(mpz_ptr a, mpz_ptr b) { mpz_swap(a, b); }
static inline int lgmp_fits_slong(mpz_srcptr z) { return mpz_fits_slong_p(z); }
static inline int lgmp_fits_ulong(mpz_srcptr z) { return mpz_fits_ulong_p(z); }
static inline long lgmp_get_si(mpz_srcptr z) { return mpz_get_si(z); }
static inline unsigned long lgmp_get_ui(mpz_srcptr z) { return mpz_get_ui(z); }
static inline int lgmp_limbs(mpz_srcptr z) { return z->_mp_size < 0 ? -z->_mp_size : z->_mp_size; }
static inline size_t lgmp_bitlength(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2); }
static inline size_t lgmp_sizeinbase(mpz_srcptr z, int base) { return mpz_sizeinbase(z, base); }
static inline void lgmp_add(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_add(r, a, b); }
static inline void lgmp_sub(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_sub(r, a, b); }
static inline void lgmp_mul(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_mul(r, a, b); }
static inline void lgmp_mul_si(mpz_ptr r, mpz_srcptr a, long b) { mpz_mul_si(r, a, b); }
static inline void lgmp_add_ui(mpz_ptr r, mpz_srcptr a, unsigned long b) { mpz_add_ui(r, a, b); }
static inline void lgmp_sub_ui(mpz_ptr r, mpz_srcptr a, unsigned long b) { mpz_sub_ui(r, a, b); }
static inline void lgmp_tdiv_q(mpz_ptr q, mpz_srcptr a, mpz_srcptr b) { mpz_tdiv_q(q, a, b); }
static inline void lgmp_tdiv_r(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_tdiv_r(r, a, b); }
static inline void lgmp_tdiv_qr(mpz_ptr q, mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_tdiv_qr(q, r, a, b); }
static inline unsigned long lgmp_tdiv_q_ui(mpz_ptr q, mpz_srcptr a, unsigned long b) { return mpz_tdiv_q_ui(q, a, b); }
static inline void lgmp_divexact(mpz_ptr q, mpz_srcptr a, mpz_srcptr b) { mpz_divexact(q, a, b); }
static inline int lgmp_divisible(mpz_srcptr a, mpz_srcptr b) { return mpz_divisible_p(a, b); }
static inline void lgmp_neg(mpz_ptr r, mpz_srcptr a) { mpz_neg(r, a); }
static inline void lgmp_abs(mpz_ptr r, mpz_srcptr a) { mpz_abs(r, a); }
static inline void lgmp_pow_ui(mpz_ptr r, mpz_srcptr a, unsigned long e) { mpz_pow_ui(r, a, e); }
static inline void lgmp_gcd(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_gcd(r, a, b); }
static inline unsigned long lgmp_remove(mpz_ptr r, mpz_srcptr a, mpz_srcptr f) { return mpz_remove(r, a, f); }
static inline void lgmp_root(mpz_ptr r, mpz_srcptr a, unsigned long n) { mpz_root(r, a, n); }
static inline void lgmp_and(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_and(r, a, b); }
static inline void lgmp_ior(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_ior(r, a, b); }
static inline void lgmp_xor(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_xor(r, a, b); }
static inline int lgmp_set_str(mpz_ptr r, const char *s, int base) { return mpz_set_str(r, s, base); }
static inline double lgmp_get_d_2exp(long *exp, mpz_srcptr z) { return mpz_get_d_2exp(exp, z); }

/// Writes the decimal form of z into a new buffer that the caller frees with lgmp_free_str.
char *lgmp_get_str10(mpz_srcptr z);
void lgmp_free_str(char *s);
/// Hash of the magnitude limbs and sign, for hashing big values.
uint64_t lgmp_hash(mpz_srcptr z);

#endif
