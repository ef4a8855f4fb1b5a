; A033168: Longest arithmetic progression of primes with difference 210 and minimal initial term.
; Formula: a(n) = 210*n+199
; 199,409,619,829,1039,1249,1459,1669,1879,2089

mul $0,210
add $0,199
