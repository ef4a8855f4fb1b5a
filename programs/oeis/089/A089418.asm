; A089418: Number of fixed points in range [A014137(n-1)..A014138(n-1)] of permutation A082333/A082334.
; Formula: a(n) = lodamod(min(max(n-1,0)-1,3)*min(max(n-1,0)-1,3),9)
; 1,1,0,1,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,1
max $0,0
sub $0,1
min $0,3
mul $0,$0
mod $0,9
