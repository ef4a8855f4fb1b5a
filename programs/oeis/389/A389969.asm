; A389969: Number of polyhexes with n cells that have the maximum degree (A389968(n)) in the polyhex graph PG(n) defined in A389967.
; Formula: a(n) = lodamod(truncate(lodafac(n-2,7)/11),4)+1
; 1,1,3,2,3,2,1,1,1,1,1,1

#offset 1

sub $0,2
fac $0,7
div $0,11
mod $0,4
add $0,1
