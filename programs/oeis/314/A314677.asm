; A314677: Coordination sequence Gal.3.10.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((13*(n-1)+gcd(truncate((n-1)/2),3))/3)+4
; 1,5,9,13,17,21,26,31,35,39,43,47,52,57,61,65,69,73,78,83,87,91,95,99,104,109,113,117,121,125,130,135,139,143,147,151,156,161,165,169,173,177,182,187,191,195,199,203,208,213

sub $0,1
mov $1,$0
div $1,2
gcd $1,3
mul $0,13
add $0,$1
div $0,3
add $0,4
