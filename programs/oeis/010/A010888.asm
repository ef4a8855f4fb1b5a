; A010888: Digital root of n (repeatedly add the digits of n until a single digit is reached).
; Formula: a(n) = lodamod(n-1,9)+1
; 0,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7

sub $0,1
mod $0,9
add $0,1
