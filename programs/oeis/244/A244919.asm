; A244919: For odd prime p, largest k such that binomial(2p-1, p-1) is congruent to 1 modulo p^k.
; Formula: a(n) = min(n,3)
; 2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 2

min $0,3
