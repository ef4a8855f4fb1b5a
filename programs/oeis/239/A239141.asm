; A239141: Number of strict partitions of n having standard deviation <= 1.
; Formula: a(n) = truncate(lodamod(max(n-2,0)-2,3)/2)+2
; 1,1,2,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2

#offset 1

sub $0,2
max $0,0
sub $0,2
mod $0,3
div $0,2
add $0,2
