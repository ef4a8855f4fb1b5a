; A356464: Number of black keys in each group of black keys on a standard 88-key piano (left to right).
; Formula: a(n) = lodamod(n-2,2)+2
; 1,2,3,2,3,2,3,2,3,2,3,2,3,2,3

#offset 1

sub $0,2
mod $0,2
add $0,2
