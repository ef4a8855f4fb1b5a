; A211010: Value on the axis "x" of the endpoint of the structure of A211000 at n-th stage.
; Formula: a(n) = lodadgs(lodamod(n-2,4),3)+2
; 0,1,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3

sub $0,2
mod $0,4
dgs $0,3
add $0,2
